import type { Location } from './profile/types';

/**
 * Text formatting shared by the popup, the vCard and the contact block. English month names on
 * purpose: the profile's own text is English, and a fixed format keeps copies byte-identical.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-11" → "Nov 2024", "2019" → "2019", "2024-11-05" → "5 Nov 2024"; anything else as given. */
export function formatDate(date: string | undefined): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? '');
  if (!match) return date ?? '';
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || !monthName) return year ?? '';
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "2019 – 2023", "2023 – present" (a start with no end is ongoing), "" with no dates. */
export function formatDateRange(start: string | undefined, end: string | undefined): string {
  if (!start && !end) return '';
  if (!start) return formatDate(end);
  return `${formatDate(start)} – ${end ? formatDate(end) : 'present'}`;
}

/** The English name of an ISO 3166-1 alpha-2 code ("BD" → "Bangladesh"), or the text as given. */
export function countryName(code: string | undefined): string {
  const trimmed = code?.trim() ?? '';
  if (!/^[A-Za-z]{2}$/.test(trimmed)) return trimmed;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(trimmed.toUpperCase()) ?? trimmed;
  } catch {
    return trimmed;
  }
}

/** "Cumilla, Bangladesh": city, region and country, whichever are present. */
export function formatLocation(location: Location | undefined): string {
  if (!location) return '';
  return [location.city, location.region, countryName(location.countryCode)]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}

/** The whole address (street, postal code, city, region, country), for the contact details. */
export function formatFullAddress(location: Location | undefined): string {
  if (!location) return '';
  return [location.address, location.postalCode, formatLocation(location)]
    .map((p) => p?.trim())
    .filter(Boolean)
    .join(', ');
}

/** Up to two initials for the monogram: first and last word ("Hanifur Rahman" → "HR"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const initial = (word: string | undefined) => Array.from(word ?? '')[0] ?? '';
  return (initial(words[0]) + (words.length > 1 ? initial(words.at(-1)) : '')).toUpperCase();
}
