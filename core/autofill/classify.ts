/**
 * classifyField: which profile key a described field asks for, how sure we are, and why — or why it
 * must be left whatever the profile holds (a consent box, a referee's e-mail).
 *
 * Signals, best first: the field's labels, the question near it, its placeholder, the HTML
 * autocomplete token, then its tokenised name/id/hooks. The first text that decides wins ("label beats
 * name"); the others raise the confidence when they agree and lower it when they name another key.
 */
import type { Classification, FieldDescriptor, ProfileKey } from './types';
import {
  AUTOCOMPLETE,
  CONSENT,
  EDUCATION_CONTEXT,
  HONEYPOT,
  KINDS,
  NOT_APPLICANT,
  OWN_CONTEXT,
  PERSON_KEYS,
  RULES,
  SIGNATURE,
  STRONG,
  WORK_CONTEXT,
  WORK_ENTRY_KEYS,
  WORK_SECTION_KEYS,
  type FieldContext,
  type Rule,
} from './rules';
import { contentWords, fold, similarity, tokenizeAttribute } from './text';

export interface ClassifyContext {
  /** The user's saved custom questions (`x-profileCard.answers.custom[].question`), in order. */
  customQuestions?: readonly string[];
  /** The repeated entry the field belongs to (core/autofill/entries.ts), found by the planner: its fields take that entry's keys. */
  entry?: 'work' | 'education' | null;
}

/** A custom question counts as asked when its words and the label's are this similar (Dice). */
const CUSTOM_SIMILARITY = 0.8;
/** Labels longer than this are questions whose words may mention a key in passing. */
const LONG_LABEL_WORDS = 10;
/** Keys asked by whole questions: a long label is normal for them. */
const QUESTION_KEY = /^answers\.|^(?:yearsOfExperience|summary|coverLetterText|coverLetterFile|resumeFile)$/;
const EDUCATION_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>(['school', 'degree', 'discipline', 'educationStart', 'educationEnd']);
const PREFERRED_SECTION = /\bpreferred (?:first )?name\b/;
const NAME_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>(['firstName', 'lastName', 'fullName']);
const CHOICE_KINDS: ReadonlySet<string> = new Set(['checkbox', 'radio', 'select', 'combobox', 'toggle']);
const EDUCATION_ATTR = /\b(?:education|educations|school|degree)\b/;

interface Decision {
  key: ProfileKey | null;
  strength: number;
  rule: Rule | null;
}

function decision(rule: Rule, text: string, ctx: FieldContext): Decision | undefined {
  const key = typeof rule.key === 'function' ? rule.key(ctx) : rule.key;
  if (key === undefined) return undefined;
  if (rule.not?.test(text)) return { key: null, strength: 0, rule };
  return { key, strength: rule.strength ?? STRONG, rule };
}

/** Words people read: the first rule that matches decides (rules are ordered most specific first). */
function decideText(text: string, ctx: FieldContext): Decision | null {
  if (!text) return null;
  for (const rule of RULES) {
    if (!rule.text?.test(text)) continue;
    const d = decision(rule, text, ctx);
    if (d) return d;
  }
  return null;
}

/** decideAttr's answers by context and words: forms repeat attribute words (`job_application[answers_attributes][7][text_value]` → "job application"). */
const attrDecisions = new Map<string, Decision | null>();
const ATTR_DECISIONS_KEPT = 2000;

/**
 * Attribute words run from general to specific (`addressSection_city`, `legalNameSection_firstName`):
 * the match that ends last names the field; on a tie, the earlier (more specific) rule.
 */
function decideAttr(words: string, ctx: FieldContext): Decision | null {
  if (!words) return null;
  const key = `${Number(ctx.inEducation)}${Number(ctx.inWork)}${ctx.entry ?? ''}|${words}`;
  let known = attrDecisions.get(key);
  if (known === undefined) {
    if (attrDecisions.size >= ATTR_DECISIONS_KEPT) attrDecisions.clear();
    known = decideAttrAnew(words, ctx);
    attrDecisions.set(key, known);
  }
  return known;
}

function decideAttrAnew(words: string, ctx: FieldContext): Decision | null {
  let best: { d: Decision; end: number } | null = null;
  for (const rule of RULES) {
    const m = rule.attr?.exec(words);
    if (!m) continue;
    const end = m.index + m[0].length;
    if (best && end <= best.end) continue;
    const d = decision(rule, words, ctx);
    if (d) best = { d, end };
  }
  return best?.d ?? null;
}

/** Splits an autocomplete attribute and returns the field-name token's key ("section-x shipping email" → email). */
function autocompleteKey(value: string | undefined): ProfileKey | null | undefined {
  if (!value) return undefined;
  for (const token of value.toLowerCase().split(/\s+/)) {
    if (token in AUTOCOMPLETE) return AUTOCOMPLETE[token];
  }
  return undefined;
}

const wordCount = (folded: string): number => (folded ? folded.split(' ').length : 0);

const customIndexCache = new WeakMap<readonly string[], Set<string>[]>();
function customIndex(questions: readonly string[]): Set<string>[] {
  let index = customIndexCache.get(questions);
  if (!index) {
    index = questions.map((q) => contentWords(q));
    customIndexCache.set(questions, index);
  }
  return index;
}

function matchCustom(texts: readonly string[], questions: readonly string[]): { index: number; score: number } | null {
  const index = customIndex(questions);
  let best: { index: number; score: number } | null = null;
  for (const text of texts) {
    if (!text) continue;
    // Already folded by the caller.
    const words = contentWords(text, true);
    index.forEach((saved, i) => {
      const score = similarity(words, saved);
      if (score >= CUSTOM_SIMILARITY && (!best || score > best.score)) best = { index: i, score };
    });
  }
  return best;
}

const quote = (text: string): string => `'${text.length > 60 ? `${text.slice(0, 57)}…` : text}'`;

/** Adjusts a key to the control it lands in (a "Cover letter" file input wants the file). */
function fitKind(key: ProfileKey, field: FieldDescriptor): ProfileKey | null {
  if (field.kind === 'file') return key === 'coverLetterText' ? 'coverLetterFile' : key === 'resumeFile' ? key : null;
  if (field.kind === 'checkbox' && !field.options?.length) {
    // A lone checkbox can only state a yes/no answer.
    return key === 'answers.workAuthorization' || key === 'answers.sponsorship' || key === 'answers.relocate' || key === 'workCurrent' ? key : null;
  }
  return KINDS[key].includes(field.kind) ? key : null;
}

interface Signal {
  key: ProfileKey | null;
  strength: number;
  rule: Rule | null;
  /** Where it came from, for the reason: "label", "name", "autocomplete", … and the raw text. */
  what: string;
  raw: string;
}

const describe = (signal: Signal): string => `${signal.what} ${quote(signal.raw)}`;

function firstText(field: FieldDescriptor): string {
  return field.labels[0] ?? field.question ?? '';
}

function consentBox(field: FieldDescriptor, why: string): Classification {
  return { key: null, confidence: 1, reason: `${why} ${quote(firstText(field))}`, exclude: 'consent box' };
}

function notApplicant(field: FieldDescriptor, sections: readonly string[]): Classification {
  const where = field.labels[0] ?? field.sections[sections.findIndex((s) => NOT_APPLICANT.test(s))] ?? field.name ?? '';
  return { key: null, confidence: 1, reason: `about someone else (${quote(where)})`, exclude: 'not the applicant' };
}

function someMatch(re: RegExp, texts: readonly string[], extra: string): boolean {
  for (const text of texts) if (text && re.test(text)) return true;
  return extra !== '' && re.test(extra);
}

/** "Name (required)", "Email *", "Website (optional)": the marker is not part of the name. */
const MARKER = / ?\b(?:required|optional|mandatory|obligatoire|pflichtfeld|pflicht|opcional|obligatorio)\b ?/g;
const readable = (text: string | undefined): string => fold(text).replace(MARKER, ' ').trim();

export function classifyField(field: FieldDescriptor, context: ClassifyContext = {}): Classification {
  const labels = field.labels.map(readable);
  const question = readable(field.question);
  const sections = field.sections.map(fold);
  const attrWords: string[] = [];
  const attrRaw: string[] = [];
  const attrWhat: string[] = [];
  const addAttr = (raw: string | undefined, what: string) => {
    if (!raw) return;
    const words = tokenizeAttribute(raw);
    if (!words || attrWords.includes(words)) return;
    attrWords.push(words);
    attrRaw.push(raw);
    attrWhat.push(what);
  };
  addAttr(field.name, 'name');
  addAttr(field.htmlId, 'id');
  for (const hook of field.dataHooks ?? []) addAttr(hook, 'hook');

  // The innermost section that says what it is about decides: "Education 1" inside a "My Experience" step is education.
  const about = sections.find((s) => EDUCATION_CONTEXT.test(s) || WORK_CONTEXT.test(s) || OWN_CONTEXT.test(s)) ?? '';
  const ctx: FieldContext = {
    inEducation: EDUCATION_CONTEXT.test(about) || attrWords.some((a) => EDUCATION_ATTR.test(a)),
    inWork: WORK_CONTEXT.test(about) || context.entry === 'work',
    entry: context.entry ?? null,
  };
  const lone = field.kind === 'checkbox' && !field.options?.length;

  if (someMatch(HONEYPOT, labels, question) || HONEYPOT.test(fold(field.placeholder)) || someMatch(/\bhoney ?pot\b/, attrWords, '')) {
    return { key: null, confidence: 1, reason: `a trap for bots ${quote(firstText(field) || field.name || '')}`, exclude: 'hidden' };
  }

  // A box that agrees, consents or subscribes is the user's to tick; a typed signature is theirs to sign.
  if (lone && (someMatch(CONSENT, labels, question) || someMatch(SIGNATURE, labels, question))) {
    return consentBox(field, 'consent or declaration');
  }
  if (!lone && someMatch(SIGNATURE, labels, '')) return consentBox(field, 'a signature, left for you to sign:');

  const aboutSomeoneElse = someMatch(NOT_APPLICANT, labels, question) || someMatch(NOT_APPLICANT, sections, '') || someMatch(NOT_APPLICANT, attrWords, '');
  const consentChoice = CHOICE_KINDS.has(field.kind) && someMatch(CONSENT, labels, question);

  // The user's own saved questions come first: they saved them because the generic keys do not cover them.
  if (context.customQuestions?.length && field.kind !== 'file') {
    const custom = matchCustom([labels[0] ?? '', question], context.customQuestions);
    if (custom) {
      if (aboutSomeoneElse) return notApplicant(field, sections);
      return {
        key: 'answers.custom',
        confidence: 0.75 + custom.score * 0.2,
        reason: `matched your saved question ${quote(context.customQuestions[custom.index] ?? '')}`,
        customIndex: custom.index,
      };
    }
  }

  // The first text a person reads that decides, best source first.
  let chosen: Signal | null = null;
  for (let i = 0; i <= labels.length + 1 && !chosen; i++) {
    const isLabel = i < labels.length;
    const text = isLabel ? (labels[i] ?? '') : i === labels.length ? question : readable(field.placeholder);
    const d = decideText(text, ctx);
    if (!d) continue;
    const weight = isLabel ? 1 : i === labels.length ? 0.95 : 0.8;
    let strength = d.strength * weight;
    if (d.key && wordCount(text) > LONG_LABEL_WORDS && !QUESTION_KEY.test(d.key)) strength -= 0.15;
    const what = isLabel ? 'label' : i === labels.length ? 'question' : 'placeholder';
    const raw = isLabel ? (field.labels[i] ?? '') : i === labels.length ? (field.question ?? '') : (field.placeholder ?? '');
    chosen = { key: d.key, strength, rule: d.rule, what, raw };
  }
  const textDecided = chosen !== null;

  // Machine signals: the autocomplete token and the attributes.
  const machine: Signal[] = [];
  const auto = autocompleteKey(field.autocomplete);
  if (auto !== undefined) machine.push({ key: auto, strength: 0.9, rule: null, what: 'autocomplete', raw: field.autocomplete ?? '' });
  attrWords.forEach((words, i) => {
    const d = decideAttr(words, ctx);
    if (d) machine.push({ key: d.key, strength: d.strength * 0.8, rule: d.rule, what: attrWhat[i] ?? '', raw: attrRaw[i] ?? '' });
  });
  chosen ??= machine[0] ?? null;

  if (!chosen || chosen.key === null) {
    if (aboutSomeoneElse) return notApplicant(field, sections);
    if (consentChoice) return consentBox(field, 'consent question');
    if (!chosen) return { key: null, confidence: 0, reason: 'no label, name or hint matched a profile key' };
    const why = chosen.rule?.why ?? 'its words point at something the profile does not answer';
    return { key: null, confidence: 0, reason: `${describe(chosen)}: ${why}` };
  }
  const decided = chosen;
  const decidedKey = chosen.key;

  let confidence = decided.strength;
  let agreed: Signal | null = null;
  for (const signal of machine) {
    if (signal === decided || signal.key === null) continue;
    if (signal.key === decidedKey) {
      confidence += 0.05;
      agreed ??= signal;
    } else if (textDecided) confidence -= 0.15;
  }
  confidence = Math.max(0, Math.min(0.99, confidence));

  // Name fields inside a "Preferred name" block (Workday) ask for the preferred name, not the legal one.
  const inPreferred = PREFERRED_SECTION.test(sections[0] ?? '') && NAME_KEYS.has(decidedKey);
  if (inPreferred && decidedKey === 'lastName') {
    return { key: null, confidence: 0, reason: `${describe(decided)} asks for a preferred last name, which the profile does not have` };
  }
  // Where a work entry's location is asked, it is the job's, not the applicant's.
  // A lone box naming the current job or role ("Current role") asks whether this one is it.
  const entryKey =
    ctx.entry === 'work' && (decidedKey === 'location' || decidedKey === 'city')
      ? 'workLocation'
      : ctx.entry === 'work' && lone && (decidedKey === 'currentTitle' || decidedKey === 'currentCompany')
        ? 'workCurrent'
        : decidedKey;
  const key = fitKind(inPreferred ? 'preferredName' : entryKey, field);
  if (key === null) {
    if (consentChoice) return consentBox(field, 'consent question');
    return { key: null, confidence: 0, reason: `${describe(decided)} suggests ${decidedKey}, but a ${field.kind} field cannot take it` };
  }
  if (aboutSomeoneElse && PERSON_KEYS.has(key)) return notApplicant(field, sections);
  if (ctx.inWork && !(ctx.entry === 'work' ? WORK_ENTRY_KEYS : WORK_SECTION_KEYS).has(key)) {
    return { key: null, confidence: 0, reason: `${describe(decided)} is part of a work-history entry, not about you now` };
  }
  if (ctx.inEducation && PERSON_KEYS.has(key) && !EDUCATION_KEYS.has(key)) {
    return { key: null, confidence: 0, reason: `${describe(decided)} is part of an education entry` };
  }

  const reason = `${describe(decided)} matched ${key}${agreed ? ` (${describe(agreed)} agrees)` : ''}`;
  return { key, confidence, reason };
}
