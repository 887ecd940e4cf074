import { describe, expect, it } from 'vitest';
import { applicationsCsv, csvCell } from '@/core/application-log/csv';
import { MAX_ENTRIES, filledThisWeek, mergeLogs, recordFill, recordSubmit, updateEntry, type ApplicationEntry } from '@/core/application-log/entry';
import { applicationsJson, readApplicationsJson } from '@/core/application-log/import';
import { viewEntries } from '@/core/application-log/view';

const fill = (url: string, at: string, extra: Partial<Parameters<typeof recordFill>[1]> = {}) => ({
  url,
  company: 'Acme',
  role: 'Backend Engineer',
  ats: 'greenhouse',
  filled: 12,
  needsUser: 2,
  at,
  ...extra,
});

describe('recording fills and submits', () => {
  it('a fill adds an entry; a second fill of the same job updates it, keeping status and note', () => {
    let log = recordFill([], fill('https://a.example/jobs/1', '2026-12-01T10:00:00.000Z'));
    expect(log).toEqual([
      {
        url: 'https://a.example/jobs/1',
        company: 'Acme',
        role: 'Backend Engineer',
        ats: 'greenhouse',
        status: 'filled',
        filled: 12,
        needsUser: 2,
        note: '',
        filledAt: '2026-12-01T10:00:00.000Z',
        updatedAt: '2026-12-01T10:00:00.000Z',
      },
    ]);
    log = recordSubmit(log, 'https://a.example/jobs/1', '2026-12-01T10:05:00.000Z');
    log = updateEntry(log, 'https://a.example/jobs/1', { note: 'Referred by Sam' }, '2026-12-01T10:06:00.000Z');
    log = recordFill(log, fill('https://a.example/jobs/1', '2026-12-02T09:00:00.000Z', { filled: 14, needsUser: 0, company: '' }));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      status: 'applied',
      appliedAt: '2026-12-01T10:05:00.000Z',
      note: 'Referred by Sam',
      filled: 14,
      needsUser: 0,
      company: 'Acme',
      filledAt: '2026-12-02T09:00:00.000Z',
    });
  });

  it('a submit makes only a filled entry Applied; a later status stays', () => {
    let log = recordFill([], fill('https://a.example/jobs/1', '2026-12-01T10:00:00.000Z'));
    log = updateEntry(log, 'https://a.example/jobs/1', { status: 'interview' }, '2026-12-02T10:00:00.000Z');
    expect(recordSubmit(log, 'https://a.example/jobs/1', '2026-12-03T10:00:00.000Z')[0]).toMatchObject({
      status: 'interview',
      appliedAt: '2026-12-02T10:00:00.000Z',
    });
    expect(recordSubmit(log, 'https://a.example/jobs/2', '2026-12-03T10:00:00.000Z')).toEqual(log);
  });

  it(`keeps at most ${MAX_ENTRIES} entries, dropping the oldest`, () => {
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
    let log: ApplicationEntry[] = Array.from({ length: MAX_ENTRIES }, (_, i) => recordFill([], fill(`https://a.example/jobs/${i}`, day(i)))[0]!);
    log = recordFill(log, fill('https://a.example/jobs/new', day(MAX_ENTRIES)));
    expect(log).toHaveLength(MAX_ENTRIES);
    expect(log.some((entry) => entry.url === 'https://a.example/jobs/0')).toBe(false);
    expect(log[0]!.url).toBe('https://a.example/jobs/new');
  });

  it('counts this week’s applications', () => {
    const log = [
      fill('https://a.example/1', '2026-12-03T08:00:00.000Z'),
      fill('https://a.example/2', '2026-11-27T09:00:00.000Z'),
      fill('https://a.example/3', '2026-11-20T09:00:00.000Z'),
    ].reduce(recordFill, [] as ApplicationEntry[]);
    expect(filledThisWeek(log, new Date('2026-12-03T09:00:00.000Z'))).toBe(2);
  });
});

describe('CSV export', () => {
  it('RFC 4180 with a BOM and CRLF; quotes, commas, line breaks and non-ASCII kept', () => {
    const log = recordFill([], fill('https://a.example/jobs/1', '2026-12-01T10:00:00.000Z', { company: 'Müller, "Söhne" & Co', role: 'Ingeniør\nBackend' }));
    const csv = applicationsCsv(updateEntry(log, 'https://a.example/jobs/1', { note: 'a,b' }, '2026-12-01T11:00:00.000Z'));
    expect(csv.startsWith('\uFEFFcompany,role,ats,url,status,filled_at,applied_at,note\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'company,role,ats,url,status,filled_at,applied_at,note',
      '"Müller, ""Söhne"" & Co","Ingeniør\nBackend","greenhouse","https://a.example/jobs/1","filled","2026-12-01T10:00:00.000Z","","a,b"',
      '',
    ]);
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('a cell a spreadsheet would run (%j) stays text', (value) => {
    expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
  });
});

describe('JSON export and import', () => {
  const log = recordFill(
    recordFill([], fill('https://a.example/jobs/1', '2026-12-01T10:00:00.000Z')),
    fill('https://a.example/jobs/2', '2026-12-02T10:00:00.000Z'),
  );

  it('round-trips, and merges by job address without duplicates (the more recently changed copy wins)', () => {
    const read = readApplicationsJson(applicationsJson(log));
    expect(read).toEqual({ ok: true, entries: log });
    const edited = updateEntry(log, 'https://a.example/jobs/1', { status: 'rejected' }, '2026-12-03T10:00:00.000Z');
    const merged = mergeLogs(log, [...edited, ...recordFill([], fill('https://a.example/jobs/3', '2026-12-04T10:00:00.000Z'))]);
    expect(merged.added).toBe(1);
    expect(merged.updated).toBe(1);
    expect(merged.entries.map((entry) => [entry.url, entry.status])).toEqual([
      ['https://a.example/jobs/3', 'filled'],
      ['https://a.example/jobs/2', 'filled'],
      ['https://a.example/jobs/1', 'rejected'],
    ]);
    expect(mergeLogs(merged.entries, log)).toMatchObject({ added: 0, updated: 0 });
  });

  it.each([
    ['{', /^not JSON/],
    ['{"basics":{}}', /not an application log exported by Profile Card/],
    [
      JSON.stringify({
        format: 'profile-card-applications',
        version: 1,
        entries: [{ url: 'javascript:alert(1)', status: 'filled', filledAt: '2026-12-01T10:00:00.000Z' }],
      }),
      /^entries\[0\]\.url: expected an http\(s\) address$/,
    ],
    [
      JSON.stringify({ format: 'profile-card-applications', version: 1, entries: [{ url: 'https://a.example/1', status: 'hired', filledAt: 'yesterday' }] }),
      /^entries\[0\]\.status: expected one of filled, applied/,
    ],
  ])('refuses %s, naming what is wrong and where', (text, problem) => {
    const read = readApplicationsJson(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0]).toMatch(problem);
  });
});

describe('the log page’s search, filter and order', () => {
  const log = [
    fill('https://a.example/1', '2026-12-01T10:00:00.000Z', { company: 'Zeta Labs', role: 'Backend Engineer' }),
    fill('https://a.example/2', '2026-12-02T10:00:00.000Z', { company: 'acme', role: 'Data Engineer' }),
    fill('https://a.example/3', '2026-12-03T10:00:00.000Z', { company: 'Ångström AB', role: 'Platform Engineer' }),
  ].reduce(recordFill, [] as ApplicationEntry[]);
  const withStatus = updateEntry(log, 'https://a.example/2', { status: 'interview' }, '2026-12-03T11:00:00.000Z');
  const companies = (entries: ApplicationEntry[]) => entries.map((entry) => entry.company);

  it('orders newest first, oldest first, or by company (case and accents aside)', () => {
    expect(companies(viewEntries(withStatus, { query: '', status: 'all', sort: 'newest' }))).toEqual(['Ångström AB', 'acme', 'Zeta Labs']);
    expect(companies(viewEntries(withStatus, { query: '', status: 'all', sort: 'oldest' }))).toEqual(['Zeta Labs', 'acme', 'Ångström AB']);
    expect(companies(viewEntries(withStatus, { query: '', status: 'all', sort: 'company' }))).toEqual(['acme', 'Ångström AB', 'Zeta Labs']);
  });

  it('finds every word typed, in company, role, address or note; filters by status', () => {
    expect(companies(viewEntries(withStatus, { query: 'angstrom platform', status: 'all', sort: 'newest' }))).toEqual(['Ångström AB']);
    expect(companies(viewEntries(withStatus, { query: 'engineer', status: 'interview', sort: 'newest' }))).toEqual(['acme']);
    expect(viewEntries(withStatus, { query: 'nowhere', status: 'all', sort: 'newest' })).toEqual([]);
  });
});
