/**
 * Repeated entries (issue #17): a form's work history and education as numbered or repeated blocks
 * ("Work Experience 1", "Work Experience 2", three identical education blocks under "Education").
 * Pure: which entry of which group a described field belongs to, which profile entry fills form
 * entry N (most recent first), how many blocks the form still lacks, and which buttons add one.
 */
import type { Education, Profile, Work } from '../profile/types';
import { EDUCATION_CONTEXT, NOT_APPLICANT, OWN_CONTEXT, WORK_CONTEXT } from './rules';
import { fold } from './text';
import type { FieldDescriptor } from './types';

export type EntryGroup = 'work' | 'education';

export interface EntryRef {
  group: EntryGroup;
  /** 0-based: form entry 1 is index 0. */
  index: number;
}

/** The most entries of one group a fill completes, whatever the profile holds. */
export const MAX_ENTRIES = 10;

/** "Work Experience 2", "Education 3", "Job 2 of 3": the entry's number in its heading. */
const STEP_TITLE = /^my (?:experience|experiences|background|qualifications)$/;
const NUMBER = /\b(\d{1,2})(?: of \d{1,2})?$/;

/**
 * The group a section heading names, or null: work history ("Work Experience 1", "Employment
 * history", "Experience") or education ("Education 2", "Schools"). Sections about the applicant now
 * (documents, links) and about other people (references) name none.
 */
export function groupOfHeading(heading: string): EntryGroup | null | 'other' {
  const text = fold(heading);
  if (!text) return null;
  if (NOT_APPLICANT.test(text) || OWN_CONTEXT.test(text)) return 'other';
  // A step title enclosing every section of the step (Workday's "My Experience") names no entry.
  if (STEP_TITLE.test(text)) return null;
  if (EDUCATION_CONTEXT.test(text)) return 'education';
  if (WORK_CONTEXT.test(text) || /^(?:work|job|position|employment|employer|experience) \d{1,2}$/.test(text)) return 'work';
  return null;
}

/**
 * The entry a field belongs to: its innermost section must name work history or education (a field
 * under another heading, such as "Our office" after an empty Education group, belongs to that one);
 * a step title enclosing everything ("My Experience") is looked through. The entry's number comes from
 * that heading, else from the block's position among its repeated siblings (the collector's `repeat`),
 * else it is the first entry.
 */
export function entryOf(field: Pick<FieldDescriptor, 'sections' | 'repeat'>): EntryRef | null {
  const section = field.sections.map(headingOf).find((heading) => !heading.step);
  if (!section?.group || section.group === 'other') return null;
  const index = section.number !== null ? section.number - 1 : (field.repeat?.index ?? 0);
  return index >= 0 && index < MAX_ENTRIES ? { group: section.group, index } : null;
}

interface Heading {
  step: boolean;
  group: EntryGroup | null | 'other';
  number: number | null;
}

/** Read once per heading text: a long form asks of the same few headings for each of its thousands of fields. */
const headings = new Map<string, Heading>();
const HEADINGS_KEPT = 5000;

function headingOf(section: string): Heading {
  let heading = headings.get(section);
  if (!heading) {
    const text = fold(section);
    const numbered = NUMBER.exec(text);
    heading = { step: STEP_TITLE.test(text), group: groupOfHeading(section), number: numbered ? Number(numbered[1]) : null };
    if (headings.size >= HEADINGS_KEPT) headings.clear();
    headings.set(section, heading);
  }
  return heading;
}

/** A date as a sortable string: "2021-03" > "2016-06"; none sorts last. */
const sortable = (date: string | undefined): string => date?.trim() ?? '';

/** Work entries most recent first: current jobs (no end date) first, then by start date, latest first. */
export function workInOrder(profile: Profile): Work[] {
  const jobs = profile.work.filter((w) => w.name?.trim() || w.position?.trim());
  return jobs
    .map((job, i) => ({ job, i }))
    .sort((a, b) => {
      const current = Number(!a.job.endDate?.trim()) - Number(!b.job.endDate?.trim());
      if (current) return -current;
      const start = sortable(b.job.startDate).localeCompare(sortable(a.job.startDate));
      return start || a.i - b.i;
    })
    .map(({ job }) => job);
}

/** Schools most recent first, by end date then start date. */
export function educationInOrder(profile: Profile): Education[] {
  const schools = profile.education.filter((e) => e.institution?.trim());
  return schools
    .map((school, i) => ({ school, i }))
    .sort((a, b) => {
      const end = sortable(b.school.endDate).localeCompare(sortable(a.school.endDate));
      const start = sortable(b.school.startDate).localeCompare(sortable(a.school.startDate));
      return end || start || a.i - b.i;
    })
    .map(({ school }) => school);
}

/** How many entries of a group the profile can fill (capped). */
export function profileCount(profile: Profile, group: EntryGroup): number {
  return Math.min(MAX_ENTRIES, group === 'work' ? workInOrder(profile).length : educationInOrder(profile).length);
}

/** The form's entries per group: how many there are (highest index + 1). */
export function formCounts(fields: readonly Pick<FieldDescriptor, 'sections' | 'repeat'>[]): Record<EntryGroup, number> {
  const counts: Record<EntryGroup, number> = { work: 0, education: 0 };
  for (const field of fields) {
    const entry = entryOf(field);
    if (entry) counts[entry.group] = Math.max(counts[entry.group], entry.index + 1);
  }
  return counts;
}

/**
 * How many blocks of a group the form should gain: the profile's count, capped, less what the form has
 * (its blocks, or the entries it lists as saved, whichever is more).
 */
export function blocksToAdd(
  fields: readonly Pick<FieldDescriptor, 'sections' | 'repeat'>[],
  profile: Profile,
  saved: Partial<Record<EntryGroup, number>> = {},
): Record<EntryGroup, number> {
  const counts = formCounts(fields);
  const add = (group: EntryGroup) => Math.max(0, profileCount(profile, group) - Math.max(counts[group], saved[group] ?? 0));
  return { work: add('work'), education: add('education') };
}

const ADD = /^\+?\s*add(?: (?:another|more|new|an?))?(?: (.+))?$/;
const WORK_WORDS = /^(?:work(?: experience| history)?|experience|job|position|employment|employer|role)s?$/;
const EDUCATION_WORDS = /^(?:education|school|degree|university|college|qualification)s?$/;

/**
 * Is this button the form's own "add an entry" for the group? "Add", "Add Another", "+ Add another",
 * "Add work experience", "Add education". Never a button naming anything else ("Add reference",
 * "Add a link") and never Submit, Next or Save.
 */
export function isAddButton(text: string, group: EntryGroup): boolean {
  const m = ADD.exec(fold(text.replace(/^\+/, '')));
  if (!m) return false;
  const what = m[1];
  if (!what) return true;
  return (group === 'work' ? WORK_WORDS : EDUCATION_WORDS).test(what);
}

/** A block's own remove button: "Delete", "Remove", "Remove work experience 2". */
export function isRemoveButton(text: string): boolean {
  const t = fold(text);
  return /^(?:delete|remove|trash)\b/.test(t) && !/\b(?:reference|file|resume|cv|attachment|account)\b/.test(t);
}

/** A job's description as plain text: its summary, then each highlight on a line of its own. */
export function roleDescription(job: Work): string | null {
  const lines = [
    job.summary?.trim(),
    ...(job.highlights ?? [])
      .map((h) => h.trim())
      .filter(Boolean)
      .map((h) => `- ${h}`),
  ].filter((line): line is string => !!line);
  return lines.length ? lines.join('\n') : null;
}

/** How the report names an entry: "Work 2 of 3: Contoso Retail", "Education 1 of 2: UC Berkeley". */
export function entryLabel(profile: Profile, entry: EntryRef): string {
  const total = profileCount(profile, entry.group);
  if (entry.group === 'work') {
    const job = workInOrder(profile)[entry.index];
    return `Work ${entry.index + 1} of ${total}${job?.name ? `: ${job.name}` : ''}`;
  }
  const school = educationInOrder(profile)[entry.index];
  return `Education ${entry.index + 1} of ${total}${school?.institution ? `: ${school.institution}` : ''}`;
}

/** Does a saved entry's text (a list item: "Software Engineer · Contoso Retail") show this job or school? */
function shows(text: string, group: EntryGroup, profile: Profile, index: number): boolean {
  const folded = ` ${fold(text)} `;
  const has = (part: string | undefined) => {
    const wanted = fold(part);
    return wanted !== '' && folded.includes(` ${wanted} `);
  };
  if (group === 'work') {
    const job = workInOrder(profile)[index];
    if (!job) return false;
    return job.name?.trim() ? has(job.name) && (!job.position?.trim() || has(job.position)) : has(job.position);
  }
  // The school's whole name, not the start of a longer one ("…, Berkeley Extension" is another school): a part of the item ends with it.
  const wanted = inParts(educationInOrder(profile)[index]?.institution ?? '');
  const item = ` ${inParts(text)} `;
  return wanted !== '' && (item.includes(` ${wanted} | `) || item.endsWith(` ${wanted} `));
}

/** What separates the parts of a saved item ("School — Degree · 2012 – 2016 (GPA)"); element boundaries are marked so. */
const ITEM_PARTS = /[·•|—–()[\];:/\n]|\s-\s/;

/** A text folded part by part, its parts joined by " | ". */
const inParts = (text: string): string => text.split(ITEM_PARTS).map(fold).filter(Boolean).join(' | ');

/**
 * How many of the profile's entries of a group, most recent first, a form's list of saved entries already
 * shows (SmartRecruiters' editors save each entry into a list): the first one it does not show is the next
 * to fill. A work entry shows when its company and title are in one item, a school when its name is.
 */
export function savedCount(profile: Profile, group: EntryGroup, items: readonly string[]): number {
  const texts = items.filter((item) => fold(item));
  const total = profileCount(profile, group);
  let count = 0;
  while (count < total && texts.some((text) => shows(text, group, profile, count))) count++;
  return count;
}

/** "Save", "Save entry", "Done": an editor's own button that keeps what was typed (autofill never presses it). */
export function isSaveButton(text: string): boolean {
  return /^(?:save|done|update|apply changes)\b/.test(fold(text));
}

/** "Cancel", "Discard": an editor's own button that closes it and drops what was typed. */
export function isCancelButton(text: string): boolean {
  return /^(?:cancel|discard)\b/.test(fold(text));
}
