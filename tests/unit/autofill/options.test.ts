/**
 * Option matching: each row gives the options a real form shows, what the profile wants, and the
 * option text that must be chosen — or null when no option clearly means it (the field is left).
 */
import { describe, expect, it } from 'vitest';
import { answerYesNo, matchOption, statementHolds } from '@/core/autofill/options';
import { parseRange } from '@/core/autofill/options';
import { isPlaceholderText } from '@/core/autofill/text';
import type { ChoiceOption, ProfileKey } from '@/core/autofill/types';
import { opts } from './helpers';

const COUNTRIES = opts('Select a country', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Canada', 'India', 'United Kingdom', 'United States');
const COUNTRY_CODES = opts('--', 'BD', 'CA', 'GB', 'IN', 'US');
const DIAL = opts('Select', 'United States (+1)', 'Canada (+1)', 'Bangladesh (+880)', 'India (+91)', 'United Kingdom (+44)');
const DIAL_ONLY: ChoiceOption[] = [
  { value: '', text: '—' },
  { value: 'US', text: '+1' },
  { value: 'CA', text: '+1' },
  { value: 'BD', text: '+880' },
  { value: 'IN', text: '+91' },
];
const STATES = opts('Select state', 'Alabama', 'California', 'Colorado', 'New York', 'Washington');
const STATE_CODES = opts('--', 'AL', 'CA', 'CO', 'NY', 'WA');
const DEGREES = opts('Select...', 'High School Diploma', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Doctorate (PhD)', 'Other');
const DEGREES_BY_FIELD = opts('Select...', 'Bachelor of Arts', 'Bachelor of Science', 'Master of Science', 'MBA');
const GENDER = opts('Select...', 'Male', 'Female', 'Non-binary', "I don't wish to answer");
const GENDER_MAN = opts('Man', 'Woman', 'Non-binary', 'Prefer not to say');
const RACE = opts(
  'Select...',
  'American Indian or Alaska Native',
  'Asian (Not Hispanic or Latino)',
  'Black or African American (Not Hispanic or Latino)',
  'Hispanic or Latino',
  'Native Hawaiian or Other Pacific Islander',
  'Two or More Races',
  'White (Not Hispanic or Latino)',
  'Decline to self-identify',
);
const VETERAN = opts(
  'Select...',
  'I am not a protected veteran',
  'I identify as one or more of the classifications of protected veteran',
  "I don't wish to answer",
);
const DISABILITY = opts(
  'Select...',
  'Yes, I have a disability (or previously had a disability)',
  'No, I do not have a disability and have not had one in the past',
  'I do not want to answer',
);
const HISPANIC = opts('Select...', 'Yes', 'No', 'Decline To Self Identify');
const YEARS = opts('Select', 'Less than 1 year', '1-3 years', '3-5 years', '5-7 years', '7-10 years', '10+ years');
const YEARS_PLAIN = opts('Select', '0-2', '3-5', '6-9', '10 or more');
const HEARD = opts('Select...', 'LinkedIn', 'Indeed', 'Company website', 'Employee referral', 'Other');
const WORKPLACE = opts('Select...', 'Remote', 'Hybrid', 'On-site');
const MONTHS = opts('Month', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December');
const MONTH_NUMBERS = opts('MM', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12');
const PLACEHOLDERS_ONLY = opts('Select...', '-- Please choose --', 'Please select');

type Row = [what: string, options: ChoiceOption[], wanted: string | string[], key: ProfileKey | undefined, expected: string | null];

const ROWS: Row[] = [
  // Exact and normalised.
  ['exact text', COUNTRIES, 'Bangladesh', 'country', 'Bangladesh'],
  ['case and spacing', COUNTRIES, '  bangladesh ', 'country', 'Bangladesh'],
  ['by option value', COUNTRY_CODES, 'BD', 'country', 'BD'],
  ['country name → alpha-2 option', COUNTRY_CODES, 'Bangladesh', 'country', 'BD'],
  ['alpha-2 → country name', COUNTRIES, 'BD', 'country', 'Bangladesh'],
  ['alpha-3 → country name', COUNTRIES, 'BGD', 'country', 'Bangladesh'],
  ['alias USA → United States', COUNTRIES, 'USA', 'country', 'United States'],
  ['alias UK → United Kingdom', COUNTRIES, 'UK', 'country', 'United Kingdom'],
  ['United States of America → United States', COUNTRIES, 'United States of America', 'country', 'United States'],
  ['CA is Canada in a country list', COUNTRIES, 'CA', 'country', 'Canada'],
  [
    '"Korea, Republic of" spelling',
    opts('Japan', 'Korea, Republic of', "Korea, Democratic People's Republic of"),
    'South Korea',
    'country',
    'Korea, Republic of',
  ],
  ['Viet Nam spelling', opts('Thailand', 'Viet Nam'), 'Vietnam', 'country', 'Viet Nam'],
  ['Türkiye vs Turkey', opts('Tunisia', 'Turkey'), 'Türkiye', 'country', 'Turkey'],
  ['Côte d’Ivoire accents', opts("Cote d'Ivoire", 'Cameroon'), 'Ivory Coast', 'country', "Cote d'Ivoire"],
  ['unknown country', COUNTRIES, 'Atlantis', 'country', null],
  ['placeholder never chosen', PLACEHOLDERS_ONLY, 'Select...', undefined, null],
  ['empty options', [], 'Bangladesh', 'country', null],
  ['empty wanted', COUNTRIES, '', 'country', null],
  // Dial codes.
  ['dial code in a country list', DIAL, '+880', 'phoneCountryCode', 'Bangladesh (+880)'],
  ['dial code by country name', DIAL, ['+880', 'Bangladesh', 'BD'], 'phoneCountryCode', 'Bangladesh (+880)'],
  ['+1 is ambiguous alone', DIAL, '+1', 'phoneCountryCode', null],
  ['+1 with the country: United States', DIAL, ['+1', 'United States', 'US'], 'phoneCountryCode', 'United States (+1)'],
  ['+1 with the country: Canada', DIAL, ['+1', 'Canada', 'CA'], 'phoneCountryCode', 'Canada (+1)'],
  ['bare dial codes, value names the country', DIAL_ONLY, ['+1', 'United States', 'US'], 'phoneCountryCode', '+1'],
  ['bare dial code unique', DIAL_ONLY, ['+880', 'Bangladesh', 'BD'], 'phoneCountryCode', '+880'],
  ['flag-style option text', opts('🇧🇩 +880', '🇮🇳 +91'), ['+880', 'Bangladesh', 'BD'], 'phoneCountryCode', '🇧🇩 +880'],
  ['"BD +880" option text', opts('BD +880', 'IN +91'), ['+880', 'Bangladesh', 'BD'], 'phoneCountryCode', 'BD +880'],
  ['+88 is not +880', opts('+88', '+8801'), ['+880'], 'phoneCountryCode', null],
  // States.
  ['state code → name', STATES, 'CA', 'region', 'California'],
  ['state name → code', STATE_CODES, 'New York', 'region', 'NY'],
  ['state name exact', STATES, 'Washington', 'region', 'Washington'],
  ['CA as a region is not Canada', opts('Canada', 'California'), 'CA', 'region', 'California'],
  ['non-US region not in a US list', STATES, 'Chattogram', 'region', null],
  // Degrees.
  ['B.Sc. → Bachelor’s Degree', DEGREES, 'B.Sc.', 'degree', "Bachelor's Degree"],
  ['BS → Bachelor’s Degree', DEGREES, 'BS', 'degree', "Bachelor's Degree"],
  ['Bachelor of Science → Bachelor’s Degree', DEGREES, 'Bachelor of Science', 'degree', "Bachelor's Degree"],
  ['M.Sc. → Master’s Degree', DEGREES, 'M.Sc.', 'degree', "Master's Degree"],
  ['Ph.D. → Doctorate', DEGREES, 'Ph.D.', 'degree', 'Doctorate (PhD)'],
  ['MBA → Master’s Degree', DEGREES, 'MBA', 'degree', "Master's Degree"],
  ['B.Sc. → Bachelor of Science among fields', DEGREES_BY_FIELD, 'B.Sc.', 'degree', 'Bachelor of Science'],
  ['B.A. → Bachelor of Arts among fields', DEGREES_BY_FIELD, 'B.A.', 'degree', 'Bachelor of Arts'],
  ['Bachelor’s (no field) among fields is ambiguous', DEGREES_BY_FIELD, "Bachelor's", 'degree', null],
  ['B.Eng. among Arts/Science is not a guess', DEGREES_BY_FIELD, 'B.Eng.', 'degree', null],
  ['HSC → High School', DEGREES, 'HSC', 'degree', 'High School Diploma'],
  ['unknown degree', DEGREES, 'Certificate of Attendance', 'degree', null],
  // Self-identification.
  ['gender exact', GENDER, 'Female', 'answers.eeo.gender', 'Female'],
  ['Male is not Female', GENDER, 'Male', 'answers.eeo.gender', 'Male'],
  ['Male → Man', GENDER_MAN, 'Male', 'answers.eeo.gender', 'Man'],
  ['Female → Woman', GENDER_MAN, 'Female', 'answers.eeo.gender', 'Woman'],
  ['nonbinary spelling', GENDER, 'nonbinary', 'answers.eeo.gender', 'Non-binary'],
  ['decline → "I don\'t wish to answer"', GENDER, 'decline', 'answers.eeo.gender', "I don't wish to answer"],
  ['decline → "Prefer not to say"', GENDER_MAN, 'decline', 'answers.eeo.gender', 'Prefer not to say'],
  ['race by whole word', RACE, 'Asian', 'answers.eeo.race', 'Asian (Not Hispanic or Latino)'],
  ['race synonym Black', RACE, 'Black', 'answers.eeo.race', 'Black or African American (Not Hispanic or Latino)'],
  ['race multiracial', RACE, 'Multiracial', 'answers.eeo.race', 'Two or More Races'],
  ['race decline', RACE, 'decline', 'answers.eeo.race', 'Decline to self-identify'],
  ['race Hispanic picks the exact option, not every "(Not Hispanic…)"', RACE, 'Hispanic or Latino', 'answers.eeo.race', 'Hispanic or Latino'],
  ['veteran no', VETERAN, 'no', 'answers.eeo.veteran', 'I am not a protected veteran'],
  ['veteran yes', VETERAN, 'yes', 'answers.eeo.veteran', 'I identify as one or more of the classifications of protected veteran'],
  ['veteran decline', VETERAN, 'decline', 'answers.eeo.veteran', "I don't wish to answer"],
  ['disability yes', DISABILITY, 'yes', 'answers.eeo.disability', 'Yes, I have a disability (or previously had a disability)'],
  ['disability no', DISABILITY, 'no', 'answers.eeo.disability', 'No, I do not have a disability and have not had one in the past'],
  ['disability decline', DISABILITY, 'decline', 'answers.eeo.disability', 'I do not want to answer'],
  ['hispanic no', HISPANIC, 'no', 'answers.eeo.hispanicLatino', 'No'],
  ['hispanic decline', HISPANIC, 'decline', 'answers.eeo.hispanicLatino', 'Decline To Self Identify'],
  ['decline with no decline option', opts('Yes', 'No'), 'decline', 'answers.eeo.veteran', null],
  // Numbers and ranges.
  ['7 in 5-7 / 7-10 is ambiguous', YEARS, '7', 'yearsOfExperience', null],
  ['7+ prefers 7-10', YEARS, '7+', 'yearsOfExperience', '7-10 years'],
  ['9 → 7-10', YEARS, '9', 'yearsOfExperience', '7-10 years'],
  ['12 → 10+', YEARS, '12', 'yearsOfExperience', '10+ years'],
  ['0 → less than 1', YEARS, '0', 'yearsOfExperience', 'Less than 1 year'],
  ['7 → 6-9', YEARS_PLAIN, '7', 'yearsOfExperience', '6-9'],
  ['10 → 10 or more', YEARS_PLAIN, '10', 'yearsOfExperience', '10 or more'],
  ['exact number option', opts('Select', '5', '6', '7', '8'), '7', 'yearsOfExperience', '7'],
  // Other answers.
  ['heard about exact', HEARD, 'LinkedIn', 'answers.heardAbout', 'LinkedIn'],
  ['heard about by word', HEARD, 'linkedin', 'answers.heardAbout', 'LinkedIn'],
  ['heard about unknown', HEARD, 'A friend at a meetup', 'answers.heardAbout', null],
  ['workplace remote', WORKPLACE, ['Remote', 'Fully remote'], 'answers.workplace', 'Remote'],
  ['workplace onsite spellings', opts('Remote', 'In office', 'Hybrid'), ['On-site', 'Onsite', 'In office'], 'answers.workplace', 'In office'],
  ['month name', MONTHS, ['September', 'Sep', '09', '9'], 'educationStart', 'September'],
  ['month number', MONTH_NUMBERS, ['September', 'Sep', '09', '9'], 'educationStart', '09'],
  ['pronouns by words', opts('He/him/his', 'She/her/hers', 'They/them/theirs'), 'they/them', 'answers.pronouns', 'They/them/theirs'],
  ['yes/no plain', opts('Select...', 'Yes', 'No'), 'Yes', undefined, 'Yes'],
  ['two equally good options', opts('Remote (US)', 'Remote (EU)'), 'Remote', 'answers.workplace', null],
  ['no clear match returns null', opts('Apples', 'Oranges'), 'Bananas', undefined, null],
  // Place pickers.
  [
    'a city picker: the option that starts with the city, not the one that merely contains it',
    opts('South San Francisco, CA, USA', 'San Francisco, CA, USA'),
    ['San Francisco, CA, United States', 'San Francisco, CA', 'San Francisco'],
    'location',
    'San Francisco, CA, USA',
  ],
  ['a city shared by two countries is left', opts('Cambridge, MA, USA', 'Cambridge, UK'), ['Cambridge'], 'city', null],
  [
    'Cumilla in a division list',
    opts('Cumilla, Chattogram Division, Bangladesh', 'Dhaka, Bangladesh'),
    ['Cumilla, Bangladesh', 'Cumilla'],
    'location',
    'Cumilla, Chattogram Division, Bangladesh',
  ],
];

describe('matchOption', () => {
  it.each(ROWS.map(([what, options, wanted, key, expected]) => ({ what, options, wanted, key, expected })))(
    '$what → $expected',
    ({ options, wanted, key, expected }) => {
      const match = matchOption(options, wanted, { key });
      expect(match?.option.text ?? null).toBe(expected);
    },
  );

  it('says how it matched', () => {
    expect(matchOption(COUNTRIES, 'Bangladesh', { key: 'country' })?.how).toBe('exact');
    expect(matchOption(COUNTRIES, 'BD', { key: 'country' })?.how).toBe("synonym 'Bangladesh'");
    expect(matchOption(DEGREES, 'B.Sc.', { key: 'degree' })?.how).toBe('degree level bachelor');
  });

  it('never returns a placeholder, even when asked for its text', () => {
    for (const text of ['Select...', '--', 'Please choose', '', '— Select —', 'Choose one']) {
      expect(matchOption(opts(text, 'Yes'), text)).toBeNull();
    }
    expect(matchOption([{ value: '', text: 'Bangladesh' }], 'Bangladesh', { key: 'country' })).toBeNull();
  });

  it('knows the prompts of search boxes and pickers, and still picks an option that starts with the same word', () => {
    for (const text of ['Start typing...', 'Search…', 'Type to search', 'Choose an alternative', 'Pick one']) expect(isPlaceholderText(text)).toBe(true);
    const heardAbout = [
      { value: '1', text: 'Search engine' },
      { value: '2', text: 'Friend' },
    ];
    expect(matchOption(heardAbout, 'Search engine')?.option.text).toBe('Search engine');
  });
});

describe('answerYesNo reads the question and the options', () => {
  const YN = opts('Select...', 'Yes', 'No');
  type YnRow = [question: string, answer: 'yes' | 'no', options: ChoiceOption[], expected: string | null];
  const ROWS_YN: YnRow[] = [
    ['Will you now or in the future require sponsorship for employment visa status?', 'no', YN, 'No'],
    ['Will you now or in the future require sponsorship for employment visa status?', 'yes', YN, 'Yes'],
    ['Are you legally authorized to work in the United States?', 'yes', YN, 'Yes'],
    ['Do you NOT require sponsorship?', 'no', YN, 'Yes'],
    ['Do you not require visa sponsorship?', 'yes', YN, 'No'],
    ['Can you work without sponsorship?', 'no', YN, 'Yes'],
    ['Are you authorized to work in the US without sponsorship?', 'yes', YN, 'Yes'],
    ['Are you authorized to work in the US without sponsorship?', 'no', YN, 'No'],
    [
      'Will you require sponsorship?',
      'no',
      opts('Yes, I will require sponsorship', 'No, I will not require sponsorship'),
      'No, I will not require sponsorship',
    ],
    ['Will you require sponsorship?', 'no', opts('I will require sponsorship', 'I will not require sponsorship'), 'I will not require sponsorship'],
    ['Will you require sponsorship?', 'yes', opts('I will require sponsorship', 'I will not require sponsorship'), 'I will require sponsorship'],
    ['Visa status', 'no', opts('I need a visa to work here', 'I can work here without sponsorship'), 'I can work here without sponsorship'],
    ['Do you NOT require sponsorship?', 'no', opts('I will require sponsorship', "I won't require sponsorship"), "I won't require sponsorship"],
    ['Are you authorized to work in the US?', 'yes', opts('Yes, I am authorized', 'No, I am not authorized'), 'Yes, I am authorized'],
    [
      'Work authorization',
      'yes',
      opts('I am authorized to work without sponsorship', 'I am not authorized to work'),
      'I am authorized to work without sponsorship',
    ],
    ['Are you willing to relocate?', 'yes', opts('Y', 'N'), 'Y'],
    ['Are you willing to relocate?', 'no', opts('true', 'false'), 'false'],
    ['Are you willing to relocate?', 'yes', opts('Yes', 'No', 'Maybe'), 'Yes'],
    ['Visa status', 'yes', opts('US Citizen', 'Permanent resident', 'H-1B'), null],
    ['Do you require sponsorship?', 'yes', opts('Yes, now', 'Yes, in the future', 'No'), null],
    ['Do you require sponsorship?', 'no', opts('Select...', "I don't wish to answer"), null],
  ];
  it.each(ROWS_YN.map(([question, answer, options, expected]) => ({ question, answer, options, expected })))(
    '$question [$answer] → $expected',
    ({ question, answer, options, expected }) => {
      expect(answerYesNo(question, answer, options)?.option.text ?? null).toBe(expected);
    },
  );
});

describe('statementHolds: a lone checkbox is ticked only when its statement is the answer', () => {
  it.each([
    ['I will require sponsorship', 'yes', true],
    ['I will require sponsorship', 'no', false],
    ['I do not require sponsorship', 'no', true],
    ['I can work without sponsorship', 'no', true],
    ['I am willing to relocate', 'yes', true],
    ['I am willing to relocate', 'no', false],
    ['Requires sponsorship', 'yes', false],
  ] as const)('%s [%s] → %s', (statement, answer, expected) => {
    expect(statementHolds(statement, answer)).toBe(expected);
  });
});

describe('parseRange', () => {
  it.each([
    ['1-3 years', 1, 3],
    ['3 – 5', 3, 5],
    ['5 to 7 years', 5, 7],
    ['10+ years', 10, Infinity],
    ['10 or more', 10, Infinity],
    ['Less than 1 year', 0, 1],
    ['7', 7, 7],
  ] as const)('%s', (text, min, max) => {
    const range = parseRange(text);
    expect(range?.min).toBeCloseTo(min, 6);
    if (max === Infinity) expect(range?.max).toBe(Infinity);
    else expect(range?.max).toBeCloseTo(max, 6);
  });
  it('is null for text without numbers', () => expect(parseRange('Senior')).toBeNull());
});
