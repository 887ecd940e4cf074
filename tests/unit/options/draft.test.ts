import { describe, expect, it } from 'vitest';
import { defaultProfile } from '@/core/profile/default';
import { applyFirstRunDetails, asEditableProfile, linkedInIndex } from '@/core/profile/draft';
import { validateProfile } from '@/core/profile/validate';

describe('restoring a draft', () => {
  it('takes a half-typed profile back as it was', () => {
    const draft = defaultProfile();
    draft.basics.email = 'hanifur@';
    expect(asEditableProfile(structuredClone(draft))).toEqual(draft);
  });

  it('refuses what the form cannot show', () => {
    expect(asEditableProfile(null)).toBeNull();
    expect(asEditableProfile({ basics: { name: 'A' } })).toBeNull();
    const noAnswers = defaultProfile() as unknown as Record<string, unknown>;
    noAnswers['x-profileCard'] = { version: 1 };
    expect(asEditableProfile(noAnswers)).toBeNull();
  });
});

describe('the first-run details', () => {
  it('adds phone, profile link and a LinkedIn entry with its username', () => {
    const next = applyFirstRunDetails(defaultProfile(), {
      phone: ' +880 1700 000000 ',
      url: 'https://hanifur.dev',
      linkedin: 'https://www.linkedin.com/in/hanifur-rahman/',
    });
    expect(next.basics.phone).toBe('+880 1700 000000');
    expect(next.basics.url).toBe('https://hanifur.dev');
    expect(next.basics.profiles).toEqual([
      { network: 'LinkedIn', url: 'https://www.linkedin.com/in/hanifur-rahman/', username: 'hanifur-rahman' },
    ]);
    expect(validateProfile(next).ok).toBe(true);
  });

  it('updates the LinkedIn entry already there, and removes it when cleared', () => {
    const profile = defaultProfile();
    profile.basics.profiles = [
      { network: 'GitHub', url: 'https://github.com/h' },
      { network: 'Linkedin', username: 'old', url: 'https://linkedin.com/in/old' },
    ];
    const updated = applyFirstRunDetails(profile, { phone: '', url: '', linkedin: 'https://www.linkedin.com/in/new' });
    expect(updated.basics.profiles).toEqual([
      { network: 'GitHub', url: 'https://github.com/h' },
      { network: 'LinkedIn', username: 'new', url: 'https://www.linkedin.com/in/new' },
    ]);
    expect(linkedInIndex(updated)).toBe(1);
    const typed = applyFirstRunDetails(profile, { phone: '', url: 'hanifur.dev', linkedin: 'linkedin.com/in/typed' });
    expect(typed.basics.url).toBe('https://hanifur.dev');
    expect(typed.basics.profiles?.[1]).toMatchObject({ url: 'https://linkedin.com/in/typed', username: 'typed' });
    expect(applyFirstRunDetails(profile, { phone: '', url: 'javascript:alert(1)', linkedin: '' }).basics.url).toBe('javascript:alert(1)');
    const cleared = applyFirstRunDetails(updated, { phone: '', url: '', linkedin: '' });
    expect(cleared.basics.profiles).toEqual([{ network: 'GitHub', url: 'https://github.com/h' }]);
  });

  it('changes only the details given: what the welcome was not told stays as stored', () => {
    const profile = defaultProfile();
    profile.basics.phone = '+880 1800 000000';
    profile.basics.url = 'https://example.org/me';
    profile.basics.profiles = [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/kept' }];
    expect(applyFirstRunDetails(profile, {})).toEqual(profile);
    const phoneOnly = applyFirstRunDetails(profile, { phone: '+880 1900 000000' });
    expect(phoneOnly.basics).toEqual({ ...profile.basics, phone: '+880 1900 000000' });
  });
});
