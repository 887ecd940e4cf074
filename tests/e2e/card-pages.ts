import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { testProfile } from '../support/profiles';
import { CHROMIUM_PATH } from './fixtures';

/**
 * The card's fixture pages (tests/fixtures/card), served at the ATS's real addresses so the
 * manifest's content-script patterns match exactly as on the live sites, frames included.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/card');

export interface FixturePage {
  /** What the test calls it. */
  name: string;
  url: string;
  file: string;
}

export const GREENHOUSE_JOB = 'https://job-boards.greenhouse.io/acme/jobs/4012345';
export const LEVER_APPLY = 'https://jobs.lever.co/acme/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b/apply';
export const WORKDAY = 'https://acme.wd5.myworkdayjobs.com/en-US/External';
export const WORKDAY_JOB = `${WORKDAY}/job/Remote/Senior-Backend-Engineer_JR-1042`;
export const ASHBY_POSTING = 'https://jobs.ashbyhq.com/acme/5d6e7f80-1a2b-4c3d-9e8f-a0b1c2d3e4f5';
export const LINKEDIN_JOB = 'https://www.linkedin.com/jobs/view/3912345678/';
export const COMPANY_CAREERS = 'https://www.acme-robotics.com/careers/senior-backend-engineer?gh_jid=4012345';
export const ICIMS_APPLY = 'https://careers-acme.icims.com/jobs/1234/senior-backend-engineer/candidate';

/** Application pages: each shows exactly one card. */
export const APPLICATION_PAGES: FixturePage[] = [
  { name: 'Greenhouse (boards)', url: 'https://boards.greenhouse.io/acme/jobs/4012345', file: 'greenhouse-boards-job.html' },
  { name: 'Greenhouse (job-boards)', url: GREENHOUSE_JOB, file: 'greenhouse-job-boards-job.html' },
  { name: 'Greenhouse embed (opened alone)', url: 'https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345', file: 'greenhouse-embed-job-app.html' },
  { name: 'Lever', url: LEVER_APPLY, file: 'lever-application.html' },
  { name: 'Ashby', url: `${ASHBY_POSTING}/application`, file: 'ashby-app.html' },
  { name: 'Workday', url: `${WORKDAY_JOB}/apply/applyManually`, file: 'workday-app.html' },
  {
    name: 'SmartRecruiters',
    url: 'https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/7c8d9e0f-1a2b-4c3d-8e9f-0a1b2c3d4e5f?dcr_ci=Acme',
    file: 'smartrecruiters-application.html',
  },
  { name: 'Workable', url: 'https://apply.workable.com/acme/j/8F3A1C2B7D/apply/', file: 'workable-application.html' },
  { name: 'BambooHR', url: 'https://acme.bamboohr.com/careers/42/apply', file: 'bamboohr-application.html' },
  { name: 'iCIMS (wrapper and form frame)', url: ICIMS_APPLY, file: 'icims-application-wrapper.html' },
  { name: 'Jobvite', url: 'https://jobs.jobvite.com/acme/job/oAbC1fwX/apply', file: 'jobvite-application.html' },
  { name: 'Teamtailor', url: 'https://acme.teamtailor.com/jobs/4711-senior-backend-engineer/applications/new', file: 'teamtailor-application.html' },
  { name: 'Recruitee', url: 'https://acme.recruitee.com/o/senior-backend-engineer/c/new', file: 'recruitee-application.html' },
  { name: 'Personio (form on the job page)', url: 'https://acme.jobs.personio.de/job/1234567?display=en', file: 'personio-job.html' },
  { name: 'Breezy HR', url: 'https://acme.breezy.hr/p/1a2b3c4d5e6f-senior-backend-engineer/apply', file: 'breezy-application.html' },
  {
    name: 'SAP SuccessFactors',
    url: 'https://career5.successfactors.eu/career?company=AcmeAG&career_ns=job_application&career_job_req_id=1042',
    file: 'successfactors-application.html',
  },
];

/** Listings, descriptions and unrelated sites: no card, nothing added to the page. */
export const OTHER_PAGES: FixturePage[] = [
  { name: 'Greenhouse listing', url: 'https://boards.greenhouse.io/acme', file: 'greenhouse-listing.html' },
  { name: 'Lever listing', url: 'https://jobs.lever.co/acme', file: 'lever-listing.html' },
  { name: 'Lever description', url: 'https://jobs.lever.co/acme/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b', file: 'lever-description.html' },
  { name: 'Ashby listing', url: 'https://jobs.ashbyhq.com/acme', file: 'ashby-app.html' },
  { name: 'Ashby overview', url: ASHBY_POSTING, file: 'ashby-app.html' },
  { name: 'Workday search', url: WORKDAY, file: 'workday-app.html' },
  { name: 'Workday job', url: WORKDAY_JOB, file: 'workday-app.html' },
  { name: 'SmartRecruiters listing', url: 'https://jobs.smartrecruiters.com/Acme', file: 'smartrecruiters-listing.html' },
  { name: 'SmartRecruiters description', url: 'https://jobs.smartrecruiters.com/Acme/743999912345678-senior-backend-engineer', file: 'smartrecruiters-description.html' },
  { name: 'Workable listing', url: 'https://apply.workable.com/acme/', file: 'workable-listing.html' },
  { name: 'Workable description', url: 'https://apply.workable.com/acme/j/8F3A1C2B7D/', file: 'workable-description.html' },
  { name: 'BambooHR listing', url: 'https://acme.bamboohr.com/careers', file: 'bamboohr-listing.html' },
  { name: 'BambooHR description', url: 'https://acme.bamboohr.com/careers/42', file: 'bamboohr-description.html' },
  { name: 'iCIMS listing', url: 'https://careers-acme.icims.com/jobs/search?ss=1', file: 'icims-listing.html' },
  { name: 'iCIMS description', url: 'https://careers-acme.icims.com/jobs/1234/senior-backend-engineer/job', file: 'icims-description.html' },
  { name: 'Jobvite listing', url: 'https://jobs.jobvite.com/acme/jobs', file: 'jobvite-listing.html' },
  { name: 'Jobvite description', url: 'https://jobs.jobvite.com/acme/job/oAbC1fwX', file: 'jobvite-description.html' },
  { name: 'Teamtailor listing', url: 'https://acme.teamtailor.com/jobs', file: 'teamtailor-listing.html' },
  { name: 'Teamtailor description', url: 'https://acme.teamtailor.com/jobs/4711-senior-backend-engineer', file: 'teamtailor-description.html' },
  { name: 'Recruitee listing', url: 'https://acme.recruitee.com/', file: 'recruitee-listing.html' },
  { name: 'Recruitee description', url: 'https://acme.recruitee.com/o/senior-backend-engineer', file: 'recruitee-description.html' },
  { name: 'Personio listing', url: 'https://acme.jobs.personio.de/', file: 'personio-listing.html' },
  { name: 'Breezy listing', url: 'https://acme.breezy.hr/', file: 'breezy-listing.html' },
  { name: 'Breezy description', url: 'https://acme.breezy.hr/p/1a2b3c4d5e6f-senior-backend-engineer', file: 'breezy-description.html' },
  { name: 'SuccessFactors listing', url: 'https://career5.successfactors.eu/career?company=AcmeAG&career_ns=job_listing_summary', file: 'successfactors-listing.html' },
  {
    name: 'SuccessFactors description',
    url: 'https://career5.successfactors.eu/career?company=AcmeAG&career_ns=job_listing&career_job_req_id=1042',
    file: 'successfactors-description.html',
  },
  { name: 'LinkedIn search', url: 'https://www.linkedin.com/jobs/search/?keywords=backend', file: 'linkedin-app.html' },
  { name: 'LinkedIn job (Easy Apply not opened)', url: LINKEDIN_JOB, file: 'linkedin-app.html' },
  { name: 'unrelated news site', url: 'https://www.example-news.com/2026/warehouse-robots', file: 'unrelated-news.html', },
  { name: 'a company’s own application form (no standing access)', url: 'https://careers.acme-robotics.com/apply', file: 'unrelated-careers-form.html' },
];

/** Everything else the fixtures reach: frames, and the single-page apps' other addresses. */
const SUPPORT_PAGES: FixturePage[] = [
  { name: 'company careers page embedding Greenhouse', url: COMPANY_CAREERS, file: 'company-careers-embed.html' },
  { name: 'Greenhouse embed frame', url: 'https://boards.greenhouse.io/embed/job_app', file: 'greenhouse-embed-job-app.html' },
  { name: 'iCIMS form frame', url: `${ICIMS_APPLY}?in_iframe=1`, file: 'icims-application-content.html' },
];

/** Single-page apps answer every address on their host with the same document. */
const SPA_HOSTS: Record<string, string> = {
  'jobs.ashbyhq.com': 'ashby-app.html',
  'acme.wd5.myworkdayjobs.com': 'workday-app.html',
  'www.linkedin.com': 'linkedin-app.html',
};

export const readFixture = (file: string) => readFile(path.join(FIXTURES, file), 'utf8');

/** Which fixture answers a URL: exact address, then address without query, then a single-page app's host. */
function fixtureFor(url: URL): string | undefined {
  const pages = [...APPLICATION_PAGES, ...OTHER_PAGES, ...SUPPORT_PAGES];
  const withoutHash = url.origin + url.pathname + url.search;
  return (
    pages.find((page) => page.url === withoutHash)?.file ??
    pages.find((page) => page.url === url.origin + url.pathname)?.file ??
    SPA_HOSTS[url.hostname]
  );
}

/**
 * Serves every fixture at its real address. `transform` may change a document before it is served
 * (the hostile-CSS tests add a stylesheet). Anything else gets a 404: no test touches the network.
 */
export async function serveFixtures(context: BrowserContext, transform: (html: string, url: URL) => string = (html) => html) {
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const file = fixtureFor(url);
    if (!file) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: transform(await readFixture(file), url) });
  });
}

/** A Chromium without the extension: how the fixture pages look when nothing is injected. */
export async function launchPlainBrowser(transform?: (html: string, url: URL) => string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext({ colorScheme: 'light' });
  await serveFixtures(context, transform);
  return { context, close: () => browser.close() };
}

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
export const cardShownAt = (page: Page): Promise<number | null> =>
  page.evaluate(() => (window as unknown as { __cardShown?: number }).__cardShown ?? null);

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

/** Number of card hosts in the tab, counting every frame the page has. */
export async function cardCount(page: Page): Promise<number> {
  const counts = await Promise.all(
    page.frames().filter((f) => f.url().startsWith('http')).map((f) => f.evaluate(() => document.querySelectorAll('profile-card-host').length).catch(() => 0)),
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
