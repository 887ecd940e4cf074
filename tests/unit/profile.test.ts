import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import profileJson from '@/data/profile.json';
import { defaultProfile } from '@/core/profile/default';
import { EXT_KEY } from '@/core/profile/types';
import { formatIssue, parseProfileJson, validateProfile } from '@/core/profile/validate';

const require = createRequire(import.meta.url);
// The package's own validator, exactly as published: the default profile must pass it untouched.
const { validate: publishedValidate } = require('@jsonresume/schema') as {
  validate: (doc: unknown, cb: (errors: unknown, valid: boolean) => void) => void;
};

const seed = readFileSync(new URL('../../../shared/seeds/000_fbb1aacd7c64f3b0.txt', import.meta.url), 'utf8');

function issuesOf(doc: unknown): string[] {
  const result = validateProfile(doc);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('data/profile.json (the default profile)', () => {
  it('validates with the published JSON Resume schema package', () => {
    let outcome: { errors: unknown; valid: boolean } | undefined;
    publishedValidate(profileJson, (errors, valid) => (outcome = { errors, valid }));
    expect(outcome).toEqual({ errors: null, valid: true });
  });

  it('validates with the extension model', () => {
    expect(issuesOf(profileJson)).toEqual([]);
  });

  it('carries the header: name, title, pitch, location, email, availability', () => {
    const p = defaultProfile();
    expect(p.basics.name).toBe('Hanifur Rahman');
    expect(p.basics.label).toBe('Senior Backend Engineer');
    expect(p.basics.email).toBe('hanifurrahmansabbir@gmail.com');
    expect(p.basics.location).toEqual({ city: 'Cumilla', countryCode: 'BD' });
    const x = p[EXT_KEY];
    expect(x.pitch).toBe('I build systems that hold when production gets loud.');
    expect(x.headline).toBe('Senior Backend Engineer / 7+ years / Rails / Go / Postgres / AWS');
    expect(x.availability).toMatchObject({
      workMode: 'Remote, worldwide',
      roles: 'Open to senior, staff, and lead engineering roles.',
      consulting: 'Also consulting on production systems at scale.',
      responseTime: 'Replies within 24 hours.',
    });
  });

  it('invents nothing: no phone, no profile URL, no LinkedIn or other profiles', () => {
    const { basics } = defaultProfile();
    expect(basics.phone ?? '').toBe('');
    expect(basics.url ?? '').toBe('');
    expect(basics.profiles ?? []).toEqual([]);
  });

  it('has both roles with years, summaries, five key decisions and an outcome each', () => {
    const { work } = defaultProfile();
    expect(work.map((w) => [w.position, w.startDate, w.endDate])).toEqual([
      ['Lead engineer', '2023', undefined],
      ['Software engineer', '2019', '2023'],
    ]);
    expect(work.map((w) => w[EXT_KEY]?.title)).toEqual(['Advertising Automation at Scale', 'E-Commerce Intelligence Pipelines']);
    for (const w of work) {
      expect(w.summary).toBeTruthy();
      expect(w.highlights).toHaveLength(5);
      expect(w[EXT_KEY]?.outcome).toBeTruthy();
      expect(w[EXT_KEY]?.diagram?.nodes.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('has every headline figure', () => {
    const figures = defaultProfile().work.map((w) => w[EXT_KEY]?.figures?.map((f) => `${f.value} ${f.label}`));
    expect(figures).toEqual([
      ['239 GB Postgres', '120 M Bid changes', '43 M SQS events', '104 K Rule executions'],
      ['10 Collectors', '5 Pipelines', '4 IaC projects', '3 Languages'],
    ]);
  });

  it('has the four problem-log entries with their dates, the working stack and education', () => {
    const p = defaultProfile();
    expect(p[EXT_KEY].problemLog?.map((e) => [e.date, e.title])).toEqual([
      ['2024-11', 'The Dayparting / Rule Race'],
      ['2024-12', 'Streaming 239 GB Through a 512 MB Worker'],
      ['2026-03', "When Claude's Bash Tool Hangs on Heroku"],
      ['2025-01', 'The Deadlock That Would Not Die'],
    ]);
    expect(p[EXT_KEY].workingStack).toHaveLength(5);
    expect(p.education).toEqual([
      {
        institution: 'Bangladesh University of Business and Technology',
        studyType: 'B.Sc.',
        area: 'Computer Science and Engineering',
        startDate: '2015',
        endDate: '2019',
      },
    ]);
  });

  it('quotes the résumé: every sentence of its prose stands in the seed', () => {
    const p = defaultProfile();
    const x = p[EXT_KEY];
    const prose = [
      p.basics.summary!,
      x.intro!,
      x.problemLogIntro!,
      ...x.workingStack!,
      ...x.problemLog!.map((e) => e.body),
      ...p.work.flatMap((w) => [w.summary!, w.description!, w[EXT_KEY]!.outcome!, ...w.highlights!]),
    ];
    const flatSeed = seed.replace(/\s+/g, ' ');
    for (const text of prose) {
      for (const paragraph of text.split('\n\n')) expect(flatSeed).toContain(paragraph.replace(/\s+/g, ' '));
    }
  });

  it('gives the default answers as empty: autofill leaves those questions to the user', () => {
    const { answers } = defaultProfile()[EXT_KEY];
    expect(answers.sponsorship).toBe('');
    expect(answers.workAuthorization).toEqual([]);
    expect(Object.values(answers.eeo).every((v) => v === '')).toBe(true);
  });
});

describe('validateProfile', () => {
  const valid = () => structuredClone(profileJson) as Record<string, any>;

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
    expect(issuesOf({ hello: 'world' })).toEqual([
      'basics: missing: a JSON Resume needs a "basics" section with at least a name',
    ]);
    expect(issuesOf({ basics: { label: 'x' } })).toEqual(["basics.name: missing: the person's name is required"]);
  });

  it('checks the extension data', () => {
    const doc = valid();
    doc[EXT_KEY].problemLog[0].date = '2024.11';
    doc[EXT_KEY].answers.sponsorship = 'maybe';
    doc.work[0][EXT_KEY].diagram.edges.push(['web', 'nowhere']);
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
