/**
 * planFill over whole described forms: what gets written, what is left and why. Forms follow how the
 * real ATSs lay them out; each expectation is the value a person would accept (or the field left).
 */
import { describe, expect, it } from 'vitest';
import { planFill } from '@/core/autofill/plan';
import type { FieldDescriptor, PlanEntry } from '@/core/autofill/types';
import type { Profile } from '@/core/profile/types';
import { PAGE, YES_NO, field, opts, richProfile, sparseProfile } from './helpers';

/** The plan as { label → value written, or "(left: reason)" }. */
function outcome(fields: FieldDescriptor[], profile: Profile, hasResume = true): Record<string, string> {
  const plan = planFill(fields, profile, PAGE, { hasResume });
  const out: Record<string, string> = {};
  plan.forEach((entry, i) => {
    const f = fields[i] as FieldDescriptor;
    const name = f.labels[0] || f.name || f.id;
    out[name] = entry.action === 'fill' ? (entry.file ? `[file ${entry.file}]` : entry.value) : `(left: ${entry.left})`;
  });
  return out;
}

const greenhouseClassic = (): FieldDescriptor[] => [
  field('First Name', 'text', { name: 'job_application[first_name]', required: true }),
  field('Last Name', 'text', { name: 'job_application[last_name]', required: true }),
  field('Email', 'text', { name: 'job_application[email]', required: true }),
  field('Phone', 'text', { name: 'job_application[phone]' }),
  field('Location (City)', 'text', { name: 'job_application[location]' }),
  field('Resume/CV', 'file', { name: 'job_application[resume]', accept: '.pdf' }),
  field('Cover Letter', 'file', { name: 'job_application[cover_letter]', accept: '.pdf' }),
  field('LinkedIn Profile', 'text', { name: 'job_application[answers_attributes][0][text_value]' }),
  field('Website', 'text', { name: 'job_application[answers_attributes][1][text_value]' }),
  field('Will you now or in the future require sponsorship for employment visa status?', 'select', {
    name: 'job_application[answers_attributes][2][boolean_value]',
    options: YES_NO,
    currentValue: 'Select...',
  }),
  field('Are you legally authorized to work in the United States?', 'select', {
    name: 'job_application[answers_attributes][3][boolean_value]',
    options: YES_NO,
  }),
  field('School', 'combobox', { sections: ['Education'], name: 'job_application[educations][][school_name_id]' }),
  field('Degree', 'select', { sections: ['Education'], options: opts('Select', 'High School', "Bachelor's Degree", "Master's Degree") }),
  field('Discipline', 'select', { sections: ['Education'], options: opts('Select', 'Computer Science', 'Economics') }),
  field('Start Date', 'text', { sections: ['Education'], name: 'job_application[educations][][start_date][year]', placeholder: 'YYYY' }),
  field('End Date', 'text', { sections: ['Education'], name: 'job_application[educations][][end_date][year]', placeholder: 'YYYY' }),
  field('Gender', 'select', { options: opts('Please select', 'Male', 'Female', 'Decline To Self Identify') }),
  field('Are you Hispanic/Latino?', 'select', { options: opts('Please select', 'Yes', 'No', 'Decline To Self Identify') }),
  field('Veteran Status', 'select', {
    options: opts(
      'Please select',
      'I am not a protected veteran',
      'I identify as one or more of the classifications of protected veteran',
      "I don't wish to answer",
    ),
  }),
  field('Disability Status', 'select', {
    options: opts('Please select', 'Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', 'I do not want to answer'),
  }),
];

describe('Greenhouse classic form', () => {
  it('with the rich profile: fills everything it knows, picks options by meaning', () => {
    expect(outcome(greenhouseClassic(), richProfile(), true)).toEqual({
      'First Name': 'Jordan',
      'Last Name': 'Alvarez',
      Email: 'jordan.alvarez@example.com',
      Phone: '+1 (415) 555-0134',
      'Location (City)': 'San Francisco, CA, United States',
      'Resume/CV': '[file resume]',
      'Cover Letter': '(left: no answer in profile)',
      'LinkedIn Profile': 'https://www.linkedin.com/in/jordan-alvarez',
      Website: 'https://jordan-alvarez.example.dev',
      'Will you now or in the future require sponsorship for employment visa status?': 'No',
      'Are you legally authorized to work in the United States?': 'Yes',
      School: 'University of California, Berkeley',
      Degree: "Bachelor's Degree",
      Discipline: 'Computer Science',
      'Start Date': '2012',
      'End Date': '2016',
      Gender: 'Female',
      'Are you Hispanic/Latino?': 'No',
      'Veteran Status': 'I am not a protected veteran',
      'Disability Status': 'I do not want to answer',
    });
  });

  it('with the sparse profile: fills name, email, location, education; leaves every unanswered question', () => {
    expect(outcome(greenhouseClassic(), sparseProfile(), false)).toEqual({
      'First Name': 'Nusrat',
      'Last Name': 'Jahan',
      Email: 'nusrat.jahan@example.net',
      Phone: '(left: no answer in profile)',
      'Location (City)': 'Sylhet, Bangladesh',
      'Resume/CV': '(left: no answer in profile)',
      'Cover Letter': '(left: no answer in profile)',
      'LinkedIn Profile': '(left: no answer in profile)',
      Website: '(left: no answer in profile)',
      'Will you now or in the future require sponsorship for employment visa status?': '(left: no answer in profile)',
      'Are you legally authorized to work in the United States?': '(left: no answer in profile)',
      School: 'Shahjalal University of Science and Technology',
      Degree: "Bachelor's Degree",
      Discipline: '(left: no matching option)',
      'Start Date': '2015',
      'End Date': '2019',
      Gender: '(left: no answer in profile)',
      'Are you Hispanic/Latino?': '(left: no answer in profile)',
      'Veteran Status': '(left: no answer in profile)',
      'Disability Status': '(left: no answer in profile)',
    });
  });
});

describe('Lever form', () => {
  const lever = (): FieldDescriptor[] => [
    field('Resume/CV', 'file', { name: 'resume' }),
    field('Full name', 'text', { name: 'name' }),
    field('Pronouns', 'checkbox', { name: 'pronouns', options: opts('He/him', 'She/her', 'They/them', 'Use name only') }),
    field('Email', 'email', { name: 'email' }),
    field('Phone', 'text', { name: 'phone' }),
    field('Current location', 'text', { name: 'location' }),
    field('Current company', 'text', { name: 'org' }),
    field('LinkedIn URL', 'text', { name: 'urls[LinkedIn]' }),
    field('Twitter URL', 'text', { name: 'urls[Twitter]' }),
    field('GitHub URL', 'text', { name: 'urls[GitHub]' }),
    field('Portfolio URL', 'text', { name: 'urls[Portfolio]' }),
    field('Other website', 'text', { name: 'urls[Other]' }),
    field('Additional information', 'textarea', { name: 'comments' }),
    field('I agree to Acme keeping my data for future roles', 'checkbox', { name: 'consent[store]' }),
  ];
  it('rich profile', () => {
    expect(outcome(lever(), richProfile())).toEqual({
      'Resume/CV': '[file resume]',
      'Full name': 'Jordan Alvarez',
      Pronouns: 'They/them',
      Email: 'jordan.alvarez@example.com',
      Phone: '+1 (415) 555-0134',
      'Current location': 'San Francisco, CA, United States',
      'Current company': 'Northwind Analytics',
      'LinkedIn URL': 'https://www.linkedin.com/in/jordan-alvarez',
      'Twitter URL': 'https://x.com/jalvarez_dev',
      'GitHub URL': 'https://github.com/jalvarez',
      'Portfolio URL': 'https://jordan-alvarez.example.dev',
      // The one link of the profile no other field takes.
      'Other website': 'https://stackoverflow.com/users/1234567/jalvarez',
      'Additional information': '(left: not confident)',
      'I agree to Acme keeping my data for future roles': '(left: consent box)',
    });
  });
});

describe('Workday steps', () => {
  it('My Information: legal name, address, phone with its own country code', () => {
    const fields = [
      field('Country', 'combobox', { dataHooks: ['countryDropdown'], options: opts('Select One', 'Bangladesh', 'United States of America') }),
      field('First Name', 'text', { dataHooks: ['legalNameSection_firstName'], sections: ['Legal Name'] }),
      field('Last Name', 'text', { dataHooks: ['legalNameSection_lastName'], sections: ['Legal Name'] }),
      field('Address Line 1', 'text', { dataHooks: ['addressSection_addressLine1'] }),
      field('City', 'text', { dataHooks: ['addressSection_city'] }),
      field('State', 'combobox', { dataHooks: ['addressSection_countryRegion'], options: opts('Select One', 'California', 'New York') }),
      field('Postal Code', 'text', { dataHooks: ['addressSection_postalCode'] }),
      field('Email Address', 'email', { dataHooks: ['email'] }),
      field('Phone Device Type', 'combobox', { dataHooks: ['phone-device-type'], options: opts('Select One', 'Mobile', 'Home') }),
      field('Country Phone Code', 'combobox', {
        dataHooks: ['country-phone-code'],
        options: opts('Select One', 'Canada (+1)', 'United States of America (+1)', 'Bangladesh (+880)'),
      }),
      field('Phone Number', 'tel', { dataHooks: ['phone-number'] }),
      field('How Did You Hear About Us?', 'combobox', { dataHooks: ['sourceSection'], options: opts('Select One', 'LinkedIn', 'Job Board') }),
    ];
    expect(outcome(fields, richProfile())).toEqual({
      Country: 'United States of America',
      'First Name': 'Jordan',
      'Last Name': 'Alvarez',
      'Address Line 1': '500 Market Street',
      City: 'San Francisco',
      State: 'California',
      'Postal Code': '94105',
      'Email Address': 'jordan.alvarez@example.com',
      'Phone Device Type': '(left: not confident)',
      'Country Phone Code': 'United States of America (+1)',
      'Phone Number': '4155550134',
      'How Did You Hear About Us?': 'LinkedIn',
    });
  });

  it("My Experience: each entry gets its own job, most recent first, dates in the form's shape (issue #17)", () => {
    const fields = [
      field('Job Title', 'text', { dataHooks: ['jobTitle'], sections: ['Work Experience 1'] }),
      field('Company', 'text', { dataHooks: ['company'], sections: ['Work Experience 1'] }),
      field('Location', 'text', { dataHooks: ['location'], sections: ['Work Experience 1'] }),
      field('From', 'text', { dataHooks: ['dateSectionMonth-input'], sections: ['Work Experience 1'] }),
      field('Job Title', 'text', { dataHooks: ['jobTitle'], sections: ['Work Experience 2'], id: 'jt2' }),
      field('Company', 'text', { dataHooks: ['company'], sections: ['Work Experience 2'], id: 'co2' }),
    ];
    const plan = planFill(fields, richProfile(), PAGE, { hasResume: true });
    expect(plan.map((e) => (e.action === 'fill' ? e.value : e.left))).toEqual([
      'Staff Software Engineer',
      'Northwind Analytics',
      'no answer in profile',
      '03',
      'Software Engineer',
      'Contoso Retail',
    ]);
  });
});

describe('Workday "My Experience" step (found by the DOM side: the step title encloses every section)', () => {
  it("education, résumé and links under the step title are the applicant's, not a past job's", () => {
    const step = 'My Experience';
    const fields = [
      field('Company', 'text', { dataHooks: ['company'], sections: ['Work Experience 1', step] }),
      field('School or University', 'text', { dataHooks: ['school'], sections: ['Education 1', step] }),
      field('Degree', 'combobox', { dataHooks: ['degree'], sections: ['Education 1', step] }),
      field('Upload a file (5MB max)', 'file', { dataHooks: ['file-upload-input-ref', 'resumeSection'], sections: ['Resume/CV', step] }),
      field('LinkedIn', 'text', { dataHooks: ['linkedinQuestion'], sections: ['Social Network URLs', step] }),
    ];
    const plan = planFill(fields, richProfile(), PAGE, { hasResume: true });
    expect(plan.map((e) => [e.key, e.action])).toEqual([
      ['currentCompany', 'fill'],
      ['school', 'fill'],
      ['degree', 'fill'],
      ['resumeFile', 'fill'],
      ['linkedin', 'fill'],
    ]);
  });
});

describe('salary asked in a currency', () => {
  const asked = (label: string) => planFill([field(label)], richProfile(), PAGE, { hasResume: true })[0]!;
  it.each([
    ['What are your salary expectations (EUR, yearly)?', 'leave'],
    ['Salary expectations (gross per year, in €)', 'leave'],
    ['Desired salary in pounds', 'leave'],
    ['Expected annual gross salary (USD)', 'fill'],
    ['Desired salary ($)', 'fill'],
    ['Desired Salary', 'fill'],
  ])("%s → %s (the profile's answer is in USD)", (label, action) => {
    expect(asked(label).action).toBe(action);
  });
});

describe('Ashby form with yes/no toggles', () => {
  const ashby = (): FieldDescriptor[] => [
    field('Name', 'text', { name: '_systemfield_name' }),
    field('Email', 'email', { name: '_systemfield_email' }),
    field('Resume', 'file', { name: '_systemfield_resume' }),
    field('Phone', 'tel', { name: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }),
    field('LinkedIn', 'text', { name: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' }),
    field('Are you authorized to work in the United States?', 'toggle', { options: opts('Yes', 'No') }),
    field('Will you now or in the future require visa sponsorship?', 'toggle', { options: opts('Yes', 'No') }),
    field('Are you open to relocation?', 'toggle', { options: opts('Yes', 'No') }),
  ];
  it('rich profile', () => {
    expect(outcome(ashby(), richProfile())).toEqual({
      Name: 'Jordan Alvarez',
      Email: 'jordan.alvarez@example.com',
      Resume: '[file resume]',
      Phone: '+1 (415) 555-0134',
      LinkedIn: 'https://www.linkedin.com/in/jordan-alvarez',
      'Are you authorized to work in the United States?': 'Yes',
      'Will you now or in the future require visa sponsorship?': 'No',
      'Are you open to relocation?': 'Yes',
    });
  });
  it('sparse profile: the name and e-mail, nothing it was not told', () => {
    expect(outcome(ashby(), sparseProfile(), false)).toEqual({
      Name: 'Nusrat Jahan',
      Email: 'nusrat.jahan@example.net',
      Resume: '(left: no answer in profile)',
      Phone: '(left: no answer in profile)',
      LinkedIn: '(left: no answer in profile)',
      'Are you authorized to work in the United States?': '(left: no answer in profile)',
      'Will you now or in the future require visa sponsorship?': '(left: no answer in profile)',
      'Are you open to relocation?': '(left: no answer in profile)',
    });
  });
});

describe('a form full of traps, sparse profile', () => {
  it('fills only the applicant’s own fields', () => {
    const fields = [
      field('First name'),
      field('Last name'),
      field('Name', 'text', { id: 'name-trap' }),
      field('Email', 'email'),
      field('Confirm email', 'email'),
      field('Email', 'email', { id: 'honeypot', name: 'email_2', visible: false }),
      field('Phone', 'tel', { maxLength: 10 }),
      field('Country code', 'select', { options: opts('Select', 'Bangladesh (+880)', 'United States (+1)') }),
      field('Country', 'select', { options: opts('Select', 'Bangladesh', 'India') }),
      field('City', 'text', { currentValue: 'Dhaka' }),
      field('Website or LinkedIn'),
      field('Company you are applying to'),
      field('Recruiter name'),
      field('Name', 'text', { id: 'ref-name', sections: ['References'] }),
      field("Reference's email", 'email'),
      field('Emergency contact phone', 'tel'),
      field('How did you hear about us?', 'select', { options: opts('Select', 'LinkedIn', 'Referral') }),
      field('Gender', 'select', { options: opts('Select', 'Male', 'Female', 'Decline to self-identify') }),
      field('Are you legally authorized to work in the United States?', 'radio', { options: opts('Yes', 'No') }),
      field('I agree to the privacy policy', 'checkbox'),
      field('Years of experience', 'number'),
      field('Degree', 'select', { sections: ['Education'], options: opts('Select', "Bachelor's", "Master's") }),
    ];
    const plan = planFill(fields, sparseProfile(), PAGE, { hasResume: false });
    const filled = Object.fromEntries(plan.flatMap((e, i) => (e.action === 'fill' ? [[fields[i]?.labels[0] ?? '', e.value]] : [])));
    expect(filled).toEqual({
      'First name': 'Nusrat',
      'Last name': 'Jahan',
      Email: 'nusrat.jahan@example.net',
      'Confirm email': 'nusrat.jahan@example.net',
      Country: 'Bangladesh',
      'Years of experience': '6',
      Degree: "Bachelor's",
    });
    const left = Object.fromEntries(plan.flatMap((e) => (e.action === 'leave' ? [[e.fieldId, e.left]] : [])));
    expect(left['name-trap']).toBe('not confident');
    expect(left['honeypot']).toBe('hidden');
    expect(left['ref-name']).toBe('not the applicant');
  });
});

describe('safety rules', () => {
  const p = richProfile();
  const plan = (fields: FieldDescriptor[], profile = p) => planFill(fields, profile, PAGE, { hasResume: true });
  const only = (f: FieldDescriptor, profile = p): PlanEntry => plan([f], profile)[0] as PlanEntry;

  it('never touches a hidden honeypot, even a perfect match', () => {
    expect(only(field('Email', 'email', { visible: false }))).toMatchObject({ action: 'leave', left: 'hidden' });
    expect(only(field('Website', 'text', { name: 'website', visible: false }))).toMatchObject({ action: 'leave', left: 'hidden' });
  });

  it('never touches disabled or read-only fields', () => {
    expect(only(field('Email', 'email', { disabled: true }))).toMatchObject({ action: 'leave', left: 'disabled' });
    expect(only(field('Email', 'email', { readOnly: true }))).toMatchObject({ action: 'leave', left: 'disabled', reason: 'read-only' });
  });

  it('never overwrites what is there', () => {
    expect(only(field('Email', 'email', { currentValue: 'typed@by.user' }))).toMatchObject({ action: 'leave', left: 'already filled' });
    expect(only(field('Country', 'select', { options: opts('Bangladesh', 'United States'), currentValue: 'Bangladesh' }))).toMatchObject({
      left: 'already filled',
    });
    expect(only(field('Relocate?', 'checkbox', { currentValue: 'on' }))).toMatchObject({ left: 'already filled' });
  });

  it('treats a select showing its placeholder as empty', () => {
    const f = field('Country', 'select', { options: opts('Select a country', 'United States'), currentValue: 'Select a country' });
    expect(only(f)).toMatchObject({ action: 'fill', value: 'United States' });
  });

  it('never ticks a consent box', () => {
    for (const label of ['I agree to the terms and conditions', 'I consent to the privacy policy', 'I certify the above is true']) {
      expect(only(field(label, 'checkbox'))).toMatchObject({ action: 'leave', left: 'consent box' });
    }
  });

  it('leaves fields about other people', () => {
    const fields = [
      field('Email', 'email'),
      field("Reference's email", 'email'),
      field('Phone', 'tel', { sections: ['References'] }),
      field('Recruiter name', 'text'),
      field('Emergency contact phone', 'tel'),
    ];
    expect(plan(fields).map((e) => (e.action === 'fill' ? 'fill' : e.left))).toEqual([
      'fill',
      'not the applicant',
      'not the applicant',
      'not the applicant',
      'not the applicant',
    ]);
  });

  it('EEO questions with no saved answers are left, however clear the options', () => {
    const fields = [
      field('Gender', 'select', { options: opts('Select', 'Male', 'Female', 'Decline') }),
      field('Race', 'select', { options: opts('Select', 'Asian', 'White', 'Decline') }),
      field('Veteran status', 'radio', { options: opts('I am not a protected veteran', 'I am a protected veteran') }),
      field('Disability', 'radio', { options: opts('Yes', 'No', "I don't wish to answer") }),
      field('Are you Hispanic or Latino?', 'radio', { options: opts('Yes', 'No') }),
    ];
    expect(plan(fields, sparseProfile()).every((e) => e.action === 'leave' && e.left === 'no answer in profile')).toBe(true);
  });

  it('one "Name" next to first and last name is left; a clear "Full name" is filled too', () => {
    const first = field('First name');
    const last = field('Last name');
    const name = field('Name');
    const full = field('Full name');
    const result = plan([first, last, name]);
    expect(result.map((e) => e.action)).toEqual(['fill', 'fill', 'leave']);
    expect(result[2]).toMatchObject({ left: 'not confident' });
    expect(plan([first, last, full]).map((e) => e.action)).toEqual(['fill', 'fill', 'fill']);
    expect(plan([name])[0]).toMatchObject({ action: 'fill', value: 'Jordan Alvarez' });
  });

  it('"Vorname" + "Name": the bare Name (often the surname there) is left', () => {
    expect(plan([field('Vorname'), field('Name')]).map((e) => e.action)).toEqual(['fill', 'leave']);
  });

  it('two fields wanting one value: the surer one gets it', () => {
    const weak = field('Name', 'text', { id: 'weak' });
    const strong = field('Full name', 'text', { id: 'strong' });
    const result = plan([weak, strong]);
    expect(result[0]).toMatchObject({ fieldId: 'weak', action: 'leave', left: 'not confident' });
    expect(result[1]).toMatchObject({ fieldId: 'strong', action: 'fill' });
  });

  it("a country is filled wherever it is asked: the phone's country and where you live", () => {
    const result = plan([field('Country', 'combobox', { htmlId: 'country' }), field('Which country do you currently reside in?', 'combobox')]);
    expect(result.map((e) => [e.key, e.action])).toEqual([
      ['country', 'fill'],
      ['country', 'fill'],
    ]);
  });

  it('a second identical field is left rather than filled twice', () => {
    const result = plan([field('Company', 'text', { id: 'a' }), field('Company', 'text', { id: 'b' })]);
    expect(result.map((e) => e.action)).toEqual(['fill', 'leave']);
  });

  it('a month and a year of the same date are different slots', () => {
    const result = plan([
      field('Start date', 'select', { sections: ['Education'], name: 'edu[start_date][month]', options: opts('Month', 'July', 'August') }),
      field('Start date', 'text', { sections: ['Education'], name: 'edu[start_date][year]' }),
    ]);
    expect(result.map((e) => (e.action === 'fill' ? e.value : e.left))).toEqual(['August', '2012']);
  });

  it('"Website or LinkedIn" is left, "Phone" under References is left', () => {
    expect(only(field('Website or LinkedIn'))).toMatchObject({ action: 'leave', left: 'not confident' });
    expect(only(field('Phone', 'tel', { sections: ['References'] }))).toMatchObject({ left: 'not the applicant' });
  });

  it('a phone field with maxLength 10 gets the national number, never a truncated one', () => {
    expect(only(field('Phone', 'tel', { maxLength: 10 }))).toMatchObject({ value: '4155550134' });
    expect(only(field('Phone', 'tel', { maxLength: 7 }))).toMatchObject({ action: 'leave' });
  });

  it('a value longer than the field allows is left, not cut', () => {
    expect(only(field('Location', 'text', { maxLength: 10 }))).toMatchObject({ action: 'leave', left: 'not confident' });
  });

  it('a select with no option meaning the value is left with a reason', () => {
    const entry = only(field('Country', 'select', { options: opts('Select', 'Germany', 'France') }));
    expect(entry).toMatchObject({ action: 'leave', left: 'no matching option' });
    expect(entry.reason).toContain("no option means 'United States'");
  });

  it("a widget's select with no option meaning the value gets the value to type in its search (a tag), never for yes/no or several choices", () => {
    const typed = { typedChoice: true, options: opts('Select', 'Germany', 'France') };
    expect(only(field('Country', 'select', typed))).toMatchObject({ action: 'fill', value: 'United States' });
    expect(only(field('Country', 'select', typed))).not.toHaveProperty('option');
    expect(only(field('Country', 'select', { ...typed, options: opts('Select', 'United States') }))).toMatchObject({ option: { text: 'United States' } });
    expect(only(field('Are you legally authorized to work in the United States?', 'select', { ...typed, options: opts('Select', 'Maybe') }))).toMatchObject({
      action: 'leave',
      left: 'no matching option',
    });
    expect(only(field('Languages you speak', 'select', { ...typed, multiple: true, options: opts('French') }))).toMatchObject({ action: 'leave' });
  });

  it('a place picker with listed options gets the matching place', () => {
    const options = opts('South San Francisco, CA, USA', 'San Francisco, CA, USA', 'San Francisco de Macorís, Dominican Republic');
    expect(only(field('Location (City)', 'combobox', { options }))).toMatchObject({ action: 'fill', value: 'San Francisco, CA, USA' });
  });

  it('a combobox without listed options gets the text to type', () => {
    expect(only(field('Location', 'combobox'))).toMatchObject({ action: 'fill', value: 'San Francisco, CA, United States' });
  });

  it('files: résumé when there is one, cover letter only when stored', () => {
    expect(planFill([field('Resume', 'file')], p, PAGE, { hasResume: false })[0]).toMatchObject({ left: 'no answer in profile' });
    expect(planFill([field('Resume', 'file')], p, PAGE, { hasResume: true })[0]).toMatchObject({ action: 'fill', file: 'resume' });
    expect(planFill([field('Cover letter', 'file')], p, PAGE, { hasResume: true, hasCoverLetter: true })[0]).toMatchObject({
      action: 'fill',
      key: 'coverLetterFile',
      file: 'coverLetter',
    });
  });

  it('a lone yes/no checkbox is ticked only when its statement is the saved answer', () => {
    expect(only(field('I am willing to relocate', 'checkbox'))).toMatchObject({ action: 'fill', value: 'on' });
    expect(only(field('I will require visa sponsorship', 'checkbox'))).toMatchObject({ action: 'leave', left: 'no matching option' });
  });

  it('the sponsorship question in its many phrasings gets the answer the user meant', () => {
    const q = (label: string, options = opts('Yes', 'No')) => only(field(label, 'radio', { options }));
    expect(q('Will you now or in the future require sponsorship?')).toMatchObject({ value: 'No' });
    expect(q('Do you NOT require sponsorship?')).toMatchObject({ value: 'Yes' });
    expect(q('Can you work for us without sponsorship?')).toMatchObject({ value: 'Yes' });
    expect(q('Sponsorship', opts('I will require sponsorship', 'I will not require sponsorship'))).toMatchObject({
      value: 'I will not require sponsorship',
    });
  });

  it('custom answers reach choice controls through polarity', () => {
    const entry = only(field('Do you have experience with Kubernetes?', 'radio', { options: opts('Yes', 'No') }));
    expect(entry).toMatchObject({ action: 'fill', key: 'answers.custom', value: 'Yes' });
  });

  it('returns one entry per field, in order, with the field id', () => {
    const fields = [field('Email'), field(''), field('Gender', 'select'), field('Resume', 'file')];
    const result = plan(fields);
    expect(result.map((e) => e.fieldId)).toEqual(fields.map((f) => f.id));
  });
});
