import type { Frame, Page } from '@playwright/test';
import type { UndoReport } from '../../core/contract/messages';
import { expect, test } from './fixtures';
import {
  COUNT_SUBMITS,
  frameworkState,
  openSession,
  sendFromExtensionPage,
  serveFixture,
  tabIdOf,
  timedFill,
  useProfile,
  type Session,
} from './autofill-harness';
import { cardFrame } from './card-pages';
import { page as fixturePage } from './fixture-pages';

/**
 * Repeated entries (issue #17) through the real autofill path: every job and school of the profile
 * ends up in its own block of the form, most recent first, with the form's own date shape; the form's
 * "Add Another" is pressed only as often as the profile needs (never "Add reference", never Submit);
 * a second fill adds nothing; undo removes the added blocks and empties the first.
 */
const spec = fixturePage('workday', 'my-experience');
const submits = (page: Page) => page.evaluate(() => (window as unknown as { __submits: number }).__submits);
const referencesAdded = (page: Page) => page.evaluate(() => (window as unknown as { __referencesAdded: number }).__referencesAdded);

interface Block {
  heading: string;
  values: string[];
}

/** Each block of a group as a person reads it: its heading, then its fields in order (checkboxes as checked/unchecked). */
async function blocks(frame: Frame, prefix: 'workExperience' | 'education'): Promise<Block[]> {
  return frame.evaluate(
    (p) =>
      Array.from(document.querySelectorAll(`[data-automation-id^="${p}-"]`)).map((block) => ({
        heading: block.querySelector('h4')?.textContent ?? '',
        values: Array.from(block.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')).map((control) =>
          control instanceof HTMLInputElement && control.type === 'checkbox' ? (control.checked ? 'checked' : 'unchecked') : control.value.split('\n')[0]!,
        ),
      })),
    prefix,
  );
}

/** A Workday work block as a person reads it: title, company, location, current box, from month/year, to month/year, description (first line). */
const job = (title: string, company: string, from: string, to: string, description: string): string[] => {
  const monthYear = (date: string) => (date.includes('/') ? date.split('/') : ['', date]);
  return [title, company, '', to === '' && title !== '' ? 'checked' : 'unchecked', ...monthYear(from), ...monthYear(to), description];
};
/** An education block: school, degree, field of study, from and to years, GPA. */
const school = (name: string, degree: string, field: string, from: string, to: string): string[] => [name, degree, field, from, to, ''];
const EMPTY_JOB = job('', '', '', '', '');

/** Both groups' blocks, each numbered in order ("Work Experience 2"), and what each holds: the one way entries are checked. */
async function expectEntries(page: Page, expected: { work: string[][]; education: string[][] }) {
  expect({ work: await blocks(page.mainFrame(), 'workExperience'), education: await blocks(page.mainFrame(), 'education') }).toEqual({
    work: expected.work.map((values, i): Block => ({ heading: `Work Experience ${i + 1}`, values })),
    education: expected.education.map((values, i): Block => ({ heading: `Education ${i + 1}`, values })),
  });
}
const AS_SERVED = { work: [EMPTY_JOB], education: [] };

let session: Session;
test.beforeEach(async () => {
  session = await openSession();
  await session.context.addInitScript(COUNT_SUBMITS);
  await serveFixture(session.context, spec);
});
test.afterEach(async () => session.close());

async function open(): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(spec.url);
  await expect(page.locator('#workExperience-1--jobTitle')).toBeVisible();
  return { page, tabId: await tabIdOf(session.background, page) };
}

test('rich: three jobs and two schools in order with their dates, the add buttons pressed as needed, nothing submitted; undo removes the added blocks', async () => {
  await useProfile(session.background, 'rich');
  const { page, tabId } = await open();
  await expectEntries(page, AS_SERVED);

  const { report } = await timedFill(session.popup, tabId);
  expect(report.error).toBeUndefined();
  await expectEntries(page, {
    work: [
      job('Staff Software Engineer', 'Northwind Analytics', '03/2021', '', 'Leads the ingestion platform.'),
      job('Software Engineer', 'Contoso Retail', '06/2016', '02/2021', 'Built the pricing and stock services behind the stores and the web shop.'),
      job('Software Engineering Intern', 'Fabrikam Labs', '06/2015', '09/2015', 'Wrote the first load tests for the booking API.'),
    ],
    education: [
      school('University of California, Berkeley', "Bachelor's Degree", 'Computer Science', '2012', '2016'),
      school('Diablo Valley College', "Associate's Degree", 'Mathematics', '2010', '2012'),
    ],
  });
  // React's own state holds what the added blocks show.
  const state = await frameworkState(page.mainFrame());
  expect(state['workExperience-3--companyName']).toBe('Fabrikam Labs');
  expect(state['education-2--school']).toBe('Diablo Valley College');
  // The report names each entry.
  const entries = new Set(report.fields.map((field) => field.entry).filter(Boolean));
  expect([...entries]).toEqual(
    expect.arrayContaining([
      'Work 1 of 3: Northwind Analytics',
      'Work 2 of 3: Contoso Retail',
      'Work 3 of 3: Fabrikam Labs',
      'Education 2 of 2: Diablo Valley College',
    ]),
  );
  expect(await submits(page)).toBe(0);
  expect(await referencesAdded(page)).toBe(0);
  expect(await page.locator('#preferredOffice').inputValue()).toBe('');

  // A second fill finds every entry on the form: no block is added.
  await timedFill(session.popup, tabId);
  expect((await blocks(page.mainFrame(), 'workExperience')).length).toBe(3);
  expect((await blocks(page.mainFrame(), 'education')).length).toBe(2);

  const undo = await sendFromExtensionPage<UndoReport>(session.popup, { type: 'undo', tabId });
  expect(undo.error).toBeUndefined();
  expect(undo.restored).toBe(report.filled);
  await expectEntries(page, AS_SERVED);
  expect(await submits(page)).toBe(0);
  expect(await referencesAdded(page)).toBe(0);
});

test('a preview says how many blocks each group would gain, and presses nothing', async () => {
  await useProfile(session.background, 'rich');
  await session.background.evaluate(() =>
    chrome.storage.local.set({ settings: { cardOnAts: {}, dismissedHosts: [], previewBeforeFill: true, highlightFilled: true, theme: 'system' } }),
  );
  const { page, tabId } = await open();
  const { report } = await timedFill(session.popup, tabId);
  expect(report).toMatchObject({ preview: true, filled: 0, wouldAdd: { work: 2, education: 2 } });
  expect(report.fields.filter((field) => field.status === 'planned').map((field) => field.entry)).toContain('Work 1 of 3: Northwind Analytics');
  await expectEntries(page, AS_SERVED);
  // The card's preview says the same, entry by entry, and names each planned value's entry.
  const card = await cardFrame(page);
  await card.getByRole('button', { name: 'Autofill', exact: true }).click();
  const preview = card.getByRole('region', { name: 'Check before filling' });
  await expect(preview.getByRole('list', { name: 'Work and education entries' })).toContainText(/Work 1 of 3: Northwind Analytics — would fill \d+/);
  await expect(preview.getByRole('list', { name: 'Entries the fill would add' }).getByRole('listitem')).toContainText([
    'Would add 2 work blocks',
    'Would add 2 education blocks',
  ]);
  await expect(
    preview
      .getByRole('region', { name: 'Planned values' })
      .getByRole('term')
      .filter({ hasText: /^Work 1 of 3 · / })
      .first(),
  ).toBeVisible();
  await expectEntries(page, AS_SERVED);
  expect(await submits(page)).toBe(0);
  expect(await referencesAdded(page)).toBe(0);
});

test('sparse: two jobs (years only: the month boxes left), one school: the empty education group gains one block', async () => {
  await useProfile(session.background, 'sparse');
  const { page, tabId } = await open();
  const { report } = await timedFill(session.popup, tabId);
  expect(report.error).toBeUndefined();
  await expectEntries(page, {
    work: [
      job('Senior Data Engineer', 'Meghna Logistics', '2022', '', 'Runs the shipment data warehouse and the pipelines that feed it.'),
      job('Software Developer', 'Padma Textiles', '2019', '2022', "Built the factory floor's production reports."),
    ],
    education: [school('Shahjalal University of Science and Technology', "Bachelor's Degree", 'Computer Science and Engineering', '2015', '2019')],
  });
  expect(await submits(page)).toBe(0);
  expect(await referencesAdded(page)).toBe(0);
});

test('an entry the person started typing is theirs: it is not overwritten, and no block is made for it', async () => {
  await useProfile(session.background, 'rich');
  const { page, tabId } = await open();
  await page.locator('#workExperience-1--jobTitle').fill('Barista');
  await timedFill(session.popup, tabId);
  const work = await blocks(page.mainFrame(), 'workExperience');
  expect(work[0]!.values.slice(0, 2)).toEqual(['Barista', '']);
  // Entries 2 and 3 still get their jobs.
  expect(work.map((block) => block.values[1])).toEqual(['', 'Contoso Retail', 'Fabrikam Labs']);
});

test.describe('Greenhouse blocks with no number, only their position', () => {
  const greenhouse = fixturePage('greenhouse', 'education-repeat');
  /** Each block's text boxes (and the current-role box) in order. */
  const rows = (page: Page, form: string) =>
    page.evaluate(
      (selector) =>
        Array.from(document.querySelectorAll(selector)).map((block) =>
          Array.from(block.querySelectorAll<HTMLInputElement>('input.input, input[type=checkbox]')).map((input) =>
            input.type === 'checkbox' ? (input.checked ? 'checked' : 'unchecked') : input.value,
          ),
        ),
      form,
    );

  test('rich: three jobs and two schools, "+ Add another" pressed per group, never "+ Add reference"; undo removes the added blocks by their own remove buttons', async () => {
    await serveFixture(session.context, greenhouse);
    await useProfile(session.background, 'rich');
    const page = await session.context.newPage();
    await page.goto(greenhouse.url);
    await expect(page.locator('#school--0')).toBeVisible();
    const tabId = await tabIdOf(session.background, page);
    const before = { employment: await rows(page, '.employment--form'), education: await rows(page, '.education--form') };

    const { report } = await timedFill(session.popup, tabId);
    expect(report.error).toBeUndefined();
    expect(await rows(page, '.employment--form')).toEqual([
      ['Northwind Analytics', 'Staff Software Engineer', '03/2021', '', 'checked'],
      ['Contoso Retail', 'Software Engineer', '06/2016', '02/2021', 'unchecked'],
      ['Fabrikam Labs', 'Software Engineering Intern', '06/2015', '09/2015', 'unchecked'],
    ]);
    expect(await rows(page, '.education--form')).toEqual([
      ['08/2012', '05/2016'],
      ['08/2010', '05/2012'],
    ]);
    // The school search (options only after typing) holds the school itself, not a near miss listed before it;
    // degree by meaning in react-select's own state: Associate of Science → "Associate's Degree".
    await expect
      .poll(async () => {
        const state = await frameworkState(page.mainFrame());
        return [state['school--0'], state['degree--0'], state['discipline--0'], state['school--1'], state['degree--1'], state['discipline--1']];
      })
      .toEqual(['University of California, Berkeley', "Bachelor's Degree", 'Computer Science', 'Diablo Valley College', "Associate's Degree", 'Mathematics']);
    await expect(page.locator('.education--form').nth(1).locator('.select__single-value').first()).toHaveText('Diablo Valley College');
    // Each school box was searched with its own school's name, typed into the search.
    const searches = await page.evaluate(() => (window as unknown as { __schoolSearches: string[] }).__schoolSearches);
    expect(searches.some((text) => 'university of california, berkeley'.startsWith(text.toLowerCase()) && text.length >= 2)).toBe(true);
    expect(searches.some((text) => 'diablo valley college'.startsWith(text.toLowerCase()) && text.length >= 2)).toBe(true);
    expect(await submits(page)).toBe(0);
    expect(await referencesAdded(page)).toBe(0);

    const undo = await sendFromExtensionPage<UndoReport>(session.popup, { type: 'undo', tabId });
    expect(undo.restored).toBe(report.filled);
    expect({ employment: await rows(page, '.employment--form'), education: await rows(page, '.education--form') }).toEqual(before);
    expect(await submits(page)).toBe(0);
  });
});

test.describe('SmartRecruiters editors: one entry at a time, saved by the person', () => {
  const editors = fixturePage('smartrecruiters', 'experience-editor');
  const saves = (page: Page) => page.evaluate(() => (window as unknown as { __saves: number }).__saves);
  /** The open editor of a section, its controls in order (checkboxes as checked/unchecked; none when closed), and its saved list. */
  const section = (page: Page, kind: 'experience' | 'education') =>
    page.evaluate((name) => {
      const root = document.querySelector(`section.${name}`)!;
      const editor = root.querySelector('.entry-editor');
      return {
        editor: editor
          ? Array.from(editor.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).map((control) =>
              control instanceof HTMLInputElement && control.type === 'checkbox' ? (control.checked ? 'checked' : 'unchecked') : control.value.split('\n')[0]!,
            )
          : null,
        saved: Array.from(root.querySelectorAll('li')).map((item) => item.textContent),
      };
    }, kind);

  test('a fill fills the open editor (and the one its own "+ Add" opens) with the first entry not saved yet, never pressing Save; after the person saves, the next fill takes the next job', async () => {
    await serveFixture(session.context, editors);
    await useProfile(session.background, 'rich');
    const page = await session.context.newPage();
    await page.goto(editors.url);
    await expect(page.locator('#exp-title')).toBeVisible();
    const tabId = await tabIdOf(session.background, page);

    const first = (await timedFill(session.popup, tabId)).report;
    expect(first.error).toBeUndefined();
    expect(await section(page, 'experience')).toEqual({
      editor: ['Staff Software Engineer', 'Northwind Analytics', '', '03/2021', '', 'checked', 'Leads the ingestion platform.'],
      saved: [],
    });
    // Education's editor was closed: its own "+ Add" opened it, once.
    expect((await section(page, 'education')).editor?.slice(0, 1)).toEqual(['University of California, Berkeley']);
    expect(first.fields.find((field) => field.label.startsWith('Title'))?.entry).toBe('Work 1 of 3: Northwind Analytics');
    expect(await saves(page)).toBe(0);
    expect(await submits(page)).toBe(0);

    // The person checks the entry and saves it.
    await page.locator('section.experience button.save').click();
    await expect(page.locator('section.experience li')).toHaveCount(1);

    const second = (await timedFill(session.popup, tabId)).report;
    expect(await section(page, 'experience')).toEqual({
      editor: [
        'Software Engineer',
        'Contoso Retail',
        '',
        '06/2016',
        '02/2021',
        'unchecked',
        'Built the pricing and stock services behind the stores and the web shop.',
      ],
      saved: ['Staff Software Engineer' + 'Northwind Analytics'],
    });
    expect(second.fields.find((field) => field.label.startsWith('Title'))?.entry).toBe('Work 2 of 3: Contoso Retail');
    // The education editor the person has not saved yet keeps its school.
    expect((await section(page, 'education')).editor?.slice(0, 1)).toEqual(['University of California, Berkeley']);
    expect(await saves(page)).toBe(1);
    expect(await submits(page)).toBe(0);

    // Undo closes the editors the fills opened (by their own Cancel); the saved job is the person's.
    await sendFromExtensionPage<UndoReport>(session.popup, { type: 'undo', tabId });
    expect(await section(page, 'experience')).toEqual({ editor: null, saved: ['Staff Software EngineerNorthwind Analytics'] });
    expect((await section(page, 'education')).editor).toBeNull();
    expect(await saves(page)).toBe(1);
  });
});
