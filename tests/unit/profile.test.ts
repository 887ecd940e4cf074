import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import profileJson from '@/data/profile.json';
import { defaultProfile } from '@/core/profile/default';
import { EXT_KEY } from '@/core/profile/types';
import { formatIssue, parseProfileJson, validateProfile } from '@/core/profile/validate';
import { PROFILE_NAMES, profileDocument, testProfile } from '../support/profiles';

const require = createRequire(import.meta.url);
// The package's own validator, exactly as published: the default profile must pass it untouched.
const { validate: publishedValidate } = require('@jsonresume/schema') as {
  validate: (doc: unknown, cb: (errors: unknown, valid: boolean) => void) => void;
};

function issuesOf(doc: unknown): string[] {
  const result = validateProfile(doc);
  return result.ok ? [] : result.issues.map(formatIssue);
}

function publishedOutcome(doc: unknown) {
  let outcome: { errors: unknown; valid: boolean } | undefined;
  publishedValidate(doc, (errors, valid) => (outcome = { errors, valid }));
  return outcome;
}

describe('data/profile.json (the default profile)', () => {
  it('validates with the published JSON Resume schema package', () => {
    expect(publishedOutcome(profileJson)).toEqual({ errors: null, valid: true });
  });

  it('validates with the extension model', () => {
    expect(issuesOf(profileJson)).toEqual([]);
  });

  // The one test of what the shipped profile says (its user may edit it, and then this test): the
  // résumé it was made from (Hanifur Rahman's seed résumé), fact by fact, and nothing it lacks.
  it('carries the seed résumé: its person, every job, school and skill group, and no invented contact details', () => {
    const p = defaultProfile();
    expect(p.basics.name).toBe('Hanifur Rahman');
    expect(p.basics.label).toBe('Senior Backend Engineer');
    expect(p.basics.email).toBe('hanifurrahmansabbir@gmail.com');
    expect(p.basics.location).toEqual({ city: 'Cumilla', countryCode: 'BD' });
    expect(p[EXT_KEY].headline).toBe('Senior Backend Engineer / 7+ years / Rails / Go / Postgres / AWS');
    expect(p[EXT_KEY].pitch).toBe('I build systems that hold when production gets loud.');
    expect(p.work.map((w) => [w.position, w.startDate, w.endDate, w[EXT_KEY]?.title])).toEqual([
      ['Lead engineer', '2023', undefined, 'Advertising Automation at Scale'],
      ['Software engineer', '2019', '2023', 'E-Commerce Intelligence Pipelines'],
    ]);
    for (const w of p.work) {
      expect(w.summary).toBeTruthy();
      expect(w.highlights).toHaveLength(5);
      expect(w[EXT_KEY]?.figures).toHaveLength(4);
      expect(w[EXT_KEY]?.outcome).toBeTruthy();
      expect(w[EXT_KEY]?.diagram?.nodes.length).toBeGreaterThanOrEqual(5);
    }
    expect(p.education.map((e) => [e.studyType, e.area, e.institution, e.startDate, e.endDate])).toEqual([
      ['B.Sc.', 'Computer Science and Engineering', 'Bangladesh University of Business and Technology', '2015', '2019'],
    ]);
    expect(p.skills.map((s) => s.name)).toEqual(['Backbone', 'Data-heavy services', 'Infrastructure', 'Warehouse, cache and legacy', 'AI']);
    expect(p[EXT_KEY].problemLog?.map((e) => [e.date, e.title])).toEqual([
      ['2024-11', 'The Dayparting / Rule Race'],
      ['2024-12', 'Streaming 239 GB Through a 512 MB Worker'],
      ['2026-03', "When Claude's Bash Tool Hangs on Heroku"],
      ['2025-01', 'The Deadlock That Would Not Die'],
    ]);
    expect(p[EXT_KEY].workingStack).toHaveLength(5);
    // The seed has no phone, no profile link, no other profiles and no answers: none are made up.
    expect(p.basics.phone ?? '').toBe('');
    expect(p.basics.url ?? '').toBe('');
    expect(p.basics.profiles ?? []).toEqual([]);
    expect(p[EXT_KEY].answers.sponsorship).toBe('');
    expect(p[EXT_KEY].answers.workAuthorization).toEqual([]);
    expect(Object.values(p[EXT_KEY].answers.eeo).every((v) => v === '')).toBe(true);
  });
});

describe('the test profiles (tests/fixtures/profiles)', () => {
  it.each(PROFILE_NAMES)('%s validates with the published schema and the extension model, as the tests load it', (name) => {
    expect(publishedOutcome(profileDocument(name))).toEqual({ errors: null, valid: true });
    const result = validateProfile(profileDocument(name));
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok && result.profile).toEqual(testProfile(name));
  });
});

describe('validateProfile', () => {
  const valid = () => profileDocument('rich') as Record<string, any>;

  it('names a bad date by its path', () => {
    const doc = valid();
    doc.work[1].startDate = '2019/01';
    expect(issuesOf(doc)).toEqual(['work[1].startDate: expected YYYY, YYYY-MM or YYYY-MM-DD']);
  });

  it('names a wrong type', () => {
    const doc = valid();
    doc.work[0].highlights = 'one string';
    expect(issuesOf(doc)).toEqual(['work[0].highlights: expected array, got string']);
  });

  it('names a bad email', () => {
    const doc = valid();
    doc.basics.email = 'not-an-email';
    expect(issuesOf(doc)).toEqual(['basics.email: expected an email address']);
  });

  it('refuses javascript: and data: links', () => {
    const doc = valid();
    doc.basics.url = 'javascript:alert(1)';
    doc.basics.profiles = [{ network: 'X', url: 'data:text/html,<script>alert(1)</script>' }];
    expect(issuesOf(doc)).toEqual([
      'basics.url: only http(s) links are allowed, got a "javascript:" link',
      'basics.profiles[0].url: only http(s) links are allowed, got a "data:" link',
    ]);
  });

  it('rejects a document that is not a résumé', () => {
    expect(issuesOf([1, 2])).toEqual(['(document): expected a JSON Resume object, got an array']);
    expect(issuesOf({ hello: 'world' })).toEqual(['basics: missing: a JSON Resume needs a "basics" section with at least a name']);
    expect(issuesOf({ basics: { label: 'x' } })).toEqual(["basics.name: missing: the person's name is required"]);
  });

  it('checks the extension data', () => {
    const doc = valid();
    doc[EXT_KEY].problemLog[0].date = '2024.11';
    doc[EXT_KEY].answers.sponsorship = 'maybe';
    doc.work[0][EXT_KEY].diagram.edges.push(['gateway', 'nowhere']);
    expect(issuesOf(doc)).toEqual([
      'work[0].x-profileCard.diagram.edges[6]: no node with id "nowhere"',
      'x-profileCard.problemLog[0].date: expected YYYY, YYYY-MM or YYYY-MM-DD',
      'x-profileCard.answers.sponsorship: expected one of "", "yes", "no"',
    ]);
  });

  it('accepts a plain JSON Resume and fills in the extension data', () => {
    const result = validateProfile({ basics: { name: 'Ada Lovelace', email: 'ada@example.org' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.work).toEqual([]);
    expect(result.profile[EXT_KEY].answers.eeo.veteran).toBe('');
  });

  it('treats empty strings as "not filled in"', () => {
    expect(issuesOf({ basics: { name: 'Ada', url: '', email: '' } })).toEqual([]);
  });
});

describe('parseProfileJson', () => {
  it('says where a JSON syntax error is', () => {
    const result = parseProfileJson('{\n  "basics": {\n    "name": "Ada",\n  }\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.path).toBe('(file)');
    expect(result.issues[0]!.message).toMatch(/^not valid JSON: .* at line 4, column 3$/);
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const result = parseProfileJson('{}', 6 * 1024 * 1024);
    expect(result).toEqual({ ok: false, issues: [{ path: '(file)', message: 'too large: 6.0 MB, the limit is 5 MB' }] });
  });
});
