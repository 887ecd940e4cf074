import { validateProfile } from '@/core/profile/validate';
import type { Profile } from '@/core/profile/types';
import type { ChoiceOption, ControlKind, FieldDescriptor, PageContext } from '@/core/autofill/types';
import { describedField } from '@/core/autofill/field';
import { profileDocument } from '../../support/profiles';

let nextId = 0;

/** A described field as the collector would send it: visible, enabled, empty unless said otherwise. */
export function field(labels: string | string[], kind: ControlKind = 'text', extra: Partial<FieldDescriptor> = {}): FieldDescriptor {
  const list = typeof labels === 'string' ? (labels ? [labels] : []) : labels;
  return describedField(`f${++nextId}`, kind, list, extra);
}

/** Options from texts; the first may be a placeholder with an empty value. */
export function opts(...texts: string[]): ChoiceOption[] {
  return texts.map((text, i) => ({ value: /^(?:select|--|please|choose)/i.test(text) ? '' : `v${i}`, text }));
}

export const YES_NO = opts('Select...', 'Yes', 'No');

function load(json: unknown): Profile {
  const result = validateProfile(json);
  if (!result.ok) throw new Error(`fixture profile is invalid: ${JSON.stringify(result.issues)}`);
  return result.profile;
}

/** The test profiles (tests/support/profiles.ts), through the full validator. */
export const sparseProfile = (): Profile => load(profileDocument('sparse'));
export const richProfile = (): Profile => load(profileDocument('rich'));

/** 2026-06-01: fixed "now" so years computed from dates do not drift. */
export const PAGE: PageContext = { url: 'https://boards.greenhouse.io/acme/jobs/1', company: 'Acme', role: 'Staff Engineer', now: Date.UTC(2026, 5, 1) };
