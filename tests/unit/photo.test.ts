import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_CHARS, centredSquare, localPhoto, photoDataProblem } from '@/core/photo';
import { validateProfile } from '@/core/profile/validate';
import { testProfile } from '../support/profiles';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const withImage = (image: string) => {
  const profile = testProfile('rich');
  return { ...profile, basics: { ...profile.basics, image } };
};
const imageIssues = (image: string) => {
  const result = validateProfile(withImage(image));
  return result.ok ? [] : result.issues.filter((issue) => issue.path === 'basics.image').map((issue) => issue.message);
};

describe('the profile photo', () => {
  it('is shown only when the profile carries the picture itself', () => {
    expect(localPhoto(PNG)).toBe(PNG);
    expect(localPhoto('data:image/jpeg;base64,/9j/4AAQSkZJRg==')).not.toBeNull();
    // A web address would be a request; SVG can carry script; other data is no picture.
    for (const image of [
      'https://example.org/me.png',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:text/html;base64,PGI+',
      'javascript:alert(1)',
      '',
      undefined,
    ]) {
      expect(localPhoto(image)).toBeNull();
    }
    expect(localPhoto(`data:image/png;base64,${'A'.repeat(PHOTO_MAX_CHARS)}`)).toBeNull();
  });

  it('is accepted in a profile as picture data or a web link, and anything else is refused by name', () => {
    expect(imageIssues(PNG)).toEqual([]);
    expect(imageIssues('https://example.org/me.jpg')).toEqual([]);
    expect(imageIssues('data:image/svg+xml;base64,PHN2Zz4=')).toEqual(['image data must be a PNG, JPEG, GIF or WebP picture (data:image/…;base64)']);
    expect(imageIssues('javascript:alert(1)')).toEqual(['only http(s) links are allowed, got a "javascript:" link']);
    const huge = `data:image/jpeg;base64,${'A'.repeat(PHOTO_MAX_CHARS)}`;
    expect(imageIssues(huge)).toEqual([`the photo is too large (${Math.ceil(huge.length / 1024)} KB; at most 200 KB)`]);
    expect(photoDataProblem(PNG)).toBeNull();
  });

  it('is cropped to the centred square of the picture', () => {
    expect(centredSquare(400, 300)).toEqual({ x: 50, y: 0, side: 300 });
    expect(centredSquare(300, 401)).toEqual({ x: 0, y: 50, side: 300 });
    expect(centredSquare(64, 64)).toEqual({ x: 0, y: 0, side: 64 });
  });
});
