import { browser, type Browser } from 'wxt/browser';
import { insertMenuEntries } from '@/core/insert-menu';
import { insertTextAtCaret } from '@/utils/insert-text';
import { loadProfile, profileItem } from '@/utils/storage';

const PARENT_ID = 'insert';

/** Rebuilds "Insert from profile" from the current profile: an empty value has no entry. */
export async function rebuildInsertMenu(): Promise<void> {
  const entries = insertMenuEntries((await loadProfile()).profile);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: PARENT_ID, title: 'Insert from profile', contexts: ['editable'] });
  for (const entry of entries) {
    browser.contextMenus.create({ id: entry.id, parentId: PARENT_ID, title: entry.title, contexts: ['editable'] });
  }
}

/**
 * Inserts the chosen value into the field the user right-clicked, in the frame it is in. The click
 * grants temporary access to the tab (activeTab), so no standing access to the site is needed.
 */
export async function onInsertMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<boolean> {
  if (tab?.id === undefined || typeof info.menuItemId !== 'string') return false;
  const entry = insertMenuEntries((await loadProfile()).profile).find((e) => e.id === info.menuItemId);
  if (!entry) return false;
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
    func: insertTextAtCaret,
    args: [entry.value],
  });
  return result?.result === true;
}

export function registerInsertMenu(): void {
  browser.runtime.onInstalled.addListener(() => void rebuildInsertMenu());
  profileItem.watch(() => void rebuildInsertMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void onInsertMenuClick(info, tab));
}
