import { describe, expect, it } from 'vitest';
import { planImport, readImport, textSource } from '@/core/profile/import';
import { EXT_KEY, emptyAnswers, type Profile } from '@/core/profile/types';
import { formatIssue, validateProfile } from '@/core/profile/validate';
import { testProfile } from '../../support/profiles';

const ada = {
  basics: { name: 'Ada Lovelace', label: 'Analyst', email: 'ada@example.org' },
  work: [
    { name: 'Analytical Engine', position: 'Programmer', startDate: '1842' },
    { name: 'Royal Society', position: 'Translator', startDate: '1843' },
    { name: 'Babbage & Co', position: 'Notes', startDate: '1843-09' },
  ],
};

async function messages(text: string): Promise<string[]> {
  const result = await readImport(textSource(text));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues.map(formatIssue);
}

function valid(doc: unknown): Profile {
  const result = validateProfile(doc);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('; '));
  return result.profile;
}

describe('reading an imported file', () => {
  it('accepts a plain JSON Resume and fills in the extension data', async () => {
    const result = await readImport(textSource(JSON.stringify(ada)));
    expect(result.ok && result.profile.basics.name).toBe('Ada Lovelace');
    expect(result.ok && result.profile[EXT_KEY].answers).toEqual(emptyAnswers());
  });

  it('ignores the byte-order mark Windows editors put first', async () => {
    const result = await readImport(textSource(`\uFEFF${JSON.stringify(ada)}`));
    expect(result.ok).toBe(true);
  });

  it('says where a file is not JSON', async () => {
    expect(await messages('{\n  "basics": { "name": "Ada", }\n}')).toEqual([expect.stringMatching(/^\(file\): not valid JSON: .* at line 2, column \d+$/)]);
  });

  it('says an empty file is empty', async () => {
    expect(await messages('  \n')).toEqual(['(file): empty: there is no JSON in it']);
  });

  it('names the field with a wrong type', async () => {
    expect(await messages(JSON.stringify({ basics: { name: 42 } }))).toContain('basics.name: expected string, got number');
    expect(await messages(JSON.stringify({ basics: { name: 'Ada' }, work: { name: 'x' } }))).toContain('work: expected array, got object');
  });

  it('says a JSON file that is not a résumé is not one', async () => {
    expect(await messages('[1, 2, 3]')).toEqual(['(document): expected a JSON Resume object, got an array']);
    expect(await messages(JSON.stringify({ name: 'package', version: '1.0.0' }))).toEqual([
      'basics: missing: a JSON Resume needs a "basics" section with at least a name',
    ]);
  });

  it('refuses unsafe links, naming the field and the scheme', async () => {
    const doc = { basics: { name: 'Ada', url: 'javascript:alert(1)', profiles: [{ network: 'X', url: 'data:text/html,hi' }] } };
    expect(await messages(JSON.stringify(doc))).toEqual(
      expect.arrayContaining([
        'basics.url: only http(s) links are allowed, got a "javascript:" link',
        'basics.profiles[0].url: only http(s) links are allowed, got a "data:" link',
      ]),
    );
  });

  it('names a bad date with the format it expects', async () => {
    expect(await messages(JSON.stringify({ basics: { name: 'Ada' }, work: [{ startDate: 'March 1842' }] }))).toContain(
      'work[0].startDate: expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it('refuses a file over 5 MB without reading it', async () => {
    let read = false;
    const huge = { size: 5 * 1024 * 1024 + 1, text: async () => ((read = true), '{}') };
    const result = await readImport(huge);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual(['(file): too large: 5.0 MB, the limit is 5 MB']);
    expect(read).toBe(false);
  });
});

describe('planning an import', () => {
  // The rich test profile stands for the shipped default, as it was installed.
  const untouched = testProfile('rich');

  it('replaces the untouched default at once, answers and all', () => {
    const plan = planImport(testProfile('rich'), valid(ada), untouched);
    expect(plan.needsConfirm).toBe(false);
    expect(plan.next.basics.name).toBe('Ada Lovelace');
  });

  it('summarises what changes and asks first when the stored profile was edited', () => {
    const current = testProfile('rich');
    current.basics.label = 'Principal Engineer';
    current[EXT_KEY].answers.pronouns = 'he/him';
    const plan = planImport(current, valid(ada), untouched);
    expect(plan.needsConfirm).toBe(true);
    expect(plan.changes).toEqual([
      'name: Jordan Alvarez → Ada Lovelace',
      'title: Principal Engineer → Analyst',
      'email: jordan.alvarez@example.com → ada@example.org',
      'links: 4 → 0 entries',
      'work: 3 entries, changed',
      'education: 2 → 0 entries',
      'skills: 3 → 0 entries',
      'answers: kept (the file has none)',
      'card texts (headline, pitch, problem log, …): removed, the file has none',
    ]);
    expect(plan.next[EXT_KEY].answers.pronouns).toBe('he/him');
  });

  it('replaces the answers when the file carries its own', () => {
    const current = testProfile('rich');
    current[EXT_KEY].answers.pronouns = 'he/him';
    const incoming = valid({ ...ada, [EXT_KEY]: { answers: { pronouns: 'she/her' } } });
    const plan = planImport(current, incoming, untouched);
    expect(plan.changes).toContain('answers: replaced by the file’s');
    expect(plan.next[EXT_KEY].answers.pronouns).toBe('she/her');
  });

  it('asks nothing when the file is what is already stored, and says the name is the same', () => {
    // The sparse profile has no answers: a copy of it carries none either.
    const current = testProfile('sparse');
    current.basics.phone = '+880 1700 000000';
    const plan = planImport(current, structuredClone(current), untouched);
    expect(plan.needsConfirm).toBe(false);
    expect(plan.changes).toEqual(['name: Nusrat Jahan (same)', 'answers: kept (the file has none)']);
  });

  it('counts edited entries and mentions the other JSON Resume sections it brings', () => {
    const current = valid(ada);
    const incoming = valid({ ...ada, work: ada.work.map((w) => ({ ...w, position: 'Lead' })), projects: [{ name: 'Notes' }] });
    expect(planImport(current, incoming, untouched).changes).toEqual([
      'name: Ada Lovelace (same)',
      'work: 3 entries, changed',
      'answers: kept (the file has none)',
      'also imported: projects',
    ]);
  });
});
