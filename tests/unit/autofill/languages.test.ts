/**
 * The languages a person speaks (JSON Resume `languages`): classified by meaning across phrasings, a
 * multiple select gets every language the profile holds that the list offers (nothing else), a single
 * choice the first, a text box the list; a programming language or the one to be written to is not it.
 */
import { describe, expect, it } from 'vitest';
import { classifyField } from '@/core/autofill/classify';
import { planFill } from '@/core/autofill/plan';
import { languagesOf } from '@/core/autofill/values';
import type { Profile } from '@/core/profile/types';
import { PAGE, field, opts, richProfile, sparseProfile } from './helpers';

const LANGUAGES = opts('Bengali', 'English', 'French', 'German', 'Spanish');

describe('languages', () => {
  it.each([
    'Languages you speak',
    'Languages',
    'Which languages do you speak?',
    'What languages are you fluent in?',
    'Spoken languages',
    'Language proficiency',
    'Languages spoken',
  ])('%s asks for the languages one speaks', (label) => {
    expect(classifyField(field(label, 'select', { options: LANGUAGES, multiple: true })).key).toBe('languages');
  });

  it.each([
    'Which programming languages do you use?',
    'Preferred language for correspondence',
    'Native language',
    'Years of experience with Go (Programming Language)',
    'In which language would you like to be interviewed?',
  ])('%s does not', (label) => {
    expect(classifyField(field(label, 'text')).key).not.toBe('languages');
  });

  it('reads the profile, once each, in its order', () => {
    const profile = { ...richProfile(), languages: [{ language: 'Spanish' }, { language: ' English ' }, { language: 'Spanish' }, {}] } as Profile;
    expect(languagesOf(profile)).toEqual(['Spanish', 'English']);
    expect(languagesOf(sparseProfile())).toEqual([]);
  });

  it('a multiple select gets every language offered, in the list order; none invented', () => {
    const [entry] = planFill([field('Languages you speak', 'select', { options: LANGUAGES, multiple: true })], richProfile(), PAGE);
    expect(entry).toMatchObject({ action: 'fill', key: 'languages', value: 'English, Spanish' });
    expect(entry?.action === 'fill' && entry.options?.map((option) => option.text)).toEqual(['English', 'Spanish']);
    const [some] = planFill([field('Languages you speak', 'select', { options: opts('English', 'French'), multiple: true })], richProfile(), PAGE);
    expect(some).toMatchObject({ action: 'fill', value: 'English' });
  });

  it('a single choice gets the first language offered, a text box all of them', () => {
    const [single] = planFill([field('Languages you speak', 'select', { options: opts('Select...', 'French', 'Spanish', 'English') })], richProfile(), PAGE);
    expect(single).toMatchObject({ action: 'fill', value: 'English' });
    expect(single?.action === 'fill' && single.options).toBeFalsy();
    const [text] = planFill([field('Languages you speak', 'text')], richProfile(), PAGE);
    expect(text).toMatchObject({ action: 'fill', value: 'English, Spanish' });
  });

  it('is left when the profile has none, or the list offers none of them', () => {
    expect(planFill([field('Languages you speak', 'select', { options: LANGUAGES, multiple: true })], sparseProfile(), PAGE)[0]).toMatchObject({
      action: 'leave',
      left: 'no answer in profile',
    });
    expect(planFill([field('Languages you speak', 'select', { options: opts('French', 'German'), multiple: true })], richProfile(), PAGE)[0]).toMatchObject({
      action: 'leave',
      left: 'no matching option',
    });
  });
});
