import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1Fixture from '../fixtures/storage/profile-v1.json';
import { EXT_KEY } from '@/core/profile/types';
import { defaultProfile } from '@/core/profile/default';
import { migrateProfileV1toV2, upgradeStoredProfile } from '@/core/profile/migrations';

// A fresh module per test: no state (pending settings updates) carries over from the last one.
async function freshStorageModule() {
  vi.resetModules();
  return import('@/utils/storage');
}

describe('storage layer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the default profile on first install and reads it back', async () => {
    const storage = await freshStorageModule();
    await storage.ensureProfileStored();
    const loaded = await storage.loadProfile();
    expect(loaded.source).toBe('stored');
    // The shipped default, whatever it says (data/profile.json is its user's to edit).
    expect(loaded.profile).toEqual(defaultProfile());
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({ profile$: { v: 2 } });
  });

  it('migrates a version-1 document to version 2 in storage, keeping every answer', async () => {
    await fakeBrowser.storage.local.set({ profile: v1Fixture });
    const storage = await freshStorageModule();
    await storage.migrateStoredProfile();
    const { profile: stored } = await fakeBrowser.storage.local.get('profile');
    expect(stored).toEqual(migrateProfileV1toV2(v1Fixture));
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({ profile$: { v: 2 } });
    const loaded = await storage.loadProfile();
    expect(loaded.source).toBe('stored');
    expect(loaded.notice).toBeUndefined();
    expect(loaded.profile.basics.name).toBe('Ada Lovelace');
    expect(loaded.profile[EXT_KEY].answers).toMatchObject({ sponsorship: 'no', relocate: 'yes', pronouns: 'she/her', custom: [] });
    expect(loaded.profile).not.toHaveProperty('answers');
  });

  it('shows a version-1 document upgraded before the background has migrated it, writing nothing', async () => {
    await fakeBrowser.storage.local.set({ profile: v1Fixture });
    const storage = await freshStorageModule();
    const before = await fakeBrowser.storage.local.get(null);
    const loaded = await storage.loadProfile();
    expect(loaded.source).toBe('stored');
    expect(loaded.notice).toBeUndefined();
    expect(loaded.profile[EXT_KEY].answers).toMatchObject({ sponsorship: 'no', relocate: 'yes', pronouns: 'she/her' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('leaves a stored value it cannot migrate exactly as it was, and says so', async () => {
    await fakeBrowser.storage.local.set({ profile: 'not a document' });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const storage = await freshStorageModule();
    await storage.migrateStoredProfile();
    const loaded = await storage.loadProfile();
    expect(loaded.source).toBe('default');
    expect(loaded.notice).toMatch(/could not be upgraded/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ profile: 'not a document' });
    expect(logged).toHaveBeenCalled();
  });

  it('reads a profile saved by a newer version as not upgradable, and keeps it', async () => {
    await fakeBrowser.storage.local.set({ profile: migrateProfileV1toV2(v1Fixture), profile$: { v: 3 } });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const storage = await freshStorageModule();
    await storage.migrateStoredProfile();
    const loaded = await storage.loadProfile();
    expect(loaded.notice).toMatch(/format v3\) could not be upgraded/);
    expect((await fakeBrowser.storage.local.get('profile$')).profile$).toEqual({ v: 3 });
    expect(() => upgradeStoredProfile({}, 3)).toThrow('stored profile version 3 is not one this version reads');
  });

  it('falls back to the last good copy when the stored profile is corrupted', async () => {
    const storage = await freshStorageModule();
    await storage.saveProfile(migrateProfileV1toV2(v1Fixture));
    await fakeBrowser.storage.local.set({ profile: { basics: { name: 42 } } });
    const loaded = await storage.loadProfile();
    expect(loaded.source).toBe('last-good');
    expect(loaded.profile.basics.name).toBe('Ada Lovelace');
    expect(loaded.notice).toMatch(/damaged \(basics\.name: expected string, got number\)/);
  });

  it('refuses to save an invalid profile and keeps the stored one', async () => {
    const storage = await freshStorageModule();
    await storage.ensureProfileStored();
    const before = await fakeBrowser.storage.local.get(null);
    const bad = { ...(await storage.loadProfile()).profile, basics: { name: 'X', email: 'nope' } };
    await expect(storage.saveProfile(bad)).rejects.toThrow('basics.email: expected an email address');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('reports a full storage quota in words and keeps the stored profile', async () => {
    const storage = await freshStorageModule();
    await storage.ensureProfileStored();
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const profile = (await storage.loadProfile()).profile;
    await expect(storage.saveProfile({ ...profile, basics: { ...profile.basics, label: 'Changed' } })).rejects.toThrow('Not saved: browser storage is full');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
