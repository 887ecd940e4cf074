/**
 * The shape checks every reader can afford: the types the UI and autofill rely on, and the
 * extension's own data. No JSON Schema engine here, so the popup and the card stay small; the full
 * check against the published JSON Resume schema (validate.ts) runs on import and on save.
 */
import { EXT_KEY, PROFILE_EXTRAS_VERSION, emptyAnswers, type Answers, type Profile, type ProfileExtras } from './types';

/** One problem with a document: where (`work[1].startDate`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; profile: Profile } | { ok: false; issues: ValidationIssue[] };

export const formatIssue = (issue: ValidationIssue): string => `${issue.path}: ${issue.message}`;

export const DATE_HINT = 'expected YYYY, YYYY-MM or YYYY-MM-DD';
const ISO_DATE = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;
/** Upper bound on issues reported, so a wildly wrong file gives a readable list. */
export const MAX_ISSUES = 20;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectString(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (value !== undefined && typeof value !== 'string') issues.push({ path, message: `expected string, got ${typeof value}` });
}

function expectStringArray(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) issues.push({ path, message: 'expected array of strings' });
  else value.forEach((item, i) => expectString(item, `${path}[${i}]`, issues));
}

function expectOneOf(value: unknown, allowed: readonly string[], path: string, issues: ValidationIssue[]): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    issues.push({ path, message: `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` });
  }
}

const YES_NO = ['', 'yes', 'no'] as const;
const SELF_ID = ['', 'decline', 'yes', 'no'] as const;

function checkAnswers(answers: unknown, path: string, issues: ValidationIssue[]): void {
  if (answers === undefined) return;
  if (!isRecord(answers)) {
    issues.push({ path, message: 'expected object' });
    return;
  }
  const a = answers as Partial<Record<keyof Answers, unknown>>;
  for (const key of ['startDate', 'noticePeriod', 'heardAbout', 'preferredName', 'pronouns'] as const) {
    expectString(a[key], `${path}.${key}`, issues);
  }
  expectOneOf(a.sponsorship, YES_NO, `${path}.sponsorship`, issues);
  expectOneOf(a.relocate, YES_NO, `${path}.relocate`, issues);
  expectOneOf(a.adult, YES_NO, `${path}.adult`, issues);
  expectOneOf(a.workplace, ['', 'remote', 'hybrid', 'onsite', 'any'], `${path}.workplace`, issues);
  if (a.workAuthorization !== undefined) {
    if (!Array.isArray(a.workAuthorization)) issues.push({ path: `${path}.workAuthorization`, message: 'expected array' });
    else
      a.workAuthorization.forEach((entry, i) => {
        const at = `${path}.workAuthorization[${i}]`;
        if (!isRecord(entry)) return issues.push({ path: at, message: 'expected { country, authorized }' });
        expectString(entry.country, `${at}.country`, issues);
        expectOneOf(entry.authorized, YES_NO, `${at}.authorized`, issues);
      });
  }
  if (a.salary !== undefined) {
    if (!isRecord(a.salary)) issues.push({ path: `${path}.salary`, message: 'expected object' });
    else {
      expectString(a.salary.amount, `${path}.salary.amount`, issues);
      expectString(a.salary.currency, `${path}.salary.currency`, issues);
      expectOneOf(a.salary.period, ['', 'year', 'month', 'hour'], `${path}.salary.period`, issues);
    }
  }
  if (a.eeo !== undefined) {
    if (!isRecord(a.eeo)) issues.push({ path: `${path}.eeo`, message: 'expected object' });
    else {
      expectString(a.eeo.gender, `${path}.eeo.gender`, issues);
      expectString(a.eeo.race, `${path}.eeo.race`, issues);
      for (const key of ['hispanicLatino', 'veteran', 'disability'] as const) {
        expectOneOf(a.eeo[key], SELF_ID, `${path}.eeo.${key}`, issues);
      }
    }
  }
  if (a.custom !== undefined) {
    if (!Array.isArray(a.custom)) issues.push({ path: `${path}.custom`, message: 'expected array' });
    else
      a.custom.forEach((pair, i) => {
        const at = `${path}.custom[${i}]`;
        if (!isRecord(pair)) return issues.push({ path: at, message: 'expected { question, answer }' });
        expectString(pair.question, `${at}.question`, issues);
        expectString(pair.answer, `${at}.answer`, issues);
      });
  }
}

function checkWorkExtras(extras: unknown, path: string, issues: ValidationIssue[]): void {
  if (extras === undefined) return;
  if (!isRecord(extras)) return void issues.push({ path, message: 'expected object' });
  expectString(extras.title, `${path}.title`, issues);
  expectString(extras.outcome, `${path}.outcome`, issues);
  expectStringArray(extras.stack, `${path}.stack`, issues);
  if (extras.figures !== undefined) {
    if (!Array.isArray(extras.figures)) issues.push({ path: `${path}.figures`, message: 'expected array' });
    else
      extras.figures.forEach((figure, i) => {
        if (!isRecord(figure) || typeof figure.value !== 'string' || typeof figure.label !== 'string') {
          issues.push({ path: `${path}.figures[${i}]`, message: 'expected { value: string, label: string }' });
        }
      });
  }
  if (extras.diagram !== undefined) {
    const diagram = extras.diagram;
    if (!isRecord(diagram) || !Array.isArray(diagram.nodes) || !Array.isArray(diagram.edges)) {
      return void issues.push({ path: `${path}.diagram`, message: 'expected { nodes: [], edges: [] }' });
    }
    const ids = new Set<string>();
    diagram.nodes.forEach((node, i) => {
      if (!isRecord(node) || typeof node.id !== 'string' || typeof node.label !== 'string') {
        issues.push({ path: `${path}.diagram.nodes[${i}]`, message: 'expected { id: string, label: string }' });
      } else ids.add(node.id);
    });
    diagram.edges.forEach((edge, i) => {
      const at = `${path}.diagram.edges[${i}]`;
      if (!Array.isArray(edge) || edge.length !== 2) return issues.push({ path: at, message: 'expected [from, to]' });
      for (const end of edge) {
        if (!ids.has(end as string)) issues.push({ path: at, message: `no node with id ${JSON.stringify(end)}` });
      }
    });
  }
}

function checkExtras(extras: unknown, issues: ValidationIssue[]): void {
  if (extras === undefined) return;
  if (!isRecord(extras)) return void issues.push({ path: EXT_KEY, message: 'expected object' });
  if (extras.version !== undefined && (typeof extras.version !== 'number' || extras.version > PROFILE_EXTRAS_VERSION)) {
    issues.push({
      path: `${EXT_KEY}.version`,
      message: `expected a version up to ${PROFILE_EXTRAS_VERSION} (this file is from a newer Profile Card)`,
    });
  }
  for (const key of ['headline', 'yearsOfExperience', 'pitch', 'intro', 'currently', 'problemLogIntro'] as const) {
    expectString(extras[key], `${EXT_KEY}.${key}`, issues);
  }
  expectStringArray(extras.stackLean, `${EXT_KEY}.stackLean`, issues);
  expectStringArray(extras.workingStack, `${EXT_KEY}.workingStack`, issues);
  if (extras.availability !== undefined) {
    if (!isRecord(extras.availability)) issues.push({ path: `${EXT_KEY}.availability`, message: 'expected object' });
    else for (const [k, v] of Object.entries(extras.availability)) expectString(v, `${EXT_KEY}.availability.${k}`, issues);
  }
  if (extras.problemLog !== undefined) {
    if (!Array.isArray(extras.problemLog)) issues.push({ path: `${EXT_KEY}.problemLog`, message: 'expected array' });
    else
      extras.problemLog.forEach((entry, i) => {
        const at = `${EXT_KEY}.problemLog[${i}]`;
        if (!isRecord(entry)) return issues.push({ path: at, message: 'expected { date, title, body }' });
        if (typeof entry.date !== 'string' || !ISO_DATE.test(entry.date)) issues.push({ path: `${at}.date`, message: DATE_HINT });
        for (const key of ['title', 'body'] as const) {
          if (typeof entry[key] !== 'string') issues.push({ path: `${at}.${key}`, message: 'expected string' });
        }
      });
  }
  checkAnswers(extras.answers, `${EXT_KEY}.answers`, issues);
}

function checkSectionTypes(doc: Record<string, unknown>, issues: ValidationIssue[]): void {
  if (!isRecord(doc.basics)) {
    issues.push({ path: 'basics', message: 'missing: a JSON Resume needs a "basics" section with at least a name' });
  } else {
    const basics = doc.basics;
    if (typeof basics.name !== 'string' || basics.name.trim() === '') {
      issues.push({
        path: 'basics.name',
        message:
          typeof basics.name === 'string' || basics.name === undefined
            ? "missing: the person's name is required"
            : `expected string, got ${typeof basics.name}`,
      });
    }
    for (const key of ['label', 'image', 'email', 'phone', 'url', 'summary'] as const) expectString(basics[key], `basics.${key}`, issues);
    if (basics.location !== undefined && !isRecord(basics.location)) issues.push({ path: 'basics.location', message: 'expected object' });
    if (basics.profiles !== undefined && !Array.isArray(basics.profiles)) issues.push({ path: 'basics.profiles', message: 'expected array' });
  }
  for (const section of ['work', 'education', 'skills']) {
    const items = doc[section];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      issues.push({ path: section, message: 'expected array' });
      continue;
    }
    items.forEach((item, i) => {
      if (!isRecord(item)) return issues.push({ path: `${section}[${i}]`, message: 'expected object' });
      for (const [key, value] of Object.entries(item)) {
        if (key === EXT_KEY) continue;
        if (Array.isArray(value)) expectStringArray(value, `${section}[${i}].${key}`, issues);
        else expectString(value, `${section}[${i}].${key}`, issues);
      }
    });
  }
}

/** The extension's own checks (and, when `withSections`, the section types the UI relies on). */
export function checkShape(doc: Record<string, unknown>, issues: ValidationIssue[], withSections: boolean): void {
  if (withSections) checkSectionTypes(doc, issues);
  if (Array.isArray(doc.work)) {
    doc.work.forEach((w, i) => isRecord(w) && checkWorkExtras(w[EXT_KEY], `work[${i}].${EXT_KEY}`, issues));
  }
  checkExtras(doc[EXT_KEY], issues);
}

/** Fills what a plain JSON Resume (or an older extension document) leaves out, without touching the rest. */
export function normalize(doc: Record<string, unknown>): Profile {
  const extras = (isRecord(doc[EXT_KEY]) ? doc[EXT_KEY] : {}) as Partial<ProfileExtras>;
  const answers = { ...emptyAnswers(), ...(extras.answers ?? {}) } as Answers;
  answers.salary = { ...emptyAnswers().salary, ...answers.salary };
  answers.eeo = { ...emptyAnswers().eeo, ...answers.eeo };
  return {
    ...doc,
    basics: doc.basics as Profile['basics'],
    work: (doc.work as Profile['work']) ?? [],
    education: (doc.education as Profile['education']) ?? [],
    skills: (doc.skills as Profile['skills']) ?? [],
    [EXT_KEY]: { ...extras, version: PROFILE_EXTRAS_VERSION, answers },
  };
}

/** The light check used when reading stored data: shape and extension data, no JSON Schema engine. */
export function checkStoredProfile(input: unknown): ValidationResult {
  if (!isRecord(input)) return { ok: false, issues: [{ path: '(document)', message: 'expected an object' }] };
  const issues: ValidationIssue[] = [];
  checkShape(input, issues, true);
  return issues.length ? { ok: false, issues: issues.slice(0, MAX_ISSUES) } : { ok: true, profile: normalize(input) };
}
