/**
 * Questions asked as sentences and requests (issue #15, measured on forms the project never saw): the
 * question's subject decides (name, city, country, location, website), whatever the phrasing, while
 * polarity and "someone else" still hold ("What is your manager's name?" is not yours to fill).
 * Each subject has many phrasings, then the ones that must not be filled as it.
 */
import { describe, expect, it } from 'vitest';
import { classifyField } from '@/core/autofill/classify';
import { FILL_THRESHOLD, planFill } from '@/core/autofill/plan';
import type { ControlKind, FieldDescriptor, ProfileKey } from '@/core/autofill/types';
import { PAGE, field, richProfile, sparseProfile } from './helpers';

/** What a field with this question would be filled as: its key, or null (left), or why it is excluded. */
function filledAs(question: string, kind: ControlKind = 'text'): ProfileKey | 'not the applicant' | null {
  const c = classifyField(field(question, kind));
  if (c.exclude === 'not the applicant') return c.exclude;
  if (c.exclude) return null;
  return c.key !== null && c.confidence >= FILL_THRESHOLD ? c.key : null;
}

const ASKED: Record<string, [ProfileKey, string[]]> = {
  'the legal name, asked or requested': [
    'fullName',
    [
      'Please provide your full legal name',
      'What is your full name?',
      "What's your legal name?",
      'Full legal name (as it appears on official documents)',
      'Please tell us your full name',
      'Can you share your full legal name?',
      'Your full name',
      'Legal name',
      'Please enter your legal name',
      'Name (as on your passport)',
    ],
  ],
  'the city the applicant lives in': [
    'city',
    [
      'Which city do you currently live in?',
      'What city do you live in?',
      'What city are you based in?',
      'In which city are you located?',
      'City of residence',
      'Current city',
      'Which city are you currently residing in?',
      'Please tell us the city you live in',
      'Home city',
      'City where you currently reside',
    ],
  ],
  'the country the applicant lives in': [
    'country',
    [
      'What country are you located in?',
      'Which country do you live in?',
      'What country do you currently reside in?',
      'In which country are you based?',
      'Country of residence',
      'Current country',
      'Which country are you currently living in?',
      'Please select the country you live in',
      'Country you are based in',
      'What is your country of residence?',
    ],
  ],
  'where the applicant lives and will work from': [
    'location',
    [
      'Where will you be working from? (This is for payroll/tax purposes)',
      'Where will you be working from?',
      'From which location will you be working?',
      'Where do you plan to work from?',
      'Location you will be working from',
      'Where are you currently located?',
      'Where are you based?',
      'What is your current location?',
      'Where do you live?',
      'Location (for payroll and tax purposes)',
    ],
  ],
  'a website or portfolio': [
    'website',
    [
      'Personal website',
      'Your website',
      'Website URL',
      'Portfolio link',
      'Link to your portfolio',
      'Please share a link to your portfolio',
      'Do you have a personal website? Please share the link',
      'What is your website?',
      'Portfolio URL',
      'Blog',
    ],
  ],
  'a second or other link': [
    'otherUrl',
    [
      'Other website',
      'Website 2',
      'Any other links?',
      'Other links',
      'Additional website',
      'Other URL',
      'Second website',
      'Another link you would like to share',
      'Any other websites or profiles we should look at?',
      'Additional link',
    ],
  ],
};

/** Phrasings of the same subjects that are about something or someone else: never filled as it. */
const NOT_ASKED: Record<string, [ProfileKey, string[]]> = {
  'a name that is not the applicant’s': [
    'fullName',
    [
      "What is your manager's name?",
      "Referrer's full name",
      'Emergency contact name',
      'Name of the person who referred you',
      "Your recruiter's name",
      "Hiring manager's name",
      'Name of your current employer',
      'Company name',
    ],
  ],
  'a city that is not where the applicant lives': [
    'city',
    [
      "City of the company's office",
      'Which city would you like to work in?',
      'In which city were you born?',
      'Preferred city',
      'Which cities are you willing to relocate to?',
      "Reference's city",
      'Which city is our office in?',
      'City of your school',
    ],
  ],
  'a country that is not where the applicant lives': [
    'country',
    [
      'What country are you a citizen of?',
      'Which country were you born in?',
      'Which countries are you authorized to work in?',
      "Country of the company's headquarters",
      'Which country would you like to work in?',
      'Country of your reference',
      'What is your country of citizenship?',
      'Which country issued your passport?',
    ],
  ],
  'a place that is not where the applicant is': [
    'location',
    [
      "Where is the company's office located?",
      'Which office location do you prefer?',
      'Where would you like to relocate?',
      'Where did you go to school?',
      'Where is your reference located?',
      'Where would you prefer to work?',
      'Which location are you applying for?',
      'Where are you willing to work?',
    ],
  ],
  'a link that is not the applicant’s': [
    'website',
    [
      'Company website',
      "Referrer's website",
      "Your current employer's website",
      'Website of your school',
      "Your manager's LinkedIn profile",
      "Reference's website",
    ],
  ],
};

const PLACES_AND_LINKS: (ProfileKey | null | 'not the applicant')[] = ['fullName', 'city', 'country', 'location', 'website', 'otherUrl'];

describe('questions asked as sentences: the subject decides', () => {
  for (const [subject, [key, phrasings]] of Object.entries(ASKED)) {
    it.each(phrasings)(`${subject}: %s → ${key}`, (question) => {
      expect(filledAs(question, key === 'country' ? 'select' : 'text')).toBe(key);
    });
  }
});

describe('questions asked as sentences: about something or someone else', () => {
  for (const [subject, [key, phrasings]] of Object.entries(NOT_ASKED)) {
    it.each(phrasings)(`${subject}: %s is not filled as ${key}`, (question) => {
      // Left, or another key that is not the applicant's name, place or link (a company's name is the current company).
      expect(PLACES_AND_LINKS).not.toContain(filledAs(question, key === 'country' ? 'select' : 'text'));
    });
  }
});

describe('a second or other link gets a link no other field of the form takes', () => {
  const values = (fields: FieldDescriptor[], profile = richProfile()) =>
    planFill(fields, profile, PAGE).map((entry, i) => [fields[i]!.labels[0], entry.action === 'fill' ? entry.value : `(left: ${entry.left})`]);

  it('after Website and LinkedIn, "Other website" and "Website 2" get the next ones, in form order', () => {
    const fields = [field('Website'), field('LinkedIn'), field('Other website'), field('Website 2')];
    expect(values(fields)).toEqual([
      ['Website', 'https://jordan-alvarez.example.dev'],
      ['LinkedIn', 'https://www.linkedin.com/in/jordan-alvarez'],
      ['Other website', 'https://github.com/jalvarez'],
      ['Website 2', 'https://x.com/jalvarez_dev'],
    ]);
  });

  it('alone on the form, "Any other links?" gets the personal site', () => {
    expect(values([field('Any other links?')])).toEqual([['Any other links?', 'https://jordan-alvarez.example.dev']]);
  });

  it('a field naming a service the profile lacks is left, never given another link', () => {
    expect(values([field('Other website'), field('Dribbble profile')], sparseProfile())).toEqual([
      ['Other website', '(left: no answer in profile)'],
      ['Dribbble profile', '(left: no answer in profile)'],
    ]);
    expect(values([field('Website'), field('Dribbble profile')])).toEqual([
      ['Website', 'https://jordan-alvarez.example.dev'],
      ['Dribbble profile', '(left: no answer in profile)'],
    ]);
  });
});
