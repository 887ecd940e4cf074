/**
 * Links built from profile data: only these schemes ever reach an `href`. Anything else
 * (`javascript:`, `data:`, `file:`, relative paths) is refused, because profile text is user data
 * that may have come from an imported file.
 */
const WEB = /^https?:$/;

/** The URL as an absolute http(s) URL string, or null when it is anything else. */
export function safeWebUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return WEB.test(url.protocol) && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

export function mailtoHref(email: string | undefined | null): string | null {
  const address = email?.trim();
  return address && /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(address) ? `mailto:${encodeURIComponent(address).replace('%40', '@')}` : null;
}

export function telHref(phone: string | undefined | null): string | null {
  const digits = phone?.replace(/[^\d+]/g, '') ?? '';
  return /^\+?\d{3,}$/.test(digits) ? `tel:${digits}` : null;
}
