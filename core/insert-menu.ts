/**
 * The right-click "Insert from profile" submenu: one entry per profile value that is not empty,
 * derived with the same rules autofill uses (valueForKey), so what the menu inserts and what
 * autofill writes never disagree.
 */
import { valueForKey } from './autofill/values';
import { describedField } from './autofill/field';
import type { ProfileKey } from './autofill/types';
import { EXT_KEY, type Profile } from './profile/types';

export interface InsertEntry {
  /** Context-menu item id: `insert:<key>` or `insert:custom:<index>`. */
  id: string;
  title: string;
  value: string;
}

const ENTRIES: readonly [ProfileKey, string][] = [
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['fullName', 'Full name'],
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['location', 'Location'],
  ['linkedin', 'LinkedIn'],
  ['github', 'GitHub'],
  ['website', 'Website'],
  ['currentTitle', 'Current title'],
  ['summary', 'Summary'],
];

/** A plain text field: the menu inserts into whatever the user right-clicked, so values take their plain form. */
const PLAIN_FIELD = describedField('insert', 'text', []);

/** Menu titles are short; the value itself is inserted whole. */
const preview = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value).replace(/\s+/g, ' ');

export function insertMenuEntries(profile: Profile): InsertEntry[] {
  const entries: InsertEntry[] = [];
  for (const [key, title] of ENTRIES) {
    const value = valueForKey(profile, key, PLAIN_FIELD, { url: '' });
    if (value) entries.push({ id: `insert:${key}`, title: `${title}: ${preview(value)}`, value });
  }
  profile[EXT_KEY].answers.custom.forEach(({ question, answer }, index) => {
    if (question.trim() && answer.trim()) entries.push({ id: `insert:custom:${index}`, title: preview(question), value: answer });
  });
  return entries;
}
