import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { ATS_HOST_PATTERNS, ATS_ORIGIN_PATTERNS } from '@/core/ats-hosts';
import { atsForUrl, detectAtsPage, hasApplicationForm, isAtsOrigin, matchesHostPattern } from '@/core/ats';
import { atsServing, loadPages, pageHtml } from '../fixtures/ats/fixtures';
import { ATS_MODULES } from '@/core/ats-sites';

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('detectAtsPage from the URL alone', () => {
  it.each([
    ['greenhouse', 'https://boards.greenhouse.io/acme/jobs/4012345'],
    ['greenhouse', 'https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc#app'],
    ['greenhouse', 'https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345&b=https%3A%2F%2Facme.com%2Fcareers'],
    ['greenhouse', 'https://job-boards.greenhouse.io/acme/jobs/4012345'],
    ['greenhouse', 'https://job-boards.eu.greenhouse.io/acme/jobs/4012345'],
    ['greenhouse', 'https://job-boards.greenhouse.io/embed/job_app?for=acme&token=4012345'],
    ['lever', 'https://jobs.lever.co/acme/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b/apply'],
    ['lever', 'https://jobs.eu.lever.co/acme/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b/apply?lever-source=LinkedIn'],
    ['ashby', 'https://jobs.ashbyhq.com/acme/5d6e7f80-1a2b-4c3d-9e8f-a0b1c2d3e4f5/application'],
    ['workday', 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Senior-Backend-Engineer_JR-1042/apply'],
    ['workday', 'https://acme.wd5.myworkdayjobs.com/External/job/Remote/Senior-Backend-Engineer_JR-1042/apply/applyManually'],
    ['workday', 'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Berlin/Engineer_R-77/apply/autofillWithResume'],
    ['smartrecruiters', 'https://jobs.smartrecruiters.com/oneclick-ui/company/Acme/publication/7c8d9e0f-1a2b-4c3d-8e9f-0a1b2c3d4e5f?dcr_ci=Acme'],
    ['workable', 'https://apply.workable.com/acme/j/8F3A1C2B7D/apply/'],
    ['bamboohr', 'https://acme.bamboohr.com/careers/42/apply'],
    ['icims', 'https://careers-acme.icims.com/jobs/1234/senior-backend-engineer/login'],
    ['icims', 'https://careers-acme.icims.com/jobs/1234/senior-backend-engineer/candidate?in_iframe=1'],
    ['jobvite', 'https://jobs.jobvite.com/acme/job/oAbC1fwX/apply'],
    ['teamtailor', 'https://acme.teamtailor.com/jobs/4711-senior-backend-engineer/applications/new'],
    ['recruitee', 'https://acme.recruitee.com/o/senior-backend-engineer/c/new'],
    ['personio', 'https://acme.jobs.personio.de/job/1234567/apply'],
    ['personio', 'https://acme.jobs.personio.com/job/1234567?display=en#apply'],
    ['breezy', 'https://acme.breezy.hr/p/1a2b3c4d5e6f-senior-backend-engineer/apply'],
    ['successfactors', 'https://career5.successfactors.eu/career?company=AcmeAG&career_ns=job_application&career_job_req_id=1042'],
    ['linkedin', 'https://www.linkedin.com/jobs/view/3912345678/apply/?openSDUIApplyFlow=true'],
  ])('%s application: %s', (ats, url) => {
    expect(detectAtsPage(url)).toEqual({ ats, kind: 'application' });
  });

  it.each([
    ['greenhouse', 'https://boards.greenhouse.io/acme'],
    ['greenhouse', 'https://boards.greenhouse.io/embed/job_board?for=acme'],
    ['greenhouse', 'https://job-boards.greenhouse.io/acme'],
    ['lever', 'https://jobs.lever.co/acme'],
    ['lever', 'https://jobs.lever.co/acme?team=Engineering'],
    ['ashby', 'https://jobs.ashbyhq.com/acme'],
    ['workday', 'https://acme.wd5.myworkdayjobs.com/en-US/External'],
    ['smartrecruiters', 'https://jobs.smartrecruiters.com/Acme'],
    ['workable', 'https://apply.workable.com/acme/'],
    ['bamboohr', 'https://acme.bamboohr.com/careers'],
    ['icims', 'https://careers-acme.icims.com/jobs/search?ss=1'],
    ['jobvite', 'https://jobs.jobvite.com/acme/jobs'],
    ['teamtailor', 'https://acme.teamtailor.com/jobs'],
    ['recruitee', 'https://acme.recruitee.com/'],
    ['personio', 'https://acme.jobs.personio.de/'],
    ['breezy', 'https://acme.breezy.hr/'],
    ['successfactors', 'https://career5.successfactors.eu/career?company=AcmeAG&career_ns=job_listing_summary'],
    ['linkedin', 'https://www.linkedin.com/jobs/search/?keywords=backend&currentJobId=3912345678'],
    ['linkedin', 'https://www.linkedin.com/jobs/collections/recommended/'],
  ])('%s listing: %s', (ats, url) => {
    expect(detectAtsPage(url)).toEqual({ ats, kind: 'listing' });
  });

  it.each([
    ['lever', 'https://jobs.lever.co/acme/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b'],
    ['ashby', 'https://jobs.ashbyhq.com/acme/5d6e7f80-1a2b-4c3d-9e8f-a0b1c2d3e4f5'],
    ['workday', 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Senior-Backend-Engineer_JR-1042'],
    ['workday', 'https://acme.wd5.myworkdayjobs.com/External/details/Senior-Backend-Engineer_JR-1042'],
    ['smartrecruiters', 'https://jobs.smartrecruiters.com/Acme/743999912345678-senior-backend-engineer'],
    ['workable', 'https://apply.workable.com/acme/j/8F3A1C2B7D/'],
    ['bamboohr', 'https://acme.bamboohr.com/careers/42'],
    ['bamboohr', 'https://acme.bamboohr.com/jobs/view.php?id=42'],
    ['icims', 'https://careers-acme.icims.com/jobs/1234/senior-backend-engineer/job'],
    ['jobvite', 'https://jobs.jobvite.com/acme/job/oAbC1fwX'],
    ['teamtailor', 'https://acme.teamtailor.com/jobs/4711-senior-backend-engineer'],
    ['recruitee', 'https://acme.recruitee.com/o/senior-backend-engineer'],
    ['personio', 'https://acme.jobs.personio.de/job/1234567?display=en'],
    ['breezy', 'https://acme.breezy.hr/p/1a2b3c4d5e6f-senior-backend-engineer'],
    ['successfactors', 'https://career5.successfactors.eu/career?company=AcmeAG&career_ns=job_listing&career_job_req_id=1042'],
    ['linkedin', 'https://www.linkedin.com/jobs/view/3912345678/'],
  ])('%s description: %s', (ats, url) => {
    expect(detectAtsPage(url)).toEqual({ ats, kind: 'description' });
  });

  it.each([
    'https://example.com/careers/apply',
    'https://acme.com/jobs/4012345',
    'http://boards.greenhouse.io/acme/jobs/4012345', // not TLS: no ATS serves its form this way
    'https://greenhouse.io/acme/jobs/4012345',
    'https://boards.greenhouse.io.evil.example/acme/jobs/4012345',
    'https://evilmyworkdayjobs.com/External/job/x/apply',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/someone/',
    'https://jobs.lever.co/', // the bare host names no company
    'https://jobs.lever.co/acme/not-a-posting-id/apply',
    'https://boards.greenhouse.io/acme/jobs/4012345/confirmation',
    'not a url',
  ])('not an ATS page this extension knows: %s', (url) => {
    expect(detectAtsPage(url)).toBeNull();
  });
});

describe('detectAtsPage with the document', () => {
  const applicationForm = `<form id="form">
      <label for="first">First name</label><input id="first" name="first_name">
      <label for="mail">Email</label><input id="mail" type="email">
      <label for="cv">Résumé</label><input id="cv" type="file">
    </form>`;

  it('a description whose form opened in place is an application', () => {
    expect(detectAtsPage('https://acme.bamboohr.com/careers/42', parse(applicationForm))).toEqual({ ats: 'bamboohr', kind: 'application' });
  });

  it('a description without a form stays a description', () => {
    const doc = parse('<main><h1>Senior Backend Engineer</h1><a href="/apply">Apply for this job</a></main>');
    expect(detectAtsPage('https://jobs.lever.co/acme/3f1e2d4c-5b6a-4798-8a9b-0c1d2e3f4a5b', doc)).toEqual({ ats: 'lever', kind: 'description' });
  });

  it('a listing stays a listing even with a general application form on it', () => {
    expect(detectAtsPage('https://jobs.lever.co/acme', parse(applicationForm))).toEqual({ ats: 'lever', kind: 'listing' });
  });

  it('LinkedIn Easy Apply opened as a modal over the search results is an application', () => {
    const doc = parse(
      '<div role="dialog" class="artdeco-modal jobs-easy-apply-modal" aria-labelledby="jobs-apply-header"><h2 id="jobs-apply-header">Apply to Acme</h2></div>',
    );
    expect(detectAtsPage('https://www.linkedin.com/jobs/search/?currentJobId=3912345678', doc)).toEqual({ ats: 'linkedin', kind: 'application' });
    expect(detectAtsPage('https://www.linkedin.com/jobs/search/?currentJobId=3912345678', parse('<main></main>'))).toEqual({
      ats: 'linkedin',
      kind: 'listing',
    });
  });

  it('a path the URL cannot place is an application only when it holds the form', () => {
    const url = 'https://career5.successfactors.eu/careers/jobs/apply/1042';
    expect(detectAtsPage(url)).toBeNull();
    expect(detectAtsPage(url, parse(applicationForm))).toEqual({ ats: 'successfactors', kind: 'application' });
    expect(detectAtsPage(url, parse('<form><input name="q" type="search"></form>'))).toBeNull();
  });

  it('never classifies pages outside the ATS hosts, whatever they hold', () => {
    expect(detectAtsPage('https://example.com/apply', parse(applicationForm))).toBeNull();
  });
});

describe('detectAtsPage on every fixture page, with its address and its document', () => {
  // The pages the card and autofill tests run on (tests/fixtures/ats), each view of a single-page
  // app included; parsed as served, before any of their scripts run.
  const visits = loadPages().flatMap((page) => [page, ...(page.views ?? [])].map((view) => ({ ...view, html: pageHtml(page) })));

  it.each(visits.map((visit) => [visit.kind, visit.url, visit]))('%s: %s', (kind, url, visit) => {
    expect(detectAtsPage(url, parse(visit.html))).toEqual(kind === 'not-a-job' ? null : { ats: atsServing(url), kind });
  });
});

describe('hasApplicationForm (the generic detector)', () => {
  it.each([
    [
      'Greenhouse names (job_application[first_name]) and a file input',
      `<form id="application_form"><input name="job_application[first_name]" id="first_name"><input name="job_application[email]" id="email" type="text"><input type="file" name="job_application[resume]"></form>`,
    ],
    ['autocomplete tokens only', `<form><input autocomplete="given-name"><input autocomplete="email"><input type="file" accept=".pdf"></form>`],
    [
      'labels by aria-labelledby and no <form> (single-page apps)',
      `<div><span id="l1">Legal name</span><input aria-labelledby="l1"><span id="l2">E-mail address</span><input aria-labelledby="l2"><input type="file" data-automation-id="file-upload-input-ref"></div>`,
    ],
    [
      'an upload widget that creates its file input on click',
      `<form><label>Full name <input name="full"></label><label>Email <input name="contact"></label><button type="button">Attach résumé/CV</button></form>`,
    ],
    [
      'German labels',
      `<form><label for="v">Vorname</label><input id="v"><label for="m">E-Mail</label><input id="m"><label>Lebenslauf <input type="file"></label></form>`,
    ],
  ])('finds the form: %s', (_name, html) => {
    expect(hasApplicationForm(parse(html))).toBe(true);
  });

  it.each([
    ['a newsletter sign-up (name, email, no résumé)', `<form><input name="name"><input type="email"><button>Subscribe</button></form>`],
    ['a login form', `<form><input name="username" autocomplete="username"><input type="email" name="email"><input type="password"></form>`],
    ['a company-name field is not a person’s name', `<form><input name="company_name"><input type="email"><input type="file"></form>`],
    ['the three asks split across two forms', `<form><input name="first_name"><input type="email"></form><form><input type="file"></form>`],
    ['a search box', `<form><input type="search" name="q"></form>`],
    ['no controls at all', `<main><h1>Careers</h1></main>`],
  ])('finds no form: %s', (_name, html) => {
    expect(hasApplicationForm(parse(html))).toBe(false);
  });
});

describe('host patterns', () => {
  it('every pattern is https and matches its own host', () => {
    for (const pattern of ATS_HOST_PATTERNS) {
      expect(pattern).toMatch(/^https:\/\/[^/]+\/.*\*$/);
      const sample = new URL(pattern.replace('*.', 'acme.').replace(/\*$/, 'x'));
      expect(matchesHostPattern(sample, pattern)).toBe(true);
      expect(atsForUrl(sample)).not.toBeNull();
    }
  });

  it('origin patterns for web_accessible_resources have the path /* only', () => {
    expect(ATS_ORIGIN_PATTERNS.every((pattern) => pattern.endsWith('/*') && !pattern.slice(8).slice(0, -2).includes('/'))).toBe(true);
    expect(ATS_ORIGIN_PATTERNS).toContain('https://www.linkedin.com/*');
  });

  it('a subdomain wildcard matches the bare domain and subdomains, never look-alikes', () => {
    const pattern = 'https://*.myworkdayjobs.com/*';
    expect(matchesHostPattern(new URL('https://myworkdayjobs.com/x'), pattern)).toBe(true);
    expect(matchesHostPattern(new URL('https://acme.wd5.myworkdayjobs.com/x'), pattern)).toBe(true);
    expect(matchesHostPattern(new URL('https://evilmyworkdayjobs.com/x'), pattern)).toBe(false);
  });
});

describe('isAtsOrigin', () => {
  it.each([
    ['https://boards.greenhouse.io', true],
    ['https://acme.wd5.myworkdayjobs.com', true],
    ['https://www.linkedin.com', true],
    ['https://acme.com', false],
    ['http://boards.greenhouse.io', false],
    ['null', false],
  ])('%s → %s', (origin, expected) => {
    expect(isAtsOrigin(origin)).toBe(expected);
  });
});

describe('the ATS modules (core/ats-sites)', () => {
  it('registers each ATS once, with a name, https hosts and a URL rule', () => {
    const ids = ATS_MODULES.map((module) => module.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const module of ATS_MODULES) {
      expect(module.name.trim(), module.id).not.toBe('');
      expect(module.hosts.length, module.id).toBeGreaterThan(0);
      for (const host of module.hosts) expect(host, module.id).toMatch(/^https:\/\/[^/]+\/.*$/);
    }
  });

  it('no two ATSs claim the same host pattern', () => {
    expect(new Set(ATS_HOST_PATTERNS).size).toBe(ATS_HOST_PATTERNS.length);
  });
});
