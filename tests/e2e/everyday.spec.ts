import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { frameworkState, loadFixtures, openSession, serveFixture, tabIdOf, useProfile, type Session } from './autofill-harness';

// The React-controlled Greenhouse form: what its own state holds is what the site would submit.
const spec = loadFixtures().find((s) => s.group === 'greenhouse' && s.file === 'new.html')!;

type Handlers = {
  onInsertMenuClick(info: { menuItemId: string; frameId: number; editable: boolean }, tab: { id: number }): Promise<boolean>;
  onCommand(command: string, tab: { id: number }): Promise<unknown>;
};

/** Calls a background handler the way the browser does on a menu click or a shortcut. */
function callHandler<K extends keyof Handlers>(background: Worker, name: K, args: Parameters<Handlers[K]>) {
  return background.evaluate(
    ([handler, list]) =>
      (globalThis as unknown as { profileCardHandlers: Record<string, (...a: unknown[]) => unknown> }).profileCardHandlers[handler]!(...list),
    [name, args] as const,
  );
}

const badge = (background: Worker, tabId: number) => background.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

let session: Session;
let page: Page;
let tabId: number;

test.beforeEach(async () => {
  session = await openSession();
  await useProfile(session.background, 'sparse');
  await serveFixture(session.context, spec);
  page = await session.context.newPage();
  await page.goto(spec.url);
  await expect(page.locator('#first_name')).toBeVisible();
  tabId = await tabIdOf(session.background, page);
});

test.afterEach(async () => session.close());

test('the badge shows the page can be filled, then the count filled; the shortcut fills like the popup', async () => {
  await expect.poll(() => badge(session.background, tabId)).toBe('✓');
  const report = (await callHandler(session.background, 'onCommand', ['autofill', { id: tabId }])) as { filled: number };
  expect(report.filled).toBeGreaterThan(0);
  await expect(page.locator('#first_name')).toHaveValue('Nusrat');
  expect((await frameworkState(page.mainFrame())).first_name).toBe('Nusrat');
  await expect.poll(() => badge(session.background, tabId)).toBe(String(report.filled));

  await callHandler(session.background, 'onCommand', ['undo-autofill', { id: tabId }]);
  await expect(page.locator('#first_name')).toHaveValue('');
  await expect.poll(() => badge(session.background, tabId)).toBe('✓');

  await page.reload();
  await expect.poll(() => badge(session.background, tabId)).toBe('✓');
});

test('"Insert from profile" puts the value at the caret of a React-controlled field', async () => {
  const field = page.locator('#preferred_name');
  await field.click();
  await field.pressSequentially('Hi ');
  const inserted = await callHandler(session.background, 'onInsertMenuClick', [{ menuItemId: 'insert:email', frameId: 0, editable: true }, { id: tabId }]);
  expect(inserted).toBe(true);
  await expect(field).toHaveValue('Hi nusrat.jahan@example.net');
  expect((await frameworkState(page.mainFrame())).preferred_name).toBe('Hi nusrat.jahan@example.net');
});
