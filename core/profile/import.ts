import { sameJson } from '../same-json';
import { EXT_KEY, emptyAnswers, type Profile, type ProfileExtras } from './types';
import { MAX_IMPORT_BYTES, parseProfileJson, type ValidationResult } from './validate';

/** What an import reads: a File, or anything with a size and its text (a pasted string wrapped by `textSource`). */
export interface ImportSource {
  size: number;
  text(): Promise<string>;
}

export const textSource = (text: string): ImportSource => ({
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});

/**
 * Reads and validates an imported JSON Resume. The size is checked before a byte is read, so a huge
 * file never reaches memory; a byte-order mark (Windows editors add one) is dropped before parsing.
 */
export async function readImport(source: ImportSource): Promise<ValidationResult> {
  // parseProfileJson checks the size first and never parses: one place words the size limit.
  if (source.size > MAX_IMPORT_BYTES) return parseProfileJson('', source.size);
  const text = (await source.text()).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, issues: [{ path: '(file)', message: 'empty: there is no JSON in it' }] };
  return parseProfileJson(text, source.size);
}

export interface ImportPlan {
  /** The profile that would be stored. */
  next: Profile;
  /** What would change, one short line each ("name: Hanifur Rahman → Ada Lovelace"). */
  changes: string[];
  /** False when replacing loses nothing: the stored profile is still the untouched default, or already the same. */
  needsConfirm: boolean;
}

const CARD_TEXT_KEYS = ['headline', 'pitch', 'intro', 'currently', 'availability', 'problemLog', 'workingStack'] as const;

function hasCardTexts(extras: ProfileExtras): boolean {
  return CARD_TEXT_KEYS.some((key) => {
    const value = extras[key];
    return Array.isArray(value) ? value.length > 0 : typeof value === 'object' ? Object.values(value ?? {}).some(Boolean) : Boolean(value);
  });
}

function countLine(label: string, before: readonly unknown[] | undefined, after: readonly unknown[] | undefined): string | null {
  const a = before ?? [];
  const b = after ?? [];
  if (a.length !== b.length) return `${label}: ${a.length} → ${b.length} ${b.length === 1 ? 'entry' : 'entries'}`;
  if (!sameJson(a, b)) return `${label}: ${b.length} ${b.length === 1 ? 'entry' : 'entries'}, changed`;
  return null;
}

/**
 * What importing `incoming` over `current` does. A plain JSON Resume carries no answers to
 * application questions; then the current answers are kept, because they describe the same person
 * and typing them again is exactly the work this extension saves.
 */
export function planImport(current: Profile, incoming: Profile, untouchedDefault: Profile): ImportPlan {
  const incomingHasAnswers = !sameJson(incoming[EXT_KEY].answers, emptyAnswers());
  const next: Profile = incomingHasAnswers ? incoming : { ...incoming, [EXT_KEY]: { ...incoming[EXT_KEY], answers: current[EXT_KEY].answers } };

  const changes: string[] = [];
  const before = current.basics;
  const after = next.basics;
  changes.push(before.name === after.name ? `name: ${after.name} (same)` : `name: ${before.name} → ${after.name}`);
  if ((before.label ?? '') !== (after.label ?? '')) changes.push(`title: ${before.label || '(none)'} → ${after.label || '(none)'}`);
  if ((before.email ?? '') !== (after.email ?? '')) changes.push(`email: ${before.email || '(none)'} → ${after.email || '(none)'}`);
  for (const line of [
    countLine('links', before.profiles, after.profiles),
    countLine('work', current.work, next.work),
    countLine('education', current.education, next.education),
    countLine('skills', current.skills, next.skills),
  ]) {
    if (line) changes.push(line);
  }
  const answersSame = sameJson(current[EXT_KEY].answers, next[EXT_KEY].answers);
  changes.push(answersSame ? (incomingHasAnswers ? 'answers: same' : 'answers: kept (the file has none)') : 'answers: replaced by the file’s');
  if (hasCardTexts(current[EXT_KEY]) && !hasCardTexts(next[EXT_KEY])) {
    changes.push('card texts (headline, pitch, problem log, …): removed, the file has none');
  }
  const otherSections = Object.keys(next).filter(
    (key) => !['$schema', 'basics', 'work', 'education', 'skills', 'meta', EXT_KEY].includes(key) && Array.isArray(next[key]),
  );
  if (otherSections.length > 0) changes.push(`also imported: ${otherSections.join(', ')}`);

  const needsConfirm = !sameJson(current, untouchedDefault) && !sameJson(current, next);
  return { next, changes, needsConfirm };
}
