import { strToU8, zipSync } from 'fflate';

/**
 * A synthetic LinkedIn data export ("Get a copy of your data"), with LinkedIn's file and column
 * names: quoted multi-line descriptions, non-ASCII names, a "Notes:" preamble, files to leave unread.
 */
export const LINKEDIN_FILES: Record<string, string> = {
  'Profile.csv': [
    'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
    'Søren,Kierkegård-Núñez,,,,Staff Platform Engineer,"Builds data platforms.',
    'Likes boring infrastructure, and ""quotes"".",Software Development,,"Copenhagen, Capital Region, Denmark",,"[COMPANY:https://acme.example],[PERSONAL:https://soren.example.dev]",',
  ].join('\n'),
  'Positions.csv': [
    'Company Name,Title,Description,Location,Started On,Finished On',
    'Nordlys Data,Staff Platform Engineer,"Leads the ingestion platform.',
    '- Cut costs by 40%",København,Mar 2021,',
    'Øresund Tech,Senior Engineer,,Malmö,Jan 2017,Feb 2021',
  ].join('\r\n'),
  'Education.csv': [
    'School Name,Start Date,End Date,Notes,Degree Name,Activities',
    'Danmarks Tekniske Universitet,2010,2015,,Master of Science,Robotics club',
  ].join('\n'),
  'Skills.csv': ['Name', 'Go', 'PostgreSQL', 'Kafka'].join('\n'),
  'Email Addresses.csv': ['Email Address,Confirmed,Primary,Updated On', 'old@example.org,Yes,No,1/1/20', 'soren@example.org,Yes,Yes,1/1/24'].join('\n'),
  'PhoneNumbers.csv': ['Extension,Number,Type', ',+45 20 12 34 56,Mobile'].join('\n'),
  'Connections.csv': [
    'Notes:',
    '"When exporting your connection data, you may notice..."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'A,B,https://x,,C,D,01 Jan 2024',
  ].join('\n'),
  'messages.csv': 'CONVERSATION ID,FROM,TO,CONTENT\n1,a,b,private words\n',
};

/** The export as LinkedIn zips it (files in the root), with some files replaced or left out. */
export function linkedInZip(changes: Record<string, string | null> = {}): Uint8Array {
  const files = { ...LINKEDIN_FILES, ...changes };
  return zipSync(
    Object.fromEntries(
      Object.entries(files)
        .filter(([, text]) => text !== null)
        .map(([name, text]) => [name, strToU8(text!)]),
    ),
  );
}
