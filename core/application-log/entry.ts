/**
 * The application log: one entry per job the user filled a form for, kept on this device only.
 * Pure data and the rules that change it; storage and recording live in utils/application-log.ts.
 */

export const APPLICATION_STATUSES = ['filled', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  filled: 'Filled',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export interface ApplicationEntry {
  /** The job's address, without tracking or token parameters: also what identifies the entry. */
  url: string;
  company: string;
  role: string;
  /** The ATS id (`greenhouse`, …), or '' for another site. */
  ats: string;
  status: ApplicationStatus;
  /** The last fill (ISO 8601). */
  filledAt: string;
  /** When the form was submitted (ISO 8601). */
  appliedAt?: string;
  /** Fields the last fill wrote, and required ones it left to the user. */
  filled: number;
  needsUser: number;
  note: string;
  /** The last change of any kind (ISO 8601): the newer copy wins when two logs are merged. */
  updatedAt: string;
}

/** At most this many entries are kept (about 1.5 MB); the oldest go first, and the page warns well before. */
export const MAX_ENTRIES = 5000;
export const WARN_AT_ENTRIES = 4500;

export interface FillRecord {
  url: string;
  company: string;
  role: string;
  ats: string;
  filled: number;
  needsUser: number;
  at: string;
}

/** Newest first, by the last fill. */
const byNewest = (a: ApplicationEntry, b: ApplicationEntry) => b.filledAt.localeCompare(a.filledAt);

/** Keeps the newest MAX_ENTRIES entries. */
export function capped(entries: ApplicationEntry[]): ApplicationEntry[] {
  return entries.length <= MAX_ENTRIES ? entries : [...entries].sort(byNewest).slice(0, MAX_ENTRIES);
}

/**
 * The log after a fill: a new entry, or (the same job filled again) its entry updated: counts and
 * time of this fill, company and role where this page read them; status and note stay.
 */
export function recordFill(entries: ApplicationEntry[], { at, ...fill }: FillRecord): ApplicationEntry[] {
  const existing = entries.find((entry) => entry.url === fill.url);
  const next: ApplicationEntry = existing
    ? {
        ...existing,
        company: fill.company || existing.company,
        role: fill.role || existing.role,
        ats: fill.ats || existing.ats,
        filled: fill.filled,
        needsUser: fill.needsUser,
        filledAt: at,
        updatedAt: at,
      }
    : { ...fill, filledAt: at, updatedAt: at, status: 'filled', note: '' };
  return capped([next, ...entries.filter((entry) => entry !== existing)]);
}

/** The form of `url` was submitted: a filled entry becomes Applied (a later status stays as it is). */
export function recordSubmit(entries: ApplicationEntry[], url: string, at: string): ApplicationEntry[] {
  return entries.map((entry) => (entry.url === url && entry.status === 'filled' ? { ...entry, status: 'applied', appliedAt: at, updatedAt: at } : entry));
}

/** The entry of `url` with `change` applied (status, note), stamped. */
export function updateEntry(
  entries: ApplicationEntry[],
  url: string,
  change: Partial<Pick<ApplicationEntry, 'status' | 'note'>>,
  at: string,
): ApplicationEntry[] {
  return entries.map((entry) => {
    if (entry.url !== url) return entry;
    const next = { ...entry, ...change, updatedAt: at };
    if (change.status && change.status !== 'filled' && !next.appliedAt) next.appliedAt = at;
    return next;
  });
}

/** Entries from an import merged into the log by job address: one entry per job, the more recently changed copy kept. */
export function mergeLogs(entries: ApplicationEntry[], imported: ApplicationEntry[]): { entries: ApplicationEntry[]; added: number; updated: number } {
  const byUrl = new Map(entries.map((entry) => [entry.url, entry]));
  let added = 0;
  let updated = 0;
  for (const entry of imported) {
    const current = byUrl.get(entry.url);
    if (!current) added++;
    else if (entry.updatedAt > current.updatedAt) updated++;
    else continue;
    byUrl.set(entry.url, entry);
  }
  return { entries: capped([...byUrl.values()].sort(byNewest)), added, updated };
}

/** Entries filled in the seven days up to `now`. */
export function filledThisWeek(entries: ApplicationEntry[], now: Date): number {
  const since = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000).toISOString();
  return entries.filter((entry) => entry.filledAt >= since).length;
}
