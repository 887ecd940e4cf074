import { describe, expect, it } from 'vitest';
import { filesFromZip, linkedInDate, resumeFromLinkedIn } from '@/core/profile/linkedin';
import { validateProfile } from '@/core/profile/validate';
import { LINKEDIN_FILES, linkedInZip } from '../../support/linkedin-export';

const fromZip = (zip: Uint8Array) => {
  const unzipped = filesFromZip(zip, 'export.zip');
  if (!unzipped.ok) return unzipped;
  return resumeFromLinkedIn(unzipped.files);
};

describe('importing LinkedIn’s data export', () => {
  it('reads name, headline, summary, location, email, phone, link, positions, education and skills into a valid JSON Resume', () => {
    const result = fromZip(linkedInZip());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.resume).toEqual({
      basics: {
        name: 'Søren Kierkegård-Núñez',
        label: 'Staff Platform Engineer',
        email: 'soren@example.org',
        phone: '+45 20 12 34 56',
        url: 'https://soren.example.dev',
        summary: 'Builds data platforms.\nLikes boring infrastructure, and "quotes".',
        location: { city: 'Copenhagen', region: 'Capital Region', countryCode: 'DK' },
      },
      work: [
        {
          name: 'Nordlys Data',
          position: 'Staff Platform Engineer',
          location: 'København',
          startDate: '2021-03',
          summary: 'Leads the ingestion platform.\n- Cut costs by 40%',
        },
        { name: 'Øresund Tech', position: 'Senior Engineer', location: 'Malmö', startDate: '2017-01', endDate: '2021-02' },
      ],
      education: [{ institution: 'Danmarks Tekniske Universitet', studyType: 'Master of Science', startDate: '2010', endDate: '2015' }],
      skills: [{ name: 'Go' }, { name: 'PostgreSQL' }, { name: 'Kafka' }],
    });
    expect(result.files).toEqual(['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv', 'Email Addresses.csv', 'PhoneNumbers.csv']);
    expect(validateProfile(result.resume).ok).toBe(true);
  });

  it('never opens the files it does not need (messages, connections)', () => {
    const unzipped = filesFromZip(linkedInZip(), 'export.zip');
    expect(unzipped.ok && Object.keys(unzipped.files).sort()).toEqual([
      'Education.csv',
      'Email Addresses.csv',
      'PhoneNumbers.csv',
      'Positions.csv',
      'Profile.csv',
      'Skills.csv',
    ]);
  });

  it('takes an export with files missing: only Profile.csv is needed', () => {
    const result = fromZip(linkedInZip({ 'Positions.csv': null, 'Education.csv': null, 'Skills.csv': null, 'PhoneNumbers.csv': null }));
    expect(result.ok && result.resume).toMatchObject({ basics: { name: 'Søren Kierkegård-Núñez' }, work: [], education: [], skills: [] });
  });

  it('reads files inside a folder of the zip, and a header below LinkedIn’s "Notes:" lines', () => {
    const notes = `Notes:\n"Some of your data is not included."\n\n${LINKEDIN_FILES['Skills.csv']}`;
    const result = fromZip(linkedInZip({ 'Skills.csv': null, 'Basic_LinkedInDataExport/Skills.csv': notes }));
    expect(result.ok && result.resume.skills).toEqual([{ name: 'Go' }, { name: 'PostgreSQL' }, { name: 'Kafka' }]);
  });

  it.each([
    ['Mar 2021', '2021-03'],
    ['September 2019', '2019-09'],
    ['Sept. 2019', '2019-09'],
    ['2015', '2015'],
    ['03/2020', '2020-03'],
    ['2020-3', '2020-03'],
    ['someday', null],
    ['13/2020', null],
  ])('the date "%s" is %s', (text, expected) => {
    expect(linkedInDate(text)).toBe(expected);
  });

  it.each([
    ['a zip that is not LinkedIn’s (no Profile.csv)', linkedInZip({ 'Profile.csv': null }), 'Profile.csv', /missing: LinkedIn's data export has it/],
    ['not a zip at all', new TextEncoder().encode('just text'), 'export.zip', /not a zip file LinkedIn made/],
    [
      'a Profile.csv with other columns',
      linkedInZip({ 'Profile.csv': 'Name,Email\nA,b@c.d' }),
      'Profile.csv',
      /not LinkedIn's Profile.csv: it has no "First Name", "Last Name" columns/,
    ],
    [
      'a position with a date LinkedIn never writes',
      linkedInZip({ 'Positions.csv': 'Company Name,Title,Description,Location,Started On,Finished On\nAcme,Engineer,,,Mar 2021,\nGlobex,Lead,,,someday,' }),
      'Positions.csv, row 3, "Started On"',
      /expected a date such as "Mar 2021" or "2021", got "someday"/,
    ],
  ])('refuses %s, naming the file and row', (_, zip, path, message) => {
    const result = fromZip(zip);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ path, message: expect.stringMatching(message) });
  });
});
