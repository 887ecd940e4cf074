import { unzipSync } from 'fflate';
import { parse as parseCsv } from 'csv-parse/browser/esm/sync';
import { findCountry } from '../autofill/countries';
import type { ValidationIssue, ValidationResult } from './shape';
import { validateProfile } from './validate';

/**
 * LinkedIn's data export ("Get a copy of your data"): a zip of CSV files, read offline into a JSON
 * Resume document. Only the files below are read (the zip also holds messages and connections,
 * which are never opened); each problem names the file, the row and the column.
 */

/** The files read, by name; Profile.csv is the one that says the export is LinkedIn's. */
const FILES = ['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv', 'Email Addresses.csv', 'PhoneNumbers.csv'] as const;
type FileName = (typeof FILES)[number];

/** The columns each file must have (LinkedIn's own names). */
const REQUIRED_COLUMNS: Record<FileName, string[]> = {
  'Profile.csv': ['First Name', 'Last Name'],
  'Positions.csv': ['Company Name', 'Title', 'Started On'],
  'Education.csv': ['School Name'],
  'Skills.csv': ['Name'],
  'Email Addresses.csv': ['Email Address'],
  'PhoneNumbers.csv': ['Number'],
};

/** A file inside the zip is read only up to this size, uncompressed (a profile's files are a few KB). */
export const MAX_LINKEDIN_FILE_BYTES = 5 * 1024 * 1024;
/** The whole export may be larger (it holds messages and connections too): up to this. */
export const MAX_LINKEDIN_ZIP_BYTES = 100 * 1024 * 1024;

export type LinkedInFiles = Partial<Record<FileName, string>>;
export type LinkedInResult = { ok: true; resume: Record<string, unknown>; files: FileName[] } | { ok: false; issues: ValidationIssue[] };

const baseName = (path: string) => path.split('/').pop() ?? path;
const isWanted = (name: string): name is FileName => (FILES as readonly string[]).includes(name);

/** The export's CSV files from its zip; other files are skipped unread. */
export function filesFromZip(bytes: Uint8Array, zipName: string): { ok: true; files: LinkedInFiles } | { ok: false; issues: ValidationIssue[] } {
  if (bytes.length > MAX_LINKEDIN_ZIP_BYTES)
    return {
      ok: false,
      issues: [{ path: zipName, message: `too big (${Math.round(bytes.length / 1048576)} MB, at most ${MAX_LINKEDIN_ZIP_BYTES / 1048576} MB)` }],
    };
  let entries: Record<string, Uint8Array>;
  const tooBig: string[] = [];
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!isWanted(baseName(file.name))) return false;
        if (file.originalSize > MAX_LINKEDIN_FILE_BYTES) tooBig.push(file.name);
        return file.originalSize <= MAX_LINKEDIN_FILE_BYTES;
      },
    });
  } catch {
    return { ok: false, issues: [{ path: zipName, message: 'not a zip file LinkedIn made (it could not be opened)' }] };
  }
  if (tooBig.length)
    return {
      ok: false,
      issues: tooBig.map((name) => ({ path: `${zipName}: ${name}`, message: `over ${MAX_LINKEDIN_FILE_BYTES / 1048576} MB, not a profile file` })),
    };
  const decoder = new TextDecoder();
  const files: LinkedInFiles = {};
  for (const [path, data] of Object.entries(entries)) files[baseName(path) as FileName] ??= decoder.decode(data);
  return { ok: true, files };
}

/** Adds a CSV file given on its own (the export's files, picked one by one); other names are refused. */
export function fileByName(name: string): FileName | null {
  const base = baseName(name);
  return isWanted(base) ? base : null;
}

type Row = Record<string, string>;

/**
 * A file's rows, keyed by column. LinkedIn puts a few "Notes:" lines above the header of some
 * files: the header is the first line that has the file's required columns.
 */
function rowsOf(name: FileName, text: string, issues: ValidationIssue[]): { rows: Row[]; firstRow: number } {
  const lines = (parseCsv(text.replace(/^\uFEFF/, ''), { relax_column_count: true, relax_quotes: true }) as string[][]).filter((line) =>
    line.some((cell) => cell.trim() !== ''),
  );
  const required = REQUIRED_COLUMNS[name];
  const headerIndex = lines.findIndex((line) => required.every((column) => line.map((cell) => cell.trim()).includes(column)));
  if (headerIndex < 0) {
    issues.push({
      path: name,
      message: `not LinkedIn's ${name}: it has no ${required.map((column) => `"${column}"`).join(', ')} column${required.length > 1 ? 's' : ''}`,
    });
    return { rows: [], firstRow: 0 };
  }
  const header = lines[headerIndex]!.map((cell) => cell.trim());
  const rows = lines
    .slice(headerIndex + 1)
    .map((line) => Object.fromEntries(header.map((column, i) => [column, (line[i] ?? '').replace(/\r\n?/g, '\n').trim()])));
  // Row numbers as a spreadsheet shows them: the header's line is row headerIndex + 1.
  return { rows, firstRow: headerIndex + 2 };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** LinkedIn's dates ("Mar 2021", "March 2021", "2021", "03/2021", "2021-03") as JSON Resume's (YYYY-MM, YYYY); null when unreadable. */
export function linkedInDate(text: string): string | null {
  const value = text.trim();
  const named = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(value);
  if (named) {
    const month = MONTHS.indexOf(named[1]!.slice(0, 3).toLowerCase());
    return month < 0 ? null : `${named[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  if (/^\d{4}$/.test(value)) return value;
  const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(value);
  const yearMonth = /^(\d{4})-(\d{1,2})$/.exec(value);
  const [year, month] = monthYear ? [monthYear[2], Number(monthYear[1])] : yearMonth ? [yearMonth[1], Number(yearMonth[2])] : [null, 0];
  return year && month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : null;
}

/** "[PERSONAL:https://me.dev],[COMPANY:https://acme.com]" or plain links → the links, personal first. */
function websitesOf(text: string): string[] {
  const tagged = [...text.matchAll(/\[([A-Z_]+):([^\]]+)\]/g)].map((match) => ({ kind: match[1]!, url: match[2]!.trim() }));
  const links = tagged.length
    ? tagged
    : text
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((url) => ({ kind: '', url }));
  const rank = (kind: string) => (['PERSONAL', 'PORTFOLIO', 'BLOG'].includes(kind) ? 0 : 1);
  return links.sort((a, b) => rank(a.kind) - rank(b.kind)).map((link) => (/^https?:\/\//i.test(link.url) ? link.url : `https://${link.url}`));
}

/** "Dhaka, Bangladesh" → city and country code; "San Francisco Bay Area" → the city as written. */
function locationOf(text: string): Record<string, string> | undefined {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.length) return undefined;
  const country = parts.length > 1 ? findCountry(parts.at(-1)) : findCountry(parts[0]);
  if (country && parts.length === 1) return { countryCode: country.alpha2 };
  return { city: parts[0]!, ...(parts.length > 2 ? { region: parts[1]! } : {}), ...(country ? { countryCode: country.alpha2 } : {}) };
}

const withoutEmpty = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== '' && value !== undefined && value !== null));

/** The export's files as a JSON Resume document (validated by the caller like any import). */
export function resumeFromLinkedIn(files: LinkedInFiles): LinkedInResult {
  const issues: ValidationIssue[] = [];
  if (!files['Profile.csv']) {
    return { ok: false, issues: [{ path: 'Profile.csv', message: "missing: LinkedIn's data export has it; is this the export's zip (or its CSV files)?" }] };
  }
  const read = (name: FileName) => (files[name] ? rowsOf(name, files[name], issues) : { rows: [], firstRow: 0 });
  const dateAt = (name: FileName, row: number, column: string, value: string | undefined) => {
    if (!value) return undefined;
    const date = linkedInDate(value);
    if (!date) issues.push({ path: `${name}, row ${row}, "${column}"`, message: `expected a date such as "Mar 2021" or "2021", got "${value}"` });
    return date ?? undefined;
  };

  const profileRows = read('Profile.csv');
  const person = profileRows.rows[0];
  if (profileRows.firstRow && !person) issues.push({ path: 'Profile.csv, row 2', message: 'missing: the file has no profile row' });
  const name = [person?.['First Name'], person?.['Last Name']].filter(Boolean).join(' ');
  if (person && !name) issues.push({ path: `Profile.csv, row ${profileRows.firstRow}, "First Name"`, message: 'empty: the name is required' });

  const emails = read('Email Addresses.csv').rows.filter((row) => row['Email Address']);
  const email = (emails.find((row) => /^yes$/i.test(row.Primary ?? '')) ?? emails[0])?.['Email Address'];
  const phones = read('PhoneNumbers.csv').rows.filter((row) => row.Number);
  const phone = (phones.find((row) => /mobile/i.test(row.Type ?? '')) ?? phones[0])?.Number;
  const websites = websitesOf(person?.Websites ?? '');

  const positions = read('Positions.csv');
  const work = positions.rows.map((row, i) =>
    withoutEmpty({
      name: row['Company Name'],
      position: row.Title,
      location: row.Location,
      startDate: dateAt('Positions.csv', positions.firstRow + i, 'Started On', row['Started On']),
      endDate: dateAt('Positions.csv', positions.firstRow + i, 'Finished On', row['Finished On']),
      summary: row.Description,
    }),
  );

  const schools = read('Education.csv');
  const education = schools.rows.map((row, i) =>
    withoutEmpty({
      institution: row['School Name'],
      studyType: row['Degree Name'],
      area: row['Field Of Study'] ?? row['Field of Study'],
      startDate: dateAt('Education.csv', schools.firstRow + i, 'Start Date', row['Start Date']),
      endDate: dateAt('Education.csv', schools.firstRow + i, 'End Date', row['End Date']),
    }),
  );

  const skills = read('Skills.csv')
    .rows.map((row) => row.Name)
    .filter((skill): skill is string => Boolean(skill))
    .map((skill) => ({ name: skill }));

  if (issues.length) return { ok: false, issues: issues.slice(0, 20) };
  const location = locationOf(person?.['Geo Location'] ?? '');
  const resume = {
    basics: withoutEmpty({
      name,
      label: person?.Headline,
      email,
      phone,
      url: websites[0],
      summary: person?.Summary,
      ...(location ? { location } : {}),
    }),
    work,
    education,
    skills,
  };
  return { ok: true, resume, files: FILES.filter((file) => files[file]) };
}

/** A picked file, as the options page has it (a File). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The profile in LinkedIn's export, from its zip or its CSV files picked together, validated like
 * any import: the JSON Resume it makes, or every problem by file and row.
 */
export async function readLinkedInExport(picked: PickedFile[]): Promise<ValidationResult> {
  const files: LinkedInFiles = {};
  for (const file of picked) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.zip$/i.test(file.name)) {
      const unzipped = filesFromZip(bytes, file.name);
      if (!unzipped.ok) return unzipped;
      Object.assign(files, unzipped.files);
      continue;
    }
    const name = fileByName(file.name);
    if (!name) return { ok: false, issues: [{ path: file.name, message: `not a file of LinkedIn's data export (pick its zip, or ${FILES.join(', ')})` }] };
    if (file.size > MAX_LINKEDIN_FILE_BYTES)
      return { ok: false, issues: [{ path: file.name, message: `over ${MAX_LINKEDIN_FILE_BYTES / 1048576} MB, not a profile file` }] };
    files[name] = new TextDecoder().decode(bytes);
  }
  const result = resumeFromLinkedIn(files);
  return result.ok ? validateProfile(result.resume) : result;
}
