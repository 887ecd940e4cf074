/**
 * Choosing an option by meaning: exact, then normalised, then whole words, then synonyms (countries
 * and their codes, dial codes, US states, degrees, "decline to answer", gender and race wording,
 * numeric ranges). Never a placeholder; when two options match equally, none is chosen.
 */
import { findCountry } from './countries';
import { DECLINE, answerAliases, degreeOf, optionPolarity, questionFacts, stateAliases } from './synonyms';
import { fold, hasWords, isPlaceholderText } from './text';
import type { ChoiceOption, ProfileKey } from './types';

export interface OptionMatch {
  option: ChoiceOption;
  /** How it matched: "exact", "normalised", "whole word", "synonym 'BD'", "range 5-7", … */
  how: string;
}

export interface MatchContext {
  /** The key being answered: selects the synonym table (CA is Canada for a country, California for a state). */
  key?: ProfileKey;
  question?: string;
}

/** Options a person could actually choose. */
export function realOptions(options: readonly ChoiceOption[]): ChoiceOption[] {
  return options.filter((o) => !isPlaceholderText(o.text) && !(o.value === '' && isPlaceholderText(o.text || o.value)) && o.value !== '');
}

interface Wanted {
  text: string;
  folded: string;
  /** Whether a longer option containing it as whole words still counts ("Bangladesh" in "Bangladesh (+880)"). */
  contained: boolean;
  /** Shown in `how` when this synonym matched. */
  synonym: boolean;
}

const CODE = /^[A-Za-z]{2,3}$/;

function wanted(text: string, synonym: boolean): Wanted {
  const folded = fold(text);
  return { text, folded, contained: !CODE.test(text.trim()) && folded.length >= 3, synonym };
}

/** The wanted strings and their synonyms for the key's domain. */
function expand(values: readonly string[], key: ProfileKey | undefined): Wanted[] {
  const out: Wanted[] = values.filter((v) => v.trim() !== '').map((v) => wanted(v, false));
  const add = (text: string) => {
    if (text && !out.some((w) => w.folded === fold(text) && w.text === text)) out.push(wanted(text, true));
  };
  for (const value of values) {
    if (key === 'country' || key === 'phoneCountryCode' || key === undefined) {
      const country = findCountry(value.replace(/^\+/, '')) ?? findCountry(value);
      if (country) {
        country.names.forEach(add);
        add(country.alpha2);
        add(country.alpha3);
        if (key === 'phoneCountryCode') country.dial.forEach((d) => add(`+${d}`));
      }
    }
    if (key === 'region' || key === undefined) stateAliases(value).forEach(add);
    if (key === 'answers.eeo.gender') answerAliases(value, 'gender').forEach(add);
    if (key === 'answers.eeo.race') answerAliases(value, 'race').forEach(add);
  }
  return out;
}

/**
 * Best match level of one option against one wanted string: 4 exact, 3 normalised, 2 the option
 * starts with it ("San Francisco" → "San Francisco, CA, USA"), 1 whole words inside, 0 none.
 */
function level(option: ChoiceOption, optionFolded: string, w: Wanted): number {
  if (option.text.trim() === w.text.trim() || option.value === w.text) return 4;
  if (optionFolded === w.folded || fold(option.value) === w.folded) return 3;
  if (!w.contained) return 0;
  if (optionFolded.startsWith(`${w.folded} `)) return 2;
  return hasWords(optionFolded, w.folded) ? 1 : 0;
}

const HOW = ['', 'whole word', 'starts with it', 'normalised', 'exact'];

function pickByText(options: ChoiceOption[], wants: Wanted[]): OptionMatch | null {
  // Each wanted string in order: the first that picks exactly one option at its best level wins.
  // Synonyms only after every original string failed.
  for (const round of [false, true]) {
    for (const w of wants) {
      if (w.synonym !== round) continue;
      let best = 0;
      let found: ChoiceOption[] = [];
      for (const option of options) {
        const l = level(option, fold(option.text), w);
        if (l > best) {
          best = l;
          found = [option];
        } else if (l === best && l > 0) found.push(option);
      }
      if (best === 0) continue;
      if (found.length === 1 && found[0]) return { option: found[0], how: w.synonym ? `synonym '${w.text}'` : (HOW[best] ?? '') };
      // Several equal matches ("+1" for the US and Canada): the other wanted strings break the tie.
      const tie = found.filter((o) => wants.some((other) => other !== w && level(o, fold(o.text), other) > 0));
      if (tie.length === 1 && tie[0]) return { option: tie[0], how: `${HOW[best]}, confirmed by a synonym` };
      return null;
    }
  }
  return null;
}

function pickDegree(options: ChoiceOption[], value: string): OptionMatch | null {
  const want = degreeOf(value);
  if (!want) return null;
  const same = options.map((o) => ({ o, d: degreeOf(o.text) })).filter((x) => x.d?.level === want.level);
  if (same.length === 0) return null;
  if (same.length === 1 && same[0]) return { option: same[0].o, how: `degree level ${want.level}` };
  // Several options at this level: the same field ("of Science") first, then the generic one.
  const sameField = same.filter((x) => want.field !== null && x.d?.field === want.field);
  if (sameField.length === 1 && sameField[0]) return { option: sameField[0].o, how: `degree ${want.level} of ${want.field}` };
  const generic = same.filter((x) => x.d?.field === null);
  if (sameField.length === 0 && generic.length === 1 && generic[0]) return { option: generic[0].o, how: `degree level ${want.level}` };
  return null;
}

interface Range {
  min: number;
  max: number;
  label: string;
}

/** "3-5 years", "5+", "10 or more", "Less than 1 year", "7" → a numeric range. */
export function parseRange(text: string): Range | null {
  const t = text.toLowerCase().replace(/,/g, '');
  let m = /(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)/.exec(t);
  if (m) return { min: Number(m[1]), max: Number(m[2]), label: text };
  m = /(\d+(?:\.\d+)?)\s*(?:\+|or more|and above|and up|plus|or over)/.exec(t);
  if (m) return { min: Number(m[1]), max: Infinity, label: text };
  m = /(?:more than|over|above|greater than)\s*(\d+(?:\.\d+)?)/.exec(t);
  if (m) return { min: Number(m[1]) + 1e-9, max: Infinity, label: text };
  m = /(?:at least|minimum of|min)\s*(\d+(?:\.\d+)?)/.exec(t);
  if (m) return { min: Number(m[1]), max: Infinity, label: text };
  m = /(?:less than|under|fewer than|below)\s*(\d+(?:\.\d+)?)/.exec(t);
  if (m) return { min: 0, max: Number(m[1]) - 1e-9, label: text };
  m = /^\s*(\d+(?:\.\d+)?)\s*(?:years?|yrs?)?\s*$/.exec(t);
  if (m) return { min: Number(m[1]), max: Number(m[1]), label: text };
  return null;
}

function pickRange(options: ChoiceOption[], value: string): OptionMatch | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(\+)?/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  const atLeast = m[2] === '+';
  const hits = options.map((o) => ({ o, r: parseRange(o.text) })).filter((x) => x.r && x.r.min <= n && n <= x.r.max);
  if (hits.length === 1 && hits[0]) return { option: hits[0].o, how: `range '${hits[0].o.text}'` };
  // "7+" sits on the boundary of "5-7" and "7-10": it means at least 7, so the higher range.
  if (hits.length === 2 && atLeast) {
    const higher = hits.reduce((a, b) => ((b.r?.max ?? 0) > (a.r?.max ?? 0) ? b : a));
    return { option: higher.o, how: `range '${higher.o.text}' (at least ${n})` };
  }
  return null;
}

/** Self-identification answers: 'decline', 'yes', 'no' by what the option says. */
function pickPolarity(options: ChoiceOption[], want: 'yes' | 'no' | 'decline', withoutIsNo: boolean): OptionMatch | null {
  const hits = options.filter((o) => optionPolarity(o.text, withoutIsNo)?.polarity === want);
  return hits.length === 1 && hits[0] ? { option: hits[0], how: want === 'decline' ? 'declines to answer' : `says ${want}` } : null;
}

const SELF_ID_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>(['answers.eeo.hispanicLatino', 'answers.eeo.veteran', 'answers.eeo.disability']);

/**
 * The option that means `wanted` (or any of several spellings of it), or null when none clearly does.
 */
export function matchOption(options: readonly ChoiceOption[], wantedValue: string | readonly string[], context: MatchContext = {}): OptionMatch | null {
  const choices = realOptions(options);
  const values = (typeof wantedValue === 'string' ? [wantedValue] : [...wantedValue]).filter((v) => v.trim() !== '');
  if (choices.length === 0 || values.length === 0) return null;
  const key = context.key;

  if (values.some((v) => fold(v) === 'decline')) {
    const declines = choices.filter((o) => DECLINE.test(fold(o.text)));
    return declines.length === 1 && declines[0] ? { option: declines[0], how: 'declines to answer' } : null;
  }
  if (key && SELF_ID_KEYS.has(key)) {
    const v = fold(values[0]);
    const byText = pickByText(choices, expand(values, key));
    if (byText) return byText;
    return v === 'yes' || v === 'no' ? pickPolarity(choices, v, false) : null;
  }

  const byText = pickByText(choices, expand(values, key));
  if (byText) return byText;
  if (key === 'degree' || key === undefined) {
    for (const v of values) {
      const degree = pickDegree(choices, v);
      if (degree) return degree;
    }
  }
  if (key === 'yearsOfExperience' || key === undefined) {
    for (const v of values) {
      const range = pickRange(choices, v);
      if (range) return range;
    }
  }
  const v = fold(values[0]);
  if (v === 'yes' || v === 'no') return answerYesNo(context.question ?? '', v, choices);
  return null;
}

/**
 * Picks the option that gives `answer` to `question`, reading polarity: "Do you NOT require…" flips
 * a plain Yes/No; an option phrased as its own statement ("I will not require sponsorship") is read
 * on its own terms.
 */
export function answerYesNo(question: string, answer: 'yes' | 'no', options: readonly ChoiceOption[]): OptionMatch | null {
  const facts = questionFacts(question);
  const flipped: 'yes' | 'no' = answer === 'yes' ? 'no' : 'yes';
  const hits: ChoiceOption[] = [];
  for (const option of realOptions(options)) {
    const read = optionPolarity(option.text, facts.sponsorship);
    if (!read || read.polarity === 'decline') continue;
    // A Yes/No answers the question as asked (negated or not); a statement stands on its own.
    const want = read.prefixed && facts.negated ? flipped : answer;
    if (read.polarity === want) hits.push(option);
  }
  if (hits.length !== 1 || !hits[0]) return null;
  const how = `${answer}${facts.negated ? ' (the question is negated)' : ''}`;
  return { option: hits[0], how };
}

/**
 * A lone checkbox stating something ("I will require sponsorship"): tick it when the statement is
 * true for this answer; null when it must stay unticked.
 */
export function statementHolds(statement: string, answer: 'yes' | 'no'): boolean {
  const facts = questionFacts(statement);
  const read = optionPolarity(statement, facts.sponsorship);
  if (!read || read.polarity === 'decline') return false;
  const says = read.prefixed && facts.negated ? (read.polarity === 'yes' ? 'no' : 'yes') : read.polarity;
  return says === answer;
}
