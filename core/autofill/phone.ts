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
  /** The dial code the field's own country picker shows ("+44"). */
  dialShown?: string;
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

/** The example has as many digit places as the applicant's national number, written or bare. */
function nationalFits(hint: string, parts: PhoneParts): boolean {
  const places = hint.replace(/[^0-9xX#]/g, '').length;
  return places === parts.nationalWritten.replace(/\D/g, '').length || places === parts.national.length;
}

/** The number in the first form the field accepts, or null when none fits (never truncated). */
export function formatPhone(parts: PhoneParts, field: PhoneField): string | null {
  const e164 = parts.dial ? `+${parts.dial}${parts.national}` : '';
  const candidates: string[] = [];
  const hint = field.placeholder?.trim() ?? '';
  // A picker showing another country's code takes the number with its own code (and switches to it);
  // one showing the applicant's takes the national number.
  const pickerElsewhere = Boolean(field.dialShown && parts.dial && field.dialShown !== `+${parts.dial}`);
  if (pickerElsewhere) candidates.push(parts.typed.startsWith('+') ? parts.typed : e164, e164);
  else if (field.separateCountryCode || (field.dialShown && parts.dial)) candidates.push(parts.nationalWritten, parts.national);
  else if (field.kind === 'number') candidates.push(parts.nationalWritten, parts.national);
  else if (hint && !hint.startsWith('+') && /\d/.test(hint) && nationalFits(hint, parts)) {
    // A national example ("(555) 123-4567", "01XXX-XXXXXX"): the national number first. One of another
    // length is another country's (a phone picker's example for its preselected country): never a hint.
    candidates.push(parts.nationalWritten, parts.national, parts.typed, e164);
  } else {
    candidates.push(parts.typed.startsWith('+') ? parts.typed : e164 || parts.typed, e164, parts.nationalWritten, parts.national);
  }
  if (!pickerElsewhere) candidates.push(e164.replace('+', ''), parts.nationalWritten, parts.national);
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
