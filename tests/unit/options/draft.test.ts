import { describe, expect, it } from 'vitest';
import { applyFirstRunDetails, asEditableProfile, linkedInIndex } from '@/core/profile/draft';
import { validateProfile } from '@/core/profile/validate';
import { testProfile } from '../../support/profiles';

describe('restoring a draft', () => {
  it('takes a half-typed profile back as it was', () => {
    const draft = testProfile('rich');
    draft.basics.email = 'jordan@';
    expect(asEditableProfile(structuredClone(draft))).toEqual(draft);
  });

  it('refuses what the form cannot show', () => {
    expect(asEditableProfile(null)).toBeNull();
    expect(asEditableProfile({ basics: { name: 'A' } })).toBeNull();
    const noAnswers = testProfile('rich') as unknown as Record<string, unknown>;
    noAnswers['x-profileCard'] = { version: 1 };
    expect(asEditableProfile(noAnswers)).toBeNull();
  });
});

describe('the first-run details', () => {
  it('adds phone, profile link and a LinkedIn entry with its username', () => {
    // A profile with only the basics: no phone, no link, no profiles yet.
    const next = applyFirstRunDetails(testProfile('sparse'), {
      phone: ' +880 1700 000000 ',
      url: 'https://nusrat.dev',
      linkedin: 'https://www.linkedin.com/in/nusrat-jahan/',
    });
    expect(next.basics.phone).toBe('+880 1700 000000');
    expect(next.basics.url).toBe('https://nusrat.dev');
    expect(next.basics.profiles).toEqual([{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/nusrat-jahan/', username: 'nusrat-jahan' }]);
    expect(validateProfile(next).ok).toBe(true);
  });

  it('updates the LinkedIn entry already there, and removes it when cleared', () => {
    const profile = testProfile('sparse');
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
    const typed = applyFirstRunDetails(profile, { phone: '', url: 'nusrat.dev', linkedin: 'linkedin.com/in/typed' });
    expect(typed.basics.url).toBe('https://nusrat.dev');
    expect(typed.basics.profiles?.[1]).toMatchObject({ url: 'https://linkedin.com/in/typed', username: 'typed' });
    expect(applyFirstRunDetails(profile, { phone: '', url: 'javascript:alert(1)', linkedin: '' }).basics.url).toBe('javascript:alert(1)');
    const cleared = applyFirstRunDetails(updated, { phone: '', url: '', linkedin: '' });
    expect(cleared.basics.profiles).toEqual([{ network: 'GitHub', url: 'https://github.com/h' }]);
  });

  it('changes only the details given: what the welcome was not told stays as stored', () => {
    const profile = testProfile('sparse');
    profile.basics.phone = '+880 1800 000000';
    profile.basics.url = 'https://example.org/me';
    profile.basics.profiles = [{ network: 'LinkedIn', url: 'https://www.linkedin.com/in/kept' }];
    expect(applyFirstRunDetails(profile, {})).toEqual(profile);
    const phoneOnly = applyFirstRunDetails(profile, { phone: '+880 1900 000000' });
    expect(phoneOnly.basics).toEqual({ ...profile.basics, phone: '+880 1900 000000' });
  });
});
