import { describe, expect, it } from 'vitest';
import { defaultProfile } from '@/core/profile/default';
import { EXT_KEY } from '@/core/profile/types';
import { insertMenuEntries } from '@/core/insert-menu';

describe('insertMenuEntries', () => {
  it('offers only what the default profile has: no phone, no links', () => {
    const entries = insertMenuEntries(defaultProfile());
    expect(entries.map((e) => e.id)).toEqual([
      'insert:email',
      'insert:fullName',
      'insert:firstName',
      'insert:lastName',
      'insert:location',
      'insert:currentTitle',
      'insert:summary',
    ]);
    expect(entries.find((e) => e.id === 'insert:email')).toEqual({
      id: 'insert:email',
      title: 'Email: hanifurrahmansabbir@gmail.com',
      value: 'hanifurrahmansabbir@gmail.com',
    });
    expect(entries.find((e) => e.id === 'insert:firstName')?.value).toBe('Hanifur');
    expect(entries.find((e) => e.id === 'insert:lastName')?.value).toBe('Rahman');
    expect(entries.find((e) => e.id === 'insert:currentTitle')?.value).toBe('Lead engineer');
  });

  it('shortens long titles but inserts the whole value', () => {
    const summary = insertMenuEntries(defaultProfile()).find((e) => e.id === 'insert:summary')!;
    expect(summary.title.length).toBeLessThanOrEqual(50);
    expect(summary.title.endsWith('…')).toBe(true);
    expect(summary.value).toBe(defaultProfile().basics.summary);
  });

  it('follows the profile: links and custom answers appear once set', () => {
    const profile = defaultProfile();
    profile.basics.phone = '+880 1711 000000';
    profile.basics.url = 'https://example.org/me';
    profile.basics.profiles = [
      { network: 'LinkedIn', url: 'https://www.linkedin.com/in/example' },
      { network: 'GitHub', url: 'https://github.com/example' },
    ];
    profile[EXT_KEY].answers.custom = [
      { question: 'Why do you want to work here?', answer: 'Because the systems are loud.' },
      { question: 'Unanswered', answer: ' ' },
    ];
    const ids = insertMenuEntries(profile).map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(['insert:phone', 'insert:linkedin', 'insert:github', 'insert:website', 'insert:custom:0']),
    );
    expect(ids).not.toContain('insert:custom:1');
    expect(insertMenuEntries(profile).find((e) => e.id === 'insert:linkedin')?.value).toBe('https://www.linkedin.com/in/example');
  });
});
