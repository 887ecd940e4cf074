import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureProfileStored, migrateStoredProfile } from '@/utils/storage';
import { registerFillRequests } from '@/utils/fill-tab';
import { onInsertMenuClick, registerInsertMenu } from '@/utils/insert-menu';
import { onCommand, registerCommands } from '@/utils/commands';
import { registerBadge } from '@/utils/badge';
import { registerFocusField } from '@/utils/focus-field';
import { registerApplicationLog } from '@/utils/application-log';

export default defineBackground(() => {
  // Every start: an update may have brought a new profile format (pages read older ones meanwhile).
  const migrated = migrateStoredProfile();
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await migrated;
    await ensureProfileStored();
    if (reason === 'install') await browser.runtime.openOptionsPage();
  });
  registerFillRequests();
  registerInsertMenu();
  registerCommands();
  registerBadge();
  registerFocusField();
  registerApplicationLog();
  // The browser calls these on a menu click or a shortcut; the end-to-end tests call them the same
  // way from the service worker's own realm (no page or content script can reach it).
  Object.assign(globalThis, { profileCardHandlers: { onInsertMenuClick, onCommand } });
});
