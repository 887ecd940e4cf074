import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, readMessages } from './i18n';

// WXT's fake browser leaves `i18n` unimplemented: components read their words from the English
// messages.json here, as the browser would (vitest.config.ts `setupFiles`).
const getMessage = getMessageFrom(readMessages('en'));
fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
