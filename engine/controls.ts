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
