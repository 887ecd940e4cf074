import { describe, expect, it } from 'vitest';
import { EXT_KEY, type Profile } from '@/core/profile/types';
import { contactBlock, contactItems, profileEmailHref, profileLink, profileShareData } from '@/core/share';
import { testProfile } from '../support/profiles';

/** The rich test profile with these contact details. */
function withBasics(basics: Partial<Profile['basics']>): Profile {
  const profile = testProfile('rich');
  profile.basics = { ...profile.basics, ...basics };
  return profile;
}

/** Every kind of contact detail, one of them an unsafe link. */
const full = () =>
  withBasics({
    phone: '+1 (415) 555-0134',
    url: 'https://jordan.dev/',
    location: { address: '500 Market Street', postalCode: '94105', city: 'San Francisco', region: 'CA', countryCode: 'US' },
    profiles: [
      { network: 'LinkedIn', url: 'https://www.linkedin.com/in/jordan' },
      { network: 'GitHub', username: 'jordan' },
      { network: 'Blog', url: 'javascript:alert(1)' },
    ],
  });

/** Only the basics: no phone, no link, no profiles. */
const sparse = () => testProfile('sparse');

function decodeMailto(href: string) {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
}

describe('contactItems', () => {
  it('lists only the details the profile has: email and location', () => {
    expect(contactItems(sparse())).toEqual([
      { key: 'email', label: 'Email', value: 'nusrat.jahan@example.net', href: 'mailto:nusrat.jahan@example.net', copyName: 'email' },
      { key: 'location', label: 'Location', value: 'Sylhet, Bangladesh', href: null, copyName: 'location' },
    ]);
  });

  it('adds phone, website and each profile, with links only when they are safe', () => {
    const items = contactItems(full());
    expect(items.map((i) => [i.key, i.label, i.value, i.href, i.copyName])).toEqual([
      ['email', 'Email', 'jordan.alvarez@example.com', 'mailto:jordan.alvarez@example.com', 'email'],
      ['phone', 'Phone', '+1 (415) 555-0134', 'tel:+14155550134', 'phone'],
      ['location', 'Location', '500 Market Street, 94105, San Francisco, CA, United States', null, 'location'],
      ['website', 'Website', 'https://jordan.dev/', 'https://jordan.dev/', 'website link'],
      ['profile-0', 'LinkedIn', 'https://www.linkedin.com/in/jordan', 'https://www.linkedin.com/in/jordan', 'LinkedIn link'],
      ['profile-1', 'GitHub', 'jordan', null, 'GitHub username'],
    ]);
  });
});

describe('contactBlock', () => {
  it('is name, title and one labelled line per detail', () => {
    expect(contactBlock(sparse())).toBe(['Nusrat Jahan', 'Data Engineer', 'Email: nusrat.jahan@example.net', 'Location: Sylhet, Bangladesh'].join('\n'));
    expect(contactBlock(full()).split('\n')).toContain('Website: https://jordan.dev/');
  });
});

describe('profileEmailHref', () => {
  it('has no recipient, a subject naming the person and a body with the pitch and the link', () => {
    const { to, subject, body } = decodeMailto(profileEmailHref(full()));
    expect(to).toBe('');
    expect(subject).toBe('Jordan Alvarez – Staff Software Engineer');
    expect(body).toBe(
      [
        `Jordan Alvarez, Staff Software Engineer. ${testProfile('rich')[EXT_KEY].pitch}`,
        '',
        'Profile: https://jordan.dev/',
        'Email: jordan.alvarez@example.com',
      ].join('\r\n'),
    );
  });

  it('still works without a profile link', () => {
    const { body } = decodeMailto(profileEmailHref(sparse()));
    expect(body).not.toContain('Profile:');
    expect(body).toContain('Email: nusrat.jahan@example.net');
  });

  it('encodes characters that would end the subject early', () => {
    const href = profileEmailHref(withBasics({ name: 'A&B ?=#', label: undefined }));
    expect(decodeMailto(href).subject).toBe('A&B ?=#');
  });
});

describe('profileLink and profileShareData', () => {
  it('shares the link only when it is http(s)', () => {
    expect(profileLink(sparse())).toBeNull();
    expect(profileLink(withBasics({ url: 'javascript:alert(1)' }))).toBeNull();
    expect(profileShareData(full())).toEqual({
      title: 'Jordan Alvarez',
      text: `Jordan Alvarez, Staff Software Engineer. ${testProfile('rich')[EXT_KEY].pitch}`,
      url: 'https://jordan.dev/',
    });
    expect(profileShareData(sparse())).not.toHaveProperty('url');
  });
});
