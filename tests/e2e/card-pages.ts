import { expect, type Frame, type Page } from '@playwright/test';
import { atsServing, holdsApplication, type FixturePage } from '../fixtures/ats/fixtures';
import { testProfile } from '../support/profiles';
import { PAGES, page, viewUrl } from './fixture-pages';

/**
 * The card's side of the fixture pages (tests/fixtures/ats, served by fixture-pages.ts): which tabs
 * show a card, the pages the card tests use by name, and what those tests read from a tab.
 */
export { launchPlainBrowser, serveFixtures } from './fixture-pages';

/** A page, or one of a single-page app's views, as a tab shows it. */
export interface Visit {
  title: string;
  url: string;
  /** Exactly one card in the tab (an application form in the page or a frame of it); else none, and nothing added to the page. */
  card: boolean;
  /** On a host the content script runs on (an ATS's). */
  onAts: boolean;
  page: FixturePage;
}

/** Every address the fixtures answer as a top page: each page and each view of a single-page app. */
export const VISITS: Visit[] = PAGES.flatMap((fixture) => [
  { title: fixture.title, url: fixture.url, card: holdsApplication(fixture, PAGES), onAts: atsServing(fixture.url) !== null, page: fixture },
  ...(fixture.views ?? []).map((view) => ({
    title: view.title,
    url: view.url,
    card: view.kind === 'application',
    onAts: atsServing(view.url) !== null,
    page: fixture,
  })),
]);

/** Pages the card tests use by name. */
export const GREENHOUSE_JOB = page('greenhouse', 'new').url;
export const LEVER_APPLY = page('lever', 'apply').url;
export const WORKDAY_APPLY = page('workday', 'apply').url;
export const WORKDAY = viewUrl(page('workday', 'apply'), 'listing');
export const WORKDAY_JOB = viewUrl(page('workday', 'apply'), 'description');
export const ASHBY_POSTING = viewUrl(page('ashby', 'application'), 'description');
export const LINKEDIN_JOB = viewUrl(page('linkedin', 'easy-apply'), 'description');
export const COMPANY_CAREERS = page('greenhouse', 'embedded').url;
export const ICIMS_APPLY = page('icims', 'apply').url;

/**
 * Installed before any page script: records every window message the page's frames receive (the
 * card's geometry messages included) and when the extension's content script announced itself.
 */
export async function recordPageMessages(page: Page, extensionId: string) {
  await page.addInitScript((started: string) => {
    if (!location.protocol.startsWith('http')) return;
    const log: { origin: string; data: string }[] = [];
    Object.assign(window, { __messages: log });
    addEventListener('message', (event) => {
      log.push({ origin: event.origin, data: JSON.stringify(event.data) });
      if ((event.data as { type?: string })?.type === started) Object.assign(window, { __contentScriptStarted: performance.now() });
    });
  }, `${extensionId}:content:wxt:content-script-started`);
}

/**
 * Installed before any page script: records, from the page's main world, when the card's host
 * first turned visible (`performance.now()`). A preloaded card is in the page but hidden.
 */
export async function recordCardShown(page: Page) {
  await page.addInitScript(() => {
    if (!location.protocol.startsWith('http')) return;
    new MutationObserver((records) => {
      for (const { target } of records) {
        const host = target as HTMLElement;
        if (host.localName === 'profile-card-host' && host.style.visibility === 'visible' && !('__cardShown' in window)) {
          Object.assign(window, { __cardShown: performance.now() });
        }
      }
    }).observe(document, { attributes: true, attributeFilter: ['style'], subtree: true });
  });
}

/** When the card first showed in the page's top frame (see `recordCardShown`); null if it never did. */
export const cardShownAt = (page: Page): Promise<number | null> => page.evaluate(() => (window as unknown as { __cardShown?: number }).__cardShown ?? null);

/** Waits until the extension's content script has started in the page's top frame. */
export async function waitForContentScript(page: Page) {
  await page.waitForFunction(() => '__contentScriptStarted' in window);
}

/** The card's iframe (an extension page) inside the tab, once it has loaded. */
export async function cardFrame(page: Page): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = page.frames().find((f) => f.url().startsWith('chrome-extension://') && new URL(f.url()).pathname === '/card.html')))
    .toBeTruthy();
  return frame!;
}

/**
 * Uses every control of the card that talks to the page around it (collapse, expand, move, copy),
 * so every kind of message it sends has been sent; the copy reports back in the card's status.
 */
export async function useCardControls(card: Frame) {
  await card.getByRole('button', { name: 'Collapse card' }).click();
  await card.getByRole('button', { name: 'Expand profile card' }).click();
  await card.getByRole('button', { name: 'Move card' }).press('ArrowLeft');
  await card.getByRole('button', { name: 'Copy email' }).click();
  await expect(card.getByRole('status')).toHaveText('Copied email');
}

/** Number of card hosts shown (visible) in the tab, counting every frame the page has. */
export async function shownCardCount(page: Page): Promise<number> {
  const shown = await Promise.all(
    page
      .frames()
      .filter((f) => f.url().startsWith('http'))
      .map((f) =>
        f
          .locator('profile-card-host')
          .isVisible()
          .catch(() => false),
      ),
  );
  return shown.filter(Boolean).length;
}

/** Number of card hosts in the tab, counting every frame the page has. */
export async function cardCount(page: Page): Promise<number> {
  const counts = await Promise.all(
    page
      .frames()
      .filter((f) => f.url().startsWith('http'))
      .map((f) => f.evaluate(() => document.querySelectorAll('profile-card-host').length).catch(() => 0)),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * A profile whose every word is unlike anything on the fixture pages, so finding one means a leak:
 * the sparse applicant (no answers to questions) with a name, title, email, phone and link of its own.
 */
export function distinctiveProfile() {
  const profile = testProfile('sparse');
  profile.basics = {
    ...profile.basics,
    name: 'Zephyrine Quillfeather',
    label: 'Distributed Systems Cartographer',
    email: 'zephyrine.q@example.org',
    phone: '+880 1711 555 042',
    url: 'https://zephyrine.example.org',
  };
  return profile;
}
export const SECRETS = ['Zephyrine', 'Quillfeather', 'Cartographer', 'zephyrine.q@example.org', '1711 555 042', 'zephyrine.example.org'];

/**
 * Everything of the DOM the page's main world can read: the markup with every attribute, each open
 * shadow root (and the roots the page kept for itself, `window.__seen.shadowRoots`, when it records
 * them), iframes' addresses and titles, and same-origin frames' documents.
 */
export function markupPageCanRead(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      parts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) parts.push(attribute.value);
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element instanceof HTMLIFrameElement) {
          parts.push(element.src, element.title);
          try {
            if (element.contentDocument) visit(element.contentDocument);
          } catch {
            // Cross-origin (the card): unreachable, as it should be.
          }
        }
      }
    };
    visit(document);
    for (const root of (window as unknown as { __seen?: { shadowRoots: ShadowRoot[] } }).__seen?.shadowRoots ?? []) visit(root);
    for (let i = 0; i < window.frames.length; i++) {
      try {
        visit(window.frames[i]!.document);
      } catch {
        parts.push('(frame unreachable)');
      }
    }
    return parts.join('\n');
  });
}
