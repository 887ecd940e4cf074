import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { findLiteralStrings } from '../support/literal-strings';
import { getMessageFrom, LOCALES_DIR, readMessages } from '../support/i18n';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Every component and entry point: popup, options page, card, shared components, content script and background. */
const SURFACES = ['components', 'entrypoints'];

const sources = (dir: string) =>
  (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));
const files = SURFACES.flatMap(sources).sort();
const messages = readMessages('en');
const keysUsed = new Set(
  (readdirSync(ROOT, { recursive: true }) as string[])
    .filter((f) => /^(components|entrypoints)\/.*\.tsx?$/.test(f))
    .flatMap((f) =>
      [...readFileSync(path.join(ROOT, f), 'utf8').matchAll(/\bt\(\s*'(\w+)'/g), ...readFileSync(path.join(ROOT, f), 'utf8').matchAll(/'(\w+)'/g)].map(
        (m) => m[1]!,
      ),
    ),
);

describe('translatable UI', () => {
  it.each(files)('%s renders no literal user-facing text', (file) => {
    const findings = findLiteralStrings(file, readFileSync(path.join(ROOT, file), 'utf8'));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.why}: ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('every message has a description for translators, and placeholders with an example', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key, key).toMatch(/^(popup|card|options|shared)[A-Z]\w*$/);
      expect(entry.description?.length ?? 0, key).toBeGreaterThan(10);
      const named = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(new Set(named), key).toEqual(new Set(Object.keys(entry.placeholders ?? {})));
      for (const p of Object.values(entry.placeholders ?? {})) {
        expect(p.content).toMatch(/^\$\d$/);
        expect(p.example, key).toBeTruthy();
      }
    }
  });

  it('every message is used, and every t() key exists', () => {
    const unused = Object.keys(messages).filter((key) => !keysUsed.has(key));
    expect(unused).toEqual([]);
    const missing = [...keysUsed].filter((key) => /^(popup|card|options|shared)[A-Z]/.test(key) && !(key in messages));
    expect(missing).toEqual([]);
  });

  it('another locale needs only its own messages.json with the same keys and placeholders', () => {
    for (const locale of readdirSync(LOCALES_DIR)) {
      const other = readMessages(locale);
      expect(Object.keys(other).sort(), locale).toEqual(Object.keys(messages).sort());
      for (const [key, entry] of Object.entries(other))
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${locale} ${key}`).toEqual(Object.keys(messages[key]!.placeholders ?? {}).sort());
    }
  });

  it('t() fills placeholders as the browser does, and the test browser reads the English messages', () => {
    expect(t('popupLastFill', '3 filled')).toBe('Last fill: 3 filled');
    expect(t('popupApplicationsThisWeekMany', 4)).toBe('4 applications this week');
    expect(browser.i18n.getMessage('popupTabOverview')).toBe('Overview');
    const get = getMessageFrom({ x: { message: 'Pay $$$amount$ to $1', placeholders: { amount: { content: '$2' } } } });
    expect(get('x', ['Ann', '5'])).toBe('Pay $5 to Ann');
    expect(() => get('nope')).toThrow();
  });
});
