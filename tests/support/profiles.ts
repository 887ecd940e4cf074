/**
 * The tests' own applicants (tests/fixtures/profiles/*.json), invented people the tests own: no test
 * asserts what the shipped profile (data/profile.json, which its user edits) says, except the one
 * that checks it against the résumé it was made from (tests/unit/profile.test.ts).
 *
 * - `rich`: Jordan Alvarez in San Francisco. Everything filled in: phone, website, LinkedIn, GitHub and
 *   other profiles, three jobs (two with case briefs: figures, diagram, outcome), two schools, skills, languages (English, Spanish),
 *   pitch, availability, problem log, working stack, and answers to application questions.
 * - `sparse`: Nusrat Jahan in Sylhet, Bangladesh, who filled in only the basics: name, title, email,
 *   city, two jobs, one school, skills. No phone, no links, no answers: what autofill cannot answer
 *   from this profile it must leave to her.
 *
 * Read with `fs` (not imported), so Vitest and Playwright load them alike; both validate with the
 * product's validator (tests/unit/profile.test.ts checks each against the full JSON Resume schema).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkStoredProfile } from '../../core/profile/shape';
import type { Profile } from '../../core/profile/types';

export const PROFILE_NAMES = ['sparse', 'rich'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** The profile's file as a person would import it. */
export function profileDocument(name: ProfileName): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, `../fixtures/profiles/${name}.json`), 'utf8'));
}

/** The profile as the extension keeps it (normalised, extension data filled in); a fresh copy each call. */
export function testProfile(name: ProfileName): Profile {
  const result = checkStoredProfile(profileDocument(name));
  if (!result.ok) throw new Error(`tests/fixtures/profiles/${name}.json is invalid: ${JSON.stringify(result.issues)}`);
  return result.profile;
}

/**
 * The shipped default (data/profile.json) as the extension keeps it, for the tests of what ships:
 * what a fresh install stores, what "Reset to default profile" brings back. Compared whole, never by
 * what it says, so its user may change every word of it.
 */
export function shippedDefault(): Profile {
  const result = checkStoredProfile(JSON.parse(readFileSync(path.join(import.meta.dirname, '../../data/profile.json'), 'utf8')));
  if (!result.ok) throw new Error(`data/profile.json is invalid: ${JSON.stringify(result.issues)}`);
  return result.profile;
}
