import type { Page } from '@playwright/test';
import { reportToKeep } from '../../core/autofill-target';
import type { FillReport, UndoReport } from '../../core/contract/messages';
import { expect, test } from './fixtures';
import {
  COUNT_SUBMITS,
  fieldIds,
  frameOf,
  frameworkState,
  loadFixtures,
  matches,
  openSession,
  readFields,
  sendFromExtensionPage,
  serveFixture,
  tabIdOf,
  PROFILE_NAMES,
  useProfile,
} from './autofill-harness';

const fixtures = loadFixtures();
const submits = (page: Page) => page.evaluate(() => (window as unknown as { __submits: number }).__submits);

for (const spec of fixtures) {
  test(`${spec.title}: fills the expected fields for both profiles, submits nothing, and undo restores every field`, async () => {
    const { context, background, popup, close } = await openSession(spec);
    try {
      await context.addInitScript(COUNT_SUBMITS);
      await serveFixture(context, spec);
      const page = await context.newPage();
      const selectors = Object.keys(spec.fields);

      for (const profileName of PROFILE_NAMES) {
        await useProfile(background, profileName);
        await page.goto(spec.url);
        const frame = frameOf(page, spec);
        // Framework pages render after load: wait until every field of the table is there.
        await expect.poll(async () => Object.entries(await readFields(frame, selectors)).filter(([, value]) => value === '#missing').map(([selector]) => selector)).toEqual([]);
        const before = await readFields(frame, selectors);

        const tabId = await tabIdOf(background, page);
        const report = await sendFromExtensionPage<FillReport>(popup, { type: 'autofill', tabId });
        expect(report.error).toBeUndefined();

        const after = await readFields(frame, selectors);
        const ids = await fieldIds(frame, selectors);
        for (const selector of selectors) {
          const expected = spec.fields[selector]![profileName];
          expect(matches(expected, after[selector]!, before[selector]!), `${profileName}: ${selector} holds ${JSON.stringify(after[selector])}, expected ${JSON.stringify(expected)}`).toBe(true);
          const outcome = report.fields.find((field) => field.fieldId === ids[selector] && field.frame.startsWith(new URL(frame.url()).origin));
          if (after[selector] !== before[selector]) expect(outcome?.status, `${profileName}: ${selector} is reported filled`).toBe('filled');
          else if (outcome) expect(outcome.status, `${profileName}: ${selector} is reported left`).toBe('left');
        }
        if (spec.pageState) {
          // The page's own state (React's, or its own handlers'), not only the DOM, holds every value autofill wrote.
          const state = await frameworkState(frame);
          for (const selector of selectors) {
            if (after[selector] === before[selector]) continue;
            const key = selector.replace(/^#/, '').replace(/^input\[name=(.+)\]$/, '$1');
            expect(state[key], `page state of ${key}`).toBe(after[selector] === 'checked' ? true : after[selector]);
          }
        }
        expect(await submits(page)).toBe(0);
        await expect.poll(async () => (await background.evaluate((id) => chrome.storage.session.get(`lastFill:${id}`), tabId))[`lastFill:${tabId}`]).toEqual(reportToKeep(report));

        const undo = await sendFromExtensionPage<UndoReport>(popup, { type: 'undo', tabId });
        expect(undo.error).toBeUndefined();
        expect(undo.restored).toBe(report.filled);
        expect(await readFields(frame, selectors)).toEqual(before);
        expect(await submits(page)).toBe(0);
      }
    } finally {
      await close();
    }
  });
}
