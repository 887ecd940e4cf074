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
  KINDS,
  NOT_APPLICANT,
  PERSON_KEYS,
  RULES,
  SIGNATURE,
  STRONG,
  WORK_CONTEXT,
  WORK_SECTION_KEYS,
  type FieldContext,
  type Rule,
} from './rules';
import { contentWords, fold, similarity, tokenizeAttribute } from './text';

export interface ClassifyContext {
  /** The user's saved custom questions (`x-profileCard.answers.custom[].question`), in order. */
  customQuestions?: readonly string[];
}

/** A custom question counts as asked when its words and the label's are this similar (Dice). */
const CUSTOM_SIMILARITY = 0.8;
/** Labels longer than this are questions whose words may mention a key in passing. */
const LONG_LABEL_WORDS = 10;
/** Keys asked by whole questions: a long label is normal for them. */
const QUESTION_KEY = /^answers\.|^(?:yearsOfExperience|summary|coverLetterText|coverLetterFile|resumeFile)$/;
const EDUCATION_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>(['school', 'degree', 'discipline', 'educationStart', 'educationEnd']);
const CHOICE_KINDS: ReadonlySet<string> = new Set(['checkbox', 'radio', 'select', 'combobox', 'toggle']);
const EDUCATION_ATTR = /\b(?:education|educations|school|degree)\b/;

interface Decision {
  key: ProfileKey | null;
  strength: number;
  rule: Rule | null;
}

function decide(text: string, on: 'text' | 'attr', ctx: FieldContext): Decision | null {
  if (!text) return null;
  for (const rule of RULES) {
    const pattern = on === 'text' ? rule.text : rule.attr;
    if (!pattern || !pattern.test(text)) continue;
    const key = typeof rule.key === 'function' ? rule.key(ctx) : rule.key;
    if (key === undefined) continue;
    if (rule.not?.test(text)) return { key: null, strength: 0, rule };
    return { key, strength: rule.strength ?? STRONG, rule };
  }
  return null;
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
    index = questions.map(contentWords);
    customIndexCache.set(questions, index);
  }
  return index;
}

function matchCustom(texts: readonly string[], questions: readonly string[]): { index: number; score: number } | null {
  const index = customIndex(questions);
  let best: { index: number; score: number } | null = null;
  for (const text of texts) {
    if (!text) continue;
    const words = contentWords(text);
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
    return key === 'answers.workAuthorization' || key === 'answers.sponsorship' || key === 'answers.relocate' ? key : null;
  }
  return KINDS[key].includes(field.kind) ? key : null;
}

export function classifyField(field: FieldDescriptor, context: ClassifyContext = {}): Classification {
  const labels = field.labels.map(fold);
  const question = fold(field.question);
  const placeholder = fold(field.placeholder);
  const sections = field.sections.map(fold);
  const attrs: { raw: string; words: string; what: string }[] = [];
  if (field.name) attrs.push({ raw: field.name, words: tokenizeAttribute(field.name), what: 'name' });
  if (field.htmlId && field.htmlId !== field.name) attrs.push({ raw: field.htmlId, words: tokenizeAttribute(field.htmlId), what: 'id' });
  for (const hook of field.dataHooks ?? []) attrs.push({ raw: hook, words: tokenizeAttribute(hook), what: 'hook' });

  const ctx: FieldContext = {
    inEducation: sections.some((s) => EDUCATION_CONTEXT.test(s)) || attrs.some((a) => EDUCATION_ATTR.test(a.words)),
    inWork: sections.some((s) => WORK_CONTEXT.test(s)),
  };
  const spoken = [...labels, question];
  const lone = field.kind === 'checkbox' && !field.options?.length;

  // A box that agrees, consents or subscribes is the user's to tick; a typed signature is theirs to sign.
  if (lone && spoken.some((t) => CONSENT.test(t) || SIGNATURE.test(t))) {
    return { key: null, confidence: 1, reason: `consent or declaration ${quote(field.labels[0] ?? field.question ?? '')}`, exclude: 'consent box' };
  }
  if (field.kind !== 'checkbox' && labels.some((t) => SIGNATURE.test(t))) {
    return { key: null, confidence: 1, reason: `a signature ${quote(field.labels[0] ?? '')}: left for you to sign`, exclude: 'consent box' };
  }

  const aboutSomeoneElse =
    spoken.some((t) => NOT_APPLICANT.test(t)) ||
    sections.some((t) => NOT_APPLICANT.test(t)) ||
    attrs.some((a) => NOT_APPLICANT.test(a.words));
  const notApplicant = (): Classification => ({
    key: null,
    confidence: 1,
    reason: `about someone else (${quote(field.labels[0] ?? field.sections.find((s) => NOT_APPLICANT.test(fold(s))) ?? field.name ?? '')})`,
    exclude: 'not the applicant',
  });

  // The user's own saved questions come first: they saved them because the generic keys do not cover them.
  if (context.customQuestions?.length && field.kind !== 'file') {
    const custom = matchCustom(spoken, context.customQuestions);
    if (custom) {
      if (aboutSomeoneElse) return notApplicant();
      return {
        key: 'answers.custom',
        confidence: 0.75 + custom.score * 0.2,
        reason: `matched your saved question ${quote(context.customQuestions[custom.index] ?? '')}`,
        customIndex: custom.index,
      };
    }
  }

  // The first text that decides, best source first.
  const sources: { text: string; raw: string; what: string; weight: number }[] = [];
  field.labels.forEach((raw, i) => sources.push({ text: labels[i] ?? '', raw, what: 'label', weight: 1 }));
  if (question) sources.push({ text: question, raw: field.question ?? '', what: 'question', weight: 0.95 });
  if (placeholder) sources.push({ text: placeholder, raw: field.placeholder ?? '', what: 'placeholder', weight: 0.8 });

  let chosen: (Decision & { source: string }) | null = null;
  let textDecided = false;
  for (const source of sources) {
    const decision = decide(source.text, 'text', ctx);
    if (!decision) continue;
    let strength = decision.strength * source.weight;
    if (decision.key && wordCount(source.text) > LONG_LABEL_WORDS && !QUESTION_KEY.test(decision.key)) strength -= 0.15;
    chosen = { ...decision, strength, source: `${source.what} ${quote(source.raw)}` };
    textDecided = true;
    break;
  }

  // Machine signals: the autocomplete token and the attributes.
  const machine: { key: ProfileKey | null; strength: number; source: string }[] = [];
  const auto = autocompleteKey(field.autocomplete);
  if (auto !== undefined) machine.push({ key: auto, strength: 0.9, source: `autocomplete ${quote(field.autocomplete ?? '')}` });
  for (const attr of attrs) {
    const decision = decide(attr.words, 'attr', ctx);
    if (decision) machine.push({ key: decision.key, strength: decision.strength * 0.8, source: `${attr.what} ${quote(attr.raw)}` });
  }

  if (!chosen) {
    const first = machine[0];
    if (first) chosen = { key: first.key, strength: first.strength, rule: null, source: first.source };
  }
  const consentChoice = (): Classification | null =>
    field.kind !== 'file' && CHOICE_KINDS.has(field.kind) && spoken.some((t) => CONSENT.test(t))
      ? { key: null, confidence: 1, reason: `consent question ${quote(field.labels[0] ?? field.question ?? '')}`, exclude: 'consent box' }
      : null;
  if (!chosen) {
    if (aboutSomeoneElse) return notApplicant();
    const consent = consentChoice();
    if (consent) return consent;
    return { key: null, confidence: 0, reason: 'no label, name or hint matched a profile key' };
  }
  const decided = chosen;

  if (decided.key === null) {
    if (aboutSomeoneElse) return notApplicant();
    const consent = consentChoice();
    if (consent) return consent;
    const why = decided.rule?.why ?? 'its words point at something the profile does not answer';
    return { key: null, confidence: 0, reason: `${decided.source}: ${why}` };
  }

  let confidence = decided.strength;
  let agreed = '';
  for (const signal of machine) {
    if (signal.source === decided.source || signal.key === null) continue;
    if (signal.key === decided.key) {
      confidence += 0.05;
      agreed ||= signal.source;
    } else if (textDecided) confidence -= 0.15;
  }
  confidence = Math.max(0, Math.min(0.99, confidence));

  const key = fitKind(decided.key, field);
  if (key === null) {
    const consent = consentChoice();
    if (consent) return consent;
    return { key: null, confidence: 0, reason: `${decided.source} suggests ${decided.key}, but a ${field.kind} field cannot take it` };
  }
  if (aboutSomeoneElse && (PERSON_KEYS.has(key) || key === 'answers.custom')) return notApplicant();
  if (ctx.inWork && !WORK_SECTION_KEYS.has(key)) {
    return { key: null, confidence: 0, reason: `${decided.source} is part of a work-history entry, not about you now` };
  }
  if (ctx.inEducation && PERSON_KEYS.has(key) && !EDUCATION_KEYS.has(key)) {
    return { key: null, confidence: 0, reason: `${decided.source} is part of an education entry` };
  }
  const reason = `${decided.source} matched ${key}${agreed ? ` (${agreed} agrees)` : ''}`;
  return { key, confidence, reason };
}
