/**
 * planFill: one decision per described field — what to write, or why to leave it. Pure: the same
 * plan can be shown before anything is written (preview) and applied by the content script.
 *
 * Safety lives here: nothing hidden, disabled, read-only or non-empty is planned; consent boxes and
 * fields about other people are left; legal and self-identification questions only get explicit
 * answers; two fields wanting the same single value get it once, in the strongest field.
 */
import { customQuestionsOf, type Profile } from '../profile/types';
import { classifyField, type ClassifyContext } from './classify';
import type { Classifier } from './classify-cache';
import { findCountry } from './countries';
import { describedField } from './field';
import { MONTHS, asksAnyLink, countryForDial, datePart, languagesOf, valueForKey, type FieldFacts } from './values';
import { answerYesNo, matchOption, statementHolds, type OptionMatch } from './options';
import { fold, isPlaceholderText } from './text';
import { educationInOrder, entryLabel, entryOf, workInOrder, type EntryRef } from './entries';
import type { ChoiceOption, Classification, FieldDescriptor, PageContext, PlanEntry, ProfileKey } from './types';
import type { LeftReason } from '../contract';

/**
 * Does ahead of time what the first plan in a page would otherwise pay for: compiling every rule's
 * patterns (each runs on throwaway words, twice: V8 compiles a pattern to machine code on its second
 * use) and building the country table. The engine calls it once, when the page is idle.
 */
export function preparePlanner(): void {
  const throwaway = describedField('prepare', 'text', ['prepare'], { name: 'prepare', question: 'prepare', placeholder: 'prepare' });
  for (let run = 0; run < 2; run++) classifyField(throwaway, { customQuestions: ['prepare'] });
  findCountry('prepare');
}

export interface PlanOptions {
  /** A résumé file is available to attach (stored or generated). */
  hasResume: boolean;
  /** A cover-letter file is available to attach. */
  hasCoverLetter?: boolean;
  /** Classifies a field (default classifyField; the engine passes one that remembers, core/autofill/classify-cache.ts). */
  classify?: Classifier;
}

/** The context each field is classified in: the profile's saved questions and the field's repeated entry, if any. */
export function classifyContext(field: FieldDescriptor, customQuestions: readonly string[]): ClassifyContext {
  return { customQuestions, entry: entryOf(field)?.group ?? null };
}

/** Below this confidence a field is left ("not confident"): a wrong value is worse than an empty one. */
export const FILL_THRESHOLD = 0.6;
/** A full-name field this sure is filled even when the form also asks for first and last name. */
const CLEARLY_FULL_NAME = 0.85;

const YES_NO_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>(['answers.workAuthorization', 'answers.sponsorship', 'answers.relocate', 'answers.adult']);
const CHOICE_KINDS: ReadonlySet<string> = new Set(['select', 'radio', 'combobox', 'toggle', 'checkbox']);

const WORKPLACE_WORDS: Readonly<Record<string, string[]>> = {
  Remote: ['Remote', 'Fully remote', 'Remote only', 'Work from home'],
  Hybrid: ['Hybrid'],
  'On-site': ['On-site', 'Onsite', 'On site', 'In office', 'In-office', 'Office'],
  Any: ['Any', 'Flexible', 'No preference', 'Open to all', 'Open to any', 'All of the above'],
};

/** Is the control empty? Choice controls report the chosen text, which may be a placeholder. */
function isEmpty(field: FieldDescriptor): boolean {
  const current = field.currentValue ?? '';
  if (current.trim() === '') return true;
  return field.kind !== 'checkbox' && CHOICE_KINDS.has(field.kind) && isPlaceholderText(current);
}

/** The spellings an option list may use for this value. */
function wantedFor(key: ProfileKey, value: string, profile: Profile): string[] {
  if (key === 'phoneCountryCode') {
    const country = countryForDial(value.replace('+', ''), profile.basics.location?.countryCode);
    return country ? [value, country.name, country.alpha2] : [value];
  }
  if (key === 'answers.workplace') return WORKPLACE_WORDS[value] ?? [value];
  if (key === 'location' || key === 'city') {
    // Place pickers list "City, Region, Country" in their own spelling: the fuller forms first.
    const loc = profile.basics.location ?? {};
    const city = loc.city?.trim();
    const region = loc.region?.trim();
    const forms = [value, city && region ? `${city}, ${region}` : '', city ?? ''];
    return forms.filter((form, i): form is string => !!form && forms.indexOf(form) === i);
  }
  const month = MONTHS.indexOf(value);
  if ((key === 'educationStart' || key === 'educationEnd' || key === 'answers.startDate' || key === 'workStart' || key === 'workEnd') && month >= 0) {
    const n = String(month + 1);
    return [value, value.slice(0, 3), n.padStart(2, '0'), n];
  }
  return [value];
}

/**
 * Fields that want the same thing: a date's month and its year are different slots. A country is
 * right wherever it is asked (a phone's country and where you live): each such field is its own slot.
 */
function slotOf(key: ProfileKey, field: FieldDescriptor, cls: Classification, entry?: EntryRef | null): string {
  // Each entry of a repeated group is its own set of slots.
  if (entry) return `${slotOf(key, field, cls)}@${entry.group}${entry.index}`;
  if (key === 'country') return `${key}#${field.id}`;
  // "Other website" and "Website 2" each take their own free link.
  if (key === 'otherUrl') return `${key}#${field.id}`;
  if (key === 'answers.custom') return `${key}#${cls.customIndex ?? ''}`;
  if (key === 'answers.workAuthorization') return `${key}#${fold([...field.labels, field.question ?? ''].join(' '))}`;
  if (key === 'educationStart' || key === 'educationEnd' || key === 'answers.startDate' || key === 'workStart' || key === 'workEnd')
    return `${key}#${datePart(field)}`;
  return key;
}

const leave = (field: FieldDescriptor, key: ProfileKey | null, left: LeftReason, reason: string): PlanEntry => ({
  fieldId: field.id,
  action: 'leave',
  key,
  reason,
  left,
});

export function planFill(fields: readonly FieldDescriptor[], profile: Profile, page: PageContext, opts: PlanOptions = { hasResume: false }): PlanEntry[] {
  const customQuestions = customQuestionsOf(profile);
  const classify = opts.classify ?? classifyField;
  // Repeated entries (work history, education): entry N of the form takes the profile's entry N, most recent first.
  const entries = fields.map((field) => entryOf(field));
  const jobs = entries.some((entry) => entry?.group === 'work') ? workInOrder(profile) : [];
  const schools = entries.some((entry) => entry?.group === 'education') ? educationInOrder(profile) : [];
  const classes = fields.map((field, i) => classify(field, { customQuestions, entry: entries[i]?.group ?? null }));
  // An entry the person has started typing is theirs: none of its fields is filled.
  const started = new Set<string>();
  fields.forEach((field, i) => {
    const entry = entries[i];
    if (entry && (field.kind === 'text' || field.kind === 'textarea') && field.visible && field.currentValue.trim() !== '')
      started.add(`${entry.group}${entry.index}`);
  });

  // Who wins each slot: the most confident fillable field, the first one on a tie.
  const usable = (i: number): boolean => {
    const field = fields[i];
    const cls = classes[i];
    return !!field && !!cls && cls.key !== null && !cls.exclude && cls.confidence >= FILL_THRESHOLD && field.visible && !field.disabled && !field.readOnly;
  };
  const winner = new Map<string, number>();
  fields.forEach((field, i) => {
    const cls = classes[i];
    if (!cls?.key || !usable(i)) return;
    const slot = slotOf(cls.key, field, cls, entries[i]);
    const best = winner.get(slot);
    if (best === undefined || cls.confidence > (classes[best]?.confidence ?? 0)) winner.set(slot, i);
  });
  const hasKey = (key: ProfileKey) => [...winner.keys()].some((slot) => slot === key);
  // "Vorname" + "Name": next to a first-name field a bare "Name" is often the surname.
  const splitName = hasKey('firstName') || hasKey('lastName');
  const links: ProfileKey[] = ['linkedin', 'github', 'twitter', 'website'];
  const facts: FieldFacts = { separateCountryCode: hasKey('phoneCountryCode'), linksTaken: new Set(links.filter(hasKey)) };
  // Which free link each "Other website" field gets: the first such field the first, in form order.
  const otherLinkIndex = new Map<number, number>();
  for (const i of [...winner.values()].sort((a, b) => a - b)) {
    const field = fields[i];
    if (field && classes[i]?.key === 'otherUrl' && asksAnyLink(profile, field)) otherLinkIndex.set(i, otherLinkIndex.size);
  }

  return fields.map((field, i): PlanEntry => {
    const entry = entries[i];
    const decided = decide(field, i);
    return entry && (entry.group === 'work' ? jobs : schools).length > 0 ? { ...decided, entry: entryLabel(profile, entry) } : decided;
  });

  function decide(field: FieldDescriptor, i: number): PlanEntry {
    const entry = entries[i];
    const cls = classes[i] ?? { key: null, confidence: 0, reason: '' };
    const key = cls.key;
    if (!field.visible) return leave(field, key, 'hidden', 'not visible (possibly a trap for bots)');
    if (field.disabled) return leave(field, key, 'disabled', 'disabled by the page');
    if (field.readOnly) return leave(field, key, 'disabled', 'read-only');
    if (!isEmpty(field)) return leave(field, key, 'already filled', `already holds a value: ${cls.reason}`);
    if (cls.exclude) return leave(field, key, cls.exclude, cls.reason);
    if (key === null) return leave(field, null, 'not confident', cls.reason);
    if (cls.confidence < FILL_THRESHOLD) return leave(field, key, 'not confident', `${cls.reason}, but too weakly`);

    if (entry && started.has(`${entry.group}${entry.index}`))
      return leave(field, key, 'already filled', `${cls.reason}, but you have started this entry yourself`);
    const slot = slotOf(key, field, cls, entry);
    const won = winner.get(slot);
    if (won !== i) {
      const other = won === undefined ? undefined : fields[won];
      return leave(
        field,
        key,
        'not confident',
        `${cls.reason}, but ${other ? `'${other.labels[0] ?? other.name ?? other.id}'` : 'another field'} is a surer match`,
      );
    }
    if (key === 'fullName' && splitName && cls.confidence < CLEARLY_FULL_NAME) {
      return leave(field, key, 'not confident', `${cls.reason}, but the form also asks for name parts`);
    }

    if (key === 'resumeFile' || key === 'coverLetterFile') {
      const have = key === 'resumeFile' ? opts.hasResume : opts.hasCoverLetter;
      if (!have) return leave(field, key, 'no answer in profile', `${cls.reason}; no file to attach`);
      const file = key === 'resumeFile' ? 'resume' : 'coverLetter';
      return { fieldId: field.id, action: 'fill', key, reason: cls.reason, value: '', file };
    }

    const entryFacts = entry ? { entry: { group: entry.group, work: jobs[entry.index], education: schools[entry.index] } } : {};
    const value = valueForKey(profile, key, field, page, { ...facts, customIndex: cls.customIndex, otherLinkIndex: otherLinkIndex.get(i), ...entryFacts });
    if (value === null) return leave(field, key, 'no answer in profile', `${cls.reason}; the profile has no answer`);
    if (key === 'workCurrent') {
      if (value === 'Yes') return { fieldId: field.id, action: 'fill', key, reason: `${cls.reason}; the job you have now, ticked`, value: 'on' };
      return leave(field, key, 'no matching option', `${cls.reason}; a past job, left unticked`);
    }

    if (field.kind === 'checkbox' && !field.options?.length) {
      const answer = value === 'Yes' ? 'yes' : value === 'No' ? 'no' : null;
      const statement = field.labels[0] ?? field.question ?? '';
      if (answer && statementHolds(statement, answer)) {
        return { fieldId: field.id, action: 'fill', key, reason: `${cls.reason}; true for you, ticked`, value: 'on' };
      }
      return leave(field, key, 'no matching option', `${cls.reason}; the statement is not what you answered, left unticked`);
    }

    if (CHOICE_KINDS.has(field.kind) && (field.options?.length || field.kind !== 'combobox')) {
      const question = [field.labels[0], field.question].filter(Boolean).join(' ');
      const yesNo = value === 'Yes' || value === 'No' ? (value.toLowerCase() as 'yes' | 'no') : null;
      const options = field.options ?? [];
      if (key === 'languages') return chooseEach(field, cls, languagesOf(profile), options, question);
      const yesNoQuestion = (YES_NO_KEYS.has(key) || (key === 'answers.custom' && yesNo)) && yesNo;
      const match: OptionMatch | null = yesNoQuestion
        ? answerYesNo(question, yesNo, options)
        : matchOption(options, wantedFor(key, value, profile), { key, question });
      // A widget's search may offer what it does not list (a free-text tag): the value is typed there and
      // taken only as an option the widget shows; nothing is written where the widget offers none.
      if (!match && field.typedChoice && !field.multiple && !yesNoQuestion)
        return { fieldId: field.id, action: 'fill', key, reason: `${cls.reason}; no option means '${value}', typed into its search`, value };
      if (!match) return leave(field, key, 'no matching option', `${cls.reason}; no option means '${value}'`);
      return {
        fieldId: field.id,
        action: 'fill',
        key,
        reason: `${cls.reason}; option '${match.option.text}' (${match.how})`,
        value: match.option.text,
        option: match.option,
      };
    }

    if (field.maxLength !== undefined && field.maxLength > 0 && value.length > field.maxLength) {
      return leave(field, key, 'not confident', `${cls.reason}; the value is longer than the field allows`);
    }
    if (field.kind === 'number' && !/^-?\d+(?:\.\d+)?$/.test(value)) {
      return leave(field, key, 'not confident', `${cls.reason}; the field takes a number`);
    }
    return { fieldId: field.id, action: 'fill', key, reason: cls.reason, value };
  }
}

/**
 * A list the profile holds (the languages one speaks) against a list of options: each value its own
 * option, found by meaning; a multiple select gets every one found, any other choice the first. Nothing
 * the profile does not hold is picked.
 */
function chooseEach(field: FieldDescriptor, cls: Classification, values: readonly string[], options: readonly ChoiceOption[], question: string): PlanEntry {
  const key = cls.key;
  const found: OptionMatch[] = [];
  for (const value of values) {
    const match = matchOption(options, [value], { key: key ?? undefined, question });
    if (match && !found.some((other) => other.option.value === match.option.value && other.option.text === match.option.text)) found.push(match);
  }
  const chosen = field.multiple ? found : found.slice(0, 1);
  const [first] = chosen;
  if (!first || !key) return leave(field, key, 'no matching option', `${cls.reason}; no option means '${values.join(', ')}'`);
  // In the list's own order, as the control shows them.
  chosen.sort((a, b) => options.indexOf(a.option) - options.indexOf(b.option));
  return {
    fieldId: field.id,
    action: 'fill',
    key,
    reason: `${cls.reason}; ${chosen.length === 1 ? 'option' : 'options'} ${chosen.map((match) => `'${match.option.text}' (${match.how})`).join(', ')}`,
    value: chosen.map((match) => match.option.text).join(', '),
    option: chosen[0]!.option,
    ...(field.multiple ? { options: chosen.map((match) => match.option) } : {}),
  };
}
