import { Validator, type ValidationError } from 'jsonschema';
// The published JSON Resume schema, from its own package: never a hand-written copy.
import resumeSchema from '@jsonresume/schema/schema.json';
import { photoDataProblem } from '../photo';
import { safeWebUrl } from '../safe-url';
import { DATE_HINT, MAX_ISSUES, checkShape, isRecord, normalize, type ValidationIssue, type ValidationResult } from './shape';

export { formatIssue, type ValidationIssue, type ValidationResult } from './shape';

const validator = new Validator();

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

/** Every place JSON Resume puts a link; only http(s) is accepted there (and image data for the photo). */
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
    if (typeof value !== 'string' || value.trim() === '' || issues.some((issue) => issue.path === path)) continue;
    if (path === 'basics.image' && value.startsWith('data:')) {
      const problem = photoDataProblem(value);
      if (problem) issues.push({ path, message: problem });
    } else if (!safeWebUrl(value)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim())?.[1];
      issues.push({
        path,
        message: scheme ? `only http(s) links are allowed, got a "${scheme.toLowerCase()}:" link` : 'expected a full link starting with https://',
      });
    }
  }
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
  const issues: ValidationIssue[] = validator.validate(withoutEmptyStrings(input), resumeSchema as object).errors.map(describeSchemaError);
  if (!isRecord(input.basics)) {
    if (!issues.some((i) => i.path === 'basics')) {
      issues.push({ path: 'basics', message: 'missing: a JSON Resume needs a "basics" section with at least a name' });
    }
  } else if (typeof input.basics.name !== 'string' || input.basics.name.trim() === '') {
    if (!issues.some((i) => i.path === 'basics.name')) issues.push({ path: 'basics.name', message: "missing: the person's name is required" });
  }
  checkLinks(input, issues);
  checkShape(input, issues, false);
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
