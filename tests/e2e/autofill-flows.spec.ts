import type { FillReport, UndoReport } from '../../core/contract/messages';
import { expect, test } from './fixtures';
import {
  COUNT_SUBMITS,
  loadFixtures,
  openSession,
  readFields,
  sendFromExtensionPage,
  serveFixture,
  tabIdOf,
  useProfile,
  type FixtureSpec,
} from './autofill-harness';

const fixtures = loadFixtures();
const fixture = (group: string, file: string): FixtureSpec => fixtures.find((spec) => spec.group === group && spec.file === file)!;
const submits = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __submits: number }).__submits);

test('Workday: fills step 1, never presses "Save and Continue"; after the person does, Fill again fills step 2', async () => {
  const spec = fixture('workday', 'apply.html');
  const { context, background, popup, close } = await openSession();
  try {
    await context.addInitScript(COUNT_SUBMITS);
    await serveFixture(context, spec);
    await useProfile(background, 'rich');
    const page = await context.newPage();
    await page.goto(spec.url);
    const tabId = await tabIdOf(background, page);

    const first = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId });
    expect(first.filled).toBeGreaterThan(5);
    expect(await submits(page)).toBe(0);
    await expect(page.locator('#step2')).toBeHidden();

    // The person moves on; the next step loads in place.
    await page.getByRole('button', { name: 'Save and Continue' }).click();
    await expect(page.locator('#step2')).toBeVisible();
    const clicksByPerson = await submits(page);

    const second = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId: await tabIdOf(background, page) });
    expect(await submits(page)).toBe(clicksByPerson);
    const step2 = await readFields(page.mainFrame(), [
      '#input-20',
      '#input-21',
      '#input-22',
      '#input-23',
      '#input-30',
      '#input-31',
      '#input-32',
      '#input-40',
      '#input-50',
    ]);
    expect(step2).toMatchObject({
      '#input-20': 'Staff Software Engineer',
      '#input-21': 'Northwind Analytics',
      '#input-30': 'University of California, Berkeley',
      '#input-31': "Bachelor's Degree",
      '#input-32': 'Computer Science',
      '#input-40': 'jordan-alvarez-resume.pdf',
      '#input-50': 'https://www.linkedin.com/in/jordan-alvarez',
    });
    // The job's From month/year in Workday's own boxes (MM, YYYY): the current job started 2021-03 (issue #17).
    expect([step2['#input-22'], step2['#input-23']]).toEqual(['03', '2021']);
    // Step 1's fields are hidden now: none of them is written twice or counted as filled again.
    const step1Ids = new Set(first.fields.filter((field) => field.status === 'filled').map((field) => field.fieldId));
    expect(second.fields.filter((field) => step1Ids.has(field.fieldId) && field.status === 'filled')).toEqual([]);
  } finally {
    await close();
  }
});

test('what the person typed stays: before the fill, and after it (undo keeps their edit)', async () => {
  const spec = fixture('greenhouse', 'classic.html');
  const { context, background, popup, close } = await openSession();
  try {
    await serveFixture(context, spec);
    await useProfile(background, 'rich');
    const page = await context.newPage();
    await page.goto(spec.url);
    await page.locator('#email').fill('jordan@work.example');
    await page.locator('#phone').pressSequentially('+1 555');
    const tabId = await tabIdOf(background, page);

    const report = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId });
    expect(await readFields(page.mainFrame(), ['#email', '#phone', '#first_name'])).toEqual({
      '#email': 'jordan@work.example',
      '#phone': '+1 555',
      '#first_name': 'Jordan',
    });
    const email = report.fields.find((field) => field.label === 'Email');
    expect(email).toMatchObject({ status: 'left', left: 'already filled' });

    // The person corrects a value autofill wrote; undo puts everything else back but keeps their word.
    await page.locator('#last_name').fill('Alvarez-Reyes');
    const undo = await sendFromExtensionPage<UndoReport>(popup, { type: 'undo', tabId });
    expect(undo).toEqual({ restored: report.filled - 1, kept: 1 });
    expect(await readFields(page.mainFrame(), ['#first_name', '#last_name', '#email'])).toEqual({
      '#first_name': '',
      '#last_name': 'Alvarez-Reyes',
      '#email': 'jordan@work.example',
    });
  } finally {
    await close();
  }
});

test('fills a cross-origin iframe with its page and merges both into one report; frames it may not read are counted', async () => {
  const top = fixture('greenhouse', 'classic.html');
  const framed = fixture('workable', 'apply.html');
  const { context, background, popup, close } = await openSession();
  try {
    // A Greenhouse page that also embeds a Workable form and an advert from a site Profile Card may not read.
    await serveFixture(context, top, (html) =>
      html.replace(
        '</body>',
        `<iframe src="${framed.url}" title="Workable" width="800" height="900"></iframe><iframe src="https://ads.example.net/slot" title="Advert"></iframe></body>`,
      ),
    );
    await serveFixture(context, framed);
    await context.route('https://ads.example.net/**', (route) => route.fulfill({ contentType: 'text/html', body: '<input aria-label="Email">' }));
    await useProfile(background, 'sparse');
    const page = await context.newPage();
    await page.goto(top.url);
    const tabId = await tabIdOf(background, page);

    const report = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId });
    expect(report.error).toBeUndefined();
    expect(report.frames).toBe(2);
    expect(report.skippedFrames).toBe(1);
    const frames = [...new Set(report.fields.map((field) => `${field.frameId} ${field.frame}`))];
    expect(frames).toEqual([`0 ${top.url}`, expect.stringMatching(/^[1-9]\d* https:\/\/apply\.workable\.com\/proseware\/j\/7C2D9E4F1A\/apply\/$/)]);
    expect(report.fields.filter((field) => field.status === 'filled' && field.frameId !== 0).map((field) => field.label)).toEqual(
      expect.arrayContaining(['First name', 'Last name', 'Email']),
    );
    const inner = page.frames().find((frame) => frame.url().startsWith('https://apply.workable.com/'))!;
    expect(await readFields(inner, ['#firstname', '#email'])).toEqual({ '#firstname': 'Nusrat', '#email': 'nusrat.jahan@example.net' });
    expect(
      await readFields(
        page.frames().find((frame) => frame.url().startsWith('https://ads.example.net'))!,
        ['input'],
      ),
    ).toEqual({ input: '' });

    const undo = await sendFromExtensionPage<UndoReport>(popup, { type: 'undo', tabId });
    expect(undo.restored).toBe(report.filled);
    expect(await readFields(inner, ['#firstname', '#email'])).toEqual({ '#firstname': '', '#email': '' });
  } finally {
    await close();
  }
});

test('marks filled fields with their profile key and required empty fields as needing the person; undo clears the marks', async () => {
  const spec = fixture('greenhouse', 'classic.html');
  const { context, background, popup, close } = await openSession();
  try {
    await serveFixture(context, spec);
    await useProfile(background, 'sparse');
    const page = await context.newPage();
    await page.goto(spec.url);
    const tabId = await tabIdOf(background, page);
    const report = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId });
    await expect(page.locator('#first_name')).toHaveClass(/profile-card-filled/);
    await expect(page.locator('#first_name')).toHaveAttribute('title', 'Profile Card: firstName');
    // The person sees it: a solid outline on the filled field, a dashed one where they must answer.
    const outline = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(await outline('#first_name')).toBe('solid');
    expect(await outline('#job_application_answers_attributes_3_boolean_value')).toBe('dashed');
    // Résumé and the required yes/no questions have no answer in the sparse profile: the person's turn.
    await expect(page.locator('#job_application_answers_attributes_3_boolean_value')).toHaveClass(/profile-card-needs-you/);
    expect(report.needsUser).toBe(report.fields.filter((field) => field.needsUser).length);
    expect(report.fields.find((field) => field.fieldId === 'pc-1')).toMatchObject({ label: 'First Name', status: 'filled' });

    await sendFromExtensionPage<UndoReport>(popup, { type: 'undo', tabId });
    await expect(page.locator('.profile-card-filled, .profile-card-needs-you')).toHaveCount(0);
    await expect(page.locator('#first_name')).not.toHaveAttribute('title');
    await expect(page.locator('#first_name')).not.toHaveAttribute('style');
  } finally {
    await close();
  }
});

test('a page Profile Card may not read comes back as a clear error, not a failure', async () => {
  const { context, background, popup, close } = await openSession();
  try {
    await context.route('https://www.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<label>Email <input></label>' }));
    const page = await context.newPage();
    await page.goto('https://www.example.org/apply');
    const report = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId: await tabIdOf(background, page) });
    expect(report).toMatchObject({ filled: 0, frames: 0, fields: [] });
    expect(report.error).toMatch(/^Profile Card can't fill this page: Profile Card has no access to this site\./);

    const gone = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId: 987654 });
    expect(gone.error).toBe("Profile Card can't fill this page: the tab is gone.");
  } finally {
    await close();
  }
});

test('with "preview before fill" on, the fill shows its plan first and writes only when confirmed', async () => {
  const spec = fixture('greenhouse', 'classic.html');
  const { context, background, popup, close } = await openSession();
  try {
    await serveFixture(context, spec);
    await useProfile(background, 'sparse');
    await background.evaluate(() =>
      chrome.storage.local.set({ settings: { cardOnAts: {}, dismissedHosts: [], previewBeforeFill: true, highlightFilled: true, theme: 'system' } }),
    );
    const page = await context.newPage();
    await page.goto(spec.url);
    const tabId = await tabIdOf(background, page);

    const preview = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId });
    expect(preview).toMatchObject({ preview: true, filled: 0 });
    expect(preview.fields.filter((field) => field.status === 'planned').map((field) => [field.label, field.value])).toEqual(
      expect.arrayContaining([
        ['First Name', 'Nusrat'],
        ['Email', 'nusrat.jahan@example.net'],
      ]),
    );
    expect(await readFields(page.mainFrame(), ['#first_name', '#email'])).toEqual({ '#first_name': '', '#email': '' });

    const written = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'autofill', tabId: id, confirm: true }), tabId);
    expect(written).toMatchObject({ filled: preview.planned });
    expect(await readFields(page.mainFrame(), ['#first_name', '#email'])).toEqual({ '#first_name': 'Nusrat', '#email': 'nusrat.jahan@example.net' });
  } finally {
    await close();
  }
});
