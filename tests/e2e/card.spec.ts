import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { defaultSettings, type Settings } from '@/core/settings';
import AxeBuilder from '@axe-core/playwright';
import { ATS_HOST_PATTERNS, ATS_ORIGIN_PATTERNS } from '@/core/ats-hosts';
import { EXTENSION_PATH, expect, storeProfile, test } from './fixtures';
import { hostileCss, page as fixturePage } from './fixture-pages';
import { pageHtml } from '../fixtures/ats/fixtures';
import {
  ASHBY_POSTING,
  COMPANY_CAREERS,
  GREENHOUSE_JOB,
  ICIMS_APPLY,
  LEVER_APPLY,
  LINKEDIN_JOB,
  VISITS,
  WORKDAY,
  WORKDAY_APPLY,
  WORKDAY_JOB,
  cardCount,
  cardFrame,
  cardShownAt,
  distinctiveProfile,
  launchPlainBrowser,
  markupPageCanRead,
  recordCardShown,
  recordPageMessages,
  SECRETS,
  serveFixtures,
  shownCardCount,
  useCardControls,
  waitForContentScript,
} from './card-pages';

/**
 * The profile card on ATS pages (issue #5), on the production build: where it appears, single-page
 * apps, isolation from the page (data and styles), and its controls. Fixture pages are served at
 * the ATS's real addresses (tests/fixtures/ats, served by tests/e2e/fixture-pages.ts).
 */

const host = (page: Page) => page.locator('profile-card-host');

// The applicant who filled in only the basics: no phone, no résumé file, no answers, so the forms'
// required phone and résumé are left to her.
test.use({ profile: 'sparse' });
const NAME = 'Nusrat Jahan';
const EMAIL = 'nusrat.jahan@example.net';

/** Stores settings as the options page would: the defaults with `changes`. */
async function setSettings(background: Worker, changes: Partial<Settings>) {
  await background.evaluate((value) => chrome.storage.local.set({ settings: value }), { ...defaultSettings(), ...changes });
}

test.describe('where the card appears', () => {
  test('on the application page of every ATS, exactly one card', async ({ context }) => {
    test.setTimeout(120_000); // every application page of the fixture tree, one after another
    await serveFixtures(context);
    const page = await context.newPage();
    for (const fixture of VISITS.filter((visit) => visit.card)) {
      await test.step(fixture.title, async () => {
        await page.goto(fixture.url);
        // In the top frame, or in the frame that holds the form when the top is the company's own site.
        await expect.poll(() => shownCardCount(page), { intervals: [50, 100, 250] }).toBe(1);
        const card = await cardFrame(page);
        await expect(card.getByRole('heading', { name: NAME })).toBeVisible();
        expect(await cardCount(page)).toBe(1);
      });
    }
  });

  test('not on listings, job descriptions or unrelated sites, which keep exactly the DOM they have without the extension', async ({ context, extensionId }) => {
    test.setTimeout(120_000); // thirty pages, each loaded with and without the extension
    await serveFixtures(context);
    const plain = await launchPlainBrowser();
    const others = VISITS.filter((visit) => !visit.card);
    try {
      // Several tabs at once: the pages load and settle in parallel.
      const batches: (typeof others)[] = [];
      for (let i = 0; i < others.length; i += 10) batches.push(others.slice(i, i + 10));
      for (const batch of batches) {
        const pages = await Promise.all(
          batch.map(async (fixture) => {
            const [withExtension, without] = await Promise.all([context.newPage(), plain.context.newPage()]);
            await recordPageMessages(withExtension, extensionId);
            await Promise.all([withExtension.goto(fixture.url), without.goto(fixture.url)]);
            return { fixture, withExtension, without };
          }),
        );
        for (const { fixture, withExtension } of pages) {
          if (!fixture.onAts) continue;
          // The content script ran here (ATS hosts), and decided.
          await test.step(`${fixture.title}: content script ran`, () => waitForContentScript(withExtension));
        }
        // Absence can only be watched over a window: longer than the content script's settle delay (250 ms).
        await pages[0]!.withExtension.waitForTimeout(600);
        for (const { fixture, withExtension, without } of pages) {
          await test.step(fixture.title, async () => {
            const serialize = (p: Page) => p.evaluate(() => document.documentElement.outerHTML);
            expect(await serialize(withExtension)).toBe(await serialize(without));
            expect(withExtension.frames().filter((f) => f.url().startsWith('chrome-extension://'))).toEqual([]);
          });
          await Promise.all([withExtension.close(), without.close()]);
        }
      }
    } finally {
      await plain.close();
    }
  });

  test('the Greenhouse embed on a company careers page: one card, inside the part of the frame the user sees', async ({ context }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(COMPANY_CAREERS);
    const embed = page.frameLocator('#grnhse_iframe');
    await expect(embed.locator('profile-card-host')).toBeVisible();
    expect(await cardCount(page)).toBe(1);
    await expect((await cardFrame(page)).getByRole('heading', { name: NAME })).toBeVisible();

    // The frame is 1400 px tall and scrolls with the page: the card stays within the viewport.
    const viewport = page.viewportSize()!;
    const inViewport = async () => {
      const box = (await embed.locator('profile-card-host').boundingBox())!;
      return box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
    };
    await expect.poll(inViewport).toBe(true);
    await page.mouse.wheel(0, 700);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(600);
    await expect.poll(inViewport).toBe(true);
  });
});

test('the manifest: content script in all frames of the ATS hosts only; the card page reachable from those hosts only', async () => {
  const manifest = JSON.parse(await readFile(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  const [script] = manifest.content_scripts;
  expect(script).toMatchObject({ matches: expect.arrayContaining(ATS_HOST_PATTERNS), run_at: 'document_start', all_frames: true });
  expect(script.matches).toHaveLength(ATS_HOST_PATTERNS.length);
  expect(manifest.web_accessible_resources).toEqual([{ resources: ['card.html'], matches: ATS_ORIGIN_PATTERNS, use_dynamic_url: true }]);
});

test.describe('single-page apps: the card comes and goes with the in-page URL', () => {
  test('Workday: search → job → apply shows it; back to the job hides it', async ({ context }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(WORKDAY);
    await page.getByRole('link', { name: 'Senior Data Engineer' }).click();
    await expect(page).toHaveURL(WORKDAY_JOB);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(`${WORKDAY_JOB}/apply`);
    await expect(host(page)).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(WORKDAY_JOB);
    await expect(host(page)).toHaveCount(0);
  });

  test('Ashby: the Application tab shows it, the Overview tab hides it', async ({ context }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(ASHBY_POSTING);
    await page.getByRole('tab', { name: 'Application' }).click();
    await expect(host(page)).toBeVisible();
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(host(page)).toHaveCount(0);
  });

  test('LinkedIn: opening Easy Apply shows it, dismissing the dialog hides it', async ({ context }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(LINKEDIN_JOB);
    await page.getByRole('button', { name: /Easy Apply to/ }).click();
    await expect(page.getByRole('dialog', { name: 'Apply to Relecloud' })).toBeVisible();
    await expect(host(page)).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(host(page)).toHaveCount(0);
  });
});

test.describe('isolation', () => {
  test('no profile data is findable from the page: DOM, attributes, shadow roots, frames, window messages', async ({ context, background, extensionId }) => {
    await serveFixtures(context);
    await storeProfile(background, distinctiveProfile());
    const page = await context.newPage();
    await recordPageMessages(page, extensionId);
    await page.goto(LEVER_APPLY);
    const card = await cardFrame(page);
    await expect(card.getByRole('heading', { name: 'Zephyrine Quillfeather' })).toBeVisible();
    await useCardControls(card);

    const markup = await markupPageCanRead(page);
    const found = await page.evaluate(
      ({ needles, markup }) => {
        const seen = [markup, document.body.innerText, document.title, location.href, document.cookie];
        const hostElement = document.querySelector('profile-card-host') as HTMLElement;
        const messages = (window as unknown as { __messages: { data: string }[] }).__messages;
        seen.push(...messages.map((m) => m.data));
        const haystack = seen.join('\n');
        return {
          leaked: needles.filter((needle) => haystack.includes(needle)),
          shadowRoot: hostElement.shadowRoot,
          hostChildren: hostElement.childNodes.length,
          messageCount: messages.length,
          // Sanity: the search does find what the page itself shows.
          control: haystack.includes('Submit application') && haystack.includes('jobs.lever.co'),
        };
      },
      { needles: SECRETS, markup },
    );
    expect(found.control).toBe(true);
    expect(found.messageCount).toBeGreaterThan(3);
    expect(found.shadowRoot).toBeNull();
    expect(found.hostChildren).toBe(0);
    expect(found.leaked).toEqual([]);
  });

  const HOSTILE = ['rem-10px', 'own-tailwind', 'aggressive-important'];
  const withHostileCss = (html: string, url: URL) => {
    const sheet = url.searchParams.get('hostile');
    if (!sheet || !HOSTILE.includes(sheet)) return html;
    return html.replace('</head>', `<style>${hostileCss(sheet)}</style></head>`);
  };

  test('hostile page CSS does not change the card, and the card does not change the page layout', async ({ context }) => {
    // Two browsers, four pages each, screenshots of every one: slow on a busy two-core machine.
    test.slow();
    await serveFixtures(context, withHostileCss);
    const plain = await launchPlainBrowser(withHostileCss);
    try {
      const shots = new Map<string, Buffer[]>();
      for (const variant of ['plain', ...HOSTILE]) {
        await test.step(variant, async () => {
          const url = variant === 'plain' ? GREENHOUSE_JOB : `${GREENHOUSE_JOB}?hostile=${variant}`;
          const page = await context.newPage();
          await page.goto(url);
          const card = await cardFrame(page);
          await expect(card.getByRole('heading', { name: NAME })).toBeVisible();
          await card.evaluate(() => document.fonts.ready);

          // The page's own boxes are exactly where they are without the extension. Measured before any
          // screenshot: taking one restyles the page (Playwright hides the caret), in both browsers alike.
          const reference = await plain.context.newPage();
          await reference.goto(url);
          expect(await pageLayout(page)).toEqual(await pageLayout(reference));

          shots.set(variant, await stableCardShots(page));
          await Promise.all([page.close(), reference.close()]);
        });
      }
      for (const variant of HOSTILE) {
        expect(shots.get(variant), `card on the ${variant} page`).toEqual(shots.get('plain'));
      }
    } finally {
      await plain.close();
    }
  });
});

/** Boxes of the page's landmarks and its scroll size: what a card that disturbed the layout would change. */
function pageLayout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)!.getBoundingClientRect();
      return [rect.x, rect.y, rect.width, rect.height].map((n) => Math.round(n * 100) / 100);
    };
    return {
      body: box('body'),
      title: box('h1'),
      form: box('#application-form'),
      submit: box('button[type=submit]'),
      scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    };
  });
}

/**
 * The card's pixels, in two bands that leave out its rounded corners (where the page shows through).
 * Taken until two shots in a row agree, so a late layout or font swap cannot slip in.
 */
async function stableCardShots(page: Page): Promise<Buffer[]> {
  const radius = 12;
  let previous: Buffer[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    const box = (await host(page).boundingBox())!;
    const shots = await Promise.all([
      page.screenshot({ clip: { x: box.x, y: box.y + radius, width: box.width, height: box.height - 2 * radius } }),
      page.screenshot({ clip: { x: box.x + radius, y: box.y, width: box.width - 2 * radius, height: box.height } }),
    ]);
    if (previous.length && shots.every((shot, i) => shot.equals(previous[i]!))) return shots;
    previous = shots;
  }
  throw new Error('the card did not settle');
}

test.describe('the card’s controls', () => {
  test('hide on this site: remembered across reloads; the toast can undo it', async ({ context, background, extensionId }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await recordPageMessages(page, extensionId);
    await page.goto(LEVER_APPLY);
    let card = await cardFrame(page);
    await card.getByRole('button', { name: 'Hide on this site' }).click();
    await expect(card.getByRole('status')).toContainText('Hidden on jobs.lever.co');
    const dismissed = () =>
      background.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { dismissedHosts?: string[] })?.dismissedHosts);
    await expect.poll(dismissed).toEqual(['jobs.lever.co']);

    // Undo from the toast: the card is back, and so is the site.
    await card.getByRole('button', { name: 'Undo' }).click();
    await expect(card.getByRole('heading', { name: NAME })).toBeVisible();
    await expect.poll(dismissed).toEqual([]);

    // Hide again and close the toast: the card goes, and stays gone after a reload.
    await card.getByRole('button', { name: 'Hide on this site' }).click();
    // A click whose handler removes the clicked frame can leave the browser's input acknowledgement
    // (which Playwright's click waits for) unanswered: the click event is dispatched in the card itself.
    await card.getByRole('button', { name: 'Close' }).dispatchEvent('click');
    await expect(host(page)).toHaveCount(0);
    await recordCardShown(page);
    await page.reload();
    await waitForContentScript(page);
    // Absence over a window longer than the settings read and the settle delay, and never shown meanwhile.
    await page.waitForTimeout(600);
    await expect(host(page)).toHaveCount(0);
    expect(await cardShownAt(page)).toBeNull();

    // Other sites still get it.
    await page.goto(GREENHOUSE_JOB);
    card = await cardFrame(page);
    await expect(card.getByRole('heading', { name: NAME })).toBeVisible();
  });

  test('copy buttons put the detail on the clipboard', async ({ context }) => {
    await serveFixtures(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(LEVER_APPLY);
    const card = await cardFrame(page);
    await card.getByRole('button', { name: 'Copy location' }).click();
    await expect(card.getByRole('status')).toHaveText('Copied location');
    // Read back where the test granted clipboard access: the page (no page gets that by default).
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Sylhet, Bangladesh');
  });

  test('a page with a strict Content-Security-Policy still gets the card', async ({ context }) => {
    await serveFixtures(context);
    // Registered last, so it answers first: the same page, locked down.
    await context.route(LEVER_APPLY, async (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': "default-src 'none'; style-src 'self'; frame-src 'none'; script-src 'none'" },
        body: pageHtml(fixturePage('lever', 'apply')),
      }),
    );
    const page = await context.newPage();
    await page.goto(LEVER_APPLY);
    await expect(host(page)).toBeVisible();
    await expect((await cardFrame(page)).getByRole('heading', { name: NAME })).toBeVisible();
  });

  test('turned off for an ATS in settings: no card there', async ({ context, background, extensionId }) => {
    await serveFixtures(context);
    await background.evaluate(() =>
      chrome.storage.local.set({
        settings: { cardOnAts: { lever: false }, dismissedHosts: [], previewBeforeFill: false, highlightFilled: true, theme: 'system' },
      }),
    );
    const page = await context.newPage();
    await recordPageMessages(page, extensionId);
    await recordCardShown(page);
    await page.goto(LEVER_APPLY);
    await waitForContentScript(page);
    await page.waitForTimeout(600);
    await expect(host(page)).toHaveCount(0);
    // Not even for a moment (the card's page may start loading while the settings are read).
    expect(await cardShownAt(page)).toBeNull();
    await page.goto(GREENHOUSE_JOB);
    await expect(host(page)).toBeVisible();
  });

  test('never covers the submit button: docks elsewhere, and moves off it after a drag onto it', async ({ context }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(WORKDAY_APPLY);
    await expect(host(page)).toBeVisible();
    const submit = page.getByRole('button', { name: 'Save and Continue' });
    const overlaps = async () => {
      const [a, b] = [(await host(page).boundingBox())!, (await submit.boundingBox())!];
      return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    };
    await expect.poll(overlaps).toBe(false);
    // Docked bottom-right it would sit on the button; it went to the bottom-left corner instead.
    const docked = (await host(page).boundingBox())!;
    expect(docked.x).toBeLessThan(640);

    const card = await cardFrame(page);
    const handle = (await card.getByRole('button', { name: 'Move card' }).boundingBox())!;
    const target = (await submit.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + 10, target.y - 20, { steps: 12 });
    // Mid-drag the card follows the pointer, over the button…
    await expect.poll(overlaps).toBe(true);
    await page.mouse.up();
    // …and once dropped it docks where the button stays free.
    await expect.poll(overlaps).toBe(false);
  });

  test('drag with the pointer or the arrow keys; collapse and expand from the keyboard with visible focus', async ({ context }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(LEVER_APPLY);
    const card = await cardFrame(page);
    await expect(card.getByRole('heading', { name: NAME })).toBeVisible();
    const start = (await host(page).boundingBox())!;

    const handle = (await card.getByRole('button', { name: 'Move card' }).boundingBox())!;
    await page.mouse.move(handle.x + 5, handle.y + 5);
    await page.mouse.down();
    await page.mouse.move(handle.x + 5 - 300, handle.y + 5 - 150, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await host(page).boundingBox())!.x).toBeCloseTo(start.x - 300, 0);
    expect((await host(page).boundingBox())!.y).toBeCloseTo(start.y - 150, 0);

    // Keyboard: Tab from the page reaches the card; the focused control shows a focus ring.
    const active = () => card.evaluate(() => (document.hasFocus() ? (document.activeElement?.getAttribute('aria-label') ?? null) : null));
    await page.locator('input[name="consent[marketing]"]').focus();
    for (let i = 0; i < 10 && (await active()) !== 'Move card'; i++) await page.keyboard.press('Tab');
    expect(await active()).toBe('Move card');
    const ring = await card.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);

    const before = (await host(page).boundingBox())!;
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await host(page).boundingBox())!.x).toBeCloseTo(before.x - 16, 0);

    await page.keyboard.press('Tab');
    expect(await active()).toBe('Collapse card');
    await page.keyboard.press('Enter');
    await expect.poll(active).toBe('Expand profile card');
    await expect.poll(async () => (await host(page).boundingBox())!.width).toBeLessThan(200);
    await page.keyboard.press('Enter');
    await expect.poll(active).toBe('Collapse card');
    await expect.poll(async () => (await host(page).boundingBox())!.width).toBe(320);
  });

  test('Autofill and Undo go to the background; the card shows the last fill, its list, "Jump to" and "Fill again"', async ({ context, background }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(LEVER_APPLY);
    const card = await cardFrame(page);
    // The real path: the card asks the background, which fills every frame and stores the report.
    await card.getByRole('button', { name: 'Autofill', exact: true }).click();
    await expect(page.locator('input[name=email]')).toHaveValue(EMAIL);
    const tabId = await background.evaluate(async () => (await chrome.tabs.query({ url: 'https://jobs.lever.co/*' }))[0]!.id!);
    // Stored once the answer has gone back to the card.
    const stored = () => background.evaluate(async (id) => (await chrome.storage.session.get(`lastFill:${id}`))[`lastFill:${id}`], tabId);
    await expect.poll(stored).toBeTruthy();
    const report = (await stored()) as { filled: number; needsUser: number; fields: { label: string; needsUser?: boolean }[] };
    // No phone, no résumé file and no answers in the profile: the required résumé, phone and the
    // posting's two required questions are left to the person.
    const needsYou = [/^Resume/, /^Phone$/, /^Are you authorized to work in Germany\?$/, /^Will you require visa sponsorship to work in Germany\?$/];
    expect(report.fields.filter((f) => f.needsUser).map((f) => f.label)).toEqual(needsYou.map((label) => expect.stringMatching(label)));
    await expect(card.getByText(`${report.filled} filled · 4 need you`)).toBeVisible();
    await card.getByRole('button', { name: 'Show list' }).click();
    const list = card.getByRole('list', { name: 'Fields that need you' });
    await expect(list.getByRole('listitem')).toHaveText([/Resume/, /Phone/, /authorized to work in Germany/, /visa sponsorship/]);

    await list.getByRole('button', { name: 'Jump to Phone' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('phone');

    // The page adds a step's fields after the fill: "Fill again" appears.
    await expect(card.getByRole('button', { name: 'Fill again' })).toHaveCount(0);
    await page.evaluate(() => {
      const extra = document.createElement('input');
      extra.name = 'cards[question]';
      document.querySelector('#application-form')!.append(extra);
    });
    await expect(card.getByRole('button', { name: 'Fill again' })).toBeVisible();

    await card.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(card.getByRole('status')).toHaveText(`Restored ${report.filled} fields`);
    await expect(page.locator('input[name=email]')).toHaveValue('');

    // A fill started elsewhere (the popup, a shortcut) lands in the same storage item: the card follows.
    await background.evaluate(async (id) => {
      await chrome.storage.session.set({ [`lastFill:${id}`]: { filled: 5, left: 0, needsUser: 0, frames: 1, fields: [] } });
    }, tabId);
    await expect(card.getByText('5 filled · 0 need you')).toBeVisible();
  });

  test('"Jump to" reaches a field in another frame than the card’s (iCIMS: card on the wrapper, form in its iframe)', async ({ context }) => {
    // The form asks for a phone, which the profile does not have: it is left for the person.
    await serveFixtures(context, (html, url) =>
      url.searchParams.has('in_iframe')
        ? html.replace('name="PersonProfileFields.PhoneNumbers_1_Number"', 'name="PersonProfileFields.PhoneNumbers_1_Number" required')
        : html,
    );
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto(ICIMS_APPLY);
    const card = await cardFrame(page);
    const form = page.frames().find((frame) => frame.url().includes('in_iframe=1'))!;
    expect(await page.evaluate(() => document.querySelectorAll('profile-card-host').length)).toBe(1);

    await card.getByRole('button', { name: 'Autofill', exact: true }).click();
    await expect(form.locator('#PersonProfileFields\\.Email')).toHaveValue(EMAIL);
    await card.getByRole('button', { name: 'Show list' }).click();
    const phone = form.locator('#PhoneNumbers_1_Number');
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect(phone).not.toBeInViewport();
    await card.getByRole('list', { name: 'Fields that need you' }).getByRole('button', { name: 'Jump to Phone' }).click();
    await expect.poll(() => form.evaluate(() => document.activeElement?.id)).toBe('PhoneNumbers_1_Number');
    // Focus left the card for the form's frame, and the field was scrolled into the viewport.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('icims_content_iframe');
    await expect(phone).toBeInViewport();
    await page.keyboard.type('+880 1711 000000');
    await expect(phone).toHaveValue('+880 1711 000000');
  });

  test('preview before fill: Autofill lists the planned values and writes nothing; Cancel and "Fill these" from the keyboard', async ({
    context,
    background,
  }) => {
    await serveFixtures(context);
    await setSettings(background, { previewBeforeFill: true });
    const page = await context.newPage();
    await page.goto(LEVER_APPLY);
    const card = await cardFrame(page);
    // What each field holds: its text, or (a box or a choice) whether it is ticked.
    const formValues = () =>
      page
        .locator('#application-form :is(input, textarea):not([type=file])')
        .evaluateAll((inputs) =>
          inputs.map((input) =>
            ['checkbox', 'radio'].includes((input as HTMLInputElement).type) ? String((input as HTMLInputElement).checked) : (input as HTMLInputElement).value,
          ),
        );
    const untouched = await formValues();
    expect(untouched.every((value) => value === '' || value === 'false')).toBe(true);

    await card.getByRole('button', { name: 'Autofill', exact: true }).click();
    const preview = card.getByRole('region', { name: 'Check before filling' });
    await expect(preview.getByRole('heading', { name: 'Check before filling' })).toBeFocused();
    const planned = preview.getByRole('region', { name: 'Planned values' });
    await expect(planned.getByRole('term')).toContainText(['Full name', 'Email']);
    await expect(planned.getByRole('definition')).toContainText([NAME, EMAIL]);
    await expect(preview).toContainText(/Autofill would fill \d+ fields; nothing is written until you choose Fill these\. 4 fields will still need you\./);
    // Nothing reached the page: no value, no mark.
    expect(await formValues()).toEqual(untouched);
    await expect(page.locator('[class*=profile-card]')).toHaveCount(0);

    // Cancel (Escape): the preview goes, focus returns to Autofill, the page stays as it was.
    await page.keyboard.press('Escape');
    await expect(preview).toHaveCount(0);
    await expect(card.getByRole('button', { name: 'Autofill', exact: true })).toBeFocused();
    await expect(card.getByRole('status')).toHaveText('Nothing was filled.');
    expect(await formValues()).toEqual(untouched);

    // Again, and confirm from the keyboard: Tab past the list to "Fill these".
    await page.keyboard.press('Enter');
    await expect(preview.getByRole('heading', { name: 'Check before filling' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(planned).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(preview.getByRole('button', { name: 'Fill these' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name=email]')).toHaveValue(EMAIL);
    await expect(page.locator('input[name=name]')).toHaveValue(NAME);
    await expect(card.getByText(/^\d+ filled · 4 need you$/)).toBeVisible();
    await expect(card.getByRole('button', { name: 'Autofill', exact: true })).toBeFocused();
  });

  test('follows the theme setting: system by default, dark when set, live', async ({ context, background }) => {
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(LEVER_APPLY);
    const card = await cardFrame(page);
    await expect(card.getByRole('heading', { name: NAME })).toBeVisible();
    const surface = () =>
      card
        .locator('main > div')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    // The browser is light and the setting is "system": light.
    expect(await surface()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    const systemDark = await surface();
    expect(systemDark).not.toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(surface).toBe('rgb(255, 255, 255)');

    // Dark in the setting wins over the light system, in the open card and in a newly loaded one.
    await setSettings(background, { theme: 'dark' });
    await expect.poll(surface).toBe(systemDark);
    await page.reload();
    const reloaded = await cardFrame(page);
    await expect(reloaded.getByRole('heading', { name: NAME })).toBeVisible();
    expect(
      await reloaded
        .locator('main > div')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe(systemDark);
  });

  test('the card page passes axe in light and dark, with a preview too', async ({ openExtensionPage, background }) => {
    const page = await openExtensionPage('card.html?site=jobs.lever.co');
    await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
    const axe = async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      }
    };
    await axe();

    // A preview made elsewhere (a keyboard shortcut) shows in the open card, without taking focus;
    // values are text, never markup.
    const tabId = await background.evaluate(async () => (await chrome.tabs.query({})).find((tab) => tab.url?.includes('/card.html'))!.id!);
    const field = { frame: 'https://jobs.lever.co/acme/1/apply', frameId: 0, key: 'email', reason: '', status: 'planned' };
    await background.evaluate(
      ([id, fields]) => chrome.storage.session.set({ [`lastFill:${id}`]: { preview: true, planned: 2, filled: 0, left: 0, needsUser: 0, frames: 1, fields } }),
      [
        tabId,
        [
          { ...field, fieldId: 'a', label: 'Email', value: 'hanif@example.org' },
          { ...field, fieldId: 'b', label: 'Cover letter', value: '<img src=x onerror="document.title=1">Dear team' },
        ],
      ] as const,
    );
    const planned = page.getByRole('region', { name: 'Planned values' });
    await expect(planned.getByRole('definition')).toHaveText(['hanif@example.org', '<img src=x onerror="document.title=1">Dear team']);
    await expect(planned.locator('img')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Check before filling' })).not.toBeFocused();
    await axe();
  });
});
