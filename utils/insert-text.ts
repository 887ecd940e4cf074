/**
 * Inserts text at the caret of the focused editable element, the way typing would. Runs inside the
 * page (injected with scripting.executeScript into the frame the user right-clicked), so it must be
 * self-contained: no imports, no closures.
 *
 * `execCommand('insertText')` goes through the browser's own editing path: it fires beforeinput and
 * input with inputType "insertText", respects the selection, keeps undo (Ctrl+Z) working, and
 * React/Vue/Angular controlled fields take the value into their state. Where it is refused, the
 * native value setter plus an InputEvent does the same for inputs and textareas.
 */
export function insertTextAtCaret(text: string): boolean {
  let target = document.activeElement as HTMLElement | null;
  while (target?.shadowRoot?.activeElement) target = target.shadowRoot.activeElement as HTMLElement;
  if (!target) return false;
  const control = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target : null;
  if (!control && !target.isContentEditable) return false;
  if (control && (control.disabled || control.readOnly)) return false;
  target.focus();
  if (document.execCommand('insertText', false, text)) return true;
  if (!control) return false;
  const start = control.selectionStart ?? control.value.length;
  const end = control.selectionEnd ?? control.value.length;
  const next = control.value.slice(0, start) + text + control.value.slice(end);
  const proto = control instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(control, next);
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
