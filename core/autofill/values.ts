/**
 * valueForKey: the text a field should get for a profile key, derived from the profile and shaped by
 * what the field expects (a number field gets a number, a month select a month, a 10-character
 * phone field the national number). null means the profile has no answer: the field is left.
 */
import { EXT_KEY, type Education, type Profile, type SocialProfile, type Work } from '../profile/types';
import { roleDescription } from './entries';
import { safeWebUrl } from '../safe-url';
import { allCountries, countryByFoldedName, findCountry, foldCountryName, type Country } from './countries';
import { coverLetterText } from './cover-letter';
import { formatPhone, parsePhone } from './phone';
import { NAMED_SERVICE } from './rules';
import { fold, tokenizeAttribute } from './text';
import type { FieldDescriptor, PageContext, ProfileKey } from './types';

/** Facts about the rest of the form that shape one field's value. */
export interface FieldFacts {
  /** For `answers.custom`: the index of the saved question the field matched. */
  customIndex?: number;
  /** The form has its own phone country-code control: the phone field gets the national number. */
  separateCountryCode?: boolean;
  /** Link keys other fields of the form take (a LinkedIn field, a Website field): an "Other website" gets another link. */
  linksTaken?: ReadonlySet<ProfileKey>;
  /** For a link field naming no service: how many such fields come before it (the second gets the second free link). */
  otherLinkIndex?: number;
  /**
   * The field is part of a repeated entry (issue #17): the profile entry that fills it (undefined when
   * the profile has fewer entries than the form). Absent: the current job and the first school.
   */
  entry?: { work?: Work; education?: Education; group: 'work' | 'education' };
}

/** The applicant's links in the order a form's "Other website" fields get them, each with the key of the field that would take it. */
function linksInOrder(profile: Profile): { key: ProfileKey; url: string }[] {
  const links: { key: ProfileKey; url: string }[] = [];
  const website = websiteUrl(profile);
  if (website) links.push({ key: 'website', url: website });
  for (const entry of profile.basics.profiles ?? []) {
    const url = webUrl(entry.url);
    if (!url || links.some((link) => link.url === url)) continue;
    const service = (['linkedin', 'github', 'twitter'] as const).find((name) => findProfile(profile, name) === entry);
    links.push({ key: service ?? 'otherUrl', url });
  }
  return links;
}

function websiteUrl(profile: Profile): string | null {
  return webUrl(profile.basics.url) ?? webUrl((profile.basics.profiles ?? []).find((p) => WEBSITE_NETWORK.test(p.network ?? ''))?.url);
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?$/i;
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md|esq)\.?$/i;
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
  'dos',
  'das',
  'ter',
  'ten',
]);

/**
 * First and last name from one name: "Hanifur Rahman" → Hanifur / Rahman, "Rahman, Hanifur" →
 * Hanifur / Rahman, "Ludwig van Beethoven" → Ludwig / van Beethoven, "Madonna" → Madonna / (none).
 * Given names take every word before the family name.
 */
export function splitName(name: string): { first: string; last: string | null } | null {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) return null;
  const comma = trimmed.split(',');
  if (comma.length === 2 && comma[0]?.trim() && comma[1]?.trim() && !SUFFIX.test(comma[1].trim())) {
    return { first: comma[1].trim(), last: comma[0].trim() };
  }
  const words = trimmed.replace(/,/g, '').split(' ');
  while (words.length > 1 && HONORIFIC.test(words[0] ?? '')) words.shift();
  while (words.length > 1 && SUFFIX.test(words[words.length - 1] ?? '')) words.pop();
  if (words.length === 1) return { first: words[0] ?? '', last: null };
  let lastStart = words.length - 1;
  while (lastStart > 1 && PARTICLES.has((words[lastStart - 1] ?? '').toLowerCase())) lastStart--;
  return { first: words.slice(0, lastStart).join(' '), last: words.slice(lastStart).join(' ') };
}

const nonEmpty = (value: string | undefined | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

const DIAL_HOME: Readonly<Record<string, string>> = { '1': 'US', '7': 'RU', '44': 'GB', '61': 'AU', '47': 'NO', '39': 'IT' };

/** The country a dial code belongs to: the profile's own country when it shares the code. */
export function countryForDial(dial: string, profileCountry?: string): Country | null {
  const own = findCountry(profileCountry);
  if (own?.dial.includes(dial)) return own;
  const home = DIAL_HOME[dial];
  if (home) return findCountry(home);
  return allCountries().find((c) => c.dial.includes(dial)) ?? null;
}

function currentJob(profile: Profile): Work | null {
  return profile.work.find((w) => !w.endDate?.trim() && (w.name?.trim() || w.position?.trim())) ?? null;
}

const HOSTS: Readonly<Record<'linkedin' | 'github' | 'twitter', RegExp>> = {
  linkedin: /(?:^|\.)linkedin\.com$/,
  github: /(?:^|\.)github\.com$/,
  twitter: /(?:^|\.)(?:twitter|x)\.com$/,
};
const NETWORK: Readonly<Record<'linkedin' | 'github' | 'twitter', RegExp>> = {
  linkedin: /linked ?in/i,
  github: /git ?hub/i,
  twitter: /^(?:twitter|x)$/i,
};
const PROFILE_URL: Readonly<Record<'linkedin' | 'github' | 'twitter', (user: string) => string>> = {
  linkedin: (user) => `https://www.linkedin.com/in/${encodeURIComponent(user)}`,
  github: (user) => `https://github.com/${encodeURIComponent(user)}`,
  twitter: (user) => `https://x.com/${encodeURIComponent(user)}`,
};

/** The link as the user wrote it, when it is a safe http(s) link. */
const webUrl = (url: string | undefined): string | null => (safeWebUrl(url) ? (url ?? '').trim() : null);

function hostOf(url: string | undefined): string {
  const safe = safeWebUrl(url);
  return safe ? new URL(safe).hostname.toLowerCase() : '';
}

function findProfile(profile: Profile, service: 'linkedin' | 'github' | 'twitter'): SocialProfile | null {
  const list = profile.basics.profiles ?? [];
  return list.find((p) => HOSTS[service].test(hostOf(p.url))) ?? list.find((p) => NETWORK[service].test(p.network?.trim() ?? '')) ?? null;
}

/** The field asks for a handle, not a link ("GitHub username", "Twitter handle"). */
const wantsUsername = (field: FieldDescriptor): boolean =>
  field.kind !== 'url' && /\b(?:user ?name|handle)\b/.test(fold([...field.labels, field.placeholder ?? ''].join(' ')));

function serviceValue(profile: Profile, service: 'linkedin' | 'github' | 'twitter', field: FieldDescriptor): string | null {
  const entry = findProfile(profile, service);
  if (!entry) return null;
  const url = webUrl(entry.url);
  const user = nonEmpty(entry.username) ?? (url ? nonEmpty(new URL(url).pathname.split('/').filter(Boolean).pop()) : null);
  if (wantsUsername(field)) return user ? (service === 'twitter' ? `@${user.replace(/^@/, '')}` : user.replace(/^@/, '')) : null;
  if (url) return url;
  return user ? PROFILE_URL[service](user.replace(/^@/, '')) : null;
}

const WEBSITE_NETWORK = /portfolio|website|personal|blog|home ?page/i;

/** The profile entry whose network a link field names ("Stack Overflow profile"), if any. */
function namedNetwork(profile: Profile, field: FieldDescriptor): SocialProfile | null {
  const text = fold([...field.labels, field.question ?? '', tokenizeAttribute(field.name)].join(' '));
  for (const entry of profile.basics.profiles ?? []) {
    const network = fold(entry.network);
    if (network && (text.includes(network) || text.includes(network.replace(/ /g, '')))) return entry;
  }
  return null;
}

/** A link field that names no service ("Other website", "Website 2"): it takes whichever link is free. */
export function asksAnyLink(profile: Profile, field: FieldDescriptor): boolean {
  return !namedNetwork(profile, field) && ![...field.labels, field.question ?? ''].some((label) => NAMED_SERVICE.test(fold(label)));
}

function otherProfileUrl(profile: Profile, field: FieldDescriptor, facts: FieldFacts): string | null {
  // A field naming a service gets that one only: never a guess.
  const named = namedNetwork(profile, field);
  if (named) return webUrl(named.url);
  if (!asksAnyLink(profile, field)) return null;
  const free = linksInOrder(profile).filter((link) => !facts.linksTaken?.has(link.key));
  return free[facts.otherLinkIndex ?? 0]?.url ?? null;
}

/** full: YYYY-MM-DD (date input); yearMonth: YYYY-MM (month input); month / year: one part of a split date. */
export type DatePart = 'full' | 'yearMonth' | 'month' | 'year' | 'text';
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Which part of a date the field takes (a month select, a year box, a date input, free text). */
export function datePart(field: FieldDescriptor): DatePart {
  if (field.kind === 'date') return 'full';
  if (field.kind === 'month') return 'yearMonth';
  const words =
    fold([...field.labels, field.placeholder ?? ''].join(' ')) + ' ' + [field.name, field.htmlId, ...(field.dataHooks ?? [])].map(tokenizeAttribute).join(' ');
  const month = /\bmonth\b|\bmm\b/.test(words) && !/\byy(?:yy)?\b|\byear\b/.test(words);
  const year = /\byear\b|\byy(?:yy)?\b/.test(words) && !/\bmonth\b|\bmm\b/.test(words);
  if (month) return 'month';
  if (year) return 'year';
  return 'text';
}

/** A stored date (YYYY, YYYY-MM, YYYY-MM-DD or free text) in the shape the field wants. */
function dateValue(stored: string | undefined, field: FieldDescriptor): string | null {
  const value = nonEmpty(stored);
  if (!value) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const part = datePart(field);
  if (!iso) return part === 'text' ? value : null;
  const [, year = '', month, day] = iso;
  switch (part) {
    case 'full':
      return month && day ? value : null;
    case 'yearMonth':
      return month ? `${year}-${month}` : null;
    case 'month':
      if (!month) return null;
      return field.kind === 'select' || field.kind === 'combobox' || field.kind === 'radio' ? (MONTHS[Number(month) - 1] ?? null) : month;
    case 'year':
      return year;
    case 'text': {
      const format = dateFormatOf(field);
      return format ? inDateFormat(format, year, month, day) : value;
    }
  }
}

/** A date format spelled out: two or three of DD, MM, YYYY, YY with one separator ("MM/YYYY", "dd.mm.yyyy", "YYYY-MM"). */
const DATE_FORMAT = /(?<![a-z])(?:dd|mm|yyyy|yy)(?:\s*([/.-])\s*(?:dd|mm|yyyy|yy))(?:\s*\1\s*(?:dd|mm|yyyy|yy))?(?![a-z])/i;

/** The format a text field asks its date in: its placeholder's, else one its label or question spells out ("Start Date (MM/YYYY)"). */
function dateFormatOf(field: FieldDescriptor): string[] | null {
  for (const text of [field.placeholder, ...field.labels, field.question]) {
    const found = text ? DATE_FORMAT.exec(text) : null;
    if (!found) continue;
    const tokens = found[0].toUpperCase().split(/\s*[/.-]\s*/);
    // "MM/MM" or "DD/MM" names no date we can write; a format with a year and no repeats does.
    if (new Set(tokens).size === tokens.length && tokens.some((token) => token.startsWith('Y'))) return [...tokens, found[1] ?? '/'];
  }
  return null;
}

/** The date in a spelled-out format; null when the format asks a part the stored date lacks (a day for "2021-03"). */
function inDateFormat(format: string[], year: string, month: string | undefined, day: string | undefined): string | null {
  const separator = format[format.length - 1]!;
  const parts = format.slice(0, -1).map((token) => (token === 'YYYY' ? year : token === 'YY' ? year.slice(2) : token === 'MM' ? month : day));
  return parts.every(Boolean) ? parts.join(separator) : null;
}

/** Whole years of experience: the profile's own figure ("7+"), else from the earliest work start date. */
function yearsOfExperience(profile: Profile, page: PageContext): string | null {
  const stated = nonEmpty(profile[EXT_KEY]?.yearsOfExperience);
  if (stated) return stated;
  const starts = profile.work.map((w) => w.startDate?.trim()).filter((d): d is string => !!d && /^\d{4}/.test(d));
  if (starts.length === 0) return null;
  const earliest = starts.sort()[0] ?? '';
  const [y = 0, m = 1] = earliest.split('-').map(Number);
  const now = new Date(page.now ?? Date.now());
  const months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  return months >= 0 ? String(Math.floor(months / 12)) : null;
}

/** A number-only control gets "7" from "7+" or "about 7 years". */
function numberFor(field: FieldDescriptor, value: string): string | null {
  if (field.kind !== 'number' && !(field.pattern && /^\^?\\d|^\^?\[0-9\]/.test(field.pattern))) return value;
  const digits = /\d+(?:\.\d+)?/.exec(value.replace(/,/g, ''))?.[0];
  return digits ?? null;
}

/** Currencies a question names by code, symbol or word ("(EUR, yearly)", "in €", "in pounds"). */
const CURRENCY_NAMES: readonly [RegExp, readonly string[]][] = [
  [/€|\beur\b|\beuros?\b/i, ['EUR']],
  [/£|\bgbp\b|\bpounds?(?: sterling)?\b/i, ['GBP']],
  [/\busd\b|\bus ?\$/i, ['USD']],
  [/\bcad\b|\bc\$/i, ['CAD']],
  [/\baud\b|\ba\$/i, ['AUD']],
  [/\$|\bdollars?\b/i, ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']],
  [/₹|\binr\b|\brupees?\b/i, ['INR']],
  [/¥|\bjpy\b|\byen\b/i, ['JPY']],
  [/\bchf\b|\bswiss francs?\b/i, ['CHF']],
  [/\b(?:sek|nok|dkk|pln|bdt|brl|mxn|zar|nzd|sgd|hkd)\b/i, []],
];

/** The currencies a field asks in; empty when it names none. */
function currenciesAsked(field: FieldDescriptor): Set<string> {
  const text = [...field.labels, field.question ?? '', field.placeholder ?? ''].join(' ');
  const asked = new Set<string>();
  for (const [pattern, codes] of CURRENCY_NAMES) {
    const found = pattern.exec(text);
    if (!found) continue;
    for (const code of codes.length ? codes : [found[0].toUpperCase()]) asked.add(code);
  }
  return asked;
}

function salaryText(profile: Profile, field: FieldDescriptor): string | null {
  const salary = profile[EXT_KEY]?.answers?.salary;
  const amount = nonEmpty(salary?.amount);
  if (!amount) return null;
  // A figure in one currency is not an answer to a question asked in another.
  const asked = currenciesAsked(field);
  if (asked.size && !asked.has((salary?.currency ?? '').toUpperCase())) return null;
  if (field.kind === 'number') return numberFor(field, amount);
  const period = salary?.period ? ` per ${salary.period}` : '';
  return `${amount}${salary?.currency ? ` ${salary.currency}` : ''}${period}`;
}

/** Countries named in a question ("authorized to work in the United States"). */
export function countriesIn(text: string): Country[] {
  const found: Country[] = [];
  const words = foldCountryName(text).split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let len = Math.min(7, words.length - i); len >= 1; len--) {
      const phrase = words.slice(i, i + len).join(' ');
      // Two-letter words ("us", "in") are pronouns and prepositions far more often than codes.
      if (phrase.length <= 2) continue;
      const country = countryByFoldedName(phrase);
      if (country && !found.includes(country)) found.push(country);
    }
  }
  // Upper-case abbreviations in the original text are codes: "US", "U.S.", "UK", "UAE".
  for (const [re, code] of [
    [/\bU\.?S\.?A?\b/, 'US'],
    [/\bU\.?K\.?\b/, 'GB'],
    [/\bUAE\b/, 'AE'],
  ] as const) {
    const c = re.test(text) ? findCountry(code) : null;
    if (c && !found.includes(c)) found.push(c);
  }
  return found;
}

function workAuthorization(profile: Profile, field: FieldDescriptor): string | null {
  const entries = profile[EXT_KEY]?.answers?.workAuthorization ?? [];
  if (entries.length === 0) return null;
  const asked = countriesIn([...field.labels, field.question ?? ''].join(' '));
  if (asked.length !== 1 || !asked[0]) return null;
  const entry = entries.find((e) => findCountry(e.country)?.alpha2 === asked[0]?.alpha2);
  return entry?.authorized ? entry.authorized : null;
}

const WORKPLACE: Readonly<Record<string, string>> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site', any: 'Any' };

function shortText(field: FieldDescriptor, text: string | null): string | null {
  if (!text) return null;
  if (field.maxLength === undefined || field.maxLength <= 0 || text.length <= field.maxLength) return text;
  const firstParagraph = text.split(/\n\s*\n/)[0]?.trim() ?? '';
  return firstParagraph && firstParagraph.length <= field.maxLength ? firstParagraph : null;
}

export function valueForKey(profile: Profile, key: ProfileKey, field: FieldDescriptor, page: PageContext, facts: FieldFacts = {}): string | null {
  const basics = profile.basics;
  const answers = profile[EXT_KEY]?.answers;
  const loc = basics.location ?? {};
  const education = facts.entry?.group === 'education' ? facts.entry.education : facts.entry ? undefined : profile.education[0];
  const job = facts.entry?.group === 'work' ? facts.entry.work : facts.entry ? undefined : currentJob(profile);
  switch (key) {
    case 'firstName':
      return nonEmpty(splitName(basics.name ?? '')?.first);
    case 'lastName':
      return nonEmpty(splitName(basics.name ?? '')?.last);
    case 'fullName':
      return nonEmpty(basics.name);
    case 'preferredName':
      return nonEmpty(answers?.preferredName);
    case 'email':
    case 'emailConfirm': {
      const email = nonEmpty(basics.email);
      return email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
    }
    case 'phone': {
      const parts = parsePhone(basics.phone ?? '', loc.countryCode);
      return parts
        ? formatPhone(parts, {
            kind: field.kind,
            maxLength: field.maxLength,
            pattern: field.pattern,
            placeholder: field.placeholder,
            dialShown: field.dialShown,
            // tel-national asks for the number without its country code.
            separateCountryCode: facts.separateCountryCode || /\btel-(?:national|local)\b/.test(field.autocomplete ?? ''),
          })
        : null;
    }
    case 'phoneCountryCode': {
      // Only with a number to go with it: a code alone says nothing.
      const parts = parsePhone(basics.phone ?? '', loc.countryCode);
      return parts?.dial ? `+${parts.dial}` : null;
    }
    case 'address':
      return nonEmpty(loc.address);
    case 'city':
      return nonEmpty(loc.city);
    case 'region':
      return nonEmpty(loc.region);
    case 'postalCode':
      return nonEmpty(loc.postalCode);
    case 'country':
      return findCountry(loc.countryCode)?.name ?? nonEmpty(loc.countryCode);
    case 'location': {
      const country = findCountry(loc.countryCode)?.name ?? nonEmpty(loc.countryCode);
      const parts = [nonEmpty(loc.city), nonEmpty(loc.region), country].filter((p): p is string => !!p);
      return parts.length > 0 ? parts.join(', ') : null;
    }
    case 'linkedin':
    case 'github':
    case 'twitter':
      return serviceValue(profile, key, field);
    case 'website':
      return websiteUrl(profile);
    case 'otherUrl':
      return otherProfileUrl(profile, field, facts);
    case 'currentCompany':
      return nonEmpty(job?.name);
    case 'currentTitle':
      return nonEmpty(job?.position);
    case 'workLocation':
      return nonEmpty(job?.location);
    case 'workStart':
      return dateValue(job?.startDate, field);
    case 'workEnd':
      return dateValue(job?.endDate, field);
    case 'workCurrent':
      return job ? (job.endDate?.trim() ? 'No' : 'Yes') : null;
    case 'workDescription':
      // Too long with its highlights for the box: the summary alone.
      return job ? (shortText(field, roleDescription(job)) ?? shortText(field, nonEmpty(job.summary))) : null;
    case 'gpa':
      return nonEmpty(education?.score);
    case 'yearsOfExperience': {
      const years = yearsOfExperience(profile, page);
      return years ? numberFor(field, years) : null;
    }
    case 'school':
      return nonEmpty(education?.institution);
    case 'degree':
      return nonEmpty(education?.studyType);
    case 'discipline':
      return nonEmpty(education?.area);
    case 'educationStart':
      return dateValue(education?.startDate, field);
    case 'educationEnd':
      return dateValue(education?.endDate, field);
    case 'summary':
      return shortText(field, nonEmpty(basics.summary));
    case 'coverLetterText':
      return shortText(field, coverLetterText(profile, page));
    case 'resumeFile':
    case 'coverLetterFile':
      // Files are attached by the applier; the plan only names which one.
      return null;
    case 'answers.workAuthorization':
      return yesNoText(workAuthorization(profile, field));
    case 'answers.sponsorship':
      return yesNoText(answers?.sponsorship);
    case 'answers.relocate':
      return yesNoText(answers?.relocate);
    case 'answers.adult':
      return yesNoText(answers?.adult);
    case 'answers.workplace':
      return answers?.workplace ? (WORKPLACE[answers.workplace] ?? null) : null;
    case 'answers.startDate':
      return dateValue(answers?.startDate, field);
    case 'answers.noticePeriod':
      return nonEmpty(answers?.noticePeriod);
    case 'answers.salary':
      return salaryText(profile, field);
    case 'answers.heardAbout':
      return nonEmpty(answers?.heardAbout);
    case 'answers.pronouns':
      return nonEmpty(answers?.pronouns);
    case 'languages':
      return nonEmpty(languagesOf(profile).join(', '));
    case 'answers.eeo.gender':
      return nonEmpty(answers?.eeo?.gender);
    case 'answers.eeo.race':
      return nonEmpty(answers?.eeo?.race);
    case 'answers.eeo.hispanicLatino':
      return nonEmpty(answers?.eeo?.hispanicLatino);
    case 'answers.eeo.veteran':
      return nonEmpty(answers?.eeo?.veteran);
    case 'answers.eeo.disability':
      return nonEmpty(answers?.eeo?.disability);
    case 'answers.custom': {
      const pair = facts.customIndex === undefined ? undefined : answers?.custom?.[facts.customIndex];
      return nonEmpty(pair?.answer);
    }
  }
}

/** The languages the person speaks (JSON Resume `languages`), in the profile's order. */
export function languagesOf(profile: Profile): string[] {
  const entries = Array.isArray(profile.languages) ? (profile.languages as { language?: unknown }[]) : [];
  const names = entries.map((entry) => (typeof entry?.language === 'string' ? entry.language.trim() : '')).filter(Boolean);
  return names.filter((name, index) => names.indexOf(name) === index);
}

function yesNoText(answer: string | null | undefined): string | null {
  return answer === 'yes' ? 'Yes' : answer === 'no' ? 'No' : null;
}
