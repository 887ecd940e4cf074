import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyFirstRunDetails } from '@/core/profile/draft';
import type { Profile } from '@/core/profile/types';
import { richProfile } from '../autofill/helpers';

// Fresh modules per test: no serialised write or storage item carries over.
async function writes() {
  vi.resetModules();
  const storage = await import('@/utils/storage');
  const paths = await import('@/utils/profile-writes');
  return { ...storage, ...paths };
}

const stored = async (): Promise<Profile> => (await fakeBrowser.storage.local.get('profile')).profile as Profile;
const edited = (profile: Profile, change: (p: Profile) => void): Profile => {
  const copy = structuredClone(profile);
  change(copy);
  return copy;
};

describe('every write to the profile goes onto what is stored at that moment', () => {
  beforeEach(() => fakeBrowser.reset());

  it('two pages editing different fields from the same copy: both edits survive, in either order', async () => {
    const w = await writes();
    const read = await w.saveProfile(richProfile());
    const pageA = edited(read, (p) => (p.basics.phone = '+1 415 555 0199'));
    const pageB = edited(read, (p) => (p.basics.summary = 'Edited in the second tab.'));
    expect((await w.saveEdits(read, pageA)).ok).toBe(true);
    const second = await w.saveEdits(read, pageB);
    expect(second).toMatchObject({ ok: true, profile: { basics: { phone: '+1 415 555 0199', summary: 'Edited in the second tab.' } } });
    expect(await stored()).toEqual(second.ok && second.profile);
  });

  it('two pages changing the same field differently: the second is refused with the conflict named, and nothing is written', async () => {
    const w = await writes();
    const read = await w.saveProfile(richProfile());
    await w.saveEdits(
      read,
      edited(read, (p) => (p.basics.phone = '+1 415 555 0101')),
    );
    const before = await stored();
    const outcome = await w.saveEdits(
      read,
      edited(read, (p) => (p.basics.phone = '+1 415 555 0202')),
    );
    expect(outcome).toEqual({ ok: false, issues: [], error: w.CONFLICT_MESSAGE, conflicts: ['basics.phone'] });
    expect(await stored()).toEqual(before);
    // The user chose "overwrite": theirs goes in as it is.
    const overwritten = await w.saveEdits(
      read,
      edited(read, (p) => (p.basics.phone = '+1 415 555 0202')),
      { overwrite: true },
    );
    expect(overwritten.ok && overwritten.profile.basics.phone).toBe('+1 415 555 0202');
  });

  it('an invalid edit is refused with its path; the stored profile stays', async () => {
    const w = await writes();
    const read = await w.saveProfile(richProfile());
    const outcome = await w.saveEdits(
      read,
      edited(read, (p) => (p.basics.email = 'not-an-email')),
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues.map((issue) => issue.path)).toContain('basics.email');
    expect(await stored()).toEqual(read);
  });

  it('a slice save (the first-run welcome) changes only its own fields of what is stored now', async () => {
    const w = await writes();
    await w.saveProfile(edited(richProfile(), (p) => ((p.basics.phone = ''), (p.basics.url = ''), (p.basics.profiles = []))));
    // An import lands while the welcome is open: it has phone, link and LinkedIn.
    const imported = await w.replaceProfile(richProfile());
    expect(imported.ok).toBe(true);
    // The welcome saves with nothing typed, then with only the phone typed.
    const untouched = await w.saveChange((p) => applyFirstRunDetails(p, {}));
    expect(untouched.ok && untouched.profile).toEqual(richProfile());
    const phoneOnly = await w.saveChange((p) => applyFirstRunDetails(p, { phone: '+1 415 555 0177' }));
    expect(phoneOnly.ok && phoneOnly.profile).toEqual(edited(richProfile(), (p) => (p.basics.phone = '+1 415 555 0177')));
  });

  it('import and reset answer with what they replaced; undo puts it back once, and not over a later change', async () => {
    const w = await writes();
    const mine = await w.saveProfile(richProfile());
    const other = edited(mine, (p) => (p.basics.name = 'Sam Imported'));
    const replaced = await w.replaceProfile(other);
    expect(replaced).toMatchObject({ ok: true, previous: mine });
    const undone = await w.undoReplace(mine, other);
    expect(undone.ok && undone.profile).toEqual(mine);
    expect(await stored()).toEqual(mine);

    await w.replaceProfile(other);
    await w.saveEdits(
      other,
      edited(other, (p) => (p.basics.phone = '+1 415 555 0123')),
    );
    const late = await w.undoReplace(mine, other);
    expect(late).toMatchObject({ ok: false, error: 'Not undone: the profile was changed again since it was replaced.' });
    expect((await stored()).basics.phone).toBe('+1 415 555 0123');
  });

  it('writes from one page run one after another: a quick second save sees the first', async () => {
    const w = await writes();
    const read = await w.saveProfile(richProfile());
    const [first, second] = await Promise.all([
      w.saveEdits(
        read,
        edited(read, (p) => (p.basics.label = 'Principal Engineer')),
      ),
      w.saveChange((p) => applyFirstRunDetails(p, { url: 'jordan.example.org' })),
    ]);
    expect(first.ok && second.ok).toBe(true);
    expect((await stored()).basics).toMatchObject({ label: 'Principal Engineer', url: 'https://jordan.example.org' });
  });
});
