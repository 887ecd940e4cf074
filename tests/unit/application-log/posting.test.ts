import { describe, expect, it } from 'vitest';
import { atsForUrl } from '@/core/ats';
import { isConfirmationAddress, isConfirmationText, isSubmitLabel } from '@/core/application-log/confirmation';
import { companyFromAddress, jobAddress, parseTitle, readPosting, type PageSnapshot } from '@/core/application-log/posting';

const page = (overrides: Partial<PageSnapshot>): PageSnapshot => ({ title: '', jsonLd: [], roleTexts: [], companyTexts: [], ...overrides });
const read = (url: string, snapshot: Partial<PageSnapshot>) => readPosting(page(snapshot), url, atsForUrl(url));

describe('which job a page is', () => {
  it.each([
    ['https://boards.greenhouse.io/acme/jobs/4012345?gh_src=abc&utm_source=linkedin#app', 'https://boards.greenhouse.io/acme/jobs/4012345'],
    ['https://careers.acme.com/jobs?gh_jid=4012345&gh_src=x1&utm_medium=email', 'https://careers.acme.com/jobs?gh_jid=4012345'],
    ['https://jobs.lever.co/acme/6f1c-42/apply/?lever-source=LinkedIn&token=s3cr3t', 'https://jobs.lever.co/acme/6f1c-42/apply'],
    [
      'https://ACME.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R-123/apply?source=LinkedIn',
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R-123/apply',
    ],
    [
      'https://career5.successfactors.com/career?company=acmecorp&career_job_req_id=981&sessionid=zz',
      'https://career5.successfactors.com/career?company=acmecorp&career_job_req_id=981',
    ],
  ])('%s is kept as %s (no tracking, no tokens)', (url, expected) => {
    expect(jobAddress(url)).toBe(expected);
  });

  it.each([
    ['https://boards.greenhouse.io/acme-robotics/jobs/1', 'Acme Robotics'],
    ['https://boards.greenhouse.io/embed/job_app?for=initech&token=1', 'Initech'],
    ['https://jobs.lever.co/globex/uuid', 'Globex'],
    ['https://jobs.ashbyhq.com/hooli/uuid/application', 'Hooli'],
    ['https://acme.wd1.myworkdayjobs.com/External/job/x', 'Acme'],
    ['https://apply.workable.com/pied-piper/j/ABC/apply/', 'Pied Piper'],
    ['https://jobs.smartrecruiters.com/Umbrella/7430-engineer', 'Umbrella'],
    ['https://careers-stark.icims.com/jobs/12/job', 'Stark'],
    ['https://wayne.jobs.personio.de/job/1', 'Wayne'],
    ['https://jobs.jobvite.com/tyrell/job/o1', 'Tyrell'],
    ['https://www.linkedin.com/jobs/view/1', ''],
  ])('the company slug of %s is %s', (url, company) => {
    expect(companyFromAddress(url, atsForUrl(url))).toBe(company);
  });

  it.each([
    ['Job Application for Senior Backend Engineer at Acme', '', { role: 'Senior Backend Engineer', company: 'Acme' }],
    ['Acme - Senior Backend Engineer', 'Acme', { role: 'Senior Backend Engineer', company: 'Acme' }],
    ['Senior Backend Engineer @ Hooli', '', { role: 'Senior Backend Engineer', company: 'Hooli' }],
    ['Senior Backend Engineer - Pied Piper - Workable', '', { role: 'Senior Backend Engineer', company: 'Pied Piper' }],
    ['Staff Engineer | Globex Careers', '', { role: 'Staff Engineer', company: 'Globex' }],
    ['Globex Careers - QA Automation Engineer - Apply', 'Globex', { role: 'QA Automation Engineer', company: 'Globex' }],
    ['Wingtip Toys Careers - QA Automation Engineer - Apply', 'Wingtiptoys', { role: 'QA Automation Engineer', company: 'Wingtip Toys' }],
    ['Apply: Support Engineer | Careers at Widgetco', '', { role: 'Support Engineer', company: 'Widgetco' }],
    ['Jobs Coordinator - Initech Jobs', 'Initech', { role: 'Jobs Coordinator', company: 'Initech' }],
    ['Apply for Data Engineer at Umbrella – SmartRecruiters', '', { role: 'Data Engineer', company: 'Umbrella' }],
    ['Careers', '', { role: '', company: '' }],
  ])('the title "%s" says role and company', (title, known, expected) => {
    expect(parseTitle(title, known)).toEqual(expected);
  });
});

describe('company and role, most trusted source first', () => {
  it('Greenhouse classic: the page title element and "at Company"', () => {
    expect(
      read('https://boards.greenhouse.io/acme/jobs/1', {
        title: 'Job Application for Backend Engineer at Acme Inc',
        roleTexts: ['Backend Engineer (Payments)'],
        companyTexts: ['at Acme Inc.'],
      }),
    ).toEqual({ role: 'Backend Engineer (Payments)', company: 'Acme Inc.' });
  });

  it('a JobPosting in JSON-LD beats everything else', () => {
    const jsonLd = [
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [{ '@type': 'JobPosting', title: 'Site Reliability Engineer', hiringOrganization: { '@type': 'Organization', name: 'Globex Corporation' } }],
      }),
    ];
    expect(read('https://jobs.lever.co/globex/1', { title: 'Globex - SRE', roleTexts: ['SRE'], jsonLd })).toEqual({
      role: 'Site Reliability Engineer',
      company: 'Globex Corporation',
    });
  });

  it('a logo’s alt text names the company without the word "logo"', () => {
    expect(read('https://jobs.lever.co/contoso/1/apply', { title: 'Contoso Freight - SRE', companyTexts: ['Contoso Freight logo'] })).toEqual({
      role: 'SRE',
      company: 'Contoso Freight',
    });
  });

  it('Lever: "Company - Role" title ordered by the address slug', () => {
    expect(read('https://jobs.lever.co/globex/1/apply', { title: 'Globex - Platform Engineer' })).toEqual({ role: 'Platform Engineer', company: 'Globex' });
  });

  it('Ashby: og:title "Role @ Company"', () => {
    expect(read('https://jobs.ashbyhq.com/hooli/1/application', { title: 'Jobs', ogTitle: 'Go Engineer @ Hooli' })).toEqual({
      role: 'Go Engineer',
      company: 'Hooli',
    });
  });

  it('Workday: the posting header, the company from the address', () => {
    expect(read('https://acme.wd5.myworkdayjobs.com/External/job/Remote/x/apply', { title: 'Workday', roleTexts: ['Principal Engineer'] })).toEqual({
      role: 'Principal Engineer',
      company: 'Acme',
    });
  });

  it('broken JSON-LD and empty elements fall through to the next source', () => {
    expect(
      read('https://apply.workable.com/pied-piper/j/1/apply', { title: 'Backend Engineer - Pied Piper', jsonLd: ['{not json'], roleTexts: ['  '] }),
    ).toEqual({
      role: 'Backend Engineer',
      company: 'Pied Piper',
    });
  });
});

describe('an application received', () => {
  it.each([
    'Thank you for applying!',
    'Thanks for applying to Acme',
    'Thank you for your application',
    'Application submitted',
    'Your application has been submitted.',
    'Your application was received',
    'We’ve received your application and will be in touch.',
    'We have received your application',
    'You have successfully applied',
  ])('"%s" is a confirmation', (text) => {
    expect(isConfirmationText(text)).toBe(true);
  });

  it.each([
    'Submit your application',
    'Application form',
    'Before you submit your application, review it',
    'Apply for this job',
    'Thank you for your interest',
  ])('"%s" is not', (text) => {
    expect(isConfirmationText(text)).toBe(false);
  });

  it.each([
    ['https://boards.greenhouse.io/acme/jobs/1/confirmation', true],
    ['https://jobs.lever.co/acme/uuid/thanks', true],
    ['https://apply.workable.com/acme/j/1/thank-you?x=1', true],
    ['https://jobs.lever.co/acme/uuid/apply', false],
    ['https://boards.greenhouse.io/confirmations-team/jobs/1', false],
  ])('%s is a confirmation address: %s', (href, expected) => {
    expect(isConfirmationAddress(href)).toBe(expected);
  });

  it.each([
    ['Submit', true],
    ['Submit application', true],
    [' Send  application ', true],
    ['Apply now', true],
    ['Next', false],
    ['Submit a referral', false],
    ['Save draft', false],
  ])('a "%s" button sends the application: %s', (label, expected) => {
    expect(isSubmitLabel(label)).toBe(expected);
  });
});
