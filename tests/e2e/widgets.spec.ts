/**
 * Autofill on pages built from the real widget libraries (tests/fixtures/widgets: react-select,
 * Downshift, intl-tel-input, Choices.js, react-dropzone, Workday-style listbox buttons, upload web
 * components). One test per page, named after the failure class it guards (issue #15): the framework
 * holds every expected value, nothing is submitted, the report says why anything was left, undo puts
 * every field and the framework's state back, and the fill answers within the page's bound.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { UndoReport } from '../../core/messages';
import { expect, test } from './fixtures';
import {
  COUNT_SUBMITS,
  RESUME_FILE,
  fieldIds,
  fieldsOnPage,
  frameOf,
  frameworkState,
  loadFixtures,
  loadProfile,
  matches,
  openSession,
  readFields,
  sendFromExtensionPage,
  serveFixture,
  tabIdOf,
  timedFill,
  useProfile,
  type ProfileName,
} from './autofill-harness';

const fixtures = loadFixtures(path.resolve(import.meta.dirname, '../fixtures/widgets'));
const submits = (page: Page) => page.evaluate(() => (window as unknown as { __submits: number }).__submits);
/** A framework value as compared: absent and empty are the same "nothing chosen". */
const asText = (value: unknown) => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

for (const spec of fixtures) {
  test(spec.title, async () => {
    const { context, background, popup, close } = await openSession(spec);
    try {
      await context.addInitScript(COUNT_SUBMITS);
      await serveFixture(context, spec);
      const page = await context.newPage();
      const selectors = Object.keys(spec.fields);
      const stateKeys = Object.keys(spec.state ?? {});

      for (const profileName of ['default', 'rich'] as ProfileName[]) {
        await useProfile(background, loadProfile(profileName), profileName === 'rich');
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
          expect(matches(expected, after[selector]!, before[selector]!), `${profileName}: ${selector} holds ${JSON.stringify(after[selector])}, expected ${JSON.stringify(expected)}`).toBe(true);
          const outcome = report.fields.find((field) => field.fieldId === ids[selector]);
          if (after[selector] !== before[selector]) expect(outcome?.status, `${profileName}: ${selector} is reported filled`).toBe('filled');
        }
        if (stateKeys.length) {
          // What the widget library holds (its own API, rendered by the page), not only what the DOM shows.
          await expect
            .poll(async () => {
              const state = await frameworkState(frame);
              return stateKeys.filter((key) => !matches(spec.state![key]![profileName], asText(state[key]), asText(stateBefore[key]))).map((key) => `${key}: ${asText(state[key])}`);
            }, { message: `${profileName}: framework state`, timeout: 2000 })
            .toEqual([]);
        }
        if (profileName === 'rich') {
          for (const [selector, why] of Object.entries(spec.leftBecause ?? {})) {
            const [id] = Object.values(await fieldIds(frame, [selector]));
            const outcome = report.fields.find((field) => field.fieldId === id);
            expect({ selector, status: outcome?.status, left: outcome?.left }).toEqual({ selector, status: 'left', left: why });
          }
          // The résumé is attached once, wherever the form asks for it.
          expect(report.fields.filter((field) => field.status === 'filled' && field.value === RESUME_FILE.name).length).toBeLessThanOrEqual(1);
          if (spec.fillWithinMs) expect(ms, `fill took ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(spec.fillWithinMs);
        }
        expect(await submits(page)).toBe(0);

        const undo = await sendFromExtensionPage<UndoReport>(popup, { type: 'undo', tabId });
        expect(undo.error).toBeUndefined();
        expect(undo.restored).toBe(report.filled);
        expect(await readFields(frame, selectors)).toEqual(before);
        if (stateKeys.length) {
          const state = await frameworkState(frame);
          expect(Object.fromEntries(stateKeys.map((key) => [key, asText(state[key])]))).toEqual(Object.fromEntries(stateKeys.map((key) => [key, asText(stateBefore[key])])));
        }
        expect(await submits(page)).toBe(0);
      }
    } finally {
      await close();
    }
  });
}
