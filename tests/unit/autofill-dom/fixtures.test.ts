// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATS_SITES } from '@/core/ats-hosts';
import { FIXTURES_DIR, atsServing, framedPages, holdsApplication, loadFixtures, loadPages, pageHtml } from '../../fixtures/ats/fixtures';
import { PROFILE_NAMES } from '../../support/profiles';

/**
 * The project's own rules for its fixture pages (tests/fixtures/ats): one tree that detection,
 * the card and autofill all run on; every supported ATS has an application page with an
 * expected-fill table, served at the ATS's real address.
 */
const pages = loadPages();
const fixtures = loadFixtures();
const KINDS = ['application', 'listing', 'description', 'not-a-job'];

describe('ATS fixtures', () => {
  it('every page has its sidecar and every sidecar its page, one tree for every test', () => {
    const groups = readdirSync(FIXTURES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const htmlFiles = groups.flatMap((group) =>
      readdirSync(path.join(FIXTURES_DIR, group))
        .filter((file) => file.endsWith('.html'))
        .map((file) => `${group}/${file}`),
    );
    expect(pages.map((page) => `${page.group}/${page.file}`).sort()).toEqual(htmlFiles.sort());
    // Groups: the supported ATSs, pages built to mislead autofill, and sites no ATS serves.
    expect(groups.filter((group) => !ATS_SITES.some((site) => site.id === group))).toEqual(['traps', 'unrelated']);
  });

  it.each(ATS_SITES.map((site) => [site.name, site.id]))('%s has an application page with an expected-fill table', (_, id) => {
    expect(fixtures.filter((spec) => spec.group === id && holdsApplication(spec, pages)).length).toBeGreaterThan(0);
  });

  it.each(pages.map((page) => [`${page.group}/${page.file}`, page]))('%s is served where its ATS serves it, as a page of a known kind', (_, page) => {
    const addresses = [page, ...(page.views ?? [])];
    for (const { url, kind } of addresses) expect(KINDS, url).toContain(kind);
    if (page.group === 'unrelated') {
      expect(addresses.map(({ url }) => atsServing(url))).toEqual(addresses.map(() => null));
    } else if (page.group === 'traps') {
      expect(atsServing(page.url), page.url).not.toBeNull();
    } else {
      // The top page may be the company's own site (Greenhouse's embed): then the form's frame is on the ATS's host.
      const served = [...addresses, ...framedPages(page, pages)].filter(({ url }) => atsServing(url) !== null);
      expect(served.length, page.url).toBeGreaterThan(0);
      for (const { url } of served) expect(atsServing(url), url).toBe(page.group);
    }
  });

  it.each(fixtures.map((spec) => [spec.title, spec]))('%s: its table is of an application form and covers both test profiles', (_, spec) => {
    expect(holdsApplication(spec, pages)).toBe(true);
    expect(Object.keys(spec.fields).length).toBeGreaterThan(3);
    // The job the application log must record for it (tests/e2e/application-log.spec.ts).
    expect(spec.posting?.company.trim()).toBeTruthy();
    expect(spec.posting?.role.trim()).toBeTruthy();
    for (const expected of Object.values(spec.fields)) {
      expect(Object.keys(expected).sort()).toEqual([...PROFILE_NAMES].sort());
    }
  });

  it.each(fixtures.filter((spec) => !spec.bundles).map((spec) => [spec.title, spec]))('%s: every selector of the table is on the page', (_, spec) => {
    const file = spec.frame ? Object.values(spec.routes ?? {})[0]! : spec.file;
    // Parsed, not loaded: no scripts run and no frames or images are fetched. A single-page app's
    // views are templates it renders: their markup counts.
    const page = new DOMParser().parseFromString(pageHtml(spec, file), 'text/html');
    const roots: ParentNode[] = [page, ...[...page.querySelectorAll('template')].map((template) => template.content)];
    const missing = Object.keys(spec.fields)
      .map((selector) => selector.split(' >>> ')[0]!)
      .filter((selector) => !roots.some((root) => root.querySelector(selector)));
    expect(missing).toEqual([]);
  });
});
