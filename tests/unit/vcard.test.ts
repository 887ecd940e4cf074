import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXT_KEY, type Profile } from '@/core/profile/types';
import { escapeText, foldLine, profileToVCard, vcardFileName } from '@/core/vcard';
import { components, parseVCard, unescapeText, valueOf } from '../support/vcard';
import { testProfile } from '../support/profiles';

/** The sparse test profile (no phone, link or photo) with these details. */
function withBasics(basics: Partial<Profile['basics']>): Profile {
  const profile = testProfile('sparse');
  profile.basics = { ...profile.basics, ...basics };
  return profile;
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('profileToVCard', () => {
  it('writes a profile as a vCard 4.0 with name, title, email, address and note', () => {
    const profile = testProfile('rich');
    const props = parseVCard(profileToVCard(profile));
    expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCARD' });
    expect(props[1]).toMatchObject({ name: 'VERSION', value: '4.0' });
    expect(props.at(-1)).toMatchObject({ name: 'END', value: 'VCARD' });
    expect(valueOf(props, 'FN')).toBe(profile.basics.name);
    expect(components(props.find((p) => p.name === 'N')!.value)).toEqual(['Alvarez', 'Jordan', '', '', '']);
    expect(valueOf(props, 'TITLE')).toBe(profile.basics.label);
    expect(valueOf(props, 'EMAIL')).toBe(profile.basics.email);
    expect(components(props.find((p) => p.name === 'ADR')!.value)).toEqual(['', '', '500 Market Street', 'San Francisco', 'CA', '94105', 'United States']);
    expect(valueOf(props, 'NOTE')).toBe(`${profile[EXT_KEY].pitch}\n${profile[EXT_KEY].availability!.roles}`);
  });

  it('leaves out what the profile does not have (the sparse one has no phone, link or photo)', () => {
    const names = parseVCard(profileToVCard(testProfile('sparse'))).map((p) => p.name);
    expect(names).not.toContain('TEL');
    expect(names).not.toContain('URL');
    expect(names).not.toContain('PHOTO');
  });

  it('carries phone, profile link, social links and photo when set', () => {
    const props = parseVCard(
      profileToVCard(
        withBasics({
          phone: '+880 1711-000000',
          url: 'https://nusrat.dev/',
          image: 'https://nusrat.dev/me.jpg',
          profiles: [
            { network: 'LinkedIn', url: 'https://www.linkedin.com/in/nusrat' },
            { network: 'GitHub', username: 'nusrat' },
          ],
        }),
      ),
    );
    expect(props.find((p) => p.name === 'TEL')).toEqual({ name: 'TEL', params: { VALUE: 'uri' }, value: 'tel:+8801711000000' });
    expect(props.filter((p) => p.name === 'URL').map((p) => p.value)).toEqual(['https://nusrat.dev/', 'https://www.linkedin.com/in/nusrat']);
    expect(valueOf(props, 'PHOTO')).toBe('https://nusrat.dev/me.jpg');
  });

  it('never writes a link that is not http(s), nor image data that is not a picture', () => {
    const text = profileToVCard(withBasics({ url: 'javascript:alert(1)', image: 'data:image/svg+xml;base64,PHN2Zz4=' }));
    expect(text).not.toMatch(/javascript|data:|PHOTO/);
  });

  it('carries an uploaded photo itself, folded like any long line', () => {
    const image = `data:image/jpeg;base64,${'/9j/4AAQ'.repeat(40)}`;
    const text = profileToVCard(withBasics({ image }));
    expect(valueOf(parseVCard(text), 'PHOTO')).toBe(image);
    expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
  });

  it('escapes commas, semicolons, backslashes and line breaks so they read back unchanged', () => {
    const name = 'Ann, the; Back\\slash\nSmith';
    const props = parseVCard(profileToVCard(withBasics({ name, label: 'Lead; Staff, Principal' })));
    expect(props.find((p) => p.name === 'FN')!.value).toBe('Ann\\, the\\; Back\\\\slash\\nSmith');
    expect(valueOf(props, 'FN')).toBe(name);
    expect(valueOf(props, 'TITLE')).toBe('Lead; Staff, Principal');
  });

  it('folds long lines at 75 octets, ends every line in CRLF, and unfolds to the original', () => {
    const profile = testProfile('rich');
    profile[EXT_KEY].pitch = 'Systems that hold — সিস্টেম যা টিকে থাকে. '.repeat(6).trim();
    const text = profileToVCard(profile);
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(valueOf(parseVCard(text), 'NOTE')!.startsWith(profile[EXT_KEY].pitch)).toBe(true);
  });
});

describe('foldLine', () => {
  it('keeps every physical line within 75 octets and never splits a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const folded = foldLine(`NOTE:${text}`);
        for (const line of folded.split('\r\n')) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          // A split surrogate pair or UTF-8 sequence would not survive the round trip.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${text}`);
      }),
    );
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = `NOTE:${'x'.repeat(70)}`;
    expect(foldLine(line)).toBe(line);
    expect(foldLine(`${line}y`)).toBe(`${line}\r\n y`);
  });
});

describe('escapeText', () => {
  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unescapeText(escapeText(text))).toBe(text.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });
});

describe('vcardFileName', () => {
  it('names the file after the person, in ASCII', () => {
    expect(vcardFileName('Hanifur Rahman')).toBe('hanifur-rahman.vcf');
    expect(vcardFileName('José Ñúñez')).toBe('jose-nunez.vcf');
    expect(vcardFileName('  ')).toBe('contact.vcf');
  });
});
