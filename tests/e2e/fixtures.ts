/**
 * The end-to-end set-up, written once: Chromium with the production build, the wait for what the
 * install does, and the profile a test runs with, stored the way the extension keeps it.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROFILE_STORAGE_VERSION } from '../../core/profile/migrations';
import { testProfile } from '../support/profiles';

/** The production build the tests load, never a dev build. */
export const EXTENSION_PATH = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** The system Chromium: downloaded browsers are not available here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launches Chromium with the extension on a given profile directory (reuse it to "restart the browser"). */
export async function launchWithExtension(userDataDir: string, options: { colorScheme?: 'light' | 'dark'; extensionPath?: string } = {}) {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export const extensionIdOf = (background: Worker) => new URL(background.url()).host;

/**
 * Waits until the first install has done its work: the shipped default profile stored, and the
 * options page opened. Chrome may put that page into the next blank tab, and a profile stored before
 * the default would be overwritten, so tests wait for both before opening tabs or storing anything.
 */
export async function afterInstall(context: BrowserContext): Promise<void> {
  const background = await serviceWorkerOf(context);
  await base.expect.poll(() => context.pages().some((page) => page.url() === `chrome-extension://${extensionIdOf(background)}/options.html`)).toBe(true);
  await base.expect.poll(() => background.evaluate(async () => (await chrome.storage.local.get('profile')).profile !== undefined)).toBe(true);
}

/**
 * Replaces the stored profile as another extension page would save it: the document as given, in the
 * storage format version the product writes (core/profile/migrations.ts). Open pages follow at once.
 */
export async function storeProfile(background: Worker, profile: unknown): Promise<void> {
  await background.evaluate(({ value, version }) => chrome.storage.local.set({ profile: value, profile$: { v: version } }), {
    value: profile,
    version: PROFILE_STORAGE_VERSION,
  });
}

/** Opens an extension page (`popup.html`, `options.html`) in a new tab. */
export async function openExtensionTab(context: BrowserContext, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionIdOf(await serviceWorkerOf(context))}/${file}`);
  return page;
}

/** The stored profile, as the extension reads it from storage. */
export const storedProfile = (background: Worker): Promise<any> => background.evaluate(async () => (await chrome.storage.local.get('profile')).profile);

interface Options {
  /**
   * The profile stored before the test starts (tests/support/profiles.ts); the rich one unless a
   * test says otherwise. `null` keeps what the install stored: the shipped default.
   */
  profile: 'rich' | 'sparse' | null;
}

interface Fixtures {
  userDataDir: string;
  /** Chromium with the extension installed (see `afterInstall`) and the test's profile stored. */
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Opens an extension page (`popup.html`, `options.html`) in a new tab. */
  openExtensionPage: (file: string) => Promise<Page>;
}

export const test = base.extend<Options & Fixtures>({
  profile: ['rich', { option: true }],
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'profile-card-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir, profile }, use) => {
    const context = await launchWithExtension(userDataDir);
    await afterInstall(context);
    if (profile) await storeProfile(await serviceWorkerOf(context), testProfile(profile));
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ background }, use) => {
    await use(extensionIdOf(background));
  },
  openExtensionPage: async ({ context }, use) => {
    await use((file) => openExtensionTab(context, file));
  },
});

export const expect = test.expect;
