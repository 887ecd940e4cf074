import { describe, expect, it } from 'vitest';
import { EXT_KEY } from '@/core/profile/types';
import { insertMenuEntries } from '@/core/insert-menu';
import { testProfile } from '../support/profiles';

/** Only the basics: no phone, no links, no answers. */
const sparse = () => testProfile('sparse');

describe('insertMenuEntries', () => {
  it('offers only what the profile has: no phone, no links', () => {
    const entries = insertMenuEntries(sparse());
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
      title: 'Email: nusrat.jahan@example.net',
      value: 'nusrat.jahan@example.net',
    });
    expect(entries.find((e) => e.id === 'insert:firstName')?.value).toBe('Nusrat');
    expect(entries.find((e) => e.id === 'insert:lastName')?.value).toBe('Jahan');
    expect(entries.find((e) => e.id === 'insert:currentTitle')?.value).toBe('Senior Data Engineer');
  });

  it('shortens long titles but inserts the whole value', () => {
    const summary = insertMenuEntries(sparse()).find((e) => e.id === 'insert:summary')!;
    expect(summary.title.length).toBeLessThanOrEqual(50);
    expect(summary.title.endsWith('…')).toBe(true);
    expect(summary.value).toBe(sparse().basics.summary);
  });

  it('follows the profile: links and custom answers appear once set', () => {
    const profile = sparse();
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
    expect(ids).toEqual(expect.arrayContaining(['insert:phone', 'insert:linkedin', 'insert:github', 'insert:website', 'insert:custom:0']));
    expect(ids).not.toContain('insert:custom:1');
    expect(insertMenuEntries(profile).find((e) => e.id === 'insert:linkedin')?.value).toBe('https://www.linkedin.com/in/example');
  });
});
