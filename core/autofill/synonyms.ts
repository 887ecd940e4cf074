/**
 * Words that mean the same answer in option lists: US states, degree levels, "decline to answer",
 * gender and race wording, yes/no polarity. Everything is matched on folded text (text.ts).
 */
import { fold } from './text';

const US_STATES: readonly (readonly [string, string])[] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
  ['PR', 'Puerto Rico'],
  ['GU', 'Guam'],
  ['VI', 'U.S. Virgin Islands'],
  ['AS', 'American Samoa'],
];

/** The other spellings of a US state ("CA" ↔ "California"), or [] when it is not one. */
export function stateAliases(text: string): string[] {
  const f = fold(text);
  for (const [code, name] of US_STATES) {
    if (f === code.toLowerCase() || f === fold(name)) return [code, name];
  }
  return [];
}

export type DegreeLevel = 'doctorate' | 'master' | 'bachelor' | 'associate' | 'diploma' | 'highschool';

const DEGREE_LEVELS: readonly (readonly [DegreeLevel, RegExp])[] = [
  ['highschool', /\b(?:high school|secondary school|secondary|ged|hsc|ssc|a levels?|o levels?)\b/],
  ['doctorate', /\b(?:ph ?d|doctor(?:ate|al)?|d ?phil|ed ?d|m d|md|j d|jd)\b/],
  ['master', /\b(?:masters?|m ?sc|m s|ms|m a|ma|m ?eng|m ?tech|mba|m ?phil|mcs|mca|postgraduate|post graduate)\b/],
  ['bachelor', /\b(?:bachelors?|baccalaureate|b ?sc|b s|bs|b a|ba|b ?eng|b ?tech|b e|bba|bcs|bca|undergraduate|licenciatura)\b/],
  ['associate', /\b(?:associates?|a a|aa|a s|aas)\b/],
  ['diploma', /\b(?:diploma|certificate|vocational)\b/],
];

const DEGREE_FIELDS: readonly (readonly [string, RegExp])[] = [
  ['science', /\b(?:science|sciences|b ?sc|m ?sc|b s|bs|m s|ms)\b/],
  ['arts', /\b(?:arts?|b a|ba|m a|ma)\b/],
  ['engineering', /\b(?:engineering|b ?eng|m ?eng|b e)\b/],
  ['technology', /\b(?:technology|b ?tech|btech|m ?tech|mtech)\b/],
  ['business', /\b(?:business|bba|mba)\b/],
];

/** "B.Sc." → bachelor of science; "Master's Degree" → master with no field. */
export function degreeOf(text: string): { level: DegreeLevel; field: string | null } | null {
  const f = fold(text);
  const level = DEGREE_LEVELS.find(([, re]) => re.test(f))?.[0];
  if (!level) return null;
  const field = DEGREE_FIELDS.find(([, re]) => re.test(f))?.[0] ?? null;
  return { level, field };
}

/** Options that decline to answer a self-identification question. */
export const DECLINE =
  /\b(?:decline|declined|prefer not|dont wish|do not wish|not wish|choose not|chose not|rather not|not to (?:answer|say|disclose|specify|identify|self identify|respond)|not disclose|not disclosed|do not want|dont want|no answer|not specified|wish not|undisclosed|not declared)\b/;

const GENDER_SYNONYMS: readonly (readonly string[])[] = [
  ['male', 'man', 'cisgender male', 'cisgender man', 'cis male', 'cis man', 'm'],
  ['female', 'woman', 'cisgender female', 'cisgender woman', 'cis female', 'cis woman', 'f'],
  ['non binary', 'nonbinary', 'non binary genderqueer', 'genderqueer', 'gender non conforming', 'enby'],
];

const RACE_SYNONYMS: readonly (readonly string[])[] = [
  ['black', 'african american', 'black or african american'],
  ['two or more races', 'two or more', 'multiracial', 'mixed', 'mixed race'],
  ['american indian', 'native american', 'alaska native', 'american indian or alaska native'],
  ['pacific islander', 'native hawaiian', 'native hawaiian or other pacific islander'],
  ['white', 'caucasian'],
  ['asian', 'south asian', 'east asian'],
];

/** Other ways an option list may spell this gender or race answer. */
export function answerAliases(text: string, kind: 'gender' | 'race'): string[] {
  const f = fold(text);
  const table = kind === 'gender' ? GENDER_SYNONYMS : RACE_SYNONYMS;
  const group = table.find((words) => words.includes(f));
  return group ? group.filter((w) => w !== f) : [];
}

export type Polarity = 'yes' | 'no' | 'decline';

const YES_PREFIX = /^(?:yes|y|true|correct|affirmative|si|oui|ja)\b/;
const NO_PREFIX = /^(?:no|n|false|none|non|nein)\b/;
const NEGATION = /\b(?:not|dont|doesnt|wont|cannot|cant|never|isnt|arent|havent|hasnt|didnt|wouldnt|shouldnt|no longer|neither|nor|no)\b/;
const WITHOUT = /\bwithout\b/;
const FIRST_PERSON = /^(?:i|im|ive|id|ill|we|my|not)\b/;

/**
 * Whether an option says yes, no or declines. With `withoutIsNo`, "without" negates too
 * ("I can work without sponsorship" answers no to "Do you need sponsorship?").
 * `prefixed` tells whether the option starts with yes/no (so it answers the question as asked)
 * or is a statement of its own.
 */
export function optionPolarity(text: string, withoutIsNo = false): { polarity: Polarity; prefixed: boolean } | null {
  const f = fold(text);
  if (!f) return null;
  if (DECLINE.test(f)) return { polarity: 'decline', prefixed: false };
  if (YES_PREFIX.test(f)) return { polarity: 'yes', prefixed: true };
  if (NO_PREFIX.test(f)) return { polarity: 'no', prefixed: true };
  // A statement in the first person ("I identify as a protected veteran", "I will not require
  // sponsorship"). Other phrases ("Permanent resident") are answers of their own kind, not yes or no.
  if (!FIRST_PERSON.test(f)) return null;
  if (NEGATION.test(f) || (withoutIsNo && WITHOUT.test(f))) return { polarity: 'no', prefixed: false };
  return { polarity: 'yes', prefixed: false };
}

/** "Do you NOT require…", "Can you work without sponsorship?": a yes means the opposite. */
const NEGATED_QUESTION =
  /\b(?:do|does|will|would|are|is|have|can|did|could) you not\b|\b(?:dont|arent|wont|doesnt|cant) you\b|\bnot (?:require|need|be requiring)\b/;
const WITHOUT_SPONSORSHIP = /\bwithout (?:\w+ )?(?:sponsorship|sponsor|a visa)\b/;
const AUTHORIZATION = /\bauthori[sz]|\beligib|\bright to work\b|\blegally\b|\bpermit\b/;
const SPONSORSHIP = /\bsponsor|\bvisa\b/;

export function questionFacts(question: string): { negated: boolean; sponsorship: boolean } {
  const q = fold(question);
  const aboutAuthorization = AUTHORIZATION.test(q);
  const sponsorship = SPONSORSHIP.test(q) && !aboutAuthorization;
  const negated = NEGATED_QUESTION.test(q) || (sponsorship && WITHOUT_SPONSORSHIP.test(q));
  return { negated, sponsorship };
}
