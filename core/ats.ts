/**
 * Which applicant-tracking system a page belongs to, and whether it is an application form, a job
 * listing or a job description. Browser-free: the URL decides where it can, the document (when
 * given) decides where the URL is not enough.
 */
import { ATS_ORIGIN_PATTERNS } from './ats-hosts';
import { ATS_MODULES, type AtsId, type AtsModule, type AtsPageKind } from './ats-sites';
import { classifyField } from './autofill/classify';
import { describedField } from './autofill/field';
import { FILL_THRESHOLD } from './autofill/plan';
import type { ProfileKey } from './autofill/types';

export type { AtsPageKind };

export interface AtsPage {
  ats: AtsId;
  kind: AtsPageKind;
}

const MODULES = new Map<AtsId, AtsModule>(ATS_MODULES.map((module) => [module.id, module]));

/** Whether a URL matches an https match pattern (`https://*.example.com/*`, `https://a.example.com/jobs/*`). */
export function matchesHostPattern(url: URL, pattern: string): boolean {
  const parsed = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed || url.protocol !== 'https:') return false;
  const [, host = '', path = ''] = parsed;
  const hostOk = host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
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
  return ATS_MODULES.find((site) => site.hosts.some((pattern) => matchesHostPattern(parsed, pattern)))?.id ?? null;
}

/** Whether an origin (`https://boards.greenhouse.io`) serves any ATS pages, so the extension's content script runs there. */
export function isAtsOrigin(origin: string): boolean {
  const parsed = toUrl(`${origin}/`);
  return parsed !== null && ATS_ORIGIN_PATTERNS.some((pattern) => matchesHostPattern(parsed, pattern));
}

/** Whether pages of this ATS can become an application without a reload. */
export function isSinglePageAts(ats: AtsId): boolean {
  return MODULES.get(ats)!.spa;
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
  const rules = MODULES.get(ats)!;
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
  const field = describedField(
    control.id,
    type === 'email' ? 'email' : 'text',
    labels.filter((label): label is string => Boolean(label?.trim())),
    {
      name: attribute('name'),
      htmlId: control.id || undefined,
      autocomplete: attribute('autocomplete')?.toLowerCase(),
      placeholder: attribute('placeholder'),
      dataHooks: hook ? [hook] : undefined,
    },
  );
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
