import type { Page } from '@playwright/test';
import { reportToKeep } from '../../core/autofill-target';
import type { UndoReport } from '../../core/contract/messages';
import { expect, test } from './fixtures';
import {
  COUNT_SUBMITS,
  RESUME_FILE,
  fieldIds,
  fieldsOnPage,
  frameOf,
  frameworkState,
  loadFixtures,
  matches,
  openSession,
  readFields,
  sendFromExtensionPage,
  serveFixture,
  tabIdOf,
  timedFill,
  PROFILE_NAMES,
  useProfile,
} from './autofill-harness';

/**
 * Every application page of tests/fixtures/ats filled through the popup's message, for both test
 * profiles: each field holds what its table expects, the page's own state too (`pageState`: every
 * value written; `state`: the widget library's values, read through its API, issue #15), the report
 * says why a field was left (`leftBecause`), the fill answers in time (`fillWithinMs`), the résumé
 * is attached at most once, nothing is submitted, and undo puts every field and the state back.
 */
const fixtures = loadFixtures();
const submits = (page: Page) => page.evaluate(() => (window as unknown as { __submits: number }).__submits);
/** A framework value as compared: absent and empty are the same "nothing chosen". */
const asText = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

for (const spec of fixtures) {
  test(`${spec.title}: fills the expected fields for both profiles, submits nothing, and undo restores every field`, async () => {
    const { context, background, popup, close } = await openSession(spec);
    try {
      await context.addInitScript(COUNT_SUBMITS);
      await serveFixture(context, spec);
      const page = await context.newPage();
      const selectors = Object.keys(spec.fields);
      const stateKeys = Object.keys(spec.state ?? {});

      for (const profileName of PROFILE_NAMES) {
        await useProfile(background, profileName);
        await page.goto(spec.url);
        const frame = frameOf(page, spec);
        await fieldsOnPage(frame, selectors);
        const before = await readFields(frame, selectors);
        // Scripts that enhance static markup render their state once they have run.
        if (stateKeys.length) await frame.waitForFunction(() => document.querySelector('pre[data-state]')?.textContent);
        const stateBefore = stateKeys.length ? await frameworkState(frame) : {};

        const tabId = await tabIdOf(background, page);
        const { ms, report } = await timedFill(popup, tabId);
        expect(report.error).toBeUndefined();

        const after = await readFields(frame, selectors);
        const ids = await fieldIds(frame, selectors);
        for (const selector of selectors) {
          const expected = spec.fields[selector]![profileName];
          expect(
            matches(expected, after[selector]!, before[selector]!),
            `${profileName}: ${selector} holds ${JSON.stringify(after[selector])}, expected ${JSON.stringify(expected)}`,
          ).toBe(true);
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
        if (stateKeys.length) {
          // What the widget library holds (its own API, rendered by the page), not only what the DOM shows.
          await expect
            .poll(
              async () => {
                const state = await frameworkState(frame);
                return stateKeys
                  .filter((key) => !matches(spec.state![key]![profileName], asText(state[key]), asText(stateBefore[key])))
                  .map((key) => `${key}: ${asText(state[key])}`);
              },
              { message: `${profileName}: framework state`, timeout: 2000 },
            )
            .toEqual([]);
        }
        if (profileName === 'rich') {
          for (const [selector, why] of Object.entries(spec.leftBecause ?? {})) {
            const [id] = Object.values(await fieldIds(frame, [selector]));
            const outcome = report.fields.find((field) => field.fieldId === id);
            expect({ selector, status: outcome?.status, left: outcome?.left }).toEqual({ selector, status: 'left', left: why });
          }
          // The résumé is attached once at most, wherever the form asks for it.
          expect(report.fields.filter((field) => field.status === 'filled' && field.value === RESUME_FILE.name).length).toBeLessThanOrEqual(1);
          if (spec.fillWithinMs) expect(ms, `fill took ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(spec.fillWithinMs);
        }
        expect(await submits(page)).toBe(0);
        await expect
          .poll(async () => (await background.evaluate((id) => chrome.storage.session.get(`lastFill:${id}`), tabId))[`lastFill:${tabId}`])
          .toEqual(reportToKeep(report));

        const undo = await sendFromExtensionPage<UndoReport>(popup, { type: 'undo', tabId });
        expect(undo.error).toBeUndefined();
        expect(undo.restored).toBe(report.filled);
        expect(await readFields(frame, selectors)).toEqual(before);
        if (stateKeys.length) {
          const state = await frameworkState(frame);
          expect(Object.fromEntries(stateKeys.map((key) => [key, asText(state[key])]))).toEqual(
            Object.fromEntries(stateKeys.map((key) => [key, asText(stateBefore[key])])),
          );
        }
        expect(await submits(page)).toBe(0);
      }
    } finally {
      await close();
    }
  });
}

test("Select2 allowClear: a city the person chose and cleared with the widget's × is filled, and undo clears it again as the widget clears it", async () => {
  const spec = fixtures.find((candidate) => candidate.file === 'select2-tags-clear.html')!;
  const { context, background, popup, close } = await openSession(spec);
  try {
    await serveFixture(context, spec);
    const page = await context.newPage();
    await useProfile(background, 'rich');
    await page.goto(spec.url);
    const city = page.locator('#icims-city + .select2');
    await city.locator('.select2-selection').click();
    await page.locator('.select2-results__option', { hasText: 'Seattle' }).click();
    await expect.poll(async () => (await frameworkState(page.mainFrame())).cityChosen).toBe('Seattle');
    // The × empties it back to the placeholder (and opens the list, as Select2 does): the person closes it.
    await city.locator('.select2-selection__clear').dispatchEvent('mousedown');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await frameworkState(page.mainFrame())).cityChosen).toBe('');

    const tabId = await tabIdOf(background, page);
    const { report } = await timedFill(popup, tabId);
    expect(report.error).toBeUndefined();
    await expect.poll(async () => (await frameworkState(page.mainFrame())).cityChosen).toBe('San Francisco');
    await expect(city.locator('.select2-selection__clear')).toHaveCount(1);

    const undo = await sendFromExtensionPage<UndoReport>(popup, { type: 'undo', tabId });
    expect(undo.restored).toBe(report.filled);
    const state = await frameworkState(page.mainFrame());
    expect({ city: state.city, chosen: state.cityChosen }).toEqual({ city: '', chosen: '' });
    await expect(city.locator('.select2-selection__clear')).toHaveCount(0);
    await expect(city.locator('.select2-selection__placeholder')).toHaveText('Select a city');
  } finally {
    await close();
  }
});
