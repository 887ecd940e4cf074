import { describe, expect, it } from 'vitest';
import { defaultProfile } from '@/core/profile/default';
import { EXT_KEY, type Profile } from '@/core/profile/types';
import { contactBlock, contactItems, profileEmailHref, profileLink, profileShareData } from '@/core/share';

function withBasics(basics: Partial<Profile['basics']>): Profile {
  const profile = defaultProfile();
  profile.basics = { ...profile.basics, ...basics };
  return profile;
}

const full = () =>
  withBasics({
    phone: '+880 1711-000000',
    url: 'https://hanif.dev/',
    location: { address: '12 Kandirpar Road', postalCode: '3500', city: 'Cumilla', countryCode: 'BD' },
    profiles: [
      { network: 'LinkedIn', url: 'https://www.linkedin.com/in/hanif' },
      { network: 'GitHub', username: 'hanif' },
      { network: 'Blog', url: 'javascript:alert(1)' },
    ],
  });

function decodeMailto(href: string) {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
}

describe('contactItems', () => {
  it('lists only the details the default profile has: email and location', () => {
    expect(contactItems(defaultProfile())).toEqual([
      { key: 'email', label: 'Email', value: 'hanifurrahmansabbir@gmail.com', href: 'mailto:hanifurrahmansabbir@gmail.com', copyName: 'email' },
      { key: 'location', label: 'Location', value: 'Cumilla, Bangladesh', href: null, copyName: 'location' },
    ]);
  });

  it('adds phone, website and each profile, with links only when they are safe', () => {
    const items = contactItems(full());
    expect(items.map((i) => [i.key, i.label, i.value, i.href, i.copyName])).toEqual([
      ['email', 'Email', 'hanifurrahmansabbir@gmail.com', 'mailto:hanifurrahmansabbir@gmail.com', 'email'],
      ['phone', 'Phone', '+880 1711-000000', 'tel:+8801711000000', 'phone'],
      ['location', 'Location', '12 Kandirpar Road, 3500, Cumilla, Bangladesh', null, 'location'],
      ['website', 'Website', 'https://hanif.dev/', 'https://hanif.dev/', 'website link'],
      ['profile-0', 'LinkedIn', 'https://www.linkedin.com/in/hanif', 'https://www.linkedin.com/in/hanif', 'LinkedIn link'],
      ['profile-1', 'GitHub', 'hanif', null, 'GitHub username'],
    ]);
  });
});

describe('contactBlock', () => {
  it('is name, title and one labelled line per detail', () => {
    expect(contactBlock(defaultProfile())).toBe(
      ['Hanifur Rahman', 'Senior Backend Engineer', 'Email: hanifurrahmansabbir@gmail.com', 'Location: Cumilla, Bangladesh'].join('\n'),
    );
    expect(contactBlock(full()).split('\n')).toContain('Website: https://hanif.dev/');
  });
});

describe('profileEmailHref', () => {
  it('has no recipient, a subject naming the person and a body with the pitch and the link', () => {
    const { to, subject, body } = decodeMailto(profileEmailHref(full()));
    expect(to).toBe('');
    expect(subject).toBe('Hanifur Rahman – Senior Backend Engineer');
    expect(body).toBe(
      [
        `Hanifur Rahman, Senior Backend Engineer. ${defaultProfile()[EXT_KEY].pitch}`,
        '',
        'Profile: https://hanif.dev/',
        'Email: hanifurrahmansabbir@gmail.com',
      ].join('\r\n'),
    );
  });

  it('still works without a profile link', () => {
    const { body } = decodeMailto(profileEmailHref(defaultProfile()));
    expect(body).not.toContain('Profile:');
    expect(body).toContain('Email: hanifurrahmansabbir@gmail.com');
  });

  it('encodes characters that would end the subject early', () => {
    const href = profileEmailHref(withBasics({ name: 'A&B ?=#', label: undefined }));
    expect(decodeMailto(href).subject).toBe('A&B ?=#');
  });
});

describe('profileLink and profileShareData', () => {
  it('shares the link only when it is http(s)', () => {
    expect(profileLink(defaultProfile())).toBeNull();
    expect(profileLink(withBasics({ url: 'javascript:alert(1)' }))).toBeNull();
    expect(profileShareData(full())).toEqual({
      title: 'Hanifur Rahman',
      text: `Hanifur Rahman, Senior Backend Engineer. ${defaultProfile()[EXT_KEY].pitch}`,
      url: 'https://hanif.dev/',
    });
    expect(profileShareData(defaultProfile())).not.toHaveProperty('url');
  });
});
