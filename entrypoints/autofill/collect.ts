/**
 * Collect: every fillable control in one frame (through open shadow roots), described as plain data
 * (core/autofill/types.ts) for the pure planner. DOM readers take the root as a parameter so unit
 * tests run them on happy-dom. Each described element is tagged `data-profile-card-id` (no profile
 * data, just an id the card uses for "jump to" and the applier for finding it again).
 */
import type { ChoiceOption, ControlKind, FieldDescriptor, PageContext } from '@/core/autofill/types';
import { cleanLabel, isPromptText, squash, textOf } from './text';

export const ID_ATTRIBUTE = 'data-profile-card-id';

/** Everything that may be, or be part of, a fillable control. */
const CONTROL_SELECTOR =
  'input, select, textarea, [role=combobox], [aria-haspopup=listbox], [role=radiogroup], [role=checkbox], [aria-pressed]';
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, [role=heading]';
const HOOK_ATTRIBUTES = ['data-automation-id', 'data-qa', 'data-testid', 'data-test', 'data-test-id', 'data-cy', 'data-field', 'data-ui'];
const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'password', 'search', 'range', 'color', 'time', 'week', 'datetime-local']);
const INPUT_KINDS: Record<string, ControlKind> = { email: 'email', tel: 'tel', url: 'url', number: 'number', date: 'date', month: 'month', file: 'file' };

/** A described control and the elements the applier acts on. */
export interface CollectedField {
  descriptor: FieldDescriptor;
  /** The control itself, or the first member of a group (the one tagged and focused by "jump to"). */
  element: HTMLElement;
  /** Radio buttons, checkboxes of a group, or toggle buttons, in order of `descriptor.options`. */
  members?: HTMLElement[];
}

/** Ids handed out in this frame; kept across fills so a field keeps its id and undo finds it. */
export interface IdRegistry {
  next: number;
  byId: Map<string, Element>;
}

export function createIdRegistry(): IdRegistry {
  return { next: 1, byId: new Map() };
}

export interface CollectOptions {
  /** Use layout (sizes, positions) to find hidden fields. Off in unit tests: happy-dom has no layout. */
  layout?: boolean;
}

export interface Collection {
  fields: CollectedField[];
  /** Child frames with a web address: the background counts those it could not reach. */
  childFrames: number;
}

interface Gathered {
  controls: Element[];
  frames: number;
  /** Elements whose shadow roots hold controls: for section reading they count as controls. */
  hosts: Element[];
  /**
   * Each control's labels (label[for] and wrapping), found once: the browser's own `element.labels`
   * scans every label of the page on each call, which makes a long form quadratic.
   */
  labels: Map<Element, HTMLLabelElement[]>;
}

/** Walks the document and every open shadow root in document order. */
function gather(root: Document | ShadowRoot, found: Gathered) {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.matches(CONTROL_SELECTOR)) found.controls.push(node);
    else if (node.tagName === 'LABEL') {
      const control = (node as HTMLLabelElement).control;
      if (control) found.labels.set(control, [...(found.labels.get(control) ?? []), node as HTMLLabelElement]);
    } else if ((node.tagName === 'IFRAME' || node.tagName === 'FRAME') && /^https?:/.test((node as HTMLIFrameElement).src)) found.frames++;
    if (node.shadowRoot) {
      const before = found.controls.length;
      gather(node.shadowRoot, found);
      if (found.controls.length > before) found.hosts.push(node);
    }
  }
}

const HOOK_SELECTOR = HOOK_ATTRIBUTES.map((attribute) => `[${attribute}]`).join(', ');

function hooksOf(element: Element): string[] {
  const hooks: string[] = [];
  let node: Element | null = element;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (!node.matches(HOOK_SELECTOR)) continue;
    for (const attribute of HOOK_ATTRIBUTES) {
      const value = node.getAttribute(attribute);
      if (value && !hooks.includes(value)) hooks.push(value);
    }
  }
  return hooks;
}

function byIdIn(element: Element, id: string): Element | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.getElementById ? root.getElementById(id) : null;
}

function labelledBy(element: Element): string {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return '';
  return squash(ids.split(/\s+/).map((id) => textOf(byIdIn(element, id))).join(' '));
}

/** label[for] and wrapping label, aria-labelledby, aria-label: best first. */
function labelsOf(element: HTMLElement, index: Map<Element, HTMLLabelElement[]>): { labels: string[]; required: boolean } {
  const raw: string[] = [];
  for (const label of index.get(element) ?? []) raw.push(textOf(label));
  raw.push(labelledBy(element), element.getAttribute('aria-label') ?? '');
  let required = false;
  const labels: string[] = [];
  for (const text of raw) {
    const cleaned = cleanLabel(text);
    required ||= cleaned.required;
    if (cleaned.text && !labels.includes(cleaned.text)) labels.push(cleaned.text);
  }
  return { labels, required };
}

/** The question text just before a control or group: a preceding sibling's text, climbing a few levels. */
function questionNear(start: Element): string | undefined {
  let node: Element | null = start;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let steps = 0; sibling && steps < 4; steps++, sibling = sibling.previousElementSibling) {
      if (sibling.matches(CONTROL_SELECTOR) || sibling.querySelector(CONTROL_SELECTOR)) return undefined;
      const text = textOf(sibling, 300);
      if (text) return text.length <= 300 ? cleanLabel(text).text : undefined;
    }
    if (node.parentElement?.tagName === 'FORM' || node.parentElement?.tagName === 'BODY') return undefined;
  }
  return undefined;
}

/** Section headings around an element, innermost first; memoised so a long form stays linear. */
class SectionReader {
  private atOrBefore = new Map<Element, string | null>();
  private chains = new Map<Element, string[]>();

  constructor(private readonly hosts: Element[]) {}

  private holdsControls(node: Element): boolean {
    return Boolean(node.querySelector(CONTROL_SELECTOR)) || this.hosts.some((host) => node.contains(host));
  }

  /** The heading at or before `element` among its siblings (a sibling block with controls is skipped). */
  private headingAtOrBefore(element: Element | null): string | null {
    const pending: Element[] = [];
    let found: string | null = null;
    for (let node = element; node; node = node.previousElementSibling) {
      const known = this.atOrBefore.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      pending.push(node);
      if (node.matches(HEADING_SELECTOR)) {
        found = textOf(node, 200) || null;
        break;
      }
      if (!this.holdsControls(node)) {
        const headings = node.querySelectorAll(HEADING_SELECTOR);
        if (headings.length) {
          found = textOf(headings[headings.length - 1], 200) || null;
          break;
        }
      }
    }
    for (const node of pending) this.atOrBefore.set(node, found);
    return found;
  }

  sectionsOf(element: Element): string[] {
    const chain = this.chainOf(element);
    return chain.slice(0, 4);
  }

  private chainOf(element: Element | null): string[] {
    if (!element || element.tagName === 'BODY' || element.tagName === 'HTML') return [];
    const known = this.chains.get(element);
    if (known) return known;
    const own: string[] = [];
    if (element.tagName === 'FIELDSET') {
      const legend = element.querySelector(':scope > legend');
      if (legend) own.push(textOf(legend, 200));
    }
    const role = element.getAttribute('role');
    if ((role === 'group' || role === 'region' || role === 'dialog' || element.tagName === 'SECTION') && element.hasAttribute('aria-label')) {
      own.push(squash(element.getAttribute('aria-label')!));
    }
    const before = this.headingAtOrBefore(element.previousElementSibling);
    if (before) own.push(before);
    const host = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    const chain = [...own.filter(Boolean), ...this.chainOf(host)].filter((text, index, all) => all.indexOf(text) === index);
    this.chains.set(element, chain);
    return chain;
  }
}

function styleHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === element && style.visibility === 'hidden'))) return true;
  }
  return false;
}

/** Shown to a person: not hidden by attribute or CSS, and (with layout) not zero-size or off-screen. */
function isShown(element: Element, layout: boolean, opacity = true): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  if (!layout) return !styleHidden(element);
  const check = (element as HTMLElement).checkVisibility;
  if (check ? !check.call(element, { visibilityProperty: true, opacityProperty: opacity }) : styleHidden(element)) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  const view = element.ownerDocument.defaultView!;
  return rect.right + view.scrollX > 0 && rect.bottom + view.scrollY > 0;
}

/** Checkables and file inputs are often styled away; the person sees their label or container instead. */
function isShownThroughStandIns(element: HTMLElement, env: CollectEnv): boolean {
  const { layout } = env;
  if (isShown(element, layout, false)) return true;
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  const standIns: (Element | null)[] = [...(env.labels.get(element) ?? []), element.parentElement, element.parentElement?.parentElement ?? null];
  return standIns.some((other) => other && isShown(other, layout, false));
}

function optionText(member: HTMLElement, index: Map<Element, HTMLLabelElement[]>): string {
  const { labels } = labelsOf(member, index);
  if (labels[0]) return labels[0];
  if (member.tagName !== 'INPUT') return textOf(member, 200);
  const next = member.nextSibling;
  return squash(next?.textContent ?? '') || (member as HTMLInputElement).value;
}

function lowestCommonAncestor([first, ...others]: [Element, ...Element[]]): Element {
  const members = [first, ...others];
  let ancestor: Element = first.parentElement ?? first;
  while (ancestor.parentElement && !members.every((member) => ancestor.contains(member))) ancestor = ancestor.parentElement;
  return ancestor;
}

/** A group's label: its fieldset legend or ARIA group name, else the question text before it. */
function groupLabels(container: Element): { labels: string[]; required: boolean } {
  const raw: string[] = [];
  const fieldset = container.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  const group = container.closest('[role=radiogroup], [role=group]');
  if (group) raw.push(labelledBy(group), group.getAttribute('aria-label') ?? '');
  if (legend) raw.push(textOf(legend));
  let required = false;
  const labels: string[] = [];
  for (const text of raw) {
    const cleaned = cleanLabel(text);
    required ||= cleaned.required;
    if (cleaned.text && !labels.includes(cleaned.text)) labels.push(cleaned.text);
  }
  return { labels, required: required || group?.getAttribute('aria-required') === 'true' };
}

/** The text a react-select style combobox shows as its value (not the prompt). */
function comboboxDisplay(element: HTMLElement): string {
  if (element.tagName !== 'INPUT') {
    const text = textOf(element, 200);
    return isPromptText(text) ? '' : text;
  }
  const typed = (element as HTMLInputElement).value;
  if (typed) return typed;
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const shown = node.querySelector('[class*="single-value"], [class*="singleValue"], [class*="SingleValue"], [class*="selected-value"]');
    if (shown) return textOf(shown, 200);
  }
  return '';
}

function selectDisplay(select: HTMLSelectElement): string {
  const chosen = select.selectedOptions?.[0] ?? select.options[select.selectedIndex];
  if (!chosen || chosen.value === '' || (chosen.index === 0 && isPromptText(chosen.text))) return '';
  return squash(chosen.text);
}

function readKind(element: Element): ControlKind | null {
  const tag = element.tagName;
  if (tag === 'SELECT') return 'select';
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'INPUT') {
    const input = element as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (SKIPPED_INPUT_TYPES.has(type)) return null;
    if (type === 'radio' || type === 'checkbox') return type;
    if (element.getAttribute('role') === 'combobox' && !input.hasAttribute('list')) return 'combobox';
    return INPUT_KINDS[type] ?? 'text';
  }
  const role = element.getAttribute('role');
  if (role === 'radiogroup') return element.querySelector('input[type=radio]') ? null : 'toggle';
  if (role === 'checkbox') return 'checkbox';
  if (element.hasAttribute('aria-pressed')) return element.tagName === 'BUTTON' || role === 'button' ? 'toggle' : null;
  // role=combobox wrapping an input (ARIA 1.1): the input is the control.
  if (element.querySelector('input, select, textarea')) return null;
  if (element.closest('[role=listbox]')) return null;
  return 'combobox';
}

const foldName = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Reads the page facts the plan may use: the role and company named on it. */
export function readPageContext(doc: Document, location: Pick<URL, 'href' | 'hostname' | 'pathname'> = doc.location): PageContext {
  const meta = (name: string) => doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || undefined;
  const heading = textOf(doc.querySelector('h1'), 200) || undefined;
  const path = location.pathname.split('/').filter(Boolean);
  const host = location.hostname;
  const hostParts = host.split('.');
  // The company's slug: in the path on shared ATS hosts, else the subdomain (acme.teamtailor.com).
  const slug = /greenhouse\.io|lever\.co|ashbyhq\.com|workable\.com/.test(host)
    ? path.find((part) => part !== 'embed' && part !== 'j')
    : hostParts.length > 2 && !/^(?:www|jobs|apply|careers|boards|job-boards)$/.test(hostParts[0]!) ? hostParts[0]!.split('-')[0] : undefined;
  // Titles name it in full ("Job Application for Engineer at Acme Robotics", "Acme Robotics - Engineer").
  const titleParts = [meta('og:title'), doc.title].filter((text): text is string => Boolean(text)).flatMap((text) => text.split(/\s+(?:-|–|—|\||@|at)\s+/));
  const named = slug ? titleParts.find((part) => foldName(part).startsWith(foldName(slug)) && foldName(part).length < 60) : undefined;
  const company = meta('og:site_name') ?? named?.trim() ?? slug;
  return { url: location.href, role: heading ?? meta('og:title'), company };
}

export function collectFields(doc: Document, registry: IdRegistry, options: CollectOptions = {}): Collection {
  const layout = options.layout ?? true;
  const found: Gathered = { controls: [], frames: 0, hosts: [], labels: new Map() };
  gather(doc, found);
  const { controls } = found;

  // Radios (and same-name checkboxes) group by form and name (a radio without a name, by its fieldset,
  // radiogroup or parent block); buckets first, so grouping stays linear.
  const buckets = new Map<string, HTMLInputElement[]>();
  const scopeIndex = new Map<Element | null, number>();
  const indexOf = (scope: Element | null) => {
    if (!scopeIndex.has(scope)) scopeIndex.set(scope, scopeIndex.size);
    return scopeIndex.get(scope);
  };
  const bucketKey = (input: HTMLInputElement) =>
    input.name
      ? `${input.type}|${indexOf(input.form)}|${input.name}`
      : `radio|unnamed|${indexOf(input.closest('fieldset, [role=radiogroup]') ?? input.parentElement?.parentElement ?? null)}`;
  const grouped = (input: HTMLInputElement) => input.type === 'radio' || (input.type === 'checkbox' && input.name !== '');
  for (const control of controls) {
    const input = control as HTMLInputElement;
    if (control.tagName === 'INPUT' && grouped(input)) {
      const key = bucketKey(input);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(input);
      else buckets.set(key, [input]);
    }
  }

  const env: CollectEnv = { registry, sections: new SectionReader(found.hosts), layout, labels: found.labels };
  const consumed = new Set<Element>();
  const fields: CollectedField[] = [];

  for (const control of controls) {
    if (consumed.has(control)) continue;
    const kind = readKind(control);
    if (!kind) continue;
    const element = control as HTMLElement;
    let members: HTMLElement[] | undefined;
    if (element.tagName === 'INPUT' && grouped(element as HTMLInputElement)) {
      const bucket = buckets.get(bucketKey(element as HTMLInputElement))!;
      if (kind === 'radio' || bucket.length > 1) members = bucket;
    } else if (kind === 'toggle') {
      members = element.getAttribute('role') === 'radiogroup'
        ? Array.from(element.querySelectorAll<HTMLElement>('[role=radio]'))
        : Array.from(element.parentElement?.children ?? []).filter((child): child is HTMLElement => child.hasAttribute('aria-pressed'));
      if (members.length < 2 && element.getAttribute('role') !== 'radiogroup') continue;
    }
    members?.forEach((member) => consumed.add(member));
    fields.push(describe(element, kind, members, env));
  }
  return { fields, childFrames: found.frames };
}

function assignId(element: Element, registry: IdRegistry): string {
  const existing = element.getAttribute(ID_ATTRIBUTE);
  if (existing && (registry.byId.get(existing) ?? element) === element) {
    registry.byId.set(existing, element);
    return existing;
  }
  let id = `pc-${registry.next++}`;
  while (registry.byId.has(id)) id = `pc-${registry.next++}`;
  registry.byId.set(id, element);
  element.setAttribute(ID_ATTRIBUTE, id);
  return id;
}

/** What describing a field needs besides the field. */
interface CollectEnv {
  registry: IdRegistry;
  sections: SectionReader;
  layout: boolean;
  labels: Map<Element, HTMLLabelElement[]>;
}

function describe(element: HTMLElement, kind: ControlKind, members: HTMLElement[] | undefined, env: CollectEnv): CollectedField {
  const groupMembers = members && members.length > 0 ? (members as [HTMLElement, ...HTMLElement[]]) : null;
  const grouped = groupMembers !== null;
  const first = groupMembers?.[0] ?? element;
  const container = groupMembers ? (kind === 'toggle' && element.getAttribute('role') === 'radiogroup' ? element : lowestCommonAncestor(groupMembers)) : element;
  const { labels, required: labelRequired } = grouped ? groupLabels(container) : labelsOf(element, env.labels);
  const needsQuestion = grouped || labels.length === 0 || kind === 'combobox' || kind === 'checkbox';
  const question = needsQuestion ? questionNear(container) : undefined;
  const input = element as HTMLInputElement;

  let options: ChoiceOption[] | undefined;
  let currentValue = '';
  if (kind === 'select') {
    const select = element as HTMLSelectElement;
    options = Array.from(select.options).map((option) => ({ value: option.value, text: squash(option.text) }));
    currentValue = selectDisplay(select);
  } else if (grouped) {
    options = members!.map((member, index) => ({
      value: member.tagName === 'INPUT' ? (member as HTMLInputElement).value : member.getAttribute('value') ?? member.getAttribute('data-value') ?? String(index),
      text: optionText(member, env.labels),
    }));
    const chosen = members!.map((member, index) => (isChosen(member) ? options![index]?.text : '')).filter(Boolean);
    currentValue = chosen.join(', ');
  } else if (kind === 'checkbox') {
    currentValue = isChosen(element) ? 'on' : '';
  } else if (kind === 'combobox') {
    currentValue = comboboxDisplay(element);
  } else if (kind === 'file') {
    currentValue = Array.from(input.files ?? []).map((file) => file.name).join(', ');
  } else {
    currentValue = input.value ?? '';
  }

  const memberRequired = grouped && members!.some((member) => (member as HTMLInputElement).required || member.getAttribute('aria-required') === 'true');
  const standIns = kind === 'radio' || kind === 'checkbox' || kind === 'file' || kind === 'toggle';
  const descriptor: FieldDescriptor = {
    id: assignId(first, env.registry),
    kind,
    labels,
    sections: env.sections.sectionsOf(container),
    required: Boolean(input.required) || element.getAttribute('aria-required') === 'true' || labelRequired || Boolean(memberRequired),
    visible: standIns ? isShownThroughStandIns(first, env) : isShown(element, env.layout),
    disabled: grouped ? members!.every(isDisabled) : isDisabled(element),
    readOnly: Boolean(input.readOnly) || element.getAttribute('aria-readonly') === 'true',
    currentValue: squash(currentValue),
  };
  const autocomplete = element.getAttribute('autocomplete');
  if (autocomplete) descriptor.autocomplete = autocomplete.toLowerCase();
  const name = element.getAttribute('name');
  if (name) descriptor.name = name;
  if (element.id) descriptor.htmlId = element.id;
  const hooks = hooksOf(grouped ? container : element);
  if (hooks.length) descriptor.dataHooks = hooks;
  if (question && !labels.includes(question)) descriptor.question = question;
  const placeholder = element.getAttribute('placeholder');
  if (placeholder) descriptor.placeholder = squash(placeholder);
  if (options) descriptor.options = options;
  if (input.maxLength > 0) descriptor.maxLength = input.maxLength;
  if (input.pattern) descriptor.pattern = input.pattern;
  if (kind === 'file' && input.accept) descriptor.accept = input.accept;
  return { descriptor, element: first, members: grouped ? members : undefined };
}

export function isChosen(element: Element): boolean {
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).checked;
  return element.getAttribute('aria-pressed') === 'true' || element.getAttribute('aria-checked') === 'true';
}

function isDisabled(element: Element): boolean {
  return (element as HTMLInputElement).disabled === true || Boolean(element.closest('fieldset[disabled]')) || element.getAttribute('aria-disabled') === 'true';
}
