import { EXT_KEY, PROFILE_EXTRAS_VERSION, emptyAnswers } from './types';

/**
 * Migrations of the stored profile, one pure function per storage version step, applied by
 * utils/storage.ts through @wxt-dev/storage (which writes nothing unless every step succeeds).
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
