/**
 * The events a person's hands make, sent from the extension's isolated world: focus events, the
 * native value setter with input and change, pointer presses, keys; and short, bounded waits for
 * the page to react (a MutationObserver, never a fixed sleep).
 */
import type { NativeDom } from './native';

export interface EventContext {
  view: Window & typeof globalThis;
  native: NativeDom;
}

/** How long a widget may take to show a value it accepted. */
const SETTLE_MS = 300;
/** A widget that shows nothing this long after it was pressed or opened is not going to: it costs no more (ms). */
export const ANSWER_MS = 150;
/** Even with the fill's waiting spent, a widget gets a frame: most render within one (ms). */
const FLOOR_MS = 16;

export function fire(ctx: EventContext, target: EventTarget, event: Event) {
  ctx.native.dispatch(target, event);
}

/**
 * A field's turn, as a person's tab-through gives it: focus and focusin, later blur and focusout.
 * Plain fields get the events only: moving real focus forces a layout per field (about 1 ms each here,
 * 260 ms for 300 fields), scrolls, and steals the person's caret, while forms track "touched" from the
 * events. Comboboxes get real focus: their widgets check it before they open or take typing.
 */
export function focusIn(ctx: EventContext, element: HTMLElement) {
  fire(ctx, element, new ctx.view.FocusEvent('focus'));
  fire(ctx, element, new ctx.view.FocusEvent('focusin', { bubbles: true, composed: true }));
}

export function focusOut(ctx: EventContext, element: HTMLElement) {
  fire(ctx, element, new ctx.view.FocusEvent('blur'));
  fire(ctx, element, new ctx.view.FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** Real focus, for widgets that need it; with the events too when the page has no system focus. */
export function focusReally(ctx: EventContext, element: HTMLElement) {
  const focusedPage = element.ownerDocument.hasFocus();
  ctx.native.focus(element);
  if (!focusedPage) focusIn(ctx, element);
}

export function blurReally(ctx: EventContext, element: HTMLElement) {
  const focusedPage = element.ownerDocument.hasFocus();
  ctx.native.blur(element);
  if (!focusedPage) focusOut(ctx, element);
}

export function fireInputAndChange(ctx: EventContext, element: HTMLElement, data: string | null) {
  fire(ctx, element, new ctx.view.InputEvent('input', { bubbles: true, composed: true, inputType: data ? 'insertText' : 'deleteContentBackward', data }));
  fire(ctx, element, new ctx.view.Event('change', { bubbles: true }));
}

/** A person's click: pointer and mouse down/up, then click (some widgets act on mousedown). */
export function press(ctx: EventContext, element: HTMLElement) {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, view: ctx.view };
  fire(ctx, element, new ctx.view.PointerEvent('pointerdown', init));
  fire(ctx, element, new ctx.view.MouseEvent('mousedown', init));
  fire(ctx, element, new ctx.view.PointerEvent('pointerup', init));
  fire(ctx, element, new ctx.view.MouseEvent('mouseup', init));
  if (element.isConnected) ctx.native.click(element);
}

export function key(ctx: EventContext, element: HTMLElement, name: string) {
  const init = { key: name, code: name, bubbles: true, cancelable: true, composed: true };
  fire(ctx, element, new ctx.view.KeyboardEvent('keydown', init));
  fire(ctx, element, new ctx.view.KeyboardEvent('keyup', init));
}

export function writeValue(ctx: EventContext, element: HTMLElement, value: string) {
  focusIn(ctx, element);
  ctx.native.setValue(element, value);
  fireInputAndChange(ctx, element, value || null);
  focusOut(ctx, element);
}

/** Resolves with what `find` returns once the DOM makes it true (or still false after `timeoutMs`: null). */
export function waitFor<T>(ctx: EventContext, find: () => T | null, timeoutMs: number): Promise<T | null> {
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
    observer.observe(ctx.view.document, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-expanded', 'aria-pressed', 'aria-checked', 'hidden', 'style', 'class', 'value'],
    });
  });
}

/** True once `check` holds, after the page has had a short moment to render. */
export async function settled(ctx: EventContext, check: () => boolean): Promise<boolean> {
  return (await waitFor(ctx, () => check() || null, SETTLE_MS)) === true;
}

/**
 * waitFor, taken out of the run's waiting budget (ms left, shared by every widget of one fill): a page of
 * widgets that never answer still answers within the budget.
 */
export async function waitBudgeted<T>(ctx: EventContext & { waitBudget: { ms: number } }, find: () => T | null, ms: number): Promise<T | null> {
  const start = ctx.view.performance.now();
  const result = await waitFor(ctx, find, Math.max(FLOOR_MS, Math.min(ms, ctx.waitBudget.ms)));
  ctx.waitBudget.ms = Math.max(0, ctx.waitBudget.ms - (ctx.view.performance.now() - start));
  return result;
}
