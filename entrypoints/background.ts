import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureProfileStored } from '@/utils/storage';
import { registerAutofillPath } from '@/utils/autofill-path';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await ensureProfileStored();
    if (reason === 'install') await browser.runtime.openOptionsPage();
  });
  registerAutofillPath();
});
