import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { hostileProfile } from '../support/hostile-profile';
import { LEVER_APPLY, cardFrame, serveFixtures } from './card-pages';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test('the build loads no remote code and keeps MV3’s strict content security policy', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  // No CSP override: MV3's default forbids remote scripts, eval and inline script on extension pages.
  expect(manifest.content_security_policy).toBeUndefined();
  for (const file of filesUnder(EXTENSION_PATH).filter((f) => /\.(html|js)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    const where = path.relative(EXTENSION_PATH, file);
    expect(text, `${where} loads a remote script`).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    expect(text, `${where} imports remote code`).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    expect(text, `${where} calls importScripts with a URL`).not.toMatch(/importScripts\(\s*["'`]https?:/);
    if (file.endsWith('.html')) expect(text, `${where} has inline script`).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(text, `${where} has a network API`).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/);
  }
});

test('no request leaves the extension: popup, options, card and a fill', async ({ context, background, openExtensionPage }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await serveFixtures(context);
  await openExtensionPage('popup.html');
  const options = await openExtensionPage('options.html');
  await expect(options.locator('input').first()).toBeVisible();
  const page = await context.newPage();
  await page.goto(LEVER_APPLY);
  const card = await cardFrame(page);
  await card.getByRole('button', { name: 'Autofill', exact: true }).click();
  await expect(page.locator('input[name=email]')).toHaveValue('hanifurrahmansabbir@gmail.com');
  await expect.poll(() => background.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).length)).toBeGreaterThan(0);
  const leaving = requests.filter((url) => !url.startsWith('chrome-extension://') && !url.startsWith(LEVER_APPLY) && url !== 'about:blank');
  expect(leaving).toEqual([]);
  expect(requests.some((url) => url.startsWith('chrome-extension://'))).toBe(true);
});

/** Nothing from the profile became markup, script or an unsafe link. */
async function expectRenderedSafely(page: Page | Frame) {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  const unsafeLinks = await page.evaluate(() =>
    [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '')
      .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
  );
  expect(unsafeLinks).toEqual([]);
  expect(await page.locator('img[onerror], script:not([src])').count()).toBe(0);
}

test.describe('a hostile profile renders as text everywhere', () => {
  test.beforeEach(async ({ background }) => {
    await expect.poll(() => background.evaluate(async () => Boolean((await chrome.storage.local.get('profile')).profile))).toBe(true);
    await background.evaluate(async (profile) => {
      await chrome.storage.local.set({ profile });
    }, hostileProfile());
  });

  test('popup: every view', async ({ openExtensionPage }) => {
    const dialogs: string[] = [];
    const popup = await openExtensionPage('popup.html');
    popup.on('dialog', (d) => void dialogs.push(d.message()));
    await expect(popup.getByRole('heading', { level: 1 })).toContainText('<script>window.__pwned=1</script>');
    for (const tab of await popup.getByRole('tab').all()) {
      await tab.click();
      await expectRenderedSafely(popup);
    }
    expect(dialogs).toEqual([]);
  });

  test('options page', async ({ openExtensionPage }) => {
    const options = await openExtensionPage('options.html');
    await expect(options.locator('input').first()).toBeVisible();
    await expectRenderedSafely(options);
  });

  test('the card on an application page, and the page itself', async ({ context }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(LEVER_APPLY);
    const card = await cardFrame(page);
    await expect(card.getByRole('heading', { level: 1 })).toContainText('<script>window.__pwned=1</script>');
    await expectRenderedSafely(card);
    // The page itself (which has links of its own) got nothing: no script ran, no payload in its DOM.
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.content()).not.toContain('__pwned');
  });
});

test('a page cannot start a fill: it has no channel to the background, and its messages are ignored', async ({ context, background }) => {
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(LEVER_APPLY);
  await cardFrame(page);
  const tried = await page.evaluate(async () => {
    // What a hostile page can try from its own world: the runtime API (absent without
    // externally_connectable), and window messages shaped like the contract or the card's protocol.
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
    for (const message of [{ type: 'autofill' }, { type: 'autofill', confirm: true }, { 'profile-card': { type: 'autofill' } }]) {
      window.postMessage(message, '*');
      for (const frame of Array.from(window.frames)) frame.postMessage(message, '*');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    return typeof runtime;
  });
  expect(tried).toBe('undefined');
  await expect(page.locator('input[name=email]')).toHaveValue('');
  expect(await background.evaluate(async () => Object.keys(await chrome.storage.session.get(null)))).toEqual([]);
});
