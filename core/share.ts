import { formatFullAddress } from './format';
import { EXT_KEY, type Profile } from './profile/types';
import { mailtoHref, safeWebUrl, telHref } from './safe-url';

/** One contact detail the popup lists with its own copy control. */
export interface ContactItem {
  /** Stable key for lists and tests: `email`, `phone`, `location`, `website`, `photo`, `profile-0`, … */
  key: string;
  /** What it is, shown next to the value and used in "Copy …" names. */
  label: string;
  /** The exact text a copy puts on the clipboard. */
  value: string;
  /** A safe link to open it (http(s), mailto:, tel:), or null. */
  href: string | null;
  /** What its copy control copies, for "Copy …" and "… copied": `email`, `LinkedIn link`. */
  copyName: string;
}

/** The profile link to share: `basics.url` when it is a valid http(s) link. */
export function profileLink(profile: Profile): string | null {
  return safeWebUrl(profile.basics.url);
}

/** Every non-empty contact detail, in the order a recruiter reads them. */
export function contactItems(profile: Profile): ContactItem[] {
  const { basics } = profile;
  const items: ContactItem[] = [];
  const add = (key: string, label: string, value: string | undefined, href: string | null, copyName = label.toLowerCase()) => {
    const text = value?.trim();
    if (text) items.push({ key, label, value: text, href, copyName });
  };
  add('email', 'Email', basics.email, mailtoHref(basics.email));
  add('phone', 'Phone', basics.phone, telHref(basics.phone));
  add('location', 'Location', formatFullAddress(basics.location), null);
  // Links are listed only when safe: a `javascript:` "website" is not a contact detail.
  const website = safeWebUrl(basics.url);
  add('website', 'Website', website ?? undefined, website, 'website link');
  (basics.profiles ?? []).forEach((social, i) => {
    const label = social.network?.trim() || 'Profile';
    const url = safeWebUrl(social.url);
    // A username alone is still worth copying ("@hanif on Mastodon"); the link wins when there is one.
    add(`profile-${i}`, label, url ?? social.username, url, url ? `${label} link` : `${label} username`);
  });
  const photo = safeWebUrl(basics.image);
  add('photo', 'Photo', photo ?? undefined, photo, 'photo link');
  return items;
}

/** "Copy all": name, title, then one "Label: value" line per contact detail. */
export function contactBlock(profile: Profile): string {
  const { name, label } = profile.basics;
  const lines = [name, label ?? ''].map((line) => line.trim()).filter(Boolean);
  for (const item of contactItems(profile)) lines.push(`${item.label}: ${item.value}`);
  return lines.join('\n');
}

/** The one-paragraph summary used by email and the share sheet: title and pitch. */
function shortSummary(profile: Profile): string {
  const { name, label } = profile.basics;
  const pitch = profile[EXT_KEY]?.pitch?.trim();
  return [label ? `${name}, ${label}.` : `${name}.`, pitch].filter(Boolean).join(' ');
}

/** "Email this profile": a mailto: with no recipient (the user picks one), a subject, a short summary and the link. */
export function profileEmailHref(profile: Profile): string {
  const { name, label, email } = profile.basics;
  const link = profileLink(profile);
  const details = [link ? `Profile: ${link}` : '', email?.trim() ? `Email: ${email.trim()}` : ''].filter(Boolean);
  const body = [shortSummary(profile), ...(details.length ? ['', ...details] : [])].join('\r\n');
  const subject = label ? `${name} – ${label}` : name;
  // RFC 6068: percent-encoded UTF-8, line breaks as %0D%0A.
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** What the system share sheet gets: a title, the summary, and the link when there is one. */
export function profileShareData(profile: Profile): { title: string; text: string; url?: string } {
  const link = profileLink(profile);
  return { title: profile.basics.name, text: shortSummary(profile), ...(link ? { url: link } : {}) };
}
