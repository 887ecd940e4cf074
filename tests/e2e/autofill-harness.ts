/**
 * Shared by the autofill end-to-end spec and the benchmark (bench/autofill.bench.ts): the fixture
 * pages with their expected-fill tables (served by fixture-pages.ts), triggering a fill the way the
 * popup does, and reading what each field holds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import type { FillReport, UndoReport } from '../../core/contract/messages';
import { EXTENSION_PATH, afterInstall, extensionIdOf, launchWithExtension, serviceWorkerOf, storeProfile } from './fixtures';
import { loadFixtures, matches, type Expected, type FixtureSpec } from '../fixtures/ats/fixtures';
import { PROFILE_NAMES, testProfile, type ProfileName } from '../support/profiles';
import { serveFixture } from './fixture-pages';

export { PROFILE_NAMES, loadFixtures, matches, serveFixture, type Expected, type FixtureSpec, type ProfileName };

/** A small PDF the rich applicant keeps as their résumé. */
export const RESUME_FILE = {
  name: 'jordan-alvarez-resume.pdf',
  type: 'application/pdf',
  size: 0,
  base64: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64'),
  source: 'upload' as const,
};

/** The framework state a fixture renders into `<pre data-state>`. */
export async function frameworkState(frame: Frame): Promise<Record<string, unknown>> {
  return JSON.parse((await frame.locator('pre[data-state]').textContent()) ?? '{}');
}

/** Waits until every selector's field is on the page (framework pages render after load). */
export async function fieldsOnPage(frame: Frame, selectors: string[]) {
  await expect
    .poll(async () =>
      Object.entries(await readFields(frame, selectors))
        .filter(([, value]) => value === '#missing')
        .map(([selector]) => selector),
    )
    .toEqual([]);
}

/** A fill sent as the popup sends it, timed from the popup: what a person waits for. */
export async function timedFill(popup: Page, tabId: number): Promise<{ ms: number; report: FillReport }> {
  return popup.evaluate(async (id) => {
    const start = performance.now();
    const report = await chrome.runtime.sendMessage({ type: 'autofill', tabId: id });
    return { ms: performance.now() - start, report };
  }, tabId);
}

/** Counts what must never happen during a fill: form submits and presses on Next/Submit/Apply buttons. */
export const COUNT_SUBMITS = () => {
  const scope = window as unknown as { __submits: number };
  scope.__submits = 0;
  document.addEventListener(
    'submit',
    (event) => {
      scope.__submits++;
      event.preventDefault();
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      const target = (event.target as Element | null)?.closest?.('button, input[type=submit], a');
      if (!target) return;
      const text = (target.textContent || (target as HTMLInputElement).value || '').trim();
      if ((target as HTMLButtonElement).type === 'submit' || /^(?:next|submit|apply|continue|save and continue|review)\b/i.test(text)) scope.__submits++;
    },
    true,
  );
};

export function frameOf(page: Page, spec: FixtureSpec): Frame {
  if (!spec.frame) return page.mainFrame();
  const frame = page.frames().find((candidate) => candidate.url().startsWith(spec.frame!));
  if (!frame) throw new Error(`No frame at ${spec.frame}`);
  return frame;
}

/** What each selector's field holds, as a person reads it. */
export async function readFields(frame: Frame, selectors: string[]): Promise<Record<string, string>> {
  return frame.evaluate((list) => {
    const queryAll = (selector: string): Element[] => {
      const [outer, ...rest] = selector.split(' >>> ');
      let scope: (Document | ShadowRoot)[] = [document];
      let found: Element[] = [];
      for (const part of [outer!, ...rest]) {
        found = scope.flatMap((root) => Array.from(root.querySelectorAll(part)));
        scope = found.map((element) => element.shadowRoot).filter((root): root is ShadowRoot => Boolean(root));
      }
      return found;
    };
    const read = (selector: string): string => {
      const all = queryAll(selector);
      const element = all[0];
      if (!element) return '#missing';
      if (element instanceof HTMLSelectElement) {
        if (element.multiple)
          return Array.from(element.selectedOptions)
            .filter((option) => option.value !== '')
            .map((option) => (option.textContent ?? '').trim())
            .join(', ');
        const chosen = element.selectedOptions[0];
        return chosen && chosen.value !== '' ? (chosen.textContent ?? '').trim() : '';
      }
      if (element instanceof HTMLTextAreaElement) return element.value;
      if (element instanceof HTMLInputElement) {
        if (element.type === 'radio') return (all as HTMLInputElement[]).find((radio) => radio.checked)?.value ?? '';
        if (element.type === 'checkbox') {
          if (all.length > 1)
            return (all as HTMLInputElement[])
              .filter((box) => box.checked)
              .map((box) => box.value)
              .join(',');
          return element.checked ? 'checked' : 'unchecked';
        }
        if (element.type === 'file') return element.files?.[0]?.name ?? '';
        return element.value;
      }
      if (all.some((candidate) => candidate.hasAttribute('aria-pressed') || candidate.getAttribute('role') === 'radio')) {
        const chosen = all.find((candidate) => candidate.getAttribute('aria-pressed') === 'true' || candidate.getAttribute('aria-checked') === 'true');
        return (chosen?.textContent ?? '').trim();
      }
      return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    return Object.fromEntries(list.map((selector) => [selector, read(selector)]));
  }, selectors);
}

/** The profile-card id autofill gave each selector's field (to find it in the report). */
export async function fieldIds(frame: Frame, selectors: string[]): Promise<Record<string, string | null>> {
  return frame.evaluate((list) => {
    const first = (selector: string) => {
      const [outer, ...rest] = selector.split(' >>> ');
      let roots: (Document | ShadowRoot)[] = [document];
      let found: Element | null = null;
      for (const part of [outer!, ...rest]) {
        found = roots.map((root) => root.querySelector(part)).find(Boolean) ?? null;
        roots = found?.shadowRoot ? [found.shadowRoot] : [];
      }
      return found;
    };
    return Object.fromEntries(
      list.map((selector) => {
        const element = first(selector);
        // The tagged control itself, or (a widget's hidden value input) the one tagged control beside it.
        let tagged = element?.closest('[data-profile-card-id]') ?? null;
        for (let scope = element?.parentElement, depth = 0; !tagged && scope && depth < 4; scope = scope.parentElement, depth++) {
          const inside = scope.querySelectorAll('[data-profile-card-id]');
          if (inside.length === 1) tagged = inside[0]!;
          if (inside.length > 1) break;
        }
        return [selector, tagged?.getAttribute('data-profile-card-id') ?? null];
      }),
    );
  }, selectors);
}

/** Stores the test profile a run uses, and its résumé file: the rich applicant keeps one ready, the sparse one has none. */
export async function useProfile(background: Worker, name: ProfileName) {
  await storeProfile(background, testProfile(name));
  const resume = name === 'rich' ? { ...RESUME_FILE, size: Buffer.from(RESUME_FILE.base64, 'base64').length } : null;
  await background.evaluate(async (file) => {
    if (file) await chrome.storage.local.set({ resumeFile: file });
    else await chrome.storage.local.remove('resumeFile');
  }, resume);
}

/** The id of the tab showing `page` (brought to the front, then asked of the background). */
export async function tabIdOf(background: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return background.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Sends the contract's message from an extension page, exactly as the popup does. */
export async function sendFromExtensionPage<T extends FillReport | UndoReport>(
  sender: Page,
  message: { type: 'autofill' | 'undo'; tabId: number },
): Promise<T> {
  return sender.evaluate((body) => chrome.runtime.sendMessage(body), message) as Promise<T>;
}

/**
 * A copy of the production build that may also read `pattern`: what the popup's activeTab grant
 * gives on a page the user opened Profile Card on (a browser test cannot click the toolbar button).
 */
function buildWithAccessTo(pattern: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'profile-card-activetab-'));
  cpSync(EXTENSION_PATH, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, pattern];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface Session {
  context: BrowserContext;
  background: Worker;
  /** An extension page (the popup) that sends the messages, as the popup's button does. */
  popup: Page;
  close(): Promise<void>;
}

/** Launches Chromium with the extension (and the fixture's activeTab stand-in, if it has one). */
export async function openSession(spec?: Pick<FixtureSpec, 'activeTabOn'>): Promise<Session> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'profile-card-e2e-'));
  const extensionPath = spec?.activeTabOn ? buildWithAccessTo(spec.activeTabOn) : undefined;
  const context = await launchWithExtension(userDataDir, { extensionPath });
  const background = await serviceWorkerOf(context);
  await afterInstall(context);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionIdOf(background)}/popup.html`);
  return {
    context,
    background,
    popup,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (extensionPath) rmSync(extensionPath, { recursive: true, force: true });
    },
  };
}
