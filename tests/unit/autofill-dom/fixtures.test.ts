// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATS_SITES } from '@/core/ats-hosts';
import { loadFixtures } from '../../fixtures/ats/fixtures';
import { PROFILE_NAMES } from '../../support/profiles';

/** The project's own rule: every supported ATS has a fixture page served at its real address, with an expected-fill table. */
const fixtures = loadFixtures();

function matchesPattern(url: string, pattern: string): boolean {
  const [, host = '', rest = ''] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const glob = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const hostRe = host.startsWith('*.') ? `(?:[^/]+\\.)?${glob(host.slice(2))}` : glob(host);
  return new RegExp(`^https://${hostRe}${glob(rest)}$`).test(url);
}

describe('ATS fixtures', () => {
  it.each(ATS_SITES.map((site) => [site.name, site.id]))('%s has a fixture with an expected-fill table', (_, id) => {
    expect(fixtures.filter((spec) => spec.ats === id).length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((spec) => [spec.title, spec]))('%s is served where the ATS serves it, and its table covers both test profiles', (_, spec) => {
    const site = ATS_SITES.find((candidate) => candidate.id === spec.ats);
    if (site) {
      // The form's own frame is on the ATS's host (the top page may be the company's own site).
      const formUrl = spec.frame ?? spec.url;
      expect(site.hosts.some((pattern) => matchesPattern(formUrl, pattern)), `${formUrl} on ${site.name}`).toBe(true);
    }
    expect(Object.keys(spec.fields).length).toBeGreaterThan(3);
    for (const expected of Object.values(spec.fields)) {
      expect(Object.keys(expected).sort()).toEqual([...PROFILE_NAMES].sort());
    }
  });

  it.each(fixtures.filter((spec) => !spec.bundles).map((spec) => [spec.title, spec]))('%s: every selector of the table is on the page', (_, spec) => {
    const file = spec.frame ? Object.values(spec.routes ?? {})[0]! : spec.file;
    // Parsed, not loaded: no scripts run and no frames or images are fetched.
    const page = new DOMParser().parseFromString(readFileSync(path.join(spec.dir, file), 'utf8'), 'text/html');
    const missing = Object.keys(spec.fields)
      .map((selector) => selector.split(' >>> ')[0]!)
      .filter((selector) => !page.querySelector(selector));
    expect(missing).toEqual([]);
  });
});
