import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { readFile } from 'node:fs/promises';
import type { Worker } from '@playwright/test';
import { EXT_KEY } from '../../core/profile/types';
import { components, parseVCard, valueOf } from '../support/vcard';
import { defaultSettings } from '../../core/settings';
import { LEVER_APPLY, serveFixtures } from './card-pages';
import { expect, test } from './fixtures';
import { testProfile } from '../support/profiles';
import { PopupPage, grantClipboard, patchStoredProfile, profileNamePaintedAt } from './popup-page';

// The rich test profile, stored before each test (fixtures.ts): every view has something to show.
const applicant = testProfile('rich');
const extras = applicant[EXT_KEY];
const TABS = ['Overview', 'Experience', 'Problems', 'Stack', 'Education', 'Share'];
// The profile link as the popup shares it: the address the browser reads from it.
const LINK = new URL(applicant.basics.url!).href;
const LOCATION = 'San Francisco, CA, United States';
const ADDRESS = `500 Market Street, 94105, ${LOCATION}`;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Every string a person wrote into the profile, with where it is; dates, ids and codes are shown formatted and checked elsewhere. */
function profileTexts(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return value.trim() ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => profileTexts(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    // Answers are for application forms, not for showing to whoever looks at the popup.
    ['$schema', 'answers', 'edges', 'id', 'countryCode'].includes(key) || /date$/i.test(key) ? [] : profileTexts(child, `${path}.${key}`),
  );
}

test('shows the name and title first, before anything else', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.page.getByRole('heading', { level: 1 })).toHaveText(applicant.basics.name);
  const text = await popup.page.locator('body').innerText();
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // The monogram comes first (decorative, hidden from screen readers), then the name and title.
  expect(lines.slice(0, 3)).toEqual(['JA', applicant.basics.name, applicant.basics.label]);
  await expect(popup.page.locator('[aria-hidden=true]', { hasText: 'JA' })).toHaveCount(1);
  const header = popup.page.locator('header');
  await expect(header).toContainText(LOCATION);
  await expect(header).toContainText(extras.availability!.workMode!);
  await expect(header).toContainText(extras.availability!.roles!);
  await expect(header).toContainText(extras.pitch!);
});

test('nothing moves as the popup loads: no layout shift', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  // Painted with the profile in its first frame.
  expect(await profileNamePaintedAt(popup.page)).toBeGreaterThan(0);
  const shifts = await popup.page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().map((entry) => (entry as unknown as { value: number }).value))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        // With no shifts buffered the observer never calls back.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
      }),
  );
  expect(shifts).toEqual([]);
});

test('every fact of the profile is reachable by clicking through the views', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  let seen = squash(await popup.page.locator('header').innerText());
  for (const name of TABS) {
    await popup.show(name);
    await popup.expandAll();
    seen += ' ' + squash(await popup.panel.innerText());
  }
  const missing = profileTexts(applicant).filter(({ text }) => !seen.includes(squash(text)));
  expect(missing).toEqual([]);
  // Dates, shown formatted.
  for (const range of ['Mar 2021 – present', 'Jun 2016 – Feb 2021', 'Jun 2015 – Sep 2015', 'Aug 2012 – May 2016', 'Aug 2010 – May 2012']) {
    expect(seen).toContain(squash(range));
  }
  for (const entry of extras.problemLog!) {
    const [year, month] = entry.date.split('-');
    const monthName = new Date(Date.UTC(Number(year), Number(month) - 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    expect(seen).toContain(squash(`${monthName} ${year}`));
  }
});

test('each view shows its part of the profile', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  const overview = popup.panel;
  await expect(overview.getByRole('definition').filter({ hasText: extras.yearsOfExperience! }).first()).toBeVisible();
  await expect(overview.getByText(extras.currently!)).toBeVisible();

  const experience = await popup.show('Experience');
  const [latest, earlier] = applicant.work;
  await expect(experience.getByRole('heading', { name: latest![EXT_KEY]!.title })).toBeVisible();
  await expect(experience.getByText(latest!.highlights![0]!)).toBeVisible();
  await expect(experience.getByText(latest![EXT_KEY]!.outcome!)).toBeVisible();
  const diagram = experience.getByRole('figure', { name: `Architecture of ${latest![EXT_KEY]!.title}` });
  for (const node of latest![EXT_KEY]!.diagram!.nodes) await expect(diagram.getByText(node.label, { exact: true })).toBeVisible();
  // The diagram is drawn in layers, not flattened: the shops sit above the gateway, which sits above the stream.
  const top = async (label: string) =>
    (await diagram
      .getByRole('listitem')
      .filter({ has: popup.page.getByText(label, { exact: true }) })
      .boundingBox())!.y;
  expect(await top('shops')).toBeLessThan(await top('gateway (Go)'));
  expect(await top('gateway (Go)')).toBeLessThan(await top('Kafka'));
  expect(await top('Kafka')).toBeLessThan(await top('Postgres'));
  expect(await top('Postgres')).toBe(await top('Flink jobs'));
  await expect(diagram.locator('line')).toHaveCount(latest![EXT_KEY]!.diagram!.edges.length);
  // The earlier role is collapsed until opened.
  await expect(experience.getByText(earlier!.highlights![0]!)).toBeHidden();
  await experience.getByRole('heading', { name: earlier![EXT_KEY]!.title }).click();
  await expect(experience.getByText(earlier!.highlights![0]!)).toBeVisible();

  const problems = await popup.show('Problems');
  await expect(problems.getByText(extras.problemLogIntro!)).toBeVisible();
  const titles = await problems.getByRole('heading', { level: 2 }).allInnerTexts();
  // Newest first.
  expect(titles).toEqual([...extras.problemLog!].sort((a, b) => b.date.localeCompare(a.date)).map((entry) => entry.title));

  const stack = await popup.show('Stack');
  for (const skill of applicant.skills) {
    await expect(stack.getByRole('list', { name: skill.name })).toBeVisible();
    await expect(stack.getByRole('list', { name: skill.name }).getByRole('listitem')).toHaveText(skill.keywords!);
  }

  const education = await popup.show('Education');
  await expect(education.getByText(applicant.education[0]!.institution!)).toBeVisible();

  const share = await popup.show('Share');
  await expect(share.getByRole('img', { name: 'QR code of your profile link' })).toBeVisible();
});

test('tabs follow the ARIA pattern: arrow keys, Home and End, one tab stop', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.page.keyboard.press('Tab');
  await expect(popup.tab('Overview')).toBeFocused();
  await popup.page.keyboard.press('ArrowRight');
  await expect(popup.tab('Experience')).toBeFocused();
  await expect(popup.tab('Experience')).toHaveAttribute('aria-selected', 'true');
  await expect(popup.panel).toHaveAttribute('aria-labelledby', (await popup.tab('Experience').getAttribute('id')) ?? '');
  await popup.page.keyboard.press('End');
  await expect(popup.tab('Share')).toHaveAttribute('aria-selected', 'true');
  await popup.page.keyboard.press('ArrowRight');
  await expect(popup.tab('Overview')).toHaveAttribute('aria-selected', 'true');
  await popup.page.keyboard.press('ArrowLeft');
  await expect(popup.tab('Share')).toHaveAttribute('aria-selected', 'true');
  await popup.page.keyboard.press('Home');
  await expect(popup.tab('Overview')).toBeFocused();
  await expect(popup.page.locator('[role=tab][tabindex="0"]')).toHaveCount(1);
  // Tab leaves the tab list for the view.
  await popup.page.keyboard.press('Tab');
  await expect(popup.panel).toBeFocused();
});

test('copy controls put exactly the right text on the clipboard, and say so', async ({ context, extensionId, background }) => {
  await grantClipboard(context);
  const popup = await PopupPage.open(context, extensionId);
  const [linkedIn, gitHub, x, stackOverflow] = applicant.basics.profiles!;

  await popup.page.getByRole('button', { name: 'Copy email' }).click();
  expect(await popup.clipboard()).toBe(applicant.basics.email);
  await expect(popup.status).toHaveText('Email copied');

  await popup.page.getByRole('button', { name: 'Copy location' }).click();
  expect(await popup.clipboard()).toBe(ADDRESS);

  await popup.page.getByRole('button', { name: 'Copy all' }).click();
  expect(await popup.clipboard()).toBe(
    [
      applicant.basics.name,
      applicant.basics.label,
      `Email: ${applicant.basics.email}`,
      `Phone: ${applicant.basics.phone}`,
      `Location: ${ADDRESS}`,
      `Website: ${LINK}`,
      `LinkedIn: ${linkedIn!.url}`,
      `GitHub: ${gitHub!.url}`,
      `X: ${x!.url}`,
      `Stack Overflow: ${stackOverflow!.url}`,
    ].join('\n'),
  );
  await expect(popup.status).toHaveText('Contact details copied');

  await popup.page.getByRole('button', { name: 'Copy as vCard' }).click();
  const card = parseVCard(await popup.clipboard());
  expect(valueOf(card, 'VERSION')).toBe('4.0');
  expect(valueOf(card, 'FN')).toBe(applicant.basics.name);
  expect(valueOf(card, 'EMAIL')).toBe(applicant.basics.email);

  // Phone and profile links each have their own control.
  await popup.page.getByRole('button', { name: 'Copy phone' }).click();
  expect(await popup.clipboard()).toBe(applicant.basics.phone);
  await popup.page.getByRole('button', { name: 'Copy website link' }).click();
  expect(await popup.clipboard()).toBe(LINK);
  await popup.page.getByRole('button', { name: 'Copy LinkedIn link' }).click();
  expect(await popup.clipboard()).toBe(linkedIn!.url);
  await expect(popup.status).toHaveText('LinkedIn link copied');
  await popup.page.getByRole('button', { name: 'Copy GitHub link' }).click();
  expect(await popup.clipboard()).toBe(gitHub!.url);

  // A profile without a phone or profiles has no control for them, and says nothing about them.
  await patchStoredProfile(background, { basics: { phone: '', profiles: [] } });
  await expect(popup.page.getByRole('button', { name: 'Copy phone' })).toHaveCount(0);
  await expect(popup.page.getByRole('button', { name: 'Copy LinkedIn link' })).toHaveCount(0);
  await popup.page.getByRole('button', { name: 'Copy all' }).click();
  expect(await popup.clipboard()).toBe(
    [applicant.basics.name, applicant.basics.label, `Email: ${applicant.basics.email}`, `Location: ${ADDRESS}`, `Website: ${LINK}`].join('\n'),
  );
});

/** Decodes the QR code as it appears on screen: a screenshot of it, read back to pixels in the page. */
async function decodeQr(popup: PopupPage): Promise<string | undefined> {
  const png = await popup.page.getByRole('img', { name: 'QR code of your profile link' }).screenshot();
  const { width, height, data } = await popup.page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return { width: image.width, height: image.height, data: Array.from(context.getImageData(0, 0, image.width, image.height).data) };
  }, png.toString('base64'));
  return jsQR(new Uint8ClampedArray(data), width, height)?.data;
}

test('the share view: QR code of the link, copy link, vCard download, email and share sheet', async ({ context, extensionId }) => {
  await grantClipboard(context);
  // Chromium on Linux has no share sheet: stand one in that records what it was given.
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data) });
  });
  const popup = await PopupPage.open(context, extensionId);
  const share = await popup.show('Share');
  await expect(share.getByRole('img', { name: 'QR code of your profile link' })).toBeVisible();
  expect(await decodeQr(popup)).toBe(LINK);

  await share.getByRole('button', { name: 'Copy profile link' }).click();
  expect(await popup.clipboard()).toBe(LINK);

  const [download] = await Promise.all([popup.page.waitForEvent('download'), share.getByRole('button', { name: /Download vCard/ }).click()]);
  expect(download.suggestedFilename()).toBe('jordan-alvarez.vcf');
  const card = parseVCard(await readFile((await download.path())!, 'utf8'));
  expect(valueOf(card, 'FN')).toBe(applicant.basics.name);
  expect(components(card.find((p) => p.name === 'N')!.value)).toEqual(['Alvarez', 'Jordan', '', '', '']);
  expect(valueOf(card, 'TITLE')).toBe(applicant.basics.label);
  expect(valueOf(card, 'EMAIL')).toBe(applicant.basics.email);
  expect(valueOf(card, 'URL')).toBe(LINK);
  expect(valueOf(card, 'NOTE')).toContain(extras.pitch);

  const mailto = new URL((await share.getByRole('link', { name: 'Email this profile' }).getAttribute('href'))!);
  expect(mailto.protocol).toBe('mailto:');
  expect(mailto.searchParams.get('subject')).toContain(applicant.basics.name);
  expect(mailto.searchParams.get('body')).toContain(extras.pitch);
  expect(mailto.searchParams.get('body')).toContain(LINK);

  await share.getByRole('button', { name: 'Share…' }).click();
  await expect
    .poll(() => popup.page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
    .toEqual({ title: applicant.basics.name, text: expect.stringContaining(extras.pitch!), url: LINK });
});

test('with no profile link, the share view says so and opens the options page; vCard and email still work', async ({ context, extensionId, background }) => {
  await patchStoredProfile(background, { basics: { url: '' } });
  const popup = await PopupPage.open(context, extensionId);
  const share = await popup.show('Share');
  await expect(share.getByText('No profile link yet')).toBeVisible();
  await expect(share.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  // Without a share sheet (Chromium on Linux) there is no share button.
  await expect(share.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  const mailto = new URL((await share.getByRole('link', { name: 'Email this profile' }).getAttribute('href'))!);
  expect(mailto.searchParams.get('body')).toContain(applicant.basics.email);
  const [download] = await Promise.all([popup.page.waitForEvent('download'), share.getByRole('button', { name: /Download vCard/ }).click()]);
  expect(valueOf(parseVCard(await readFile((await download.path())!, 'utf8')), 'FN')).toBe(applicant.basics.name);

  // The options page opened on install is closed first, so opening it again is visible as a new page.
  for (const page of context.pages()) if (page.url().endsWith('/options.html')) await page.close();
  const [options] = await Promise.all([context.waitForEvent('page'), share.getByRole('button', { name: 'Add a profile link in options' }).click()]);
  expect(options.url()).toBe(`chrome-extension://${extensionId}/options.html`);
});

test('keyboard alone: copy a detail, then share the link and download the vCard', async ({ context, extensionId }) => {
  await grantClipboard(context);
  const popup = await PopupPage.open(context, extensionId);
  const { keyboard } = popup.page;
  const focusedName = () => popup.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
  const tabTo = async (name: string) => {
    for (let i = 0; i < 20 && (await focusedName()) !== name; i++) await keyboard.press('Tab');
    expect(await focusedName()).toBe(name);
  };

  await tabTo('Copy email');
  await keyboard.press('Enter');
  expect(await popup.clipboard()).toBe(applicant.basics.email);
  await expect(popup.status).toHaveText('Email copied');

  await keyboard.press('Shift+Tab');
  for (let i = 0; i < 20 && !(await popup.tab('Overview').evaluate((el) => el === document.activeElement)); i++) await keyboard.press('Shift+Tab');
  await keyboard.press('End');
  await expect(popup.tab('Share')).toHaveAttribute('aria-selected', 'true');
  await tabTo('Copy profile link');
  await keyboard.press('Enter');
  expect(await popup.clipboard()).toBe(LINK);
  await tabTo('Download vCard (.vcf)');
  const [download] = await Promise.all([popup.page.waitForEvent('download'), keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('jordan-alvarez.vcf');
});

test('JSON Resume sections the other views do not cover are listed in full', async ({ context, extensionId, background }) => {
  const project = {
    name: 'Bid engine',
    description: 'Rules that move bids on their own.',
    highlights: ['4,300 rules'],
    url: 'https://example.com/bid-engine',
    startDate: '2023-02',
  };
  await patchStoredProfile(background, { projects: [project], languages: [{ language: 'Bengali', fluency: 'Native speaker' }] });
  const popup = await PopupPage.open(context, extensionId);
  const view = await popup.show('Education');
  await expect(view.getByRole('heading', { name: 'Projects' })).toBeVisible();
  await expect(view.getByRole('heading', { name: project.name })).toBeVisible();
  await expect(view.getByText(project.description)).toBeVisible();
  await expect(view.getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveText(project.highlights);
  await expect(view.getByRole('link', { name: project.url })).toHaveAttribute('href', project.url);
  await expect(view.getByText('Feb 2023 – present')).toBeVisible();
  await expect(view.getByRole('heading', { name: 'Languages' })).toBeVisible();
  await expect(view.getByRole('heading', { name: 'Bengali' })).toBeVisible();
  await expect(view.getByText('Native speaker')).toBeVisible();
});

test('updates live when the stored profile changes', async ({ context, extensionId, background }) => {
  const popup = await PopupPage.open(context, extensionId);
  await patchStoredProfile(background, { basics: { name: 'Ada Lovelace', label: 'Analyst' } });
  await expect(popup.page.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace');
  await expect(popup.page.locator('header')).toContainText('Analyst');
  await expect(popup.page.locator('header [aria-hidden=true]', { hasText: 'AL' })).toBeVisible();
});

/** A stand-in for the background's autofill handler: records each request and answers with `reply`. */
async function fakeAutofillHandler(background: Worker, reply: object) {
  await background.evaluate((answer) => {
    const scope = self as unknown as { autofillRequests: unknown[] };
    scope.autofillRequests = [];
    chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (message?.type !== 'autofill') return;
      scope.autofillRequests.push(message);
      sendResponse(answer);
    });
  }, reply);
  return () => background.evaluate(() => (self as unknown as { autofillRequests: unknown[] }).autofillRequests);
}

test('"Autofill this page" asks the background to fill the page the user was on and shows its report', async ({ context, extensionId, background }) => {
  const requests = await fakeAutofillHandler(background, { filled: 12, left: 4, needsUser: 3, fields: [], frames: 1 });
  await context.route('https://boards.greenhouse.io/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Apply</title><form><input name="email"></form>' }),
  );
  const job = await context.newPage();
  await job.goto('https://boards.greenhouse.io/acme/jobs/123');
  await job.bringToFront();
  const jobTabId = await background.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  expect(jobTabId).toEqual(expect.any(Number));

  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.autofill).toBeEnabled();
  await popup.autofill.click();
  await expect(popup.page.locator('#autofill-status')).toHaveText('12 filled · 3 need you');
  expect(await requests()).toEqual([{ type: 'autofill', tabId: jobTabId }]);
});

test('autofill shows the error the background reports', async ({ context, extensionId, background }) => {
  await fakeAutofillHandler(background, { filled: 0, left: 0, needsUser: 0, fields: [], frames: 0, error: 'This page blocks extensions.' });
  await context.route('https://jobs.lever.co/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Apply</title>' }));
  const job = await context.newPage();
  await job.goto('https://jobs.lever.co/acme/1');
  const popup = await PopupPage.open(context, extensionId);
  await popup.autofill.click();
  await expect(popup.page.locator('#autofill-status')).toHaveText('This page blocks extensions.');
});

test('autofill is disabled, with the reason, on a page the extension cannot fill', async ({ context, extensionId }) => {
  // The page behind the popup is one of the extension's own pages.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.autofill).toBeDisabled();
  await expect(popup.page.locator('#autofill-status')).toHaveText('This is an extension page, not an application form.');
  await expect(popup.autofill).toHaveAccessibleDescription('This is an extension page, not an application form.');
});

test('with "preview before fill" on, Autofill lists the planned values and writes nothing until "Fill these"', async ({ context, extensionId, background }) => {
  await serveFixtures(context);
  await background.evaluate((settings) => chrome.storage.local.set({ settings }), { ...defaultSettings(), previewBeforeFill: true });
  const job = await context.newPage();
  await job.goto(LEVER_APPLY);
  await job.bringToFront();
  const email = job.locator('input[name=email]');

  const popup = await PopupPage.open(context, extensionId);
  await popup.autofill.click();
  const preview = popup.page.getByRole('region', { name: 'Check before filling' });
  await expect(preview.getByRole('heading', { name: 'Check before filling' })).toBeFocused();
  const planned = preview.getByRole('region', { name: 'Planned values' });
  await expect(planned.getByRole('term')).toContainText(['Full name', 'Email']);
  await expect(planned.getByRole('definition')).toContainText([applicant.basics.name, applicant.basics.email!]);
  await expect(email).toHaveValue('');
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: popup.page }).include('footer').analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  // Cancel: back to the button, nothing written.
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toHaveCount(0);
  await expect(popup.autofill).toBeFocused();
  await expect(popup.page.locator('#autofill-status')).toHaveText('Nothing was filled.');
  await expect(email).toHaveValue('');

  await popup.autofill.click();
  await preview.getByRole('button', { name: 'Fill these' }).click();
  // Left to the person: the required résumé upload (no file is stored) and whether they may work in
  // Germany (the profile answers for the US and the UK only).
  await expect(popup.page.locator('#autofill-status')).toHaveText(/^\d+ filled · 2 need you$/);
  await expect(popup.autofill).toBeFocused();
  await expect(email).toHaveValue(applicant.basics.email!);
  await expect(job.locator('input[name=name]')).toHaveValue(applicant.basics.name);
});

test('follows the theme setting: the system’s by default, dark or light when set, live', async ({ context, extensionId, background }) => {
  const popup = await PopupPage.open(context, extensionId);
  const background_ = () => popup.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const setTheme = (theme: string) => background.evaluate((settings) => chrome.storage.local.set({ settings }), { ...defaultSettings(), theme });
  // The browser is light and nothing is set: light.
  expect(await background_()).toBe('rgb(255, 255, 255)');
  await popup.page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background_();
  expect(dark).not.toBe('rgb(255, 255, 255)');

  // "Light" wins over the dark system, "dark" over the light one; the open popup follows at once.
  await setTheme('light');
  await expect.poll(background_).toBe('rgb(255, 255, 255)');
  await popup.page.emulateMedia({ colorScheme: 'light' });
  await setTheme('dark');
  await expect.poll(background_).toBe(dark);
  // A popup opened later starts dark.
  const next = await PopupPage.open(context, extensionId);
  expect(await next.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  await setTheme('system');
  await expect.poll(background_).toBe('rgb(255, 255, 255)');
});

test('shows the keyboard shortcuts the browser has bound now', async ({ context, extensionId, background }) => {
  const popup = await PopupPage.open(context, extensionId);
  const bound = Object.fromEntries((await background.evaluate(() => chrome.commands.getAll())).map((command) => [command.name, command.shortcut || 'not set']));
  expect(bound).toEqual({ autofill: 'Alt+Shift+F', 'undo-autofill': 'Alt+Shift+U', _execute_action: 'Alt+Shift+O' });
  const hint = popup.page.locator('footer p', { hasText: 'Keyboard shortcuts:' });
  await expect(hint).toHaveText(`Keyboard shortcuts: Autofill ${bound.autofill} · Undo ${bound['undo-autofill']} · Open ${bound._execute_action}`);
  await expect(popup.autofill).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+F');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations in any view (${scheme})`, async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    await popup.page.emulateMedia({ colorScheme: scheme });
    for (const name of TABS) {
      await popup.show(name);
      await popup.expandAll();
      // The whole page once; after that only the view that changed.
      const axe = new AxeBuilder({ page: popup.page });
      const { violations } = await (name === TABS[0] ? axe : axe.include('[role=tabpanel]:not([hidden])')).analyze();
      expect(violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
