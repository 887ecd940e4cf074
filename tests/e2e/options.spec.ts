import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { afterInstall, expect, launchWithExtension, openExtensionTab, serviceWorkerOf, storeProfile, storedProfile, test } from './fixtures';
import { LEVER_APPLY, cardFrame, serveFixtures } from './card-pages';
import { linkedInZip } from '../support/linkedin-export';
import { shippedDefault, testProfile } from '../support/profiles';
import { EXT_KEY } from '../../core/profile/types';
import { PROFILE_STORAGE_VERSION } from '../../core/profile/migrations';

const V1_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/storage/profile-v1.json');

const ada = {
  basics: { name: 'Ada Lovelace', label: 'Analyst', email: 'ada@example.org' },
  work: [
    { name: 'Analytical Engine', position: 'Programmer', startDate: '1842' },
    { name: 'Royal Society', position: 'Translator', startDate: '1843' },
    { name: 'Babbage & Co', position: 'Notes', startDate: '1843-09' },
  ],
};
const jsonFile = (name: string, doc: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });

/** Everything in the extension's local storage, read through its service worker. */
const storedAll = (background: Worker) => background.evaluate(() => chrome.storage.local.get(null));

/** The rich test profile, stored before each test unless a test says otherwise (fixtures.ts). */
const applicant = testProfile('rich');

async function openOptions(open: (file: string) => Promise<Page>): Promise<Page> {
  const page = await open('options.html');
  await expect(page.getByLabel('Name', { exact: true })).not.toHaveValue('');
  return page;
}

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });

test.describe('editing the profile', () => {
  test('a saved edit shows in the open popup at once', async ({ background, openExtensionPage }) => {
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText(applicant.basics.name);
    const options = await openOptions(openExtensionPage);
    await options.getByLabel('Name', { exact: true }).fill('Jordan A.');
    await options.getByLabel('Title', { exact: true }).fill('Data Architect');
    await expect(options.getByRole('status').filter({ hasText: 'Unsaved changes.' })).toBeVisible();
    await saveButton(options).click();
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Jordan A.');
    await expect(popup.getByText('Data Architect')).toBeVisible();
    expect((await storedProfile(background)).basics).toMatchObject({ name: 'Jordan A.', label: 'Data Architect' });
    await expect(options.getByText('Saved.', { exact: true })).toBeVisible();
  });

  test('photo: an upload is cropped small and shown in the popup and on the card; a non-picture is refused; remove', async ({
    context,
    background,
    openExtensionPage,
  }) => {
    const popup = await openExtensionPage('popup.html');
    const options = await openOptions(openExtensionPage);
    // A 300 × 200 picture the browser made itself: the upload is cropped to its centred square.
    const picture = await options.screenshot({ clip: { x: 0, y: 0, width: 300, height: 200 } });
    await options.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
    await expect(options.getByRole('alert').filter({ hasText: 'notes.png' })).toHaveText(
      '“notes.png” is not a picture Profile Card can read (PNG, JPEG, WebP or GIF). Your photo is unchanged.',
    );
    await options.getByLabel('Photo', { exact: true }).setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: picture });
    const preview = options.getByRole('img', { name: 'Your photo' });
    await expect(preview).toBeVisible();
    expect(await preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([200, 200]);
    await saveButton(options).click();
    await expect(options.getByText('Saved.', { exact: true })).toBeVisible();
    const image = (await storedProfile(background)).basics.image as string;
    expect(image).toMatch(/^data:image\/jpeg;base64,/);
    expect(image.length).toBeLessThan(60_000);
    await expect(popup.locator('header img')).toHaveAttribute('src', image);

    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(LEVER_APPLY);
    await expect((await cardFrame(page)).locator('img')).toHaveAttribute('src', image);

    await options.getByRole('button', { name: 'Remove photo' }).click();
    await saveButton(options).click();
    await expect(options.getByText('Saved.', { exact: true })).toBeVisible();
    expect((await storedProfile(background)).basics.image ?? '').toBe('');
    await expect(popup.locator('header img')).toHaveCount(0);
    await expect(popup.locator('header [aria-hidden=true]', { hasText: 'JA' })).toBeVisible();
  });

  test('inline errors use the model’s words, and an invalid profile is not saved', async ({ background, openExtensionPage }) => {
    const before = await storedAll(background);
    const options = await openOptions(openExtensionPage);
    const email = options.getByLabel('Email', { exact: true });
    await email.fill('jordan-at-example');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('expected an email address');
    const link = options.getByLabel('Profile link', { exact: true });
    await link.fill('javascript:alert(1)');
    await expect(link).toHaveAccessibleDescription(/only http\(s\) links are allowed, got a "javascript:" link/);
    await expect(options.getByText('Unsaved changes; 2 problems to fix before saving.')).toBeVisible();
    await saveButton(options).click();
    const alert = options.getByRole('alert').filter({ hasText: 'Not saved' });
    await expect(alert).toContainText('basics.email: expected an email address');
    await expect(alert).toContainText('basics.url: only http(s) links are allowed');
    expect((await storedAll(background)).profile).toEqual(before.profile);
    await email.fill('jordan@example.org');
    await expect(email).not.toHaveAttribute('aria-invalid');
  });

  test('work entries: add, reorder, remove, highlights and the case brief', async ({ background, openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    await options.getByRole('button', { name: 'Add work entry' }).click();
    const added = options.getByRole('group', { name: /^Work entry 4/ });
    await expect(added.getByLabel('Company', { exact: true })).toBeFocused();
    await added.getByLabel('Company', { exact: true }).fill('Acme');
    await added.getByLabel('Position', { exact: true }).fill('Engineer');
    await added.getByLabel('Start date', { exact: true }).fill('2017');
    await added.getByLabel('End date', { exact: true }).fill('2019');
    await added.getByRole('button', { name: 'Add highlight' }).click();
    await added.getByLabel('Highlight 1', { exact: true }).fill('Shipped the thing.');
    await added.getByLabel('Case title', { exact: true }).fill('Acme case');
    await added.getByLabel('Stack', { exact: true }).fill('Go, Rust,');
    await added.getByRole('button', { name: 'Add figure' }).click();
    await added.getByLabel('Value', { exact: true }).fill('3x');
    await added.getByLabel('Label', { exact: true }).fill('Throughput');

    await options.getByRole('button', { name: 'Move work entry 4 up' }).click();
    await expect(options.getByRole('button', { name: 'Move work entry 3 up' })).toBeFocused();
    await options.keyboard.press('Enter');
    await expect(options.getByRole('group', { name: 'Work entry 2: Engineer at Acme' })).toBeVisible();
    await options.getByRole('button', { name: 'Remove work entry 4' }).click();
    await saveButton(options).click();

    const [first, second] = applicant.work;
    await expect.poll(async () => (await storedProfile(background)).work.map((w: any) => w.name)).toEqual([first!.name, 'Acme', second!.name]);
    const acme = (await storedProfile(background)).work[1];
    expect(acme).toMatchObject({
      position: 'Engineer',
      startDate: '2017',
      endDate: '2019',
      highlights: ['Shipped the thing.'],
      'x-profileCard': { title: 'Acme case', stack: ['Go', 'Rust'], figures: [{ value: '3x', label: 'Throughput' }] },
    });
  });

  test('unsaved edits survive closing the tab, with a warning and a restore notice', async ({ background, openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    await options.getByLabel('Pitch').fill('Half-typed pitch');
    await expect.poll(async () => ((await storedAll(background)).profileDraft as any)?.profile?.['x-profileCard']?.pitch).toBe('Half-typed pitch');
    const warned = new Promise<string>((resolve) => options.once('dialog', (dialog) => (resolve(dialog.type()), void dialog.accept())));
    await options.close({ runBeforeUnload: true });
    expect(await warned).toBe('beforeunload');

    const reopened = await openOptions(openExtensionPage);
    await expect(reopened.getByRole('status').filter({ hasText: 'Restored your unsaved changes' })).toBeVisible();
    await expect(reopened.getByLabel('Pitch')).toHaveValue('Half-typed pitch');
    expect((await storedProfile(background))[EXT_KEY].pitch).toBe(applicant[EXT_KEY].pitch);
    await reopened.getByRole('button', { name: 'Discard restored changes' }).click();
    await expect(reopened.getByLabel('Pitch')).toHaveValue(applicant[EXT_KEY].pitch!);
    await expect.poll(async () => (await storedAll(background)).profileDraft).toBeUndefined();
  });
});

test.describe('import and export', () => {
  test('a good file replaces the untouched default at once, and asks with a summary after that', async ({ background, openExtensionPage }) => {
    // What a fresh install keeps: the shipped default, untouched.
    await storeProfile(background, shippedDefault());
    const options = await openOptions(openExtensionPage);
    await options.getByLabel('Import JSON Resume').setInputFiles(jsonFile('ada.json', ada));
    await expect(options.getByRole('status').filter({ hasText: 'Imported “ada.json”: Ada Lovelace’s profile is now stored.' })).toBeVisible();
    await expect(options.getByLabel('Name', { exact: true })).toHaveValue('Ada Lovelace');
    expect((await storedProfile(background)).work).toHaveLength(3);

    const before = await storedAll(background);
    const grace = { basics: { name: 'Grace Hopper' }, work: [{ name: 'US Navy' }], 'x-profileCard': { answers: { pronouns: 'she/her' } } };
    await options.getByLabel('Import JSON Resume').setInputFiles(jsonFile('grace.json', grace));
    const confirm = options.getByRole('region', { name: 'Replace your profile with “grace.json”?' });
    await expect(confirm.getByRole('heading')).toBeFocused();
    await expect(confirm.getByRole('listitem')).toHaveText([
      'name: Ada Lovelace → Grace Hopper',
      'title: Analyst → (none)',
      'email: ada@example.org → (none)',
      'work: 3 → 1 entry',
      'answers: replaced by the file’s',
    ]);
    expect(await storedAll(background)).toEqual(before);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await storedAll(background)).toEqual(before);

    await options.getByLabel('Import JSON Resume').setInputFiles(jsonFile('grace.json', grace));
    await options.getByRole('button', { name: 'Replace profile' }).click();
    await expect.poll(async () => (await storedProfile(background)).basics.name).toBe('Grace Hopper');
    expect((await storedProfile(background))['x-profileCard'].answers.pronouns).toBe('she/her');
  });

  test('dropping a file and pasting text import too', async ({ background, openExtensionPage }) => {
    await storeProfile(background, shippedDefault());
    const options = await openOptions(openExtensionPage);
    const transfer = await options.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, JSON.stringify(ada));
    await options.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(async () => (await storedProfile(background)).basics.name).toBe('Ada Lovelace');

    await options.getByLabel('Or paste JSON Resume text').fill(JSON.stringify({ ...ada, basics: { ...ada.basics, name: 'Ada King' } }));
    await options.getByRole('button', { name: 'Import pasted text' }).click();
    await expect(options.getByRole('region', { name: 'Replace your profile with the pasted text?' })).toContainText('name: Ada Lovelace → Ada King');
    await options.getByRole('button', { name: 'Replace profile' }).click();
    await expect.poll(async () => (await storedProfile(background)).basics.name).toBe('Ada King');
  });

  test('each bad file says what is wrong and where, and changes nothing stored', async ({ background, openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    await options.getByLabel('Name', { exact: true }).fill('Unsaved edit');
    await expect.poll(async () => ((await storedAll(background)).profileDraft as any)?.profile?.basics?.name).toBe('Unsaved edit');
    const before = await storedAll(background);
    const badFiles = [
      { name: 'broken.json', buffer: Buffer.from('{\n  "basics": { "name": "Ada", }\n}'), message: /\(file\): not valid JSON: .* at line 2, column \d+/ },
      { name: 'types.json', buffer: Buffer.from(JSON.stringify({ basics: { name: 42 }, work: {} })), message: 'basics.name: expected string, got number' },
      {
        name: 'package.json',
        buffer: Buffer.from(JSON.stringify({ name: 'left-pad', version: '1.0.0' })),
        message: 'basics: missing: a JSON Resume needs a "basics" section with at least a name',
      },
      { name: 'huge.json', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), message: '(file): too large: 5.0 MB, the limit is 5 MB' },
      {
        name: 'links.json',
        buffer: Buffer.from(JSON.stringify({ basics: { name: 'Eve', url: 'javascript:alert(1)', profiles: [{ url: 'data:text/html,x' }] } })),
        message: 'basics.url: only http(s) links are allowed, got a "javascript:" link',
      },
    ];
    for (const file of badFiles) {
      await options.getByLabel('Import JSON Resume').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
      const alert = options.getByRole('alert').filter({ hasText: `Not imported: “${file.name}” was refused. Your profile is unchanged.` });
      await expect(alert).toContainText(file.message);
      expect(await storedAll(background), file.name).toEqual(before);
    }
    await expect(options.getByRole('alert')).toContainText('basics.profiles[0].url: only http(s) links are allowed, got a "data:" link');
    await expect(options.getByLabel('Name', { exact: true })).toHaveValue('Unsaved edit');
  });

  test('export then import gives back the same profile; reset asks first', async ({ background, openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    await options.getByLabel('Phone', { exact: true }).fill('+880 1700 000000');
    await options.getByLabel('Pronouns').fill('he/him');
    await options.getByLabel('Needs visa sponsorship, now or in the future').selectOption('yes');
    await saveButton(options).click();
    await expect(options.getByText('Saved.', { exact: true })).toBeVisible();
    const original = await storedProfile(background);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toBe('profile.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(exported).toEqual(original);
    expect(exported['x-profileCard'].answers.sponsorship).toBe('yes');

    await options.getByRole('button', { name: 'Reset to default profile…' }).click();
    const dialog = options.getByRole('dialog', { name: 'Reset to the default profile?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await options.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await storedProfile(background)).toEqual(original);
    await options.getByRole('button', { name: 'Reset to default profile…' }).click();
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await expect(options.getByText('The default profile is back.')).toBeVisible();
    expect(await storedProfile(background)).toEqual(shippedDefault());

    await options.getByLabel('Import JSON Resume').setInputFiles(await download.path());
    await expect(options.getByRole('status').filter({ hasText: 'is now stored' })).toBeVisible();
    expect(await storedProfile(background)).toEqual(original);
  });
});

test('answers and the résumé file survive a browser restart', async ({ userDataDir }) => {
  let context = await launchWithExtension(userDataDir);
  await afterInstall(context);
  // No answers yet: each one is typed here.
  await storeProfile(await serviceWorkerOf(context), testProfile('sparse'));
  let options = await openExtensionTab(context, 'options.html');
  await options.getByRole('button', { name: 'Add country' }).click();
  await options.getByLabel('Country', { exact: true }).fill('US');
  await options.getByLabel('Legally authorised to work there').selectOption('no');
  await options.getByLabel('Needs visa sponsorship, now or in the future').selectOption('yes');
  await options.getByLabel('Workplace preference').selectOption('remote');
  await options.getByLabel('Amount').fill('120000');
  await options.getByLabel('Currency').fill('USD');
  await options.getByLabel('Per', { exact: true }).selectOption('year');
  await options.getByLabel('Gender', { exact: true }).selectOption('Decline to self-identify');
  await options.getByLabel('Race or ethnicity', { exact: true }).selectOption('In my words…');
  await options.getByLabel('Race or ethnicity, in your words').fill('Asian');
  await options.getByLabel('Protected veteran').selectOption('decline');
  await options.getByRole('button', { name: 'Add question' }).click();
  await options.getByLabel('Question', { exact: true }).fill('Why us?');
  await options.getByLabel('Answer', { exact: true }).fill('Because the systems are loud.');
  await saveButton(options).click();
  await expect(options.getByText('Saved.', { exact: true })).toBeVisible();
  const pdf = Buffer.from('%PDF-1.4\n% a tiny test file\n%%EOF\n');
  await options.getByLabel('Upload a PDF or Word file').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(options.getByTestId('resume-file-name')).toHaveText('cv.pdf');
  await context.close();

  context = await launchWithExtension(userDataDir);
  options = await openExtensionTab(context, 'options.html');
  await expect(options.getByLabel('Country', { exact: true })).toHaveValue('US');
  await expect(options.getByLabel('Legally authorised to work there')).toHaveValue('no');
  await expect(options.getByLabel('Needs visa sponsorship, now or in the future')).toHaveValue('yes');
  await expect(options.getByLabel('Workplace preference')).toHaveValue('remote');
  await expect(options.getByLabel('Amount')).toHaveValue('120000');
  await expect(options.getByLabel('Per', { exact: true })).toHaveValue('year');
  await expect(options.getByLabel('Gender', { exact: true })).toHaveValue('decline');
  await expect(options.getByLabel('Race or ethnicity, in your words')).toHaveValue('Asian');
  await expect(options.getByLabel('Protected veteran')).toHaveValue('decline');
  await expect(options.getByLabel('Answer', { exact: true })).toHaveValue('Because the systems are loud.');
  await expect(options.getByTestId('resume-file-name')).toHaveText('cv.pdf');
  await expect(options.getByText(`${pdf.length} bytes · uploaded`)).toBeVisible();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download file' }).click()]);
  expect(await readFile(await download.path())).toEqual(pdf);
  await context.close();
});

test('a version-1 stored profile: shown upgraded at once, migrated in storage when the background starts', async ({ userDataDir }) => {
  let context = await launchWithExtension(userDataDir);
  let background = await serviceWorkerOf(context);
  await afterInstall(context);
  const v1 = JSON.parse(await readFile(V1_FIXTURE, 'utf8'));
  await background.evaluate((doc) => chrome.storage.local.set({ profile: doc, profile$: { v: 1 } }), v1);
  const expectAnswers = async (options: Page) => {
    await expect(options.getByLabel('Name', { exact: true })).toHaveValue('Ada Lovelace');
    const answers = options.getByRole('region', { name: 'Answers' });
    await expect(answers.getByLabel('Needs visa sponsorship, now or in the future')).toHaveValue('no');
    await expect(answers.getByLabel('Willing to relocate')).toHaveValue('yes');
    await expect(answers.getByLabel('Pronouns')).toHaveValue('she/her');
  };
  // A page that reads the old format before the background has migrated it shows it upgraded.
  await expectAnswers(await openExtensionTab(context, 'options.html'));
  expect((await storedAll(background)).profile$).toEqual({ v: 1 });
  await context.close();

  // The next start of the background (an update, a browser restart) migrates storage.
  context = await launchWithExtension(userDataDir);
  background = await serviceWorkerOf(context);
  await expect.poll(async () => (await storedAll(background)).profile$).toEqual({ v: PROFILE_STORAGE_VERSION });
  const stored = await storedAll(background);
  expect((stored.profile as any).answers).toBeUndefined();
  expect((stored.profile as any)['x-profileCard'].answers).toMatchObject({ sponsorship: 'no', relocate: 'yes', pronouns: 'she/her' });
  await expectAnswers(await openExtensionTab(context, 'options.html'));
  await context.close();
});

test.describe('résumé file', () => {
  test('refuses files that are not PDF or Word, or too big, and keeps the stored one', async ({ background, openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    const upload = options.getByLabel('Upload a PDF or Word file');
    const cases = [
      { name: 'notes.txt', buffer: Buffer.from('hello'), message: '"notes.txt" is not a PDF or Word file: choose a .pdf, .doc or .docx file.' },
      {
        name: 'photo.pdf',
        buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]),
        message: '"photo.pdf" is named .pdf but its contents are not a PDF file.',
      },
      { name: 'big.pdf', buffer: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]), message: '"big.pdf" is 5 MB; the limit is 5 MB.' },
    ];
    for (const file of cases) {
      await upload.setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.buffer });
      await expect(options.getByRole('alert')).toHaveText(`${file.message} Your stored file is unchanged.`);
      expect((await storedAll(background)).resumeFile).toBeUndefined();
    }
  });

  test('a file just under the limit fits in storage; it can be previewed, replaced by a generated PDF, and removed', async ({
    background,
    context,
    openExtensionPage,
  }) => {
    const options = await openOptions(openExtensionPage);
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024 - 20, 0x41)]);
    await options.getByLabel('Upload a PDF or Word file').setInputFiles({ name: 'long-cv.pdf', mimeType: 'application/pdf', buffer: big });
    await expect(options.getByRole('status').filter({ hasText: 'Stored “long-cv.pdf” (5 MB).' })).toBeVisible();
    const bytesInUse = await background.evaluate(() => chrome.storage.local.getBytesInUse(null));
    expect(bytesInUse).toBeLessThan(10 * 1024 * 1024);

    const [preview] = await Promise.all([context.waitForEvent('page'), options.getByRole('button', { name: 'Preview file' }).click()]);
    await expect.poll(() => preview.url()).toMatch(/^blob:chrome-extension:\/\//);
    await preview.close();

    await options.getByRole('button', { name: 'Generate PDF from profile' }).click();
    await expect(options.getByTestId('resume-file-name')).toHaveText('Jordan-Alvarez-resume.pdf');
    await expect(options.getByText(/ · generated from your profile$/)).toBeVisible();
    const generated = (await storedAll(background)).resumeFile as any;
    expect(generated).toMatchObject({ name: 'Jordan-Alvarez-resume.pdf', type: 'application/pdf', source: 'generated' });
    expect(Buffer.from(generated.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(generated.base64, 'base64').length).toBe(generated.size);

    await options.getByRole('button', { name: 'Undo' }).click();
    await expect(options.getByTestId('resume-file-name')).toHaveText('long-cv.pdf');
    await options.getByRole('button', { name: 'Remove file' }).click();
    await expect(options.getByText('No résumé file yet.')).toBeVisible();
    expect(await storedAll(background)).not.toHaveProperty('resumeFile');
  });
});

test.describe('settings and first run', () => {
  test('per-ATS card switch, dismissed sites with undo, autofill options and theme are stored at once', async ({ background, openExtensionPage }) => {
    await background.evaluate(() =>
      chrome.storage.local.set({
        settings: {
          cardOnAts: {},
          dismissedHosts: ['jobs.lever.co', 'boards.greenhouse.io'],
          previewBeforeFill: false,
          highlightFilled: true,
          theme: 'system',
        },
      }),
    );
    const options = await openOptions(openExtensionPage);
    const settings = () => storedAll(background).then((all) => all.settings as any);
    await options.getByRole('checkbox', { name: 'Greenhouse' }).uncheck();
    await expect.poll(async () => (await settings()).cardOnAts).toEqual({ greenhouse: false });
    await options.getByRole('button', { name: 'Show the card again on jobs.lever.co' }).click();
    await expect.poll(async () => (await settings()).dismissedHosts).toEqual(['boards.greenhouse.io']);
    await expect(options.getByRole('status').filter({ hasText: 'The card shows again on jobs.lever.co.' })).toBeVisible();
    await options.getByRole('checkbox', { name: 'Show what will be filled, and ask, before writing anything' }).check();
    await options.getByRole('checkbox', { name: 'Highlight the fields autofill filled' }).uncheck();
    await options.getByLabel('Theme').selectOption('dark');
    await expect.poll(settings).toMatchObject({ previewBeforeFill: true, highlightFilled: false, theme: 'dark' });
    await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await options.evaluate(() => getComputedStyle(document.body.firstElementChild!).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  });

  test('the first-run welcome asks for phone, profile link and LinkedIn, and can be skipped', async ({ background, openExtensionPage }) => {
    // A profile with only the basics: no phone, no links yet.
    await storeProfile(background, testProfile('sparse'));
    let options = await openOptions(openExtensionPage);
    const welcome = options.getByRole('region', { name: 'Welcome to Profile Card' });
    await welcome.getByLabel('Phone number').fill('+880 1700 000000');
    await welcome.getByLabel('Your profile link').fill('javascript:alert(1)');
    await welcome.getByLabel('LinkedIn profile').fill('linkedin.com/in/nusrat-jahan');
    await welcome.getByRole('button', { name: 'Save and continue' }).click();
    await expect(welcome.getByLabel('Your profile link')).toHaveAccessibleDescription(/only http\(s\) links are allowed, got a "javascript:" link/);
    await expect(welcome.getByRole('alert')).toHaveText('Not saved: check the fields marked above.');
    await welcome.getByLabel('Your profile link').fill('');
    await welcome.getByRole('button', { name: 'Save and continue' }).click();
    await expect(welcome).toBeHidden();
    expect((await storedProfile(background)).basics).toMatchObject({
      phone: '+880 1700 000000',
      profiles: [{ network: 'LinkedIn', url: 'https://linkedin.com/in/nusrat-jahan', username: 'nusrat-jahan' }],
    });
    await options.reload();
    await expect(options.getByLabel('Name', { exact: true })).not.toHaveValue('');
    await expect(options.getByRole('region', { name: 'Welcome to Profile Card' })).toHaveCount(0);

    await background.evaluate(() => chrome.storage.local.remove('welcomeDone'));
    options = await openOptions(openExtensionPage);
    await options.getByRole('button', { name: 'Skip for now' }).click();
    await expect(options.getByRole('region', { name: 'Welcome to Profile Card' })).toHaveCount(0);
    expect((await storedAll(background)).welcomeDone).toBe(true);
  });
});

test.describe('nothing lost on any save path', () => {
  // A profile with no phone or links yet: the welcome shows, its inputs empty.
  test.use({ profile: 'sparse' });
  const before = testProfile('sparse').basics.name;
  /** Imports a file over the stored (not untouched default) profile, confirming the replace. */
  async function importFile(options: Page, name: string, doc: unknown) {
    await options.getByLabel('Import JSON Resume').setInputFiles(jsonFile(name, doc));
    await options.getByRole('button', { name: 'Replace profile' }).click();
    await expect(options.getByRole('status').filter({ hasText: `Imported “${name}”` })).toBeVisible();
  }
  const withContacts = {
    ...ada,
    basics: {
      ...ada.basics,
      phone: '+44 20 7946 0000',
      url: 'https://ada.example.org',
      profiles: [{ network: 'LinkedIn', username: 'ada-lovelace', url: 'https://www.linkedin.com/in/ada-lovelace' }],
    },
  };
  const contactsOf = (profile: any) => ({ phone: profile.basics.phone, url: profile.basics.url, profiles: profile.basics.profiles });

  /** Two options pages open on the same stored profile, as a person with two tabs has. */
  const twoOptionsTabs = async (open: (file: string) => Promise<Page>) => [await openOptions(open), await openOptions(open)] as const;

  async function exported(options: Page) {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export' }).click()]);
    return JSON.parse(await readFile(await download.path(), 'utf8'));
  }

  /** The options page, welcome open (no phone or links yet), after importing a résumé that has phone, link and LinkedIn. */
  async function importedWithWelcomeOpen(open: (file: string) => Promise<Page>) {
    const options = await openOptions(open);
    const welcome = options.getByRole('region', { name: 'Welcome to Profile Card' });
    await expect(welcome.getByLabel('Phone number')).toHaveValue('');
    await importFile(options, 'ada.json', withContacts);
    // The welcome shows what the import brought, not its empty inputs.
    await expect(welcome.getByLabel('Phone number')).toHaveValue('+44 20 7946 0000');
    await expect(welcome.getByLabel('Your profile link')).toHaveValue('https://ada.example.org');
    await expect(welcome.getByLabel('LinkedIn profile')).toHaveValue('https://www.linkedin.com/in/ada-lovelace');
    return { options, welcome };
  }

  test('import with the welcome open, then "Save and continue": phone, link and LinkedIn are kept', async ({ background, openExtensionPage }) => {
    const { options, welcome } = await importedWithWelcomeOpen(openExtensionPage);
    await welcome.getByRole('button', { name: 'Save and continue' }).click();
    await expect(welcome).toBeHidden();
    expect(contactsOf(await exported(options))).toEqual(contactsOf(withContacts));
    expect(contactsOf(await storedProfile(background))).toEqual(contactsOf(withContacts));
  });

  test('import with the welcome open, then "Skip for now": phone, link and LinkedIn are kept', async ({ background, openExtensionPage }) => {
    const { options, welcome } = await importedWithWelcomeOpen(openExtensionPage);
    await welcome.getByRole('button', { name: 'Skip for now' }).click();
    await expect(welcome).toBeHidden();
    expect(contactsOf(await exported(options))).toEqual(contactsOf(withContacts));
    expect(contactsOf(await storedProfile(background))).toEqual(contactsOf(withContacts));
  });

  test('import with the welcome open, then typing a new phone into it: only the phone changes', async ({ background, openExtensionPage }) => {
    const { options, welcome } = await importedWithWelcomeOpen(openExtensionPage);
    await welcome.getByLabel('Phone number').fill('+44 20 7946 0999');
    await welcome.getByRole('button', { name: 'Save and continue' }).click();
    await expect(welcome).toBeHidden();
    expect(contactsOf(await exported(options))).toEqual({ ...contactsOf(withContacts), phone: '+44 20 7946 0999' });
    expect((await storedProfile(background)).basics.phone).toBe('+44 20 7946 0999');
    // The form below shows the saved values and has nothing unsaved.
    await expect(options.getByLabel('Phone', { exact: true })).toHaveValue('+44 20 7946 0999');
    await expect(options.getByText('All changes saved.')).toBeVisible();
  });

  test('two options tabs editing different fields, saved in turn: both edits survive', async ({ background, openExtensionPage }) => {
    const [first, second] = await twoOptionsTabs(openExtensionPage);
    await first.getByLabel('Phone', { exact: true }).fill('+880 1700 000001');
    await second.getByLabel('Title', { exact: true }).fill('Principal Backend Engineer');
    await saveButton(first).click();
    await expect(first.getByText('Saved.', { exact: true })).toBeVisible();
    // The other tab shows the first tab's save at once, under its own unsaved edit.
    await expect(second.getByLabel('Phone', { exact: true })).toHaveValue('+880 1700 000001');
    await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Principal Backend Engineer');
    await saveButton(second).click();
    await expect(second.getByText('Saved.', { exact: true })).toBeVisible();
    expect((await storedProfile(background)).basics).toMatchObject({ phone: '+880 1700 000001', label: 'Principal Backend Engineer' });
  });

  test('two options tabs changing the same field: the second is asked, never silently overwritten', async ({ background, openExtensionPage }) => {
    const [first, second] = await twoOptionsTabs(openExtensionPage);
    await first.getByLabel('Phone', { exact: true }).fill('+880 1700 000001');
    await second.getByLabel('Phone', { exact: true }).fill('+880 1700 000002');
    await saveButton(first).click();
    await expect(first.getByText('Saved.', { exact: true })).toBeVisible();
    const conflict = second.getByRole('alert').filter({ hasText: 'This profile was changed in another tab' });
    await expect(conflict).toContainText('Changed in both: basics.phone.');
    await saveButton(second).click();
    await expect(conflict).toBeVisible();
    expect((await storedProfile(background)).basics.phone).toBe('+880 1700 000001');
    await conflict.getByRole('button', { name: 'Overwrite with mine' }).click();
    await expect(conflict).toBeHidden();
    await expect.poll(async () => (await storedProfile(background)).basics.phone).toBe('+880 1700 000002');
    // The first tab follows, and "Reload" on a new conflict takes the stored value.
    await expect(first.getByLabel('Phone', { exact: true })).toHaveValue('+880 1700 000002');
    await first.getByLabel('Phone', { exact: true }).fill('+880 1700 000003');
    await second.getByLabel('Phone', { exact: true }).fill('+880 1700 000004');
    await saveButton(second).click();
    const firstConflict = first.getByRole('alert').filter({ hasText: 'This profile was changed in another tab' });
    await firstConflict.getByRole('button', { name: 'Reload (drop my changes)' }).click();
    await expect(first.getByLabel('Phone', { exact: true })).toHaveValue('+880 1700 000004');
    await expect(firstConflict).toBeHidden();
    await expect(saveButton(first)).toBeDisabled();
  });

  test('import and reset can be undone once', async ({ background, openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    await importFile(options, 'ada.json', withContacts);
    await options.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(options.getByRole('status').filter({ hasText: `Undone: ${before}’s previous profile is back.` })).toBeVisible();
    await expect.poll(async () => (await storedProfile(background)).basics.name).toBe(before);
    await expect(options.getByLabel('Name', { exact: true })).toHaveValue(before);

    await importFile(options, 'ada.json', withContacts);
    await expect.poll(async () => (await storedProfile(background)).basics.name).toBe('Ada Lovelace');
    await options.getByRole('button', { name: 'Reset to default profile…' }).click();
    await options.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
    await expect.poll(async () => (await storedProfile(background)).basics.name).toBe(shippedDefault().basics.name);
    await options.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => contactsOf(await storedProfile(background))).toEqual(contactsOf(withContacts));
    await expect(options.getByLabel('Name', { exact: true })).toHaveValue('Ada Lovelace');
  });
});

test.describe('import from LinkedIn’s data export', () => {
  const zipFile = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });

  test('the export’s zip becomes the profile, shown in the popup', async ({ background, openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    await options.getByLabel('Import LinkedIn’s zip or CSV files').setInputFiles(zipFile('Basic_LinkedInDataExport_12-03-2026.zip', linkedInZip()));
    // The stored profile is not the untouched default: the import says what changes and asks first.
    const confirm = options.getByRole('region', { name: 'Replace your profile with “Basic_LinkedInDataExport_12-03-2026.zip”?' });
    await expect(confirm.getByRole('listitem').first()).toHaveText(`name: ${applicant.basics.name} → Søren Kierkegård-Núñez`);
    await confirm.getByRole('button', { name: 'Replace profile' }).click();
    await expect(options.getByRole('status').filter({ hasText: 'Imported “Basic_LinkedInDataExport_12-03-2026.zip”' })).toBeVisible();
    expect((await storedProfile(background)).basics).toMatchObject({ name: 'Søren Kierkegård-Núñez', email: 'soren@example.org', phone: '+45 20 12 34 56' });
    const popup = await openExtensionPage('popup.html');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Søren Kierkegård-Núñez');
    await popup.getByRole('tab', { name: 'Experience' }).click();
    await expect(popup.getByText('Nordlys Data').first()).toBeVisible();
  });

  test('a zip that is not LinkedIn’s, or a bad row, is refused by name; nothing stored changes', async ({ background, openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    const before = await storedProfile(background);
    await options.getByLabel('Import LinkedIn’s zip or CSV files').setInputFiles(zipFile('photos.zip', linkedInZip({ 'Profile.csv': null })));
    const alert = options.getByRole('alert');
    await expect(alert).toContainText('Not imported: “photos.zip” was refused. Your profile is unchanged.');
    await expect(alert).toContainText("Profile.csv: missing: LinkedIn's data export has it");
    const badRow = linkedInZip({ 'Positions.csv': 'Company Name,Title,Description,Location,Started On,Finished On\nAcme,Engineer,,,soon,' });
    await options.getByLabel('Import LinkedIn’s zip or CSV files').setInputFiles(zipFile('export.zip', badRow));
    await expect(alert).toContainText('Positions.csv, row 2, "Started On": expected a date such as "Mar 2021" or "2021", got "soon"');
    expect(await storedProfile(background)).toEqual(before);
  });
});

test('keyboard shortcuts: the keys the browser has bound now, and a way to its shortcuts page', async ({ context, background, openExtensionPage }) => {
  const options = await openOptions(openExtensionPage);
  const section = options.getByRole('region', { name: 'Keyboard shortcuts' });
  const bound = Object.fromEntries((await background.evaluate(() => chrome.commands.getAll())).map((command) => [command.name, command.shortcut || 'not set']));
  // Every suggested key is one Chrome grants: none is left unset on a new install.
  expect(bound).toEqual({ autofill: 'Alt+Shift+F', 'undo-autofill': 'Alt+Shift+U', _execute_action: 'Alt+Shift+O' });
  await expect(section.getByRole('term')).toHaveText(['Autofill this page', 'Undo the last autofill', 'Open Profile Card']);
  await expect(section.getByRole('definition')).toHaveText([bound.autofill!, bound['undo-autofill']!, bound._execute_action!]);
  await expect(section.getByText('the browser did not give Profile Card that key')).toHaveCount(0);
  // Extension pages cannot link to chrome:// pages; the button opens it in a tab.
  const [shortcutsPage] = await Promise.all([context.waitForEvent('page'), section.getByRole('button', { name: 'Change shortcuts' }).click()]);
  await expect.poll(() => shortcutsPage.url()).toBe('chrome://extensions/shortcuts');
});

test.describe('accessibility', () => {
  test('keyboard: skip link first, visible focus, sections reachable from the nav', async ({ openExtensionPage }) => {
    const options = await openOptions(openExtensionPage);
    await options.keyboard.press('Tab');
    const skip = options.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await options.keyboard.press('Tab');
    await expect(options.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Profile' })).toBeFocused();
    await options.getByRole('link', { name: 'Settings' }).press('Enter');
    await expect(options).toHaveURL(/#settings$/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations (${colorScheme})`, async ({ userDataDir }) => {
      const context = await launchWithExtension(userDataDir, { colorScheme });
      await afterInstall(context);
      await storeProfile(await serviceWorkerOf(context), applicant);
      const options = await openExtensionTab(context, 'options.html');
      await expect(options.getByLabel('Name', { exact: true })).not.toHaveValue('');
      // Open the parts that start closed: an answer in the user's words, a work entry's lists, an error.
      await options.getByLabel('Gender', { exact: true }).selectOption('In my words…');
      await options.getByLabel('Email', { exact: true }).fill('not-an-email');
      await options.getByRole('button', { name: 'Add country' }).click();
      const duplicateIds = await options.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
      });
      expect(duplicateIds).toEqual([]);
      const results = await new AxeBuilder({ page: options }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await options.getByRole('button', { name: 'Reset to default profile…' }).click();
      const dialogResults = await new AxeBuilder({ page: options }).include('dialog').analyze();
      expect(dialogResults.violations.map((v) => v.id)).toEqual([]);
      await context.close();
    });
  }
});
