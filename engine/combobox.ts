/**
 * Comboboxes: react-select inputs, Workday's listbox buttons, autocomplete boxes. Their options exist
 * only once opened, so the choice is made then (the planner runs again on the options found), and
 * the widget's own display is read back to verify it.
 */
import { isPlaceholderText } from '@/core/autofill/text';
import type { ChoiceOption } from '@/core/autofill/types';
import { blurReally, fire, fireInputAndChange, focusReally, key, press, settled, waitFor, writeValue } from './events';
import { squash, textOf } from './text';
import type { ApplyContext, ApplyResult, CollectedField, FillEntry } from './types';

type Chooser = (options: ChoiceOption[]) => ChoiceOption | null;

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
    return isPlaceholderText(text) ? '' : text;
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
  const match = choose(described.filter((option) => !isPlaceholderText(option.text)));
  return match ? (options[Number(match.value)] ?? null) : null;
}

export async function applyCombobox(field: CollectedField, entry: FillEntry, ctx: ApplyContext): Promise<ApplyResult> {
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

export async function restoreCombobox(field: CollectedField, display: string, ctx: ApplyContext): Promise<boolean> {
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
    const prompt = list ? optionsIn(list).find((option) => isPlaceholderText(textOf(option, 200))) : undefined;
    if (prompt) press(ctx, prompt);
    else close(ctx, element);
  }
  return settled(ctx, () => displayOf(field, ctx) === '');
}
