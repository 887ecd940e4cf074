import { mergeEdits } from '@/core/profile/merge';
import type { Profile } from '@/core/profile/types';
import { validateProfile, type ValidationIssue } from '@/core/profile/validate';
import { sameJson } from '@/core/same-json';
import { loadProfile, saveProfile } from './storage';

/**
 * Every way a page writes the profile, each against what is stored at the moment of writing, so no
 * page can put back its own stale copy over another page's save.
 */

export type WriteOutcome =
  | { ok: true; profile: Profile }
  | {
      ok: false;
      issues: ValidationIssue[];
      error?: string;
      /** Set when another page changed the same values since this page read them. */
      conflicts?: string[];
    };

export const CONFLICT_MESSAGE = 'This profile was changed in another tab since you started editing. Reload it, or overwrite it with yours.';

let pendingWrite: Promise<unknown> = Promise.resolve();

/** Writes from this page run one after another: each reads what the one before it wrote. */
function serialised<T>(write: () => Promise<T>): Promise<T> {
  const run = pendingWrite.then(write);
  pendingWrite = run.catch(() => undefined);
  return run;
}

async function store(next: Profile): Promise<WriteOutcome> {
  const result = validateProfile(next);
  if (!result.ok) return { ok: false, issues: result.issues };
  try {
    return { ok: true, profile: await saveProfile(next) };
  } catch (error) {
    return { ok: false, issues: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Saves the edits a page made (`mine`, edited from `base`, the profile it read) merged onto the
 * profile stored now. When another page changed the same values, nothing is written and the
 * outcome names them; `overwrite` then writes `mine` as it is.
 */
export function saveEdits(base: Profile, mine: Profile, { overwrite = false } = {}): Promise<WriteOutcome> {
  return serialised(async () => {
    if (overwrite) return store(mine);
    const latest = (await loadProfile()).profile;
    const merged = mergeEdits(base, mine, latest);
    if (!merged.ok) return { ok: false, issues: [], error: CONFLICT_MESSAGE, conflicts: merged.conflicts };
    return store(merged.value);
  });
}

/** Applies one change to the profile stored now (a form that edits a slice of it, such as the first-run welcome). */
export function saveChange(change: (stored: Profile) => Profile): Promise<WriteOutcome> {
  return serialised(async () => store(change((await loadProfile()).profile)));
}

export type ReplaceOutcome = WriteOutcome & { previous?: Profile };

/** Replaces the whole profile (import, reset), answering with the one it replaced so it can be undone. */
export function replaceProfile(next: Profile): Promise<ReplaceOutcome> {
  return serialised(async () => {
    const previous = (await loadProfile()).profile;
    const outcome = await store(next);
    return outcome.ok ? { ...outcome, previous } : outcome;
  });
}

/** Puts back the profile a replace replaced, unless the profile was changed again since (then it says so). */
export function undoReplace(previous: Profile, replacedWith: Profile): Promise<WriteOutcome> {
  return serialised(async () => {
    if (!sameJson((await loadProfile()).profile, replacedWith)) {
      return { ok: false, issues: [], error: 'Not undone: the profile was changed again since it was replaced.' };
    }
    return store(previous);
  });
}
