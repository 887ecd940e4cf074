import type { ApplicationEntry, ApplicationStatus } from './entry';

export type LogSort = 'newest' | 'oldest' | 'company';

export interface LogView {
  /** Words to find in company, role, address or note (all of them, any case, accents ignored). */
  query: string;
  status: ApplicationStatus | 'all';
  sort: LogSort;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const ORDER: Record<LogSort, (a: ApplicationEntry, b: ApplicationEntry) => number> = {
  newest: (a, b) => b.filledAt.localeCompare(a.filledAt),
  oldest: (a, b) => a.filledAt.localeCompare(b.filledAt),
  company: (a, b) => a.company.localeCompare(b.company, undefined, { sensitivity: 'base' }) || b.filledAt.localeCompare(a.filledAt),
};

/** The entries the log page lists for a search, a status filter and an order. */
export function viewEntries(entries: ApplicationEntry[], { query, status, sort }: LogView): ApplicationEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return entries
    .filter((entry) => status === 'all' || entry.status === status)
    .filter((entry) => {
      const haystack = fold(`${entry.company} ${entry.role} ${entry.url} ${entry.note}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort(ORDER[sort]);
}
