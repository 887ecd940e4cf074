/** What kind of control an element is, and its state, as the collector and the applier read it. */
import type { ControlKind } from '@/core/autofill/types';
import { isPlaceholderText } from '@/core/autofill/text';
import { textOf } from './text';

/** Everything that may be, or be part of, a fillable control (a collapsed listbox with a popup is a select widget: Choices.js). */
export const CONTROL_SELECTOR =
  'input, select, textarea, [role=combobox], [aria-haspopup=listbox], [role=listbox][aria-haspopup=true], [role=radiogroup], [role=checkbox], [aria-pressed]';

/**
 * Controls a widget keeps inside itself that a person never fills: the native select it hides after
 * taking its place (Choices.js, Select2) and its search box. A wrapper holding only these is the control.
 */
function innerOnly(control: Element): boolean {
  const type = control.getAttribute('type');
  return (
    (control.tagName === 'SELECT' && (control.hasAttribute('hidden') || control.getAttribute('aria-hidden') === 'true')) ||
    (control.tagName === 'INPUT' && (type === 'search' || type === 'hidden'))
  );
}

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'password', 'search', 'range', 'color', 'time', 'week', 'datetime-local']);
const INPUT_KINDS: Record<string, ControlKind> = { email: 'email', tel: 'tel', url: 'url', number: 'number', date: 'date', month: 'month', file: 'file' };

export function readKind(element: Element): ControlKind | null {
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
  // A select widget wrapping the native select it hides: the widget is what a person uses.
  if ((role === 'combobox' || role === 'listbox') && !element.parentElement?.closest('[role=listbox]')) {
    const inner = Array.from(element.querySelectorAll('input, select, textarea'));
    if (inner.length && inner.every(innerOnly)) return 'combobox';
  }
  if (role === 'checkbox') return 'checkbox';
  if (element.hasAttribute('aria-pressed')) return element.tagName === 'BUTTON' || role === 'button' ? 'toggle' : null;
  // role=combobox wrapping an input (ARIA 1.1): the input is the control.
  if (element.querySelector('input, select, textarea')) return null;
  if (element.closest('[role=listbox]')) return null;
  return 'combobox';
}

export function isChosen(element: Element): boolean {
  if (element.tagName === 'INPUT') return (element as HTMLInputElement).checked;
  return element.getAttribute('aria-pressed') === 'true' || element.getAttribute('aria-checked') === 'true';
}

export function isDisabled(element: Element): boolean {
  return (element as HTMLInputElement).disabled === true || Boolean(element.closest('fieldset[disabled]')) || element.getAttribute('aria-disabled') === 'true';
}

const VALUE_BOX = '[class*="single-value"], [class*="singleValue"], [class*="SingleValue"], [class*="selected-value"]';
const CLEAR_BUTTON = '[aria-label*="clear" i], [class*="clear-indicator"], [class*="clearIndicator"]';

/**
 * The nearest element matching `selector` within this combobox's own widget: ancestors that hold no
 * other combobox, or a filled neighbour's value (or clear button) would count as this one's.
 */
function withinWidget(element: HTMLElement, selector: string, levels: number): HTMLElement | null {
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < levels; depth++, node = node.parentElement) {
    const comboboxes = node.querySelectorAll('[role=combobox]');
    if (comboboxes.length > 1 || (comboboxes.length === 1 && comboboxes[0] !== element)) return null;
    const found = node.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

/** The box a react-select style combobox shows its chosen value in, beside its text input. */
export const valueBoxOf = (element: HTMLElement): Element | null => withinWidget(element, VALUE_BOX, 4);

/** The widget's own button that clears its value. */
export const clearButtonOf = (element: HTMLElement): HTMLElement | null => withinWidget(element, CLEAR_BUTTON, 5);

/**
 * What a combobox that is not a text box (a listbox button, a select widget) shows as its value: its own
 * text, else its selected option (Choices shows it in a list of its own); '' while it shows its prompt.
 */
export function widgetDisplay(element: HTMLElement): string {
  const own = textOf(element, 200);
  if (own) return isPlaceholderText(own) ? '' : own;
  const selected = Array.from(element.querySelectorAll('[role=option][aria-selected=true]'))
    .map((option) => textOf(option, 200))
    .find((text) => !isPlaceholderText(text));
  return selected ?? '';
}
