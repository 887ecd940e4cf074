import { Validator, type ValidationError } from 'jsonschema';
// The published JSON Resume schema, from its own package: never a hand-written copy.
import resumeSchema from '@jsonresume/schema/schema.json';
import { safeWebUrl } from '../safe-url';
import {
  EXT_KEY,
  PROFILE_EXTRAS_VERSION,
  emptyAnswers,
  type Answers,
  type Profile,
  type ProfileExtras,
} from './types';

/** One problem with a document: where (`work[1].startDate`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; profile: Profile } | { ok: false; issues: ValidationIssue[] };

export const formatIssue = (issue: ValidationIssue): string => `${issue.path}: ${issue.message}`;

const DATE_HINT = 'expected YYYY, YYYY-MM or YYYY-MM-DD';
const ISO_DATE = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;
/** Upper bound on issues reported, so a wildly wrong file gives a readable list. */
const MAX_ISSUES = 20;

const validator = new Validator();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Empty strings mean "not filled in"; the schema's formats (uri, email) would reject them. */
function withoutEmptyStrings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyStrings);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== '') out[key] = withoutEmptyStrings(child);
  }
  return out;
}

function describeSchemaError(error: ValidationError): ValidationIssue {
  const path = error.property.replace(/^instance\.?/, '') || '(document)';
  switch (error.name) {
    case 'pattern':
      return { path, message: String(error.argument).includes('[1-2][0-9]{3}') ? DATE_HINT : `does not match ${error.argument}` };
    case 'type': {
      const expected = ([] as string[]).concat(error.argument as string | string[]);
      const actual = Array.isArray(error.instance) ? 'array' : error.instance === null ? 'null' : typeof error.instance;
      return { path, message: `expected ${expected.join(' or ')}, got ${actual}` };
    }
    case 'format':
      return { path, message: error.argument === 'email' ? 'expected an email address' : `expected a valid ${error.argument}` };
    default:
      return { path, message: error.message };
  }
}

/** Every place JSON Resume puts a link; only http(s) is accepted there. */
function linkFields(doc: Record<string, unknown>): { path: string; value: unknown }[] {
  const links: { path: string; value: unknown }[] = [];
  const basics = isRecord(doc.basics) ? doc.basics : {};
  links.push({ path: 'basics.url', value: basics.url }, { path: 'basics.image', value: basics.image });
  if (Array.isArray(basics.profiles)) {
    basics.profiles.forEach((p, i) => isRecord(p) && links.push({ path: `basics.profiles[${i}].url`, value: p.url }));
  }
  for (const section of ['work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'projects']) {
    const items = doc[section];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => isRecord(item) && links.push({ path: `${section}[${i}].url`, value: item.url }));
  }
  return links;
}

function checkLinks(doc: Record<string, unknown>, issues: ValidationIssue[]): void {
  for (const { path, value } of linkFields(doc)) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (!safeWebUrl(value) && !issues.some((issue) => issue.path === path)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1];
      issues.push({
        path,
        message: scheme
          ? `only http(s) links are allowed, got a "${scheme.toLowerCase()}:" link`
          : 'expected a full link starting with https://',
      });
    }
  }
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

/** Fills what a plain JSON Resume (or an older extension document) leaves out, without touching the rest. */
function normalize(doc: Record<string, unknown>): Profile {
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

/**
 * Checks a document against the published JSON Resume schema, the safe-link rule, and the shape of
 * the extension's own data, and returns the normalised profile or every problem found (by path).
 */
export function validateProfile(input: unknown): ValidationResult {
  if (!isRecord(input)) {
    const got = Array.isArray(input) ? 'an array' : input === null ? 'null' : `a ${typeof input}`;
    return { ok: false, issues: [{ path: '(document)', message: `expected a JSON Resume object, got ${got}` }] };
  }
  const issues: ValidationIssue[] = validator
    .validate(withoutEmptyStrings(input), resumeSchema as object)
    .errors.map(describeSchemaError);
  if (!isRecord(input.basics)) {
    if (!issues.some((i) => i.path === 'basics')) {
      issues.push({ path: 'basics', message: 'missing: a JSON Resume needs a "basics" section with at least a name' });
    }
  } else if (typeof input.basics.name !== 'string' || input.basics.name.trim() === '') {
    if (!issues.some((i) => i.path === 'basics.name')) issues.push({ path: 'basics.name', message: 'missing: the person\'s name is required' });
  }
  checkLinks(input, issues);
  if (Array.isArray(input.work)) {
    input.work.forEach((w, i) => isRecord(w) && checkWorkExtras(w[EXT_KEY], `work[${i}].${EXT_KEY}`, issues));
  }
  checkExtras(input[EXT_KEY], issues);
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_ISSUES) };
  return { ok: true, profile: normalize(input) };
}

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Parses an imported file's text; every failure names what is wrong and where. */
export function parseProfileJson(text: string, byteLength = new TextEncoder().encode(text).length): ValidationResult {
  if (byteLength > MAX_IMPORT_BYTES) {
    const mb = (byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, issues: [{ path: '(file)', message: `too large: ${mb} MB, the limit is 5 MB` }] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '(file)', message: `not valid JSON: ${describeJsonError(text, error)}` }] };
  }
  return validateProfile(parsed);
}

function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${before.length}, column ${before.at(-1)!.length + 1}`;
}
