import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { Basics } from '../../core/profile/types';
import { expect, storedProfile, storeProfile } from './fixtures';

/**
 * When the browser first painted the profile's name in the popup (its `elementtiming` entry's
 * render time, ms since the page's navigation started).
 */
export function profileNamePaintedAt(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find((e) => (e as unknown as { identifier: string }).identifier === 'profile-name');
          if (entry) resolve((entry as unknown as { renderTime: number }).renderTime);
        }).observe({ type: 'element', buffered: true });
      }),
  );
}

/** The popup page (popup.html in a tab, at the toolbar popup's size) and what tests do with it. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    return new PopupPage(page);
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** The visible view. */
  get panel(): Locator {
    return this.page.locator('[role=tabpanel]:not([hidden])');
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  get autofill(): Locator {
    return this.page.getByRole('button', { name: 'Autofill this page' });
  }

  async show(name: string): Promise<Locator> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    return this.panel;
  }

  /** Opens every collapsed case brief and problem log entry in the visible view. */
  async expandAll(): Promise<void> {
    const closed = this.panel.locator('details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
  }

  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

/** Lets the extension pages read and write the clipboard without a prompt. */
export async function grantClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/**
 * Saves a changed profile the way another extension page would: straight into storage. `basics` is
 * merged into the stored basics; other keys (JSON Resume sections) replace or add whole sections.
 */
export async function patchStoredProfile(background: Worker, { basics, ...sections }: { basics?: Partial<Basics> } & Record<string, unknown>): Promise<void> {
  const profile = await storedProfile(background);
  await storeProfile(background, { ...profile, ...sections, basics: { ...profile.basics, ...basics } });
}
