import profileJson from '../../data/profile.json';
import { validateProfile } from './validate';
import type { Profile } from './types';

/** The profile shipped in data/profile.json (Hanifur Rahman's résumé), normalised; a fresh copy each call. */
export function defaultProfile(): Profile {
  const result = validateProfile(structuredClone(profileJson));
  // data/profile.json is checked by a unit test; reaching this means the build shipped a broken file.
  if (!result.ok) throw new Error(`data/profile.json is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return result.profile;
}
