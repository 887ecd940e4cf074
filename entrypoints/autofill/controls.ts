/** What kind of control an element is, and its state, as the collector and the applier read it. */
import type { ControlKind } from '@/core/autofill/types';

/** Everything that may be, or be part of, a fillable control. */
export const CONTROL_SELECTOR =
  'input, select, textarea, [role=combobox], [aria-haspopup=listbox], [role=radiogroup], [role=checkbox], [aria-pressed]';

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
