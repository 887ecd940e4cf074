import { describe, expect, it } from 'vitest';
import { splitName, valueForKey } from '@/core/autofill/values';
import { coverLetterText } from '@/core/autofill/cover-letter';
import { formatPhone, parsePhone, type PhoneField } from '@/core/autofill/phone';
import { countriesIn } from '@/core/autofill/values';
import type { ControlKind, FieldDescriptor, ProfileKey } from '@/core/autofill/types';
import { PAGE, field, richProfile, sparseProfile } from './helpers';

describe('splitName', () => {
  it.each([
    ['Hanifur Rahman', 'Hanifur', 'Rahman'],
    ['Madonna', 'Madonna', null],
    ['Mary Ann Smith', 'Mary Ann', 'Smith'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Rahman, Hanifur', 'Hanifur', 'Rahman'],
    ['Dr. Jane Doe', 'Jane', 'Doe'],
    ['Martin Luther King Jr.', 'Martin Luther', 'King'],
    ['  Ada   Lovelace  ', 'Ada', 'Lovelace'],
    ['Md. Hanifur Rahman', 'Md. Hanifur', 'Rahman'],
    ['Abdullah bin Hamid', 'Abdullah', 'bin Hamid'],
  ])('%s → %s / %s', (name, first, last) => {
    expect(splitName(name)).toEqual({ first, last });
  });
  it('is null for an empty name', () => expect(splitName('   ')).toBeNull());
});

describe('phone: the form the field expects', () => {
  const us = parsePhone('+1 (415) 555-0134');
  const bd = parsePhone('01712-345678', 'BD');
  it('parses dial code and national number', () => {
    expect(us).toMatchObject({ dial: '1', national: '4155550134' });
    expect(bd).toMatchObject({ dial: '880', national: '1712345678', nationalWritten: '01712345678' });
    expect(parsePhone('+880 1712 345678')).toMatchObject({ dial: '880', national: '1712345678' });
    expect(parsePhone('0044 20 7946 0958')).toMatchObject({ dial: '44', national: '2079460958' });
    expect(parsePhone('123')).toBeNull();
  });
  type Row = [what: string, typed: string, country: string | undefined, f: PhoneField, expected: string | null];
  const rows: Row[] = [
    ['as typed when free', '+1 (415) 555-0134', undefined, { kind: 'tel' }, '+1 (415) 555-0134'],
    ['maxLength 10 → national digits', '+1 (415) 555-0134', undefined, { kind: 'tel', maxLength: 10 }, '4155550134'],
    ['maxLength 12 → E.164', '+1 (415) 555-0134', undefined, { kind: 'tel', maxLength: 12 }, '+14155550134'],
    ['number input → digits', '+1 (415) 555-0134', undefined, { kind: 'number' }, '4155550134'],
    ['pattern of 10 digits', '+1 (415) 555-0134', undefined, { kind: 'tel', pattern: '[0-9]{10}' }, '4155550134'],
    ['pattern of E.164', '+1 (415) 555-0134', undefined, { kind: 'tel', pattern: '\\+[0-9]{7,15}' }, '+14155550134'],
    ['separate country code → national', '+1 (415) 555-0134', undefined, { kind: 'tel', separateCountryCode: true }, '4155550134'],
    ['national typed gets E.164 from the country', '01712-345678', 'BD', { kind: 'tel' }, '+8801712345678'],
    ['national typed, national placeholder', '01712-345678', 'BD', { kind: 'tel', placeholder: '01XXX-XXXXXX' }, '01712345678'],
    ['national typed, maxLength 11', '01712-345678', 'BD', { kind: 'tel', maxLength: 11 }, '01712345678'],
    ['national placeholder of the same length → national', '+1 (415) 555-0134', undefined, { kind: 'tel', placeholder: '(201) 555-0123' }, '4155550134'],
    ["another country's example → international", '+1 (415) 555-0134', undefined, { kind: 'tel', placeholder: '07400 123456' }, '+1 (415) 555-0134'],
    // intl-tel-input preselects the UK and shows its example: the number goes in with its own code.
    [
      'a picker showing another country → international',
      '+1 (415) 555-0134',
      undefined,
      { kind: 'tel', placeholder: '7400 123456', dialShown: '+44' },
      '+1 (415) 555-0134',
    ],
    ["a picker showing the applicant's country → national", '+1 (415) 555-0134', undefined, { kind: 'tel', dialShown: '+1' }, '4155550134'],
    ['too long for every form → left', '+880 1712 345678', undefined, { kind: 'tel', maxLength: 6 }, null],
    ['pattern no form satisfies → left', '+1 415 555 0134', undefined, { kind: 'tel', pattern: '[0-9]{3}-[0-9]{4}' }, null],
    ['invalid pattern is ignored like browsers do', '+1 415 555 0134', undefined, { kind: 'tel', pattern: '([' }, '+1 415 555 0134'],
  ];
  it.each(rows.map(([what, typed, country, f, expected]) => ({ what, typed, country, f, expected })))('$what', ({ typed, country, f, expected }) => {
    const parts = parsePhone(typed, country);
    expect(parts && formatPhone(parts, f)).toBe(expected);
  });
});

const value = (
  profile: ReturnType<typeof richProfile>,
  key: ProfileKey,
  labels: string | string[] = '',
  kind: ControlKind = 'text',
  extra: Partial<FieldDescriptor> = {},
) => valueForKey(profile, key, field(labels, kind, extra), PAGE);

describe('valueForKey from the rich profile', () => {
  const p = richProfile();
  type Row = [key: ProfileKey, labels: string, kind: ControlKind, extra: Partial<FieldDescriptor>, expected: string | null];
  const rows: Row[] = [
    ['firstName', 'First name', 'text', {}, 'Jordan'],
    ['lastName', 'Last name', 'text', {}, 'Alvarez'],
    ['fullName', 'Full name', 'text', {}, 'Jordan Alvarez'],
    ['preferredName', 'Preferred name', 'text', {}, 'Jo'],
    ['email', 'Email', 'email', {}, 'jordan.alvarez@example.com'],
    ['emailConfirm', 'Confirm email', 'email', {}, 'jordan.alvarez@example.com'],
    ['phone', 'Phone', 'tel', {}, '+1 (415) 555-0134'],
    ['phone', 'Phone', 'tel', { maxLength: 10 }, '4155550134'],
    ['phone', 'Phone', 'tel', { autocomplete: 'tel-national' }, '4155550134'],
    ['phoneCountryCode', 'Country code', 'text', {}, '+1'],
    ['address', 'Address', 'text', {}, '500 Market Street'],
    ['city', 'City', 'text', {}, 'San Francisco'],
    ['region', 'State', 'text', {}, 'CA'],
    ['postalCode', 'ZIP', 'text', {}, '94105'],
    ['country', 'Country', 'text', {}, 'United States'],
    ['location', 'Location', 'text', {}, 'San Francisco, CA, United States'],
    ['linkedin', 'LinkedIn', 'url', {}, 'https://www.linkedin.com/in/jordan-alvarez'],
    ['github', 'GitHub', 'url', {}, 'https://github.com/jalvarez'],
    ['github', 'GitHub username', 'text', {}, 'jalvarez'],
    ['twitter', 'Twitter', 'url', {}, 'https://x.com/jalvarez_dev'],
    ['twitter', 'Twitter handle', 'text', {}, '@jalvarez_dev'],
    ['website', 'Website', 'url', {}, 'https://jordan-alvarez.example.dev'],
    ['otherUrl', 'Stack Overflow profile', 'url', {}, 'https://stackoverflow.com/users/1234567/jalvarez'],
    ['otherUrl', 'Dribbble', 'url', {}, null],
    ['currentCompany', 'Current company', 'text', {}, 'Northwind Analytics'],
    ['currentTitle', 'Current title', 'text', {}, 'Staff Software Engineer'],
    ['yearsOfExperience', 'Years of experience', 'number', {}, '9'],
    ['school', 'School', 'text', {}, 'University of California, Berkeley'],
    ['degree', 'Degree', 'text', {}, 'Bachelor of Science'],
    ['discipline', 'Major', 'text', {}, 'Computer Science'],
    ['educationStart', 'Start date', 'month', {}, '2012-08'],
    ['educationStart', 'Start date', 'date', {}, null],
    ['educationStart', 'Start month', 'select', {}, 'August'],
    ['educationStart', 'Start date', 'text', { placeholder: 'MM' }, '08'],
    ['educationStart', 'Start date', 'text', { placeholder: 'YYYY' }, '2012'],
    ['educationEnd', 'Graduation year', 'number', {}, '2016'],
    ['educationEnd', 'End date', 'text', { placeholder: 'MM/YYYY' }, '05/2016'],
    ['educationEnd', 'End Date (MM/YYYY)', 'text', {}, '05/2016'],
    ['educationEnd', 'End date, format mm-yyyy', 'text', {}, '05-2016'],
    ['educationEnd', 'Abschlussdatum (MM.JJJJ)', 'text', { placeholder: 'mm.yyyy' }, '05.2016'],
    ['educationEnd', 'End date (YYYY-MM)', 'text', {}, '2016-05'],
    ['educationEnd', 'End date', 'text', { placeholder: 'MM / YY' }, '05/16'],
    ['educationEnd', 'End date (DD/MM/YYYY)', 'text', {}, null],
    [
      'summary',
      'Summary',
      'textarea',
      {},
      'Nine years building data platforms and developer tools.\n\nI like boring infrastructure that lets product teams move fast.',
    ],
    ['summary', 'Summary', 'text', { maxLength: 80 }, 'Nine years building data platforms and developer tools.'],
    ['summary', 'Summary', 'text', { maxLength: 20 }, null],
    ['answers.sponsorship', 'Sponsorship?', 'radio', {}, 'No'],
    ['answers.relocate', 'Relocate?', 'radio', {}, 'Yes'],
    ['answers.adult', 'Are you 18 years of age or older?', 'select', {}, 'Yes'],
    ['answers.workAuthorization', 'Are you authorized to work in the United States?', 'radio', {}, 'Yes'],
    ['answers.workAuthorization', 'Are you legally authorized to work in the US?', 'radio', {}, 'Yes'],
    ['answers.workAuthorization', 'Do you have the right to work in the UK?', 'radio', {}, 'No'],
    ['answers.workAuthorization', 'Are you eligible to work in Canada?', 'radio', {}, null],
    ['answers.workAuthorization', 'Are you authorized to work in the country where this job is located?', 'radio', {}, null],
    ['answers.workAuthorization', 'Are you authorized to work in the US or the UK?', 'radio', {}, null],
    ['answers.workplace', 'Work arrangement', 'select', {}, 'Remote'],
    ['answers.startDate', 'Start date', 'date', {}, '2027-01-15'],
    ['answers.startDate', 'Start date', 'text', { placeholder: 'MM/DD/YYYY' }, '01/15/2027'],
    ['answers.startDate', 'Start date', 'text', { placeholder: 'DD/MM/YYYY' }, '15/01/2027'],
    ['answers.startDate', 'Earliest start date (dd.mm.yyyy)', 'text', {}, '15.01.2027'],
    ['answers.startDate', 'When could you start? (MM/DD/YYYY)', 'text', {}, '01/15/2027'],
    ['answers.noticePeriod', 'Notice period', 'text', {}, '2 weeks'],
    ['answers.salary', 'Expected salary', 'text', {}, '185000 USD per year'],
    ['answers.salary', 'Expected salary', 'number', {}, '185000'],
    ['answers.heardAbout', 'Source', 'select', {}, 'LinkedIn'],
    ['answers.pronouns', 'Pronouns', 'text', {}, 'they/them'],
    ['answers.eeo.gender', 'Gender', 'select', {}, 'Female'],
    ['answers.eeo.race', 'Race', 'select', {}, 'Asian'],
    ['answers.eeo.hispanicLatino', 'Hispanic?', 'select', {}, 'no'],
    ['answers.eeo.veteran', 'Veteran', 'select', {}, 'no'],
    ['answers.eeo.disability', 'Disability', 'select', {}, 'decline'],
    ['resumeFile', 'Resume', 'file', {}, null],
  ];
  it.each(rows.map(([key, labels, kind, extra, expected]) => ({ key, labels, kind, extra, expected })))(
    '$key for "$labels" ($kind) → $expected',
    ({ key, labels, kind, extra, expected }) => {
      expect(value(p, key, labels, kind, extra)).toBe(expected);
    },
  );

  it('custom answers by the matched index; an empty answer is no answer', () => {
    const f = field('Why here?', 'textarea');
    expect(valueForKey(p, 'answers.custom', f, PAGE, { customIndex: 0 })).toBe('Your platform team solves the problems I enjoy most.');
    expect(valueForKey(p, 'answers.custom', f, PAGE, { customIndex: 2 })).toBeNull();
    expect(valueForKey(p, 'answers.custom', f, PAGE)).toBeNull();
  });

  it('a phone field next to a country-code control gets the national number', () => {
    expect(valueForKey(p, 'phone', field('Phone', 'tel'), PAGE, { separateCountryCode: true })).toBe('4155550134');
  });
});

describe('valueForKey from the sparse profile (Nusrat Jahan: no phone, links or answers)', () => {
  const p = sparseProfile();
  it.each([
    ['firstName', 'Nusrat'],
    ['lastName', 'Jahan'],
    ['fullName', 'Nusrat Jahan'],
    ['email', 'nusrat.jahan@example.net'],
    ['city', 'Sylhet'],
    ['country', 'Bangladesh'],
    ['location', 'Sylhet, Bangladesh'],
    ['currentCompany', 'Meghna Logistics'],
    ['currentTitle', 'Senior Data Engineer'],
    ['school', 'Shahjalal University of Science and Technology'],
    ['degree', 'B.Sc.'],
    ['discipline', 'Computer Science and Engineering'],
    ['educationStart', '2015'],
    ['educationEnd', '2019'],
  ] as const)('%s → %s', (key, expected) => {
    expect(value(p, key, '', 'text')).toBe(expected);
  });

  it.each([
    'phone',
    'phoneCountryCode',
    'website',
    'linkedin',
    'github',
    'twitter',
    'otherUrl',
    'preferredName',
    'region',
    'postalCode',
    'address',
    'answers.sponsorship',
    'answers.workAuthorization',
    'answers.relocate',
    'answers.adult',
    'answers.workplace',
    'answers.startDate',
    'answers.noticePeriod',
    'answers.salary',
    'answers.heardAbout',
    'answers.pronouns',
    'answers.eeo.gender',
    'answers.eeo.race',
    'answers.eeo.hispanicLatino',
    'answers.eeo.veteran',
    'answers.eeo.disability',
    'answers.custom',
  ] as const)('%s → no answer (left for the user)', (key) => {
    expect(value(p, key, 'Are you authorized to work in the United States?', 'text')).toBeNull();
  });

  it('years of experience: the stated "6+" as text, 6 in a number field', () => {
    expect(value(p, 'yearsOfExperience', 'Years of experience', 'text')).toBe('6+');
    expect(value(p, 'yearsOfExperience', 'Years of experience', 'number')).toBe('6');
  });

  it('years of experience from work dates when the profile states none', () => {
    const q = sparseProfile();
    delete q['x-profileCard'].yearsOfExperience;
    // Earliest start 2019, "now" is June 2026.
    expect(value(q, 'yearsOfExperience', 'Years of experience', 'number')).toBe('7');
    q.work = [];
    expect(value(q, 'yearsOfExperience', 'Years of experience', 'number')).toBeNull();
  });

  it('no current job when every job has ended', () => {
    const q = sparseProfile();
    q.work = q.work.map((w) => ({ ...w, endDate: '2024' }));
    expect(value(q, 'currentCompany')).toBeNull();
    expect(value(q, 'currentTitle')).toBeNull();
  });

  it('a single-word name fills first name only', () => {
    const q = sparseProfile();
    q.basics.name = 'Nusrat';
    expect(value(q, 'firstName')).toBe('Nusrat');
    expect(value(q, 'lastName')).toBeNull();
  });

  it('links come only from http(s) URLs, by host when the network name is missing', () => {
    const q = sparseProfile();
    q.basics.profiles = [{ url: 'https://www.linkedin.com/in/hanifur' }, { network: 'GitHub', url: 'javascript:alert(1)', username: 'hanif' }];
    expect(value(q, 'linkedin', 'LinkedIn', 'url')).toBe('https://www.linkedin.com/in/hanifur');
    expect(value(q, 'github', 'GitHub', 'url')).toBe('https://github.com/hanif');
  });
});

describe('countriesIn', () => {
  it.each([
    ['Are you authorized to work in the United States?', ['US']],
    ['Are you legally authorized to work in the U.S.?', ['US']],
    ['Do you have the right to work in the UK?', ['GB']],
    ['Can you work for us in Germany or France?', ['DE', 'FR']],
    ['Are you able to work for us?', []],
    ['Are you authorized to work in India?', ['IN']],
  ])('%s', (text, codes) => {
    expect(countriesIn(text).map((c) => c.alpha2)).toEqual(codes);
  });
});

describe('cover letter text', () => {
  it('names the company and role from the page and signs with the profile', () => {
    const text = coverLetterText(richProfile(), PAGE) ?? '';
    expect(text.startsWith('Dear Acme hiring team,')).toBe(true);
    expect(text).toContain('I am applying for the Staff Engineer role at Acme.');
    expect(text).toContain('I am a Staff Software Engineer with 9 years of experience.');
    expect(text).toContain('Nine years building data platforms and developer tools.');
    expect(text.endsWith('Best regards,\nJordan Alvarez\njordan.alvarez@example.com')).toBe(true);
  });

  it('reads well when the page names neither', () => {
    const text = coverLetterText(sparseProfile(), { url: 'https://jobs.example' }) ?? '';
    expect(text.startsWith('Dear hiring team,\n\nI am applying for this role. I am a Data Engineer with 6+ years of experience.')).toBe(true);
    expect(text).not.toContain('undefined');
  });
});
