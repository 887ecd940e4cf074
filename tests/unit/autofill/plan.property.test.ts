/**
 * Properties of planFill for arbitrary fields and profiles: it never throws, never plans a write into
 * a hidden, disabled, read-only or non-empty field, never ticks a consent box, and only ever picks a
 * real option the field offers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planFill } from '@/core/autofill/plan';
import { isPlaceholderText } from '@/core/autofill/text';
import type { ChoiceOption, ControlKind, FieldDescriptor } from '@/core/autofill/types';
import type { Profile } from '@/core/profile/types';
import { PAGE, richProfile, sparseProfile } from './helpers';

const KINDS: ControlKind[] = [
  'text',
  'email',
  'tel',
  'url',
  'number',
  'date',
  'month',
  'textarea',
  'select',
  'radio',
  'checkbox',
  'combobox',
  'toggle',
  'file',
];

const LABEL_WORDS = [
  'First name',
  'Last name',
  'Name',
  'Full name',
  'Email',
  'Confirm email',
  'Phone',
  'Country',
  'Country code',
  'City',
  'Location',
  'LinkedIn',
  'GitHub',
  'Website',
  'Portfolio',
  'Company',
  'Title',
  'Years of experience',
  'School',
  'Degree',
  'Start date',
  'Resume',
  'Cover letter',
  'Salary',
  'Gender',
  'Race',
  'Veteran status',
  'Disability',
  'Hispanic or Latino',
  'Will you require sponsorship?',
  'Are you authorized to work in the United States?',
  'Relocate',
  'How did you hear about us?',
  "Reference's email",
  'Recruiter name',
  'Emergency contact phone',
  'Website or LinkedIn',
  'Pronouns',
  'Notice period',
];
const CONSENT_LABELS = [
  'I agree to the terms and conditions',
  'I consent to the processing of my personal data',
  'I certify that the information above is true',
  'I acknowledge the privacy notice',
  'Subscribe to our newsletter',
  'Keep me informed about future opportunities',
];
const SECTIONS = ['Education', 'References', 'Emergency contact', 'Work Experience 1', 'Personal information', 'Voluntary Self-Identification'];

const label = fc.oneof(fc.constantFrom(...LABEL_WORDS), fc.constantFrom(...CONSENT_LABELS), fc.string({ maxLength: 40 }), fc.constant(''));
const option: fc.Arbitrary<ChoiceOption> = fc.record({
  value: fc.oneof(fc.constant(''), fc.string({ maxLength: 8 }), fc.constantFrom('US', 'BD', 'yes', 'no', '+1')),
  text: fc.oneof(
    fc.constantFrom('Select...', '--', 'Yes', 'No', 'United States', 'Bangladesh (+880)', 'Male', 'Female', "I don't wish to answer", '3-5 years', '10+'),
    fc.string({ maxLength: 30 }),
  ),
});

const fieldArb: fc.Arbitrary<FieldDescriptor> = fc.record(
  {
    id: fc.uuid(),
    kind: fc.constantFrom(...KINDS),
    autocomplete: fc.constantFrom('given-name', 'family-name', 'email', 'tel', 'country', 'off', 'url', 'organization'),
    name: fc.oneof(
      fc.constantFrom('job_application[first_name]', 'urls[LinkedIn]', '_systemfield_email', 'candidate[phone]', 'website', 'name', 'reference[email]'),
      fc.string({ maxLength: 30 }),
    ),
    htmlId: fc.string({ maxLength: 20 }),
    dataHooks: fc.array(fc.constantFrom('legalNameSection_firstName', 'addressSection_city', 'phone-number', 'email', 'agreementCheckbox'), { maxLength: 2 }),
    labels: fc.array(label, { maxLength: 2 }),
    question: label,
    placeholder: fc.oneof(fc.constant(''), fc.constantFrom('First name', 'you@example.com', 'MM/YYYY', '+1 555 555 5555'), fc.string({ maxLength: 20 })),
    sections: fc.array(fc.constantFrom(...SECTIONS), { maxLength: 2 }),
    options: fc.array(option, { maxLength: 6 }),
    required: fc.boolean(),
    visible: fc.boolean(),
    disabled: fc.boolean(),
    readOnly: fc.boolean(),
    currentValue: fc.oneof(fc.constant(''), fc.constant(''), fc.constantFrom('on', 'Select...', 'typed'), fc.string({ maxLength: 10 })),
    maxLength: fc.integer({ min: 0, max: 200 }),
    pattern: fc.oneof(fc.constantFrom('[0-9]{10}', '\\+?[0-9 ]+', '[', '.*'), fc.string({ maxLength: 8 })),
    accept: fc.constant('.pdf'),
  },
  { requiredKeys: ['id', 'kind', 'labels', 'sections', 'required', 'visible', 'disabled', 'readOnly', 'currentValue'] },
);

const yesNo = fc.constantFrom('', 'yes', 'no') as fc.Arbitrary<'' | 'yes' | 'no'>;
const selfId = fc.constantFrom('', 'decline', 'yes', 'no') as fc.Arbitrary<'' | 'decline' | 'yes' | 'no'>;

const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    base: fc.constantFrom('rich', 'sparse'),
    name: fc.oneof(fc.constantFrom('Hanifur Rahman', 'Madonna', 'Ludwig van Beethoven', 'Rahman, Hanifur', ''), fc.string({ maxLength: 30 })),
    email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 20 })),
    phone: fc.oneof(fc.constantFrom('', '+880 1712-345678', '+1 (415) 555-0134', '01712345678'), fc.string({ maxLength: 20 })),
    url: fc.oneof(fc.constantFrom('', 'https://example.dev', 'javascript:alert(1)'), fc.webUrl()),
    countryCode: fc.constantFrom('BD', 'US', 'XX', ''),
    sponsorship: yesNo,
    relocate: yesNo,
    adult: yesNo,
    authorized: yesNo,
    gender: fc.constantFrom('', 'decline', 'Male', 'Female', 'Non-binary'),
    race: fc.constantFrom('', 'decline', 'Asian', 'White'),
    veteran: selfId,
    disability: selfId,
    custom: fc.array(fc.record({ question: fc.oneof(fc.constantFrom(...LABEL_WORDS), fc.string()), answer: fc.string({ maxLength: 20 }) }), {
      maxLength: 3,
    }),
  })
  .map((r) => {
    const p = r.base === 'rich' ? richProfile() : sparseProfile();
    p.basics.name = r.name;
    p.basics.email = r.email;
    p.basics.phone = r.phone;
    p.basics.url = r.url;
    p.basics.location = { ...p.basics.location, countryCode: r.countryCode };
    const a = p['x-profileCard'].answers;
    a.sponsorship = r.sponsorship;
    a.relocate = r.relocate;
    a.adult = r.adult;
    a.workAuthorization = [{ country: 'US', authorized: r.authorized }];
    a.eeo = { ...a.eeo, gender: r.gender, race: r.race, veteran: r.veteran, disability: r.disability };
    a.custom = r.custom;
    return p;
  });

const CONSENT_WORDS = /\b(?:agree|consent|certify|acknowledge|subscribe|newsletter|keep me informed)\b/i;

describe('planFill properties', () => {
  it('never throws, and never writes where it must not', () => {
    fc.assert(
      fc.property(fc.array(fieldArb, { maxLength: 25 }), profileArb, fc.boolean(), (fields, profile, hasResume) => {
        const plan = planFill(fields, profile, PAGE, { hasResume });
        expect(plan).toHaveLength(fields.length);
        plan.forEach((entry, i) => {
          const f = fields[i] as FieldDescriptor;
          expect(entry.fieldId).toBe(f.id);
          if (entry.action !== 'fill') return;
          expect(f.visible).toBe(true);
          expect(f.disabled).toBe(false);
          expect(f.readOnly).toBe(false);
          const empty =
            f.currentValue.trim() === '' ||
            (f.kind !== 'checkbox' && ['select', 'radio', 'combobox', 'toggle'].includes(f.kind) && isPlaceholderText(f.currentValue));
          expect(empty).toBe(true);
          if (f.kind === 'checkbox' && !f.options?.length) {
            expect([...f.labels, f.question ?? ''].some((t) => CONSENT_WORDS.test(t))).toBe(false);
          }
          if (entry.option) {
            expect(f.options).toContainEqual(entry.option);
            expect(entry.option.value).not.toBe('');
            expect(isPlaceholderText(entry.option.text)).toBe(false);
          }
          if (entry.file) expect(f.kind).toBe('file');
          if (f.kind === 'file') expect(entry.file === 'resume' ? hasResume : true).toBe(true);
          if (f.maxLength && !entry.option && !entry.file) expect(entry.value.length).toBeLessThanOrEqual(f.maxLength);
        });
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a consent box is never ticked, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONSENT_LABELS), fieldArb, profileArb, (consent, base, profile) => {
        const box: FieldDescriptor = {
          ...base,
          kind: 'checkbox',
          options: [],
          labels: [consent],
          visible: true,
          disabled: false,
          readOnly: false,
          currentValue: '',
        };
        const [entry] = planFill([box], profile, PAGE, { hasResume: true });
        expect(entry).toMatchObject({ action: 'leave', left: 'consent box' });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
