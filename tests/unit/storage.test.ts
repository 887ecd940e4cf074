import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import v1Fixture from '../fixtures/storage/profile-v1.json';
import { EXT_KEY } from '@/core/profile/types';
import { migrateProfileV1toV2 } from '@/core/profile/migrations';

// utils/storage runs its migrations when imported, so each test seeds storage first, then imports.
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
    expect(loaded.profile.basics.name).toBe('Hanifur Rahman');
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({ profile$: { v: 2 } });
  });

  it('migrates a version-1 document to version 2, keeping every answer', async () => {
    await fakeBrowser.storage.local.set({ profile: v1Fixture });
    const storage = await freshStorageModule();
    const loaded = await storage.loadProfile();
    expect(loaded.source).toBe('stored');
    expect(loaded.notice).toBeUndefined();
    expect(loaded.profile.basics.name).toBe('Ada Lovelace');
    expect(loaded.profile[EXT_KEY].answers).toMatchObject({ sponsorship: 'no', relocate: 'yes', pronouns: 'she/her', custom: [] });
    expect(loaded.profile).not.toHaveProperty('answers');
    expect(await fakeBrowser.storage.local.get('profile$')).toEqual({ profile$: { v: 2 } });
  });

  it('leaves a stored value it cannot migrate exactly as it was, and says so', async () => {
    await fakeBrowser.storage.local.set({ profile: 'not a document' });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const storage = await freshStorageModule();
    const loaded = await storage.loadProfile();
    expect(loaded.source).toBe('default');
    expect(loaded.notice).toMatch(/could not be upgraded/);
    expect(await fakeBrowser.storage.local.get('profile')).toEqual({ profile: 'not a document' });
    expect(logged).toHaveBeenCalled();
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
    await expect(storage.saveProfile({ ...profile, basics: { ...profile.basics, label: 'Changed' } })).rejects.toThrow(
      'Not saved: browser storage is full',
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
