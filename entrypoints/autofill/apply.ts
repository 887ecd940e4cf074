/**
 * Apply: write one planned value the way a person would (focus, the native setter, `input` and
 * `change` that bubble, blur), verify it stuck, and restore a field exactly for Undo.
 * Never submits, never presses a button other than the field's own choices.
 */
import type { LeftReason } from '@/core/messages';
import type { ChoiceOption, PlanEntry } from '@/core/autofill/types';
import { isChosen, type CollectedField } from './collect';
import type { NativeDom } from './native';
import { isPromptText, squash, textOf } from './text';

export interface ApplyContext {
  view: Window & typeof globalThis;
  native: NativeDom;
  /** Files the plan may attach, built from storage. */
  files: { resume?: File; coverLetter?: File };
  /**
   * The plan's choice among options found only now (a combobox's list opens on demand): the core
   * planner run again on the field with those options, so polarity and synonyms apply as for a select.
   */
  chooseOption: (field: CollectedField, options: ChoiceOption[]) => ChoiceOption | null;
  /** Longest wait for a combobox's options to appear (ms). */
  optionWaitMs: number;
}

export type ApplyResult = { ok: true; value: string } | { ok: false; left: LeftReason };

/** What a field held before the fill, enough to put it back exactly. */
export type Snapshot =
  | { kind: 'value'; value: string }
  | { kind: 'select'; index: number }
  | { kind: 'checks'; checked: boolean[] }
  | { kind: 'combobox'; display: string }
  | { kind: 'files'; files: FileList | null };

type FillEntry = Extract<PlanEntry, { action: 'fill' }>;

/** How long a widget may take to show a value it accepted. */
const SETTLE_MS = 300;

const CONSENT = /\b(?:consent|agree|terms|privacy|acknowledge|certify|gdpr|opt[- ]?in)\b/i;

function fire(ctx: ApplyContext, target: EventTarget, event: Event) {
  ctx.native.dispatch(target, event);
}

/**
 * A field's turn, as a person's tab-through gives it: focus and focusin, later blur and focusout.
 * Plain fields get the events only: moving real focus forces a layout per field (about 1 ms each here,
 * 260 ms for 300 fields), scrolls, and steals the person's caret, while forms track "touched" from the
 * events. Comboboxes get real focus: their widgets check it before they open or take typing.
 */
function focusIn(ctx: ApplyContext, element: HTMLElement) {
  fire(ctx, element, new ctx.view.FocusEvent('focus'));
  fire(ctx, element, new ctx.view.FocusEvent('focusin', { bubbles: true, composed: true }));
}

function focusOut(ctx: ApplyContext, element: HTMLElement) {
  fire(ctx, element, new ctx.view.FocusEvent('blur'));
  fire(ctx, element, new ctx.view.FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** Real focus, for widgets that need it; with the events too when the page has no system focus. */
function focusReally(ctx: ApplyContext, element: HTMLElement) {
  const focusedPage = element.ownerDocument.hasFocus();
  ctx.native.focus(element);
  if (!focusedPage) focusIn(ctx, element);
}

function blurReally(ctx: ApplyContext, element: HTMLElement) {
  const focusedPage = element.ownerDocument.hasFocus();
  ctx.native.blur(element);
  if (!focusedPage) focusOut(ctx, element);
}

function fireInputAndChange(ctx: ApplyContext, element: HTMLElement, data: string | null) {
  fire(ctx, element, new ctx.view.InputEvent('input', { bubbles: true, composed: true, inputType: data ? 'insertText' : 'deleteContentBackward', data }));
  fire(ctx, element, new ctx.view.Event('change', { bubbles: true }));
}

/** A person's click: pointer and mouse down/up, then click (some widgets act on mousedown). */
function press(ctx: ApplyContext, element: HTMLElement) {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, view: ctx.view };
  fire(ctx, element, new ctx.view.PointerEvent('pointerdown', init));
  fire(ctx, element, new ctx.view.MouseEvent('mousedown', init));
  fire(ctx, element, new ctx.view.PointerEvent('pointerup', init));
  fire(ctx, element, new ctx.view.MouseEvent('mouseup', init));
  if (element.isConnected) ctx.native.click(element);
}

function key(ctx: ApplyContext, element: HTMLElement, name: string) {
  const init = { key: name, code: name, bubbles: true, cancelable: true, composed: true };
  fire(ctx, element, new ctx.view.KeyboardEvent('keydown', init));
  fire(ctx, element, new ctx.view.KeyboardEvent('keyup', init));
}

function writeValue(ctx: ApplyContext, element: HTMLElement, value: string) {
  focusIn(ctx, element);
  ctx.native.setValue(element, value);
  fireInputAndChange(ctx, element, value || null);
  focusOut(ctx, element);
}

/** Resolves with what `find` returns once the DOM makes it true (or still false after `timeoutMs`: null). */
function waitFor<T>(ctx: ApplyContext, find: () => T | null, timeoutMs: number): Promise<T | null> {
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new ctx.view.MutationObserver(() => {
      const result = find();
      if (result) done(result);
    });
    // A last look at the deadline: changes inside shadow roots are not observed from the document.
    const timer = ctx.view.setTimeout(() => done(find()), timeoutMs);
    function done(result: T | null) {
      observer.disconnect();
      ctx.view.clearTimeout(timer);
      resolve(result);
    }
    observer.observe(ctx.view.document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-expanded', 'aria-pressed', 'aria-checked', 'hidden', 'style', 'class', 'value'] });
  });
}

function indexOfOption(field: CollectedField, option: ChoiceOption | undefined, ctx: ApplyContext): number {
  const options = field.descriptor.options ?? [];
  const chosen = option ?? ctx.chooseOption(field, options);
  if (!chosen) return -1;
  const exact = options.findIndex((candidate) => candidate.value === chosen.value && candidate.text === chosen.text);
  return exact >= 0 ? exact : options.findIndex((candidate) => candidate.value === chosen.value);
}

export function snapshot(field: CollectedField, native: NativeDom): Snapshot {
  const { kind } = field.descriptor;
  const element = field.element;
  if (field.members) return { kind: 'checks', checked: field.members.map(isChosen) };
  if (kind === 'checkbox') return { kind: 'checks', checked: [isChosen(element)] };
  if (kind === 'select') return { kind: 'select', index: (element as HTMLSelectElement).selectedIndex };
  if (kind === 'combobox') return { kind: 'combobox', display: field.descriptor.currentValue };
  if (kind === 'file') return { kind: 'files', files: (element as HTMLInputElement).files };
  return { kind: 'value', value: native.getValue(element) };
}

function truthy(value: string): boolean {
  return /^(?:yes|true|on|1|checked|y)$/i.test(value.trim());
}

export async function applyEntry(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const { kind } = field.descriptor;
  const element = field.element;
  switch (kind) {
    case 'select':
      return applySelect(field, entry, ctx);
    case 'radio':
    case 'toggle':
      return applyChoice(field, entry, ctx);
    case 'checkbox':
      if (CONSENT.test([...field.descriptor.labels, field.descriptor.question ?? ''].join(' '))) return { ok: false, left: 'consent box' };
      if (field.members) return applyChoice(field, entry, ctx);
      return applyCheckbox(field, entry, ctx);
    case 'combobox':
      return applyCombobox(field, entry, ctx);
    case 'file':
      return applyFile(field, entry, ctx);
    default: {
      const before = ctx.native.getValue(element);
      writeValue(ctx, element, entry.value);
      const after = ctx.native.getValue(element);
      if (after === entry.value || (after !== before && after !== '')) return { ok: true, value: after };
      return { ok: false, left: 'page rejected the value' };
    }
  }
}

function applySelect(field: CollectedField, entry: FillEntry, ctx: ApplyContext): ApplyResult {
  const select = field.element as HTMLSelectElement;
  const index = indexOfOption(field, entry.option, ctx);
  if (index < 0) return { ok: false, left: 'no matching option' };
  focusIn(ctx, select);
  ctx.native.setSelectedIndex(select, index);
  fireInputAndChange(ctx, select, null);
  focusOut(ctx, select);
  if (select.selectedIndex !== index) return { ok: false, left: 'page rejected the value' };
  return { ok: true, value: squash(select.options[index]?.text ?? '') };
}

/** Radio groups, checkbox groups and toggle buttons: click the one choice the plan names. */
async function applyChoice(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const index = indexOfOption(field, entry.option, ctx);
  const member = field.members?.[index];
  if (!member) return { ok: false, left: 'no matching option' };
  const text = field.descriptor.options?.[index]?.text ?? '';
  if (!isChosen(member)) ctx.native.click(member);
  // Toggle buttons show their state when the framework re-renders (aria-pressed), a moment later.
  return (await settled(ctx, () => isChosen(member))) ? { ok: true, value: text } : { ok: false, left: 'page rejected the value' };
}

async function applyCheckbox(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const wanted = truthy(entry.value);
  if (isChosen(field.element) !== wanted) ctx.native.click(field.element);
  return (await settled(ctx, () => isChosen(field.element) === wanted)) ? { ok: true, value: wanted ? 'checked' : 'unchecked' } : { ok: false, left: 'page rejected the value' };
}

function listboxFor(element: HTMLElement, before: Set<Element>): Element | null {
  const doc = element.ownerDocument;
  const root = element.getRootNode() as Document | ShadowRoot;
  for (const attribute of ['aria-controls', 'aria-owns']) {
    for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
      const target = root.getElementById?.(id) ?? doc.getElementById(id);
      if (target?.querySelector('[role=option]')) return target;
    }
  }
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    const inside = node.querySelector('[role=listbox]');
    if (inside?.querySelector('[role=option]')) return inside;
  }
  const fresh = Array.from(doc.querySelectorAll('[role=listbox]')).filter((listbox) => !before.has(listbox) && listbox.querySelector('[role=option]'));
  return fresh.at(-1) ?? null;
}

function optionsIn(listbox: Element): HTMLElement[] {
  return Array.from(listbox.querySelectorAll<HTMLElement>('[role=option]')).filter((option) => option.getAttribute('aria-disabled') !== 'true');
}

/** A react-select style box that shows the chosen value beside its text input, if there is one. */
function valueBox(element: HTMLElement): Element | null {
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const shown = node.querySelector('[class*="single-value"], [class*="singleValue"], [class*="SingleValue"], [class*="selected-value"]');
    if (shown) return shown;
  }
  return null;
}

function displayOf(field: CollectedField, ctx: ApplyContext): string {
  const element = field.element;
  if (element.tagName !== 'INPUT') {
    const text = textOf(element, 200);
    return isPromptText(text) ? '' : text;
  }
  const shown = valueBox(element);
  return shown ? textOf(shown, 200) : ctx.native.getValue(element);
}

/** Opens a combobox's list: a listbox button is pressed, a text combobox gets ArrowDown. */
function open(ctx: ApplyContext, element: HTMLElement) {
  if (element.tagName === 'INPUT') {
    focusReally(ctx, element);
    key(ctx, element, 'ArrowDown');
  } else {
    press(ctx, element);
  }
}

function close(ctx: ApplyContext, element: HTMLElement) {
  if (element.tagName === 'INPUT') {
    if (ctx.native.getValue(element)) {
      ctx.native.setValue(element, '');
      fireInputAndChange(ctx, element, null);
    }
    key(ctx, element, 'Escape');
    blurReally(ctx, element);
  } else {
    key(ctx, element, 'Escape');
  }
}

type Chooser = (options: ChoiceOption[]) => ChoiceOption | null;

/** Opens the list and picks what `choose` names; types `search` into a text combobox when the list is async or filtered. */
async function pick(field: CollectedField, search: string, choose: Chooser, ctx: ApplyContext): Promise<string | null> {
  const element = field.element;
  const before = new Set(Array.from(element.ownerDocument.querySelectorAll('[role=listbox]')));
  const listbox = () => listboxFor(element, before);
  open(ctx, element);
  let list = await waitFor(ctx, listbox, element.tagName === 'INPUT' ? Math.min(150, ctx.optionWaitMs) : ctx.optionWaitMs);
  let choice = list ? chooseIn(list, choose) : null;
  if (!choice && element.tagName === 'INPUT' && search) {
    ctx.native.setValue(element, search);
    fire(ctx, element, new ctx.view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: search }));
    const typedList = () => {
      const found = listbox();
      return found && chooseIn(found, choose) ? found : null;
    };
    list = await waitFor(ctx, typedList, ctx.optionWaitMs);
    choice = list ? chooseIn(list, choose) : null;
  }
  if (!choice) {
    close(ctx, element);
    return null;
  }
  const text = textOf(choice, 200);
  press(ctx, choice);
  if (element.tagName === 'INPUT') blurReally(ctx, element);
  return text;
}

function chooseIn(listbox: Element, choose: Chooser): HTMLElement | null {
  const options = optionsIn(listbox);
  const described = options.map((option, index) => ({ value: String(index), text: textOf(option, 200) }));
  const match = choose(described.filter((option) => !isPromptText(option.text)));
  return match ? (options[Number(match.value)] ?? null) : null;
}

async function applyCombobox(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
  const planned = entry.option?.text;
  const choose: Chooser = planned
    ? (options) => options.find((option) => squash(option.text).toLowerCase() === squash(planned).toLowerCase()) ?? null
    : (options) => ctx.chooseOption(field, options);
  // Search by the value's first part ("San Francisco" of "San Francisco, CA"): async lists filter on what is typed.
  const search = (planned ?? entry.value).split(/[,(]/)[0]!.trim();
  const picked = await pick(field, search, choose, ctx);
  if (picked === null) return { ok: false, left: 'no matching option' };
  // Frameworks render the choice a moment later (React flushes in a microtask): wait for it, briefly.
  const same = () => squash(displayOf(field, ctx)).toLowerCase() === squash(picked).toLowerCase();
  return (await settled(ctx, same)) ? { ok: true, value: displayOf(field, ctx) } : { ok: false, left: 'page rejected the value' };
}

export function fileFromStored(stored: { name: string; type: string; base64: string }): File {
  const binary = atob(stored.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new File([bytes], stored.name, { type: stored.type });
}

function setFiles(ctx: ApplyContext, input: HTMLInputElement, files: File[] | FileList | null) {
  const transfer = new ctx.view.DataTransfer();
  for (const file of Array.from(files ?? [])) transfer.items.add(file);
  ctx.native.setFiles(input, transfer.files);
  fire(ctx, input, new ctx.view.Event('input', { bubbles: true, composed: true }));
  fire(ctx, input, new ctx.view.Event('change', { bubbles: true }));
}

function applyFile(field: CollectedField, entry: FillEntry, ctx: ApplyContext): ApplyResult {
  const file = entry.file === 'coverLetter' ? ctx.files.coverLetter : ctx.files.resume;
  if (!file) return { ok: false, left: 'no answer in profile' };
  const input = field.element as HTMLInputElement;
  setFiles(ctx, input, [file]);
  // Drop-zone widgets often read the file and clear the input: the file's name on the page counts.
  const kept = input.files?.[0]?.name === file.name || textOf(input.parentElement?.parentElement ?? input.parentElement, 2000).includes(file.name);
  return kept ? { ok: true, value: file.name } : { ok: false, left: 'page rejected the value' };
}

/** Puts a field back as it was; true when it now matches the snapshot. */
export async function restore(field: CollectedField, saved: Snapshot, ctx: ApplyContext): Promise<boolean> {
  const element = field.element;
  switch (saved.kind) {
    case 'value':
      writeValue(ctx, element, saved.value);
      return ctx.native.getValue(element) === saved.value;
    case 'select': {
      const select = element as HTMLSelectElement;
      focusIn(ctx, select);
      ctx.native.setSelectedIndex(select, saved.index);
      fireInputAndChange(ctx, select, null);
      focusOut(ctx, select);
      return select.selectedIndex === saved.index;
    }
    case 'checks': {
      const members = field.members ?? [element];
      // Uncheck first (a radio can only be cleared through its setter), then click what was chosen.
      members.forEach((member, index) => {
        if (saved.checked[index] || !isChosen(member)) return;
        if (member.tagName === 'INPUT' && (member as HTMLInputElement).type === 'radio') {
          ctx.native.setChecked(member as HTMLInputElement, false);
          fireInputAndChange(ctx, member, null);
        } else {
          ctx.native.click(member);
        }
      });
      members.forEach((member, index) => {
        if (saved.checked[index] && !isChosen(member)) ctx.native.click(member);
      });
      return settled(ctx, () => members.every((member, index) => isChosen(member) === saved.checked[index]));
    }
    case 'combobox':
      return restoreCombobox(field, saved.display, ctx);
    case 'files':
      setFiles(ctx, element as HTMLInputElement, saved.files);
      return ((element as HTMLInputElement).files?.length ?? 0) === (saved.files?.length ?? 0);
  }
}

/** True once `check` holds, after the page has had a short moment to render. */
async function settled(ctx: ApplyContext, check: () => boolean): Promise<boolean> {
  return (await waitFor(ctx, () => check() || null, SETTLE_MS)) === true;
}

async function restoreCombobox(field: CollectedField, display: string, ctx: ApplyContext): Promise<boolean> {
  const element = field.element;
  // An autocomplete text box (its value is what it shows): put the text back like any text field.
  if (element.tagName === 'INPUT' && !valueBox(element)) {
    writeValue(ctx, element, display);
    return settled(ctx, () => ctx.native.getValue(element) === display);
  }
  if (display) {
    const same: Chooser = (options) => options.find((option) => squash(option.text) === display) ?? null;
    await pick(field, display, same, ctx);
    return settled(ctx, () => squash(displayOf(field, ctx)) === display);
  }
  // Back to empty: the widget's own clear button, else Backspace in an empty react-select input.
  let clear: HTMLElement | null = null;
  for (let node = element.parentElement, depth = 0; node && depth < 5 && !clear; depth++, node = node.parentElement) {
    clear = node.querySelector<HTMLElement>('[aria-label*="clear" i], [class*="clear-indicator"], [class*="clearIndicator"]');
  }
  if (clear) press(ctx, clear);
  else if (element.tagName === 'INPUT') {
    focusReally(ctx, element);
    key(ctx, element, 'Backspace');
    blurReally(ctx, element);
  } else {
    // A listbox button (Workday) goes back to its prompt option ("Select One").
    const before = new Set(Array.from(element.ownerDocument.querySelectorAll('[role=listbox]')));
    open(ctx, element);
    const list = await waitFor(ctx, () => listboxFor(element, before), ctx.optionWaitMs);
    const prompt = list ? optionsIn(list).find((option) => isPromptText(textOf(option, 200))) : undefined;
    if (prompt) press(ctx, prompt);
    else close(ctx, element);
  }
  return settled(ctx, () => displayOf(field, ctx) === '');
}
