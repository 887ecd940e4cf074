import { EXT_KEY, PROFILE_EXTRAS_VERSION, emptyAnswers } from './types';

/**
 * Migrations of the stored profile, one pure function per storage version step. The background
 * applies them to storage through @wxt-dev/storage (which writes nothing unless every step
 * succeeds); a page that reads an older version before that upgrades its copy with
 * `upgradeStoredProfile`, writing nothing.
 *
 * - v1: a JSON Resume document with the answers to application questions under a top-level `answers`.
 * - v2: the same document carrying Profile Card's data under `x-profileCard` (answers included).
 */
export const PROFILE_STORAGE_VERSION = 2;

export function migrateProfileV1toV2(v1: unknown): unknown {
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) {
    throw new TypeError('stored profile v1 is not an object');
  }
  const doc = v1 as Record<string, unknown>;
  const { answers, ...resume } = doc;
  const existing = (resume[EXT_KEY] ?? {}) as Record<string, unknown>;
  return {
    ...resume,
    [EXT_KEY]: {
      ...existing,
      version: PROFILE_EXTRAS_VERSION,
      answers: { ...emptyAnswers(), ...(typeof answers === 'object' && answers ? answers : {}) },
    },
  };
}

/** Each step, by the version it produces. */
export const PROFILE_MIGRATIONS: Readonly<Record<number, (value: unknown) => unknown>> = { 2: migrateProfileV1toV2 };

/** A stored profile of an older version, brought to the current one step by step; throws when it cannot be. */
export function upgradeStoredProfile(value: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > PROFILE_STORAGE_VERSION) {
    throw new RangeError(`stored profile version ${fromVersion} is not one this version reads`);
  }
  let upgraded = value;
  for (let version = fromVersion + 1; version <= PROFILE_STORAGE_VERSION; version++) upgraded = PROFILE_MIGRATIONS[version]!(upgraded);
  return upgraded;
}
