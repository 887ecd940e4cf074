import { countryName } from './format';
import { localPhoto } from './photo';
import { EXT_KEY, type Profile } from './profile/types';
import { mailtoHref, safeWebUrl, telHref } from './safe-url';

/**
 * The profile as a vCard 4.0 (RFC 6350): FN, N, TITLE, EMAIL, TEL, ADR, URL, PHOTO and a short NOTE.
 * Text values are escaped (§3.4), lines folded at 75 octets without splitting a UTF-8 character
 * (§3.2), every line ends in CRLF.
 */

/** §3.4: backslash, comma, semicolon and line breaks in text values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** §3.2: a content line longer than 75 octets continues on lines that start with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** "Hanifur Rahman" → family "Rahman", given "Hanifur"; one word is a given name. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const family = words.length > 1 ? (words.at(-1) ?? '') : '';
  const given = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
  // N: family;given;additional;prefixes;suffixes
  return [family, given, '', '', ''].map((part) => escapeText(part)).join(';');
}

/** The note: the pitch and what roles the person is open to, kept short. */
function note(profile: Profile): string {
  const extras = profile[EXT_KEY];
  return [extras?.pitch, extras?.availability?.roles]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join('\n');
}

export function profileToVCard(profile: Profile): string {
  const { basics } = profile;
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(basics.name.trim())}`, `N:${structuredName(basics.name)}`];
  if (basics.label?.trim()) lines.push(`TITLE:${escapeText(basics.label.trim())}`);
  if (mailtoHref(basics.email)) lines.push(`EMAIL:${escapeText(basics.email!.trim())}`);
  const tel = telHref(basics.phone);
  if (tel) lines.push(`TEL;VALUE=uri:${tel}`);
  const location = basics.location;
  if (location && (location.address || location.city || location.region || location.postalCode || location.countryCode)) {
    // ADR: PO box;extended;street;locality;region;postal code;country
    const parts = ['', '', location.address, location.city, location.region, location.postalCode, countryName(location.countryCode)];
    lines.push(`ADR:${parts.map((part) => escapeText(part?.trim() ?? '')).join(';')}`);
  }
  const links = [basics.url, ...(basics.profiles ?? []).map((p) => p.url)].map(safeWebUrl).filter((url) => url !== null);
  for (const url of new Set(links)) lines.push(`URL:${url}`);
  // The uploaded picture itself (a data: URI, as RFC 6350's PHOTO allows), or a photo link.
  const photo = localPhoto(basics.image) ?? safeWebUrl(basics.image);
  if (photo) lines.push(`PHOTO:${photo}`);
  const text = note(profile);
  if (text) lines.push(`NOTE:${escapeText(text)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "hanifur-rahman.vcf": the name in ASCII, so every file system and mail client keeps it. */
export function vcardFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'contact'}.vcf`;
}
