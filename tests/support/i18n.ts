import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `browser.i18n.getMessage` for tests, read from public/_locales/<locale>/messages.json with the rules
 * Chrome and Firefox apply: `$name$` placeholders (case-insensitive) take their `content`, `$1`…`$9`
 * the substitutions, `$$` is a dollar sign. An unknown key throws (the browsers return '') so a test
 * sees it.
 */
export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }>;

export const LOCALES_DIR = path.resolve(import.meta.dirname, '../../public/_locales');

export function readMessages(locale = 'en'): Messages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

export function getMessageFrom(messages: Messages) {
  const byLowerKey = new Map(Object.entries(messages).map(([key, value]) => [key.toLowerCase(), value]));
  return (key: string, substitutions?: string | string[]): string => {
    const entry = byLowerKey.get(key.toLowerCase());
    if (!entry) throw new Error(`no message "${key}" in messages.json`);
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$|\$(\d)/gi, (all, name?: string, digit?: string) => {
      if (all === '$$') return '$';
      if (name !== undefined) return positional(placeholders.get(name.toLowerCase()) ?? '');
      return subs[Number(digit) - 1] ?? '';
    });
  };
}
