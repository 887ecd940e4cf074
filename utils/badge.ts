import { browser } from 'wxt/browser';
import { isMessage } from '@/core/contract';

/** The toolbar badge, per tab: "✓" where the page can be filled, then the count filled. */
export async function showCanFill(tabId: number): Promise<void> {
  await setBadge(tabId, '✓', '#0f766e', 'Profile Card: this application can be filled (Alt+Shift+F)');
}

export async function showFilledCount(tabId: number, filled: number): Promise<void> {
  await setBadge(tabId, filled > 0 ? String(filled) : '', '#0f766e', `Profile Card: ${filled} field${filled === 1 ? '' : 's'} filled`);
}

async function setBadge(tabId: number, text: string, color: string, title: string): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color }),
      browser.action.setTitle({ tabId, title }),
    ]);
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}

/** The content script says its page is an application; a new page in the tab starts with no badge. */
export function registerBadge(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || message.type !== 'application-page' || sender.id !== browser.runtime.id) return undefined;
    if (sender.tab?.id !== undefined) void showCanFill(sender.tab.id);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void browser.action.setBadgeText({ tabId, text: '' });
      void browser.action.setTitle({ tabId, title: 'Profile Card' });
    }
  });
}
