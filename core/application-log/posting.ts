import { ATS_MODULES, type AtsId, type SlugRule } from '../ats-sites';

/**
 * Which job a page is: its address without tracking, and the company and role read from the page,
 * most trusted first: the posting's structured data (JSON-LD JobPosting), the ATS's own job title and
 * company elements, `og:title`, the document title, the company slug in the address.
 */

/** What the page says about itself, read in the page (strings only; parsed here). */
export interface PageSnapshot {
  title: string;
  /** `og:title`, `og:site_name` when present. */
  ogTitle?: string;
  ogSiteName?: string;
  /** The texts of `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Texts of the elements matching POSTING_SELECTORS, in the selectors' order. */
  roleTexts: string[];
  companyTexts: string[];
}

/** The ATSs' job title and company elements (first match wins), tried in the page that was filled. */
export const POSTING_SELECTORS = {
  role: [
    '[itemprop="title"]',
    '.app-title',
    '.posting-headline h2',
    '[data-automation-id="jobPostingHeader"]',
    '[data-ui="job-title"]',
    '.job-title',
    '.job__title',
    'h1',
  ],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', '.company-name', '[data-ui="company-name"]', '.main-header-logo img[alt]', '.company'],
};

/** Query parameters that identify a job; every other one (utm_*, gh_src, tokens, sessions) is dropped. */
const JOB_PARAMS = new Set([
  'gh_jid',
  'jid',
  'job',
  'jobid',
  'job_id',
  'jobreqid',
  'req',
  'reqid',
  'requisitionid',
  'postingid',
  'id',
  'for',
  'company',
  'career_job_req_id',
]);

/** The job's address: scheme, host and path, plus only the parameters that say which job. */
export function jobAddress(href: string): string {
  const url = new URL(href);
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (JOB_PARAMS.has(name.toLowerCase())) kept.append(name, value);
  const query = kept.toString();
  return `${url.protocol}//${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '') || '/'}${query ? `?${query}` : ''}`;
}

/** Slugs that are the ATS's own words, never a company. */
const NOT_A_COMPANY = /^(?:www|jobs|careers?|apply|boards|job-boards|embed|en|us|eu|app|api)$/i;

function slugOf(url: URL, rule: SlugRule): string {
  if ('param' in rule) return url.searchParams.get(rule.param) ?? '';
  if ('subdomain' in rule) return url.hostname.split('.')[0]!.replace(/^careers?-/i, '');
  return decodeURIComponent(url.pathname.split('/').filter(Boolean)[rule.path] ?? '');
}

/** "acme-corp" → "Acme Corp". */
const humanised = (slug: string) =>
  slug
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

export function companyFromAddress(href: string, ats: AtsId | null): string {
  const url = new URL(href);
  for (const rule of ATS_MODULES.find((module) => module.id === ats)?.companySlug ?? []) {
    const slug = slugOf(url, rule);
    if (slug && !NOT_A_COMPANY.test(slug)) return humanised(slug);
  }
  return '';
}

const squash = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const fold = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A JobPosting's title and hiring organisation, from any JSON-LD block (arrays and @graph included). */
function fromJsonLd(blocks: string[]): { role: string; company: string } {
  const postings: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) postings.push(record);
    if (record['@graph']) visit(record['@graph']);
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block));
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  const posting = postings[0];
  if (!posting) return { role: '', company: '' };
  const organisation = posting.hiringOrganization;
  const company =
    typeof organisation === 'string' ? organisation : typeof organisation === 'object' && organisation ? (organisation as { name?: unknown }).name : '';
  return { role: squash(typeof posting.title === 'string' ? posting.title : ''), company: squash(typeof company === 'string' ? company : '') };
}

/** Words a title carries that are the site's, not the job's ("… - Workable", "Careers"). */
const SITE_WORDS =
  /^(?:greenhouse|lever|ashby|workday|workable|smartrecruiters|bamboohr|icims|jobvite|teamtailor|recruitee|personio|breezy(?: hr)?|successfactors|linkedin|careers?|jobs?|job application|apply|application)$/i;

/** "Acme Careers", "Careers at Acme", "Acme Jobs" → "Acme": the site's words around a company's name. */
const withoutSiteWords = (part: string) =>
  part
    .trim()
    .replace(/^(?:careers?|jobs?) (?:at|with)\s+(?=\S)/i, '')
    .replace(/(?<=\S)\s+(?:careers?|jobs?|job board)$/i, '');

/** Role and company from a title such as "Job Application for Backend Engineer at Acme" or "Acme - Backend Engineer". */
export function parseTitle(title: string, knownCompany: string): { role: string; company: string } {
  const parts = squash(title)
    .replace(/^(?:job )?application(?: form)? for /i, '')
    .replace(/^apply(?: now)?(?: (?:for|to) |:\s*)/i, '')
    .split(/\s+[-–—|·:]\s+/)
    .map(withoutSiteWords)
    .filter((part) => part && !SITE_WORDS.test(part));
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(parts[0] ?? '');
  if (at) return { role: at[1]!.trim(), company: at[2]!.trim() };
  if (parts.length === 0) return { role: '', company: '' };
  if (parts.length === 1) return { role: parts[0]!, company: '' };
  const known = fold(knownCompany);
  const companyIndex = known ? parts.findIndex((part) => fold(part) === known) : -1;
  if (companyIndex >= 0) return { role: parts.filter((_, i) => i !== companyIndex).join(' - '), company: parts[companyIndex]! };
  // Without the address to tell, the usual order: role first, company second.
  return { role: parts[0]!, company: parts[1]! };
}

/** The company and role of the page, each from the most trusted source that has it. */
export function readPosting(snapshot: PageSnapshot, href: string, ats: AtsId | null): { company: string; role: string } {
  const fromAddress = companyFromAddress(href, ats);
  const ld = fromJsonLd(snapshot.jsonLd);
  const element = {
    role: squash(snapshot.roleTexts.find((text) => squash(text))),
    // "at Acme" beside the title; a logo's alt text "Acme logo".
    company: squash(snapshot.companyTexts.find((text) => squash(text)))
      .replace(/^at\s+/i, '')
      .replace(/\s+logo$/i, ''),
  };
  const og = parseTitle(snapshot.ogTitle ?? '', element.company || ld.company || fromAddress);
  const title = parseTitle(snapshot.title, element.company || ld.company || fromAddress);
  const company = ld.company || element.company || og.company || squash(snapshot.ogSiteName) || title.company || fromAddress;
  const role = ld.role || element.role || og.role || title.role;
  return { company: SITE_WORDS.test(company) ? fromAddress : company, role };
}
