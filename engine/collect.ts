/**
 * Collect: every fillable control in one frame (through open shadow roots), described as plain data
 * (core/autofill/types.ts) for the pure planner. DOM readers take the root as a parameter so unit
 * tests run them on happy-dom. Each described element is tagged with its field id (FIELD_ID_ATTRIBUTE).
 */
import { isPlaceholderText } from '@/core/autofill/text';
import { FIELD_ID_ATTRIBUTE } from '@/core/contract';
import type { ChoiceOption, ControlKind, FieldDescriptor } from '@/core/autofill/types';
import { CONTROL_SELECTOR, isChosen, isDisabled, readKind, valueBoxOf, widgetDisplay } from './controls';
import { SectionReader, parentOf } from './sections';
import { cleanLabel, squash, textOf } from './text';
import { runAtOnce, type Steps } from './slices';
import type { CollectedField } from './types';
import { isShown, isShownThroughStandIns } from './visibility';

const HOOK_ATTRIBUTES = ['data-automation-id', 'data-qa', 'data-testid', 'data-test', 'data-test-id', 'data-cy', 'data-field', 'data-ui'];

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
  /** The open shadow roots walked: a field index watches them for changes as it watches the document. */
  shadowRoots: ShadowRoot[];
}

interface Gathered {
  controls: Element[];
  /** Buttons that open a file picker ("Select files", "Upload"): the upload when no file input is there yet. */
  uploadButtons: Element[];
  /** Elements that ask for a file to be dropped on them ("Drop your résumé here"): the upload when the zone has no input nor button. */
  dropTargets: Element[];
  frames: number;
  /** Elements whose shadow roots hold controls: for section reading they count as controls. */
  hosts: Element[];
  shadowRoots: ShadowRoot[];
  /**
   * Each control's labels (label[for] and wrapping), found once: the browser's own `element.labels`
   * scans every label of the page on each call, which makes a long form quadratic.
   */
  labels: Map<Element, HTMLLabelElement[]>;
}

/**
 * Walks the document and every open shadow root in document order. A stack of walkers, a shadow
 * root's above its host's, instead of recursion: shadow roots may nest thousands deep.
 */
function* gather(doc: Document, found: Gathered): Steps<void> {
  const stack: { walker: TreeWalker; host: Element | null; controlsBefore: number }[] = [
    { walker: doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */), host: null, controlsBefore: 0 },
  ];
  let drop: Element | null;
  for (let visited = 1; stack.length; visited++) {
    if ((visited & 63) === 0) yield;
    const top = stack[stack.length - 1]!;
    const node = top.walker.nextNode() as Element | null;
    if (!node) {
      stack.pop();
      if (top.host && found.controls.length > top.controlsBefore) found.hosts.push(top.host);
      continue;
    }
    if (node.matches(CONTROL_SELECTOR)) found.controls.push(node);
    else if ((node.tagName === 'BUTTON' || node.getAttribute('role') === 'button') && UPLOAD_BUTTON.test(textOf(node, 60))) found.uploadButtons.push(node);
    else if (node.tagName === 'LABEL') {
      const control = (node as HTMLLabelElement).control;
      if (control) found.labels.set(control, [...(found.labels.get(control) ?? []), node as HTMLLabelElement]);
    } else if ((drop = asksForDrop(node))) {
      if (found.dropTargets.at(-1) !== drop) found.dropTargets.push(drop);
    } else if ((node.tagName === 'IFRAME' || node.tagName === 'FRAME') && /^https?:/.test((node as HTMLIFrameElement).src)) found.frames++;
    if (node.shadowRoot) {
      found.shadowRoots.push(node.shadowRoot);
      stack.push({ walker: doc.createTreeWalker(node.shadowRoot, 1), host: node, controlsBefore: found.controls.length });
    }
  }
}

/** A button that picks files: "Select files", "Upload", "Choose file", "Browse", "Attach résumé". */
const UPLOAD_BUTTON =
  /^(?:(?:select|choose|browse|add|attach|upload)(?: (?:a|your|the))? (?:files?|documents?|resume|résumé|cv)|upload|attach|browse(?: files)?|upload (?:from )?(?:device|computer))\b/i;
const ZONE_LEVELS = 4;
/** Text that asks for a file to be dropped: "Drop your résumé here", "Drag and drop files", "CV: drop it here" (a drop-down is none). */
const DROP_TEXT =
  /\b(?:drag|drop(?![- ]?downs?\b))\b[^.!?]{0,40}?(?:\bfiles?|\bdocuments?|\br[eé]sum[eé]|\bcv|\bhere)(?![a-z])|\b(?:files?|documents?|r[eé]sum[eé]|cv)(?![a-z])[^.!?]{0,40}?\bdrop(?![- ]?downs?\b)\b/i;
const DROP_WORD = /\b(?:drag|drop(?![- ]?downs?\b))\b/i;

const INLINE = new Set(['STRONG', 'B', 'EM', 'I', 'SPAN', 'A', 'U', 'MARK', 'SMALL']);
const NOT_PAGE_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'SELECT', 'TEXTAREA']);

/**
 * The element asking for a file to be dropped on it, if this one is or holds the words: its own text
 * ("Drop your résumé here"; words split by inline markup, "<strong>Drop</strong> your résumé here", are
 * read with the parent's, which is then the target) or its aria-label ("Attach resume").
 */
function asksForDrop(node: Element): Element | null {
  if (NOT_PAGE_TEXT.has(node.tagName.toUpperCase())) return null;
  const label = node.getAttribute('aria-label');
  if (label && (DROP_TEXT.test(label) || UPLOAD_BUTTON.test(label))) return node;
  let own = '';
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) own += child.nodeValue;
  if (!DROP_WORD.test(own)) return null;
  if (DROP_TEXT.test(textOf(node, 200))) return node;
  // Only words split by inline markup are read with their parent's.
  const parent = node.parentElement;
  return parent && INLINE.has(node.tagName.toUpperCase()) && DROP_TEXT.test(textOf(parent, 200)) ? parent : null;
}

/** The element in a zone that asks for the drop now (a page may have rendered the zone anew since it was collected). */
export function dropTargetIn(zone: Element): Element | null {
  for (const element of [zone, ...Array.from(zone.querySelectorAll('*'))]) {
    const target = asksForDrop(element);
    if (target) return target;
  }
  return null;
}

/** A file name as a zone shows one it took ("jordan-resume.pdf"). */
const FILE_NAME = /\S\.(?:pdf|docx?|odt|rtf|txt|pages)(?![a-z])/i;

/**
 * A file control's upload zone: its widest ancestor (a few levels up, across shadow roots) holding no
 * other control. Drop zones name the file they want in their own text ("Resume/CV — drop files here or
 * Select files"), away from the hidden input or the button.
 */
export function uploadZone(element: Element): Element | null {
  let zone: Element | null = null;
  let node = parentOf(element);
  for (let depth = 0; node && depth < ZONE_LEVELS && node.tagName !== 'FORM' && node.tagName !== 'BODY'; depth++, node = parentOf(node)) {
    if (Array.from(node.querySelectorAll(CONTROL_SELECTOR)).some((control) => control !== element)) break;
    zone = node;
  }
  return zone;
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
  return squash(
    ids
      .split(/\s+/)
      .map((id) => textOf(byIdIn(element, id)))
      .join(' '),
  );
}

/** label[for] and wrapping label, aria-labelledby, aria-label, then the table's header of its cell: best first. */
function labelsOf(element: HTMLElement, index: Map<Element, HTMLLabelElement[]>): { labels: string[]; required: boolean } {
  const raw: string[] = [];
  for (const label of index.get(element) ?? []) raw.push(textOf(label));
  raw.push(labelledBy(element), element.getAttribute('aria-label') ?? '', columnHeader(element));
  return cleanLabels(raw);
}

/** How far up from a control its table cell may be: a grid's cell holds its control, not a whole form laid out in a table. */
const CELL_LEVELS = 3;

/**
 * The header of the table column a control's cell is in, as a screen reader names it: the cell's own
 * `headers`, else the `<th>` above it in the table's header row (a grid of entries, one per row, whose
 * column headers are its only labels). A row of one header, or a header over several columns, is a
 * caption, not a column's name; layout tables have no `<th>` at all.
 */
function columnHeader(element: Element): string {
  let cell: Element | null = element.parentElement;
  for (let depth = 1; cell && cell.tagName !== 'TD' && depth < CELL_LEVELS; depth++) cell = cell.parentElement;
  const row = cell?.tagName === 'TD' ? cell.parentElement : null;
  const table = row?.tagName === 'TR' ? row.closest('table') : null;
  if (!cell || !row || !table) return '';
  const ids = cell.getAttribute('headers');
  if (ids)
    return squash(
      ids
        .split(/\s+/)
        .map((id) => textOf(byIdIn(cell, id), 100))
        .join(' '),
    );
  const header = headerRow(table);
  const headerCells = header && header !== row ? cellsOf(header) : [];
  if (headerCells.length < 2) return '';
  const cells = cellsOf(row);
  const column = cells.slice(0, cells.indexOf(cell)).reduce((sum, before) => sum + span(before), 0);
  let start = 0;
  for (const headerCell of headerCells) {
    start += span(headerCell);
    if (column < start) return headerCell.tagName === 'TH' && span(headerCell) === 1 ? textOf(headerCell, 100) : '';
  }
  return '';
}

const cellsOf = (row: Element) => Array.from(row.children).filter((child) => child.tagName === 'TD' || child.tagName === 'TH');
const span = (cell: Element) => Number(cell.getAttribute('colspan')) || 1;
const childrenNamed = (parent: Element, tag: string) => Array.from(parent.children).filter((child) => child.tagName === tag);

/** A table's header row: its thead's last row, else its first row. */
function headerRow(table: Element): Element | undefined {
  const head = childrenNamed(table, 'THEAD')[0];
  if (head) return childrenNamed(head, 'TR').at(-1);
  const body = childrenNamed(table, 'TBODY')[0];
  return childrenNamed(table, 'TR')[0] ?? (body && childrenNamed(body, 'TR')[0]);
}

/** Label texts cleaned ("First name *" → "First name", required), empty and repeated ones dropped. */
function cleanLabels(raw: readonly string[]): { labels: string[]; required: boolean } {
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
  const { labels, required } = cleanLabels(raw);
  return { labels, required: required || group?.getAttribute('aria-required') === 'true' };
}

/** The text a react-select style combobox shows as its value (not the prompt). */
function comboboxDisplay(element: HTMLElement): string {
  if (element.tagName !== 'INPUT') return widgetDisplay(element);
  const typed = (element as HTMLInputElement).value;
  if (typed) return typed;
  const shown = valueBoxOf(element);
  return shown ? textOf(shown, 200) : '';
}

/** The option a select shows chosen, as its text: '' while it shows none or its prompt. */
export function selectDisplay(select: HTMLSelectElement): string {
  const chosen = select.selectedOptions?.[0] ?? select.options[select.selectedIndex];
  if (!chosen || chosen.value === '' || (chosen.index === 0 && isPlaceholderText(chosen.text))) return '';
  return squash(chosen.text);
}

/** Every fillable control of the frame, at once. */
export function collectFields(doc: Document, registry: IdRegistry, options: CollectOptions = {}): Collection {
  return runAtOnce(collecting(doc, registry, options));
}

/** The same, as work that may be paused between controls (engine/slices.ts). */
export function* collecting(doc: Document, registry: IdRegistry, options: CollectOptions = {}): Steps<Collection> {
  const layout = options.layout ?? true;
  const found: Gathered = { controls: [], uploadButtons: [], dropTargets: [], frames: 0, hosts: [], shadowRoots: [], labels: new Map() };
  yield* gather(doc, found);
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
    yield;
    if (consumed.has(control)) continue;
    const kind = readKind(control);
    if (!kind) continue;
    const element = control as HTMLElement;
    const widget = kind === 'select' ? widgetReplacing(element as HTMLSelectElement, env.layout) : null;
    if (widget) {
      // The native select a widget hides and stands in for (Select2): filled through the select, whose
      // change the widget follows; the person sees, and the planner is told, the widget's visibility.
      consumed.add(widget);
      const field = describe(element, kind, undefined, env);
      field.descriptor.visible = isShown(widget, env.layout);
      const select = element as HTMLSelectElement;
      if (!Array.from(select.options).some((option) => option.value !== '')) {
        // A select with no options of its own gets them from the widget's search (Select2's ajax): the
        // widget is what is filled, as a combobox; the select keeps the value (and undo puts it back).
        field.descriptor.kind = 'combobox';
        delete field.descriptor.options;
        field.element = widget as HTMLElement;
        field.select = select;
      } else {
        field.widget = widget as HTMLElement;
        field.descriptor.typedChoice = true;
      }
      fields.push(field);
      continue;
    }
    let members: HTMLElement[] | undefined;
    if (element.tagName === 'INPUT' && grouped(element as HTMLInputElement)) {
      const bucket = buckets.get(bucketKey(element as HTMLInputElement))!;
      if (kind === 'radio' || bucket.length > 1) members = bucket;
    } else if (kind === 'toggle') {
      members =
        element.getAttribute('role') === 'radiogroup'
          ? Array.from(element.querySelectorAll<HTMLElement>('[role=radio]'))
          : Array.from(element.parentElement?.children ?? []).filter((child): child is HTMLElement => child.hasAttribute('aria-pressed'));
      if (members.length < 2 && element.getAttribute('role') !== 'radiogroup') continue;
    }
    members?.forEach((member) => consumed.add(member));
    fields.push(describe(element, kind, members, env));
  }
  // An upload button is the résumé field only where no file input is there yet (one is made when pressed).
  const fileInputs: Element[] = fields.filter((field) => field.descriptor.kind === 'file').map((field) => field.element);
  for (const button of found.uploadButtons) {
    const zone = uploadZone(button) ?? parentOf(button);
    if (!zone || zone.querySelector('input[type=file]') || fileInputs.some((input) => zone.contains(input) || contains(zone, input))) continue;
    fields.push(describe(button as HTMLElement, 'file', undefined, env));
    fileInputs.push(button);
  }
  // A drop target is the upload where its zone has no file input nor upload button: the zone is the field.
  for (const target of found.dropTargets) {
    const zone = uploadZone(target) ?? parentOf(target);
    if (!zone || zone.querySelector('input[type=file]') || fileInputs.some((upload) => contains(zone, upload) || contains(upload, target))) continue;
    const field = describe(zone as HTMLElement, 'file', undefined, env);
    field.dropTarget = target as HTMLElement;
    fields.push(field);
    fileInputs.push(zone);
  }
  return { fields, childFrames: found.frames, shadowRoots: found.shadowRoots };
}

/**
 * The combobox a select widget put in place of this native select, when the select is hidden from the
 * person: the widget right after the select (Select2's container), holding no other control but it.
 */
function widgetReplacing(select: HTMLSelectElement, layout: boolean): Element | null {
  const next = select.nextElementSibling;
  if (!next || isShown(select, layout)) return null;
  const widget = next.matches('[role=combobox]') ? next : next.querySelector('[role=combobox]');
  if (
    !widget ||
    readKind(widget) !== 'combobox' ||
    next.querySelectorAll(CONTROL_SELECTOR).length > (widget === next ? 0 : 1) + next.querySelectorAll('input[type=search]').length
  )
    return null;
  return widget;
}

/**
 * The dial code a phone input's own country picker shows: a popup button beside it (intl-tel-input's
 * flag button, "currently selected United Kingdom (+44)") naming one in its text or name.
 */
export function dialShownBeside(element: HTMLElement): string | undefined {
  const widget = element.parentElement;
  for (const button of Array.from(widget?.querySelectorAll('button[aria-haspopup], [role=button][aria-haspopup], [role=combobox]') ?? [])) {
    if (button === element) continue;
    const dial = /\+\d{1,4}\b/.exec([button.getAttribute('aria-label'), button.getAttribute('title'), textOf(button, 60)].join(' '));
    if (dial) return dial[0];
  }
  return undefined;
}

/** `inner` is inside `outer`, through shadow roots too. */
function contains(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = parentOf(node)) if (node === outer) return true;
  return false;
}

function assignId(element: Element, registry: IdRegistry): string {
  const existing = element.getAttribute(FIELD_ID_ATTRIBUTE);
  if (existing && (registry.byId.get(existing) ?? element) === element) {
    registry.byId.set(existing, element);
    return existing;
  }
  let id = `pc-${registry.next++}`;
  while (registry.byId.has(id)) id = `pc-${registry.next++}`;
  registry.byId.set(id, element);
  element.setAttribute(FIELD_ID_ATTRIBUTE, id);
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
  const container = groupMembers
    ? kind === 'toggle' && element.getAttribute('role') === 'radiogroup'
      ? element
      : lowestCommonAncestor(groupMembers)
    : element;
  const { labels, required: labelRequired } = grouped ? groupLabels(container) : labelsOf(element, env.labels);
  const needsQuestion = grouped || labels.length === 0 || kind === 'combobox' || kind === 'checkbox';
  const zone = kind === 'file' ? (uploadZone(element) ?? (element.matches(CONTROL_SELECTOR) || element.tagName === 'BUTTON' ? null : element)) : null;
  const question = (zone ? cleanLabel(textOf(zone, 200)).text || undefined : undefined) ?? (needsQuestion ? questionNear(container) : undefined);
  const input = element as HTMLInputElement;

  let options: ChoiceOption[] | undefined;
  if (kind === 'select') {
    options = Array.from((element as HTMLSelectElement).options).map((option) => ({ value: option.value, text: squash(option.text) }));
  } else if (grouped) {
    options = members!.map((member, index) => ({
      value:
        member.tagName === 'INPUT' ? (member as HTMLInputElement).value : (member.getAttribute('value') ?? member.getAttribute('data-value') ?? String(index)),
      text: optionText(member, env.labels),
    }));
  }

  const memberRequired = grouped && members!.some((member) => (member as HTMLInputElement).required || member.getAttribute('aria-required') === 'true');
  const standIns = kind === 'radio' || kind === 'checkbox' || kind === 'file' || kind === 'toggle';
  const descriptor: FieldDescriptor = {
    id: assignId(first, env.registry),
    kind,
    labels,
    sections: env.sections.sectionsOf(container),
    required: Boolean(input.required) || element.getAttribute('aria-required') === 'true' || labelRequired || Boolean(memberRequired),
    visible: standIns ? isShownThroughStandIns(first, env.labels.get(first) ?? [], env.layout) : isShown(element, env.layout),
    disabled: grouped ? members!.every(isDisabled) : isDisabled(element),
    readOnly: Boolean(input.readOnly) || element.getAttribute('aria-readonly') === 'true',
    currentValue: squash(valueIn(element, kind, members, options)),
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
  if (kind === 'select' && (element as HTMLSelectElement).multiple) descriptor.multiple = true;
  if (input.maxLength > 0) descriptor.maxLength = input.maxLength;
  if (input.pattern) descriptor.pattern = input.pattern;
  if (kind === 'file' && input.accept) descriptor.accept = input.accept;
  if (kind === 'tel' || kind === 'text') {
    const dial = dialShownBeside(element);
    if (dial) descriptor.dialShown = dial;
  }
  return { descriptor, element: first, members: grouped ? members : undefined };
}

/** What a control holds now, as the planner reads it: '' when empty, a checkbox 'on', a choice's text. */
function valueIn(element: HTMLElement, kind: ControlKind, members: HTMLElement[] | undefined, options: ChoiceOption[] | undefined): string {
  if (kind === 'select') return selectDisplay(element as HTMLSelectElement);
  if (members?.length) {
    return members
      .map((member, index) => (isChosen(member) ? options?.[index]?.text : ''))
      .filter(Boolean)
      .join(', ');
  }
  if (kind === 'checkbox') return isChosen(element) ? 'on' : '';
  if (kind === 'combobox') return comboboxDisplay(element);
  const input = element as HTMLInputElement;
  if (kind === 'file') {
    // A drop zone shows the file it holds by name.
    if (input.files)
      return Array.from(input.files)
        .map((file) => file.name)
        .join(', ');
    if (element.matches(CONTROL_SELECTOR)) return '';
    // An upload button's zone names the file it took (dropped there when the button made no input).
    const zone = element.tagName === 'BUTTON' ? uploadZone(element) : null;
    return FILE_NAME.exec(textOf(zone ?? element, 400))?.[0] ?? '';
  }
  return input.value ?? '';
}

/**
 * Reads again what each field holds: typing, ticking and choosing change no attribute, so a field
 * index kept up to date by a MutationObserver (engine/field-index.ts) re-reads values before a fill.
 */
export function* refreshingValues(fields: readonly CollectedField[]): Steps<void> {
  for (const { descriptor, element, members } of fields) {
    descriptor.currentValue = squash(valueIn(element, descriptor.kind, members, descriptor.options));
    yield;
  }
}
