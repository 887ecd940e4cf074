import { storage } from '@wxt-dev/storage';
import { PROFILE_MIGRATIONS, PROFILE_STORAGE_VERSION, upgradeStoredProfile } from '@/core/profile/migrations';
import { checkStoredProfile, formatIssue } from '@/core/profile/shape';
import type { Profile } from '@/core/profile/types';
import type { FillReport } from '@/core/contract';
import type { StoredFile } from '@/core/resume-file';

/**
 * Every stored item, in one place. All of it lives in `storage.local`: on this device only,
 * never synced, never sent anywhere.
 */

/**
 * The user's profile. `unknown` on purpose: what comes out of storage is validated before use.
 * Its format version is in its meta (`v`). Defined without migrations: @wxt-dev/storage runs an
 * item's migration check wherever the item is defined and makes every read wait for it, which
 * would cost the popup and the card a storage round trip; the background migrates it instead
 * (`migrateStoredProfile`).
 */
export const profileItem = storage.defineItem<unknown>('local:profile');

/**
 * Brings the stored profile to the current format (background, at start-up). On any failure the
 * stored value stays as it was (the library writes nothing then) and pages show the last good copy.
 */
export async function migrateStoredProfile(): Promise<void> {
  const versioned = storage.defineItem<unknown>('local:profile', { version: PROFILE_STORAGE_VERSION, migrations: PROFILE_MIGRATIONS });
  await versioned.getMeta(); // resolves once the migration check (and any migration) is done
}

/** A copy of the last profile that validated, so a corrupted `profile` never means a blank popup. */
export const lastGoodProfileItem = storage.defineItem<Profile | null>('local:profileLastGood', { fallback: null });

// Preferences live in their own module so content scripts can read them without the profile's
// validator and migrations; re-exported here, the one storage layer.
export { settingsItem, updateSettings } from './settings-storage';
export { applicationsItem, updateApplications } from './applications-storage';

// The stored file's shape is core's (the fill script's arguments carry it); re-exported here with its item.
export type { StoredFile };

export const resumeFileItem = storage.defineItem<StoredFile | null>('local:resumeFile', { fallback: null });

/**
 * The options form's unsaved edits, kept so a closed tab loses nothing; removed on save or discard.
 * `unknown`: a draft may be half-typed and invalid, and is checked before it is shown again.
 */
export interface ProfileDraft {
  profile: unknown;
  /** The stored profile the edits were made on, so they can be carried onto a newer one. */
  base?: unknown;
  /** The page that wrote it: a save in another tab leaves it alone. */
  page?: string;
  /** When it was last written (ms since epoch), shown in the "restored" notice. */
  savedAt: number;
}

export const draftItem = storage.defineItem<ProfileDraft | null>('local:profileDraft', { fallback: null });

/** Set once the first-run welcome on the options page was completed or skipped. */
export const welcomeDoneItem = storage.defineItem<boolean>('local:welcomeDone', { fallback: false });

/**
 * The last fill's report for a tab, written by the background after every fill or undo, read by the
 * card and the popup. Session storage: gone when the browser closes, never written to disk.
 */
export const lastFillItem = (tabId: number) => storage.defineItem<FillReport | null>(`session:lastFill:${tabId}`, { fallback: null });

export interface LoadedProfile {
  profile: Profile;
  /** Where it came from: what is stored, the last good copy, or the shipped default. */
  source: 'stored' | 'last-good' | 'default';
  /** Set when the stored value could not be used: shown to the user, never swallowed. */
  notice?: string;
}

// The shipped default and the full JSON Resume validator load only when needed: the popup and the
// card read a stored profile with the light shape check and stay small.
const loadDefaultProfile = async () => (await import('@/core/profile/default')).defaultProfile();

/** An older stored profile upgraded in memory (the background writes the upgrade); null when it cannot be. */
function upgradedOrNull(stored: unknown, version: number): unknown {
  try {
    return upgradeStoredProfile(stored, version);
  } catch {
    return null;
  }
}

/** Reads the profile; a broken stored value falls back to the last good copy, then the default, with a notice. */
export async function loadProfile(): Promise<LoadedProfile> {
  const [stored, meta] = await Promise.all([profileItem.getValue(), profileItem.getMeta()]);
  if (stored == null) return { profile: await loadDefaultProfile(), source: 'default' };
  const storedVersion = (meta as { v?: number }).v ?? 1;
  const current = storedVersion === PROFILE_STORAGE_VERSION ? stored : upgradedOrNull(stored, storedVersion);
  const result = current === null ? null : checkStoredProfile(current);
  if (result?.ok) return { profile: result.profile, source: 'stored' };
  const problem = result
    ? `Your saved profile is damaged (${result.issues.slice(0, 2).map(formatIssue).join('; ')}).`
    : `Your saved profile (format v${storedVersion}) could not be upgraded.`;
  const lastGood = await lastGoodProfileItem.getValue();
  const fromLastGood = lastGood ? checkStoredProfile(lastGood) : null;
  if (fromLastGood?.ok) {
    return { profile: fromLastGood.profile, source: 'last-good', notice: `${problem} Showing your last good copy; the damaged one is kept until you save.` };
  }
  return { profile: await loadDefaultProfile(), source: 'default', notice: `${problem} Showing the default profile; the damaged one is kept until you save.` };
}

export class ProfileSaveError extends Error {}

/** Validates and writes the profile (and its last-good copy). On any failure nothing stored changes. */
export async function saveProfile(candidate: unknown): Promise<Profile> {
  const { validateProfile } = await import('@/core/profile/validate');
  const result = validateProfile(candidate);
  if (!result.ok) throw new ProfileSaveError(result.issues.map(formatIssue).join('\n'));
  try {
    await storage.setItems([
      { item: profileItem, value: result.profile },
      { item: lastGoodProfileItem, value: result.profile },
    ]);
    await profileItem.setMeta({ v: PROFILE_STORAGE_VERSION });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProfileSaveError(
      /quota/i.test(reason) ? 'Not saved: browser storage is full. Remove the résumé file or shorten long texts.' : `Not saved: ${reason}`,
    );
  }
  return result.profile;
}

/** Stores the shipped default profile when nothing is stored yet (first install). */
export async function ensureProfileStored(): Promise<void> {
  if ((await profileItem.getValue()) == null) await saveProfile(await loadDefaultProfile());
}

/** Calls back with the fresh profile whenever any extension page saves a new one. */
export function watchProfile(callback: (loaded: LoadedProfile) => void): () => void {
  return profileItem.watch(() => void loadProfile().then(callback));
}
