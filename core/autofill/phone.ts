/**
 * The profile's phone number, written the way a field expects it: as the user typed it, E.164,
 * national digits, or digits only — whichever first fits the field's maxLength and pattern.
 */
import { findCountry, splitDialCode } from './countries';

export interface PhoneParts {
  /** Dial code without '+', '' when unknown. */
  dial: string;
  /** National significant number, digits only (no trunk 0). */
  national: string;
  /** National number as people there write it (with the trunk 0 when the user typed one). */
  nationalWritten: string;
  /** What the user typed, trimmed. */
  typed: string;
}

/** Splits a typed number using the profile's country when the number has no '+'. */
export function parsePhone(typed: string, countryCode?: string): PhoneParts | null {
  const trimmed = typed.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 5) return null;
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  if (international) {
    const all = trimmed.startsWith('00') ? digits.slice(2) : digits;
    const split = splitDialCode(all);
    if (!split) return { dial: '', national: all, nationalWritten: all, typed: trimmed };
    const national = split.rest.replace(/^0+/, '');
    return { dial: split.dial, national, nationalWritten: national, typed: trimmed };
  }
  const dial = findCountry(countryCode)?.dial[0] ?? '';
  const national = digits.replace(/^0+/, '');
  return { dial, national, nationalWritten: digits, typed: trimmed };
}

export interface PhoneField {
  kind: string;
  maxLength?: number;
  pattern?: string;
  placeholder?: string;
  /** The form has its own country-code control: write only the national number. */
  separateCountryCode?: boolean;
}

function compilePattern(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  for (const flags of ['v', 'u']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      // Not valid with these flags; try the next, and ignore a pattern no flag accepts (browsers do too).
    }
  }
  return null;
}

/** The number in the first form the field accepts, or null when none fits (never truncated). */
export function formatPhone(parts: PhoneParts, field: PhoneField): string | null {
  const e164 = parts.dial ? `+${parts.dial}${parts.national}` : '';
  const candidates: string[] = [];
  const hint = field.placeholder?.trim() ?? '';
  if (field.separateCountryCode) candidates.push(parts.nationalWritten, parts.national);
  else if (field.kind === 'number') candidates.push(parts.nationalWritten, parts.national);
  else if (hint && !hint.startsWith('+') && /\d/.test(hint)) {
    // A national example ("(555) 123-4567", "01XXX-XXXXXX"): the national number first.
    candidates.push(parts.nationalWritten, parts.national, parts.typed, e164);
  } else {
    candidates.push(parts.typed.startsWith('+') ? parts.typed : e164 || parts.typed, e164, parts.nationalWritten, parts.national);
  }
  candidates.push(e164.replace('+', ''), parts.nationalWritten, parts.national);
  const pattern = compilePattern(field.pattern);
  for (const candidate of candidates) {
    if (!candidate) continue;
    if (field.kind === 'number' && /\D/.test(candidate)) continue;
    if (field.maxLength !== undefined && field.maxLength > 0 && candidate.length > field.maxLength) continue;
    if (pattern && !pattern.test(candidate)) continue;
    return candidate;
  }
  return null;
}
