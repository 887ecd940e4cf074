import { EXT_KEY, type Profile } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored draft the options form can show again: the profile's shape (sections and lists where the
 * form expects them), not necessarily valid, because a draft may be half-typed. Anything else (a
 * draft from an older build, a damaged value) is null and is not restored.
 */
export function asEditableProfile(value: unknown): Profile | null {
  if (!isRecord(value) || !isRecord(value.basics)) return null;
  if (!['work', 'education', 'skills'].every((section) => Array.isArray(value[section]))) return null;
  const extras = value[EXT_KEY];
  if (!isRecord(extras) || !isRecord(extras.answers)) return null;
  return value as unknown as Profile;
}

export interface FirstRunDetails {
  phone: string;
  /** The profile link (basics.url): a personal site or portfolio. */
  url: string;
  linkedin: string;
}

/** "linkedin.com/in/me" as typed or pasted without a scheme → "https://linkedin.com/in/me"; anything else as it is. */
function withHttps(link: string): string {
  const trimmed = link.trim();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(trimmed) ? `https://${trimmed}` : trimmed;
}

const isLinkedIn = (network?: string, url?: string) => /linkedin/i.test(network ?? '') || /linkedin\.com/i.test(url ?? '');

/** The LinkedIn entry among the profile's links, if any. */
export function linkedInIndex(profile: Profile): number {
  return (profile.basics.profiles ?? []).findIndex((p) => isLinkedIn(p.network, p.url));
}

/**
 * The profile with what the first-run welcome was given: phone, profile link and LinkedIn (added to
 * the links, or updating the LinkedIn entry already there; its username read from /in/<name>). Only
 * the details given change; links typed without a scheme get https://.
 */
export function applyFirstRunDetails(profile: Profile, details: Partial<FirstRunDetails>): Profile {
  const basics = { ...profile.basics };
  if (details.phone !== undefined) basics.phone = details.phone.trim();
  if (details.url !== undefined) basics.url = withHttps(details.url);
  if (details.linkedin !== undefined) basics.profiles = withLinkedIn(basics.profiles ?? [], withHttps(details.linkedin));
  return { ...profile, basics };
}

function withLinkedIn(links: NonNullable<Profile['basics']['profiles']>, linkedin: string): NonNullable<Profile['basics']['profiles']> {
  const profiles = [...links];
  const index = profiles.findIndex((p) => isLinkedIn(p.network, p.url));
  if (linkedin) {
    const username = /linkedin\.com\/in\/([^/?#]+)/i.exec(linkedin)?.[1];
    const entry = {
      ...(index >= 0 ? profiles[index] : {}),
      network: 'LinkedIn',
      url: linkedin,
      ...(username ? { username: decodeURIComponent(username) } : {}),
    };
    if (index >= 0) profiles[index] = entry;
    else profiles.push(entry);
  } else if (index >= 0) {
    profiles.splice(index, 1);
  }
  return profiles;
}
