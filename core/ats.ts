/**
 * Which applicant-tracking system a page belongs to, and whether it is an application form, a job
 * listing or a job description. Browser-free: the URL decides where it can, the document (when
 * given) decides where the URL is not enough.
 */
import { ATS_ORIGIN_PATTERNS, ATS_SITES, type AtsId } from './ats-hosts';
import { classifyField } from './autofill/classify';
import { describedField } from './autofill/field';
import { FILL_THRESHOLD } from './autofill/plan';
import type { ProfileKey } from './autofill/types';

export type AtsPageKind = 'application' | 'listing' | 'description';

export interface AtsPage {
  ats: AtsId;
  kind: AtsPageKind;
}

/** What a URL alone says about a page of one ATS: a kind, or `undefined` when only the page can tell. */
type UrlRule = (url: URL, segments: string[]) => AtsPageKind | undefined;

interface AtsRules {
  classify: UrlRule;
  /**
   * The page changes its URL or opens its form without a reload (single-page apps, in-page modals):
   * the content script keeps watching after a first "not an application".
   */
  spa: boolean;
  /** Markup only this ATS's application form has (a modal, a form id), when URL and form shape miss it. */
  formMarker?: string;
}

const last = (segments: string[]) => segments[segments.length - 1] ?? '';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const RULES: Record<AtsId, AtsRules> = {
  // boards.greenhouse.io/<co>/jobs/<id> and job-boards.greenhouse.io/<co>/jobs/<id> carry the
  // description and the form on one page; the embed puts the form alone in a company's iframe.
  greenhouse: {
    spa: false,
    classify: (url, [first, second, third, fourth]) => {
      if (first === 'embed') {
        if (second === 'job_app') return url.searchParams.has('for') ? 'application' : undefined;
        if (second === 'job_board') return 'listing';
        return undefined;
      }
      if (first && second === 'jobs' && third && /^\d+$/.test(third)) return fourth ? undefined : 'application';
      if (first && !second) return 'listing';
      return undefined;
    },
    formMarker: '#application_form, #application-form',
  },
  // jobs.lever.co/<co> lists, /<co>/<uuid> describes, /<co>/<uuid>/apply is the form.
  lever: {
    spa: false,
    classify: (_url, [company, posting, action]) => {
      if (!company) return undefined;
      if (!posting) return 'listing';
      if (!UUID.test(posting)) return undefined;
      if (!action) return 'description';
      return action === 'apply' ? 'application' : undefined;
    },
  },
  // jobs.ashbyhq.com/<co>/<uuid>/application; the overview and the form are tabs of one React app.
  ashby: {
    spa: true,
    classify: (_url, [company, posting, tab]) => {
      if (!company) return undefined;
      if (!posting) return 'listing';
      if (!UUID.test(posting)) return undefined;
      if (!tab) return 'description';
      return tab === 'application' ? 'application' : undefined;
    },
  },
  // <tenant>.wd5.myworkdayjobs.com/[<locale>/]<site>/job/<location>/<title>_<req>[/apply[/applyManually]]
  // and wd3.myworkdaysite.com/recruiting/<tenant>/<site>/job/…: one single-page app throughout.
  workday: {
    spa: true,
    classify: (_url, segments) => {
      const job = segments.findIndex((s) => s === 'job' || s === 'details');
      if (job === -1) return segments.length > 0 && !segments.includes('login') ? 'listing' : undefined;
      return segments.slice(job + 1).includes('apply') ? 'application' : 'description';
    },
  },
  // jobs.smartrecruiters.com/<Co> lists, /<Co>/<id>-<title> describes, and the form is the
  // "one-click" app at jobs.smartrecruiters.com/oneclick-ui/company/<Co>/publication/<uuid>.
  smartrecruiters: {
    spa: true,
    classify: (url, [first, second]) => {
      if (first === 'oneclick-ui') return 'application';
      if (!url.hostname.startsWith('jobs.') && !url.hostname.startsWith('careers.')) return undefined;
      if (!first) return undefined;
      if (!second) return 'listing';
      return /^\d+/.test(second) ? 'description' : undefined;
    },
  },
  // apply.workable.com/<co>/ lists, /<co>/j/<shortcode>/ describes, /<co>/j/<shortcode>/apply/ is the form.
  workable: {
    spa: true,
    classify: (_url, [company, j, shortcode, action]) => {
      if (!company) return undefined;
      if (!j) return 'listing';
      if (j !== 'j' || !shortcode) return undefined;
      if (!action) return 'description';
      return action === 'apply' ? 'application' : undefined;
    },
  },
  // <co>.bamboohr.com/careers lists, /careers/<id> describes; the form opens in place or at /careers/<id>/apply.
  bamboohr: {
    spa: true,
    classify: (url, [first, id, action]) => {
      if (first === 'careers' || first === 'jobs') {
        if (!id) return 'listing';
        if (id === 'view.php') return url.searchParams.has('id') ? 'description' : undefined;
        if (!/^\d+$/.test(id)) return undefined;
        return action === 'apply' ? 'application' : 'description';
      }
      return undefined;
    },
  },
  // careers-<co>.icims.com/jobs/search lists, /jobs/<id>/<title>/job describes, …/login and
  // …/candidate are the application; the content sits in an iframe of the same URL with in_iframe=1.
  icims: {
    spa: false,
    classify: (_url, [jobs, id, , page]) => {
      if (jobs !== 'jobs') return undefined;
      if (id === 'search' || id === 'intro') return 'listing';
      if (!id || !/^\d+$/.test(id)) return undefined;
      if (page === 'job') return 'description';
      return page === 'login' || page === 'candidate' ? 'application' : undefined;
    },
  },
  // jobs.jobvite.com/<co>/jobs lists, /<co>/job/<id> describes, /<co>/job/<id>/apply is the form.
  jobvite: {
    spa: false,
    classify: (_url, segments) => {
      const job = segments.indexOf('job');
      if (job === -1) return segments.length >= 1 && segments.length <= 2 ? 'listing' : undefined;
      if (!segments[job + 1]) return undefined;
      return last(segments) === 'apply' ? 'application' : 'description';
    },
  },
  // <co>.teamtailor.com/jobs lists, /jobs/<id>-<title> describes, /jobs/<id>-<title>/applications/new applies.
  teamtailor: {
    spa: true,
    classify: (_url, [jobs, job, applications, action]) => {
      if (jobs !== 'jobs') return undefined;
      if (!job) return 'listing';
      if (!/^\d+/.test(job)) return undefined;
      if (!applications) return 'description';
      return applications === 'applications' && action === 'new' ? 'application' : undefined;
    },
  },
  // <co>.recruitee.com/ lists, /o/<slug> describes, /o/<slug>/c/new is the form.
  recruitee: {
    spa: true,
    classify: (_url, segments) => {
      if (segments.length === 0) return 'listing';
      const [o, slug, c, action] = segments;
      if (o !== 'o' || !slug) return undefined;
      if (!c) return 'description';
      return c === 'c' && action === 'new' ? 'application' : undefined;
    },
  },
  // <co>.jobs.personio.com/ lists, /job/<id> describes with the form further down (#apply), /job/<id>/apply.
  personio: {
    spa: false,
    classify: (url, [first, id, action]) => {
      if (!first) return 'listing';
      if (first !== 'job' || !id || !/^\d+$/.test(id)) return undefined;
      return action === 'apply' || url.hash === '#apply' ? 'application' : 'description';
    },
  },
  // <co>.breezy.hr/ lists, /p/<id>-<title> describes, /p/<id>-<title>/apply is the form.
  breezy: {
    spa: false,
    classify: (_url, [p, position, action]) => {
      if (!p) return 'listing';
      if (p !== 'p' || !position) return undefined;
      if (!action) return 'description';
      return action === 'apply' ? 'application' : undefined;
    },
  },
  // careerN.successfactors.com/career?company=<co>&career_ns=job_listing (description) or
  // career_ns=job_application (the form); job_listing_summary lists. One URL shape for many steps.
  successfactors: {
    spa: false,
    classify: (url) => {
      const ns = (url.searchParams.get('career_ns') ?? '').toLowerCase();
      if (ns.includes('appl')) return 'application';
      if (ns === 'job_listing') return url.searchParams.has('career_job_req_id') ? 'description' : 'listing';
      if (ns.includes('summary') || ns.includes('search')) return 'listing';
      return undefined;
    },
  },
  // www.linkedin.com/jobs/view/<id>/ describes, /jobs/view/<id>/apply/ is the Easy Apply flow;
  // Easy Apply may also open as a modal over the description or the search results, URL unchanged.
  linkedin: {
    spa: true,
    classify: (_url, [jobs, view, id, apply]) => {
      if (jobs !== 'jobs') return undefined;
      if (view === 'view' && id) return apply === 'apply' ? 'application' : 'description';
      return 'listing';
    },
    formMarker: '.jobs-easy-apply-modal, [data-test-modal-id="easy-apply-modal"]',
  },
};

/** Whether a URL matches an https match pattern (`https://*.example.com/*`, `https://a.example.com/jobs/*`). */
export function matchesHostPattern(url: URL, pattern: string): boolean {
  const parsed = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed || url.protocol !== 'https:') return false;
  const [, host = '', path = ''] = parsed;
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
    : url.hostname === host;
  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return hostOk && pathPattern.test(url.pathname);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function toUrl(url: string | URL): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The ATS whose hosts serve this URL, or null. */
export function atsForUrl(url: string | URL): AtsId | null {
  const parsed = toUrl(url);
  if (!parsed) return null;
  return ATS_SITES.find((site) => site.hosts.some((pattern) => matchesHostPattern(parsed, pattern)))?.id ?? null;
}

/** Whether an origin (`https://boards.greenhouse.io`) serves any ATS pages, so the extension's content script runs there. */
export function isAtsOrigin(origin: string): boolean {
  const parsed = toUrl(`${origin}/`);
  return parsed !== null && ATS_ORIGIN_PATTERNS.some((pattern) => matchesHostPattern(parsed, pattern));
}

/** Whether pages of this ATS can become an application without a reload. */
export function isSinglePageAts(ats: AtsId): boolean {
  return RULES[ats].spa;
}

/**
 * The ATS and kind of a page, or null when it is not an ATS page this extension knows. With a
 * document, a description (or a path the URL cannot place) that holds an application form counts as
 * an application: forms that open in place, modals, forms rendered after load.
 */
export function detectAtsPage(url: string, doc?: Document): AtsPage | null {
  const parsed = toUrl(url);
  const ats = parsed && atsForUrl(parsed);
  if (!parsed || !ats) return null;
  const rules = RULES[ats];
  const segments = parsed.pathname.split('/').filter(Boolean).map(safeDecode);
  const byUrl = rules.classify(parsed, segments);
  if (byUrl === 'application') return { ats, kind: byUrl };
  if (doc) {
    if (rules.formMarker && doc.querySelector(rules.formMarker)) return { ats, kind: 'application' };
    if (byUrl !== 'listing' && hasApplicationForm(doc)) return { ats, kind: 'application' };
  }
  return byUrl ? { ats, kind: byUrl } : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// ---------------------------------------------------------------------------------------------
// The generic detector: a form asking for a name, an email address and a résumé, as autofill's own
// classifier reads its fields.

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const NAME_KEYS: ReadonlySet<ProfileKey | null> = new Set<ProfileKey>(['firstName', 'lastName', 'fullName', 'preferredName']);
const EMAIL_KEYS: ReadonlySet<ProfileKey | null> = new Set<ProfileKey>(['email', 'emailConfirm']);

/** The key autofill would fill a text or email input with, when it is sure enough to fill it. */
function keyOf(control: Control, labelsFor: Map<string, string>): ProfileKey | null {
  const type = (control.getAttribute('type') ?? '').toLowerCase();
  if (control.tagName !== 'INPUT' || !['text', 'email', ''].includes(type)) return null;
  const labels = [labelsFor.get(control.id), control.closest('label')?.textContent, control.getAttribute('aria-label')];
  for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    labels.push(control.ownerDocument.getElementById(id)?.textContent);
  }
  const attribute = (name: string) => control.getAttribute(name) ?? undefined;
  const hook = attribute('data-automation-id');
  const field = describedField(control.id, type === 'email' ? 'email' : 'text', labels.filter((label): label is string => Boolean(label?.trim())), {
    name: attribute('name'),
    htmlId: control.id || undefined,
    autocomplete: attribute('autocomplete')?.toLowerCase(),
    placeholder: attribute('placeholder'),
    dataHooks: hook ? [hook] : undefined,
  });
  const { key, confidence, exclude } = classifyField(field);
  return confidence >= FILL_THRESHOLD && !exclude ? key : null;
}

/** An upload button that names the résumé ("Attach résumé/CV"), read as a file field labelled by its text. */
function asksForResume(button: Element): boolean {
  const text = button.textContent?.trim() ?? '';
  return text !== '' && classifyField(describedField('', 'file', [text])).key === 'resumeFile';
}

/** One group of controls asks for a name, an email address and a file (the résumé). */
function groupAsksForApplication(controls: Control[], labelsFor: Map<string, string>, root: ParentNode): boolean {
  let name = false;
  let email = false;
  let resume = false;
  for (const control of controls) {
    const type = control.getAttribute('type');
    if (type === 'hidden' || type === 'submit' || type === 'button') continue;
    resume ||= type === 'file';
    if (!name || !email) {
      const key = keyOf(control, labelsFor);
      name ||= NAME_KEYS.has(key);
      // An email input asks for one whatever names it (the planner would fill it from its labels).
      email ||= type === 'email' || EMAIL_KEYS.has(key);
    }
    // Enough seen: a form of thousands of controls is not read to its end.
    if (name && email && resume) return true;
  }
  if (!name || !email) return false;
  // Upload widgets that create their file input only on click still say "Attach résumé/CV".
  return resume || [...root.querySelectorAll('button, label, [role="button"]')].some(asksForResume);
}

/**
 * Whether the document holds an application form: a name, an email address and a résumé upload in
 * one `<form>`, or among the controls outside any form (single-page apps often use none).
 */
export function hasApplicationForm(doc: Document): boolean {
  const labelsFor = new Map<string, string>();
  for (const label of doc.querySelectorAll('label[for]')) {
    const id = label.getAttribute('for')!;
    labelsFor.set(id, `${labelsFor.get(id) ?? ''} ${label.textContent ?? ''}`);
  }
  // Each control under its innermost form (one pass: a page may have thousands of controls and forms).
  const byForm = new Map<ParentNode, Control[]>();
  for (const control of doc.querySelectorAll<Control>('input, textarea, select')) {
    const form = control.closest('form') ?? doc;
    const group = byForm.get(form);
    if (group) group.push(control);
    else byForm.set(form, [control]);
  }
  for (const [form, controls] of byForm) {
    if (form !== doc && groupAsksForApplication(controls, labelsFor, form)) return true;
  }
  const formless = byForm.get(doc);
  return formless !== undefined && groupAsksForApplication(formless, labelsFor, doc);
}
