// Screenshots of the popup at its real size (380 × 600), light and dark, for the README:
// docs/popup-light.png and docs/popup-dark.png. Uses the production build in .output/chrome-mv3
// (run `npm run build:chrome` first) and the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
// Also prints how long the popup takes to show the profile (median of a few loads).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, '.output/chrome-mv3');
const docs = path.join(root, 'docs');
const POPUP = { width: 380, height: 600 };
const LOADS = 7;

if (!existsSync(path.join(extension, 'manifest.json'))) {
  console.error(`No build at ${extension}: run \`npm run build:chrome\` first.`);
  process.exit(1);
}

async function withExtension(colorScheme, run) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'profile-card-shots-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    colorScheme,
    viewport: POPUP,
    deviceScaleFactor: 2,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--no-first-run', '--disable-gpu'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
    // The options page opens on install; once it has, close it, so the page behind the popup is the job page.
    let options;
    while (!(options = context.pages().find((page) => page.url().endsWith('/options.html')))) await new Promise((resolve) => setTimeout(resolve, 50));
    await options.close();
    // A job page to stand behind the popup, so "Autofill this page" shows as it does on one.
    await context.route('https://boards.greenhouse.io/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Apply</title>' }));
    const job = await context.newPage();
    await job.goto('https://boards.greenhouse.io/acme/jobs/1');
    await run(context, popupUrl);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

async function openPopup(context, popupUrl) {
  const page = await context.newPage();
  await page.goto(popupUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => performance.getEntriesByName('profile-shown').length > 0);
  return page;
}

await mkdir(docs, { recursive: true });
for (const scheme of ['light', 'dark']) {
  await withExtension(scheme, async (context, popupUrl) => {
    const page = await openPopup(context, popupUrl);
    const file = path.join(docs, `popup-${scheme}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${path.relative(root, file)}`);
    if (scheme !== 'light') return;
    // Navigation start to the first frame showing the profile (the popup's own `profile-shown` mark).
    const times = [];
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('profile-shown').length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName('profile-shown')[0].startTime));
    }
    times.sort((a, b) => a - b);
    console.log(
      `profile on screen after ${times[Math.floor(LOADS / 2)].toFixed(1)} ms (median of ${LOADS} loads; min ${times[0].toFixed(1)}, max ${times[LOADS - 1].toFixed(1)})`,
    );
  });
}
