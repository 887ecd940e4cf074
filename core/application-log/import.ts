import { safeWebUrl } from '../safe-url';
import { APPLICATION_STATUSES, MAX_ENTRIES, type ApplicationEntry } from './entry';

/** The JSON export's wrapper, so an import can tell a log from any other JSON file. */
export const LOG_FORMAT = 'profile-card-applications';

export function applicationsJson(entries: ApplicationEntry[]): string {
  return `${JSON.stringify({ format: LOG_FORMAT, version: 1, entries }, null, 2)}\n`;
}

export type LogImport = { ok: true; entries: ApplicationEntry[] } | { ok: false; problems: string[] };

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** Reads a JSON export back, naming each problem by entry and field; nothing of a bad file is taken. */
export function readApplicationsJson(source: string): LogImport {
  let doc: unknown;
  try {
    doc = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const wrapper = doc as { format?: unknown; entries?: unknown };
  if (typeof doc !== 'object' || doc === null || wrapper.format !== LOG_FORMAT || !Array.isArray(wrapper.entries)) {
    return { ok: false, problems: [`not an application log exported by Profile Card (expected "format": "${LOG_FORMAT}" and a list of "entries")`] };
  }
  if (wrapper.entries.length > MAX_ENTRIES) return { ok: false, problems: [`entries: ${wrapper.entries.length} entries, at most ${MAX_ENTRIES}`] };
  const problems: string[] = [];
  const entries = wrapper.entries.map((raw, i): ApplicationEntry | null => {
    const at = `entries[${i}]`;
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${at}: expected an object`);
      return null;
    }
    const entry = raw as Record<string, unknown>;
    const before = problems.length;
    if (typeof entry.url !== 'string' || !safeWebUrl(entry.url)) problems.push(`${at}.url: expected an http(s) address`);
    if (!APPLICATION_STATUSES.includes(entry.status as never)) problems.push(`${at}.status: expected one of ${APPLICATION_STATUSES.join(', ')}`);
    if (!isIsoDate(entry.filledAt)) problems.push(`${at}.filledAt: expected a date and time (ISO 8601)`);
    if (entry.appliedAt !== undefined && !isIsoDate(entry.appliedAt)) problems.push(`${at}.appliedAt: expected a date and time (ISO 8601)`);
    if (problems.length > before) return null;
    return {
      url: entry.url as string,
      company: text(entry.company, 300),
      role: text(entry.role, 300),
      ats: text(entry.ats, 40),
      status: entry.status as ApplicationEntry['status'],
      filledAt: entry.filledAt as string,
      ...(entry.appliedAt ? { appliedAt: entry.appliedAt as string } : {}),
      filled: Number.isInteger(entry.filled) ? (entry.filled as number) : 0,
      needsUser: Number.isInteger(entry.needsUser) ? (entry.needsUser as number) : 0,
      note: text(entry.note, 5000),
      updatedAt: isIsoDate(entry.updatedAt) ? entry.updatedAt : (entry.filledAt as string),
    };
  });
  return problems.length ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, entries: entries as ApplicationEntry[] };
}
