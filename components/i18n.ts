import { browser } from 'wxt/browser';

/**
 * The UI's words: every user-facing string of the popup, the options page and the card is a message in
 * public/_locales/<locale>/messages.json, read through `t()`. English is the default locale; a
 * translator adds public/_locales/<locale>/messages.json with the same keys and no code changes. Values
 * go in as substitutions (`$name$` placeholders in the message), never as HTML: what `t()` returns is
 * rendered as text. The key type comes from the English file, so a typo fails `tsc`; the JSON itself is
 * not bundled (a type-only import), the browser reads it.
 */
export type MessageKey = keyof typeof import('@/public/_locales/en/messages.json');

/** WXT also types `getMessage` from the messages (in .wxt, at `wxt prepare`); the key type above needs no prepare. */
type GetMessage = (name: string, substitutions?: string[]) => string;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const i18n = browser.i18n as { getMessage: GetMessage };
  return i18n.getMessage(key, substitutions.length > 0 ? substitutions.map(String) : undefined);
}
