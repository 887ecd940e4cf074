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
    const stop = observeDom(ctx, () => {
      const result = find();
      if (result) done(result);
    });
    // A last look at the deadline: changes inside shadow roots are not observed from the document.
    const timer = ctx.view.setTimeout(() => done(find()), timeoutMs);
    function done(result: T | null) {
      stop();
      ctx.view.clearTimeout(timer);
      resolve(result);
    }
  });
}

/** Calls `changed` on each change a widget makes to the document; returns the function that stops it. */
function observeDom(ctx: EventContext, changed: () => void): () => void {
  const observer = new ctx.view.MutationObserver(changed);
  observer.observe(ctx.view.document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-expanded', 'aria-pressed', 'aria-checked', 'hidden', 'style', 'class', 'value'],
  });
  return () => observer.disconnect();
}

/** How often a wait looks at the clock (ms): a tick that comes later than this found the page at work. */
const TICK_MS = 20;
/** However busy the page, a wait ends after this many times the idle time it asked for. */
const BUSY_FACTOR = 4;

/**
 * waitFor counting only the time the page was idle (`spent`, ms, of a wait that found nothing): the stretches when its main thread
 * was busy (rendering what was opened, a React commit, a machine slowed by other work) are the widget
 * at work, not waiting; a search whose server takes 300 ms is waited 300 ms however slowly it renders.
 */
function waitIdle<T>(ctx: EventContext, find: () => T | null, idleMs: number): Promise<{ result: T | null; spent: number }> {
  const found = find();
  if (found) return Promise.resolve({ result: found, spent: 0 });
  const now = () => ctx.view.performance.now();
  const start = now();
  let last = start;
  let idle = 0;
  let interval = Math.min(TICK_MS, idleMs);
  return new Promise((resolve) => {
    const stop = observeDom(ctx, () => {
      const result = find();
      if (result) done(result);
    });
    let timer = ctx.view.setTimeout(tick, interval);
    function count() {
      const time = now();
      idle += Math.min(time - last, interval);
      last = time;
      return time;
    }
    function tick() {
      const time = count();
      // Each tick also looks: changes inside shadow roots are not observed from the document.
      const result = find();
      if (result || idle >= idleMs || time - start >= idleMs * BUSY_FACTOR) return done(result);
      interval = Math.min(TICK_MS, idleMs - idle);
      timer = ctx.view.setTimeout(tick, interval);
    }
    function done(result: T | null) {
      stop();
      ctx.view.clearTimeout(timer);
      resolve({ result, spent: Math.min(idle, idleMs) });
    }
  });
}

/** True once `check` holds, after the page has had a short moment to render. */
export async function settled(ctx: EventContext, check: () => boolean): Promise<boolean> {
  return (await waitFor(ctx, () => check() || null, SETTLE_MS)) === true;
}

/**
 * What is left of a run's time for waiting on widgets that do not answer (ms): one window (the fields'
 * outside entries, or one entry's), and the whole fill's, which every window's waiting also spends.
 */
export interface WaitBudget {
  ms: number;
  fill?: { ms: number };
}

/**
 * waitFor within the run's waiting budget: a wait that came to nothing is taken out of its window and of
 * the whole fill's budget, so a page of widgets that never answer still answers within them, while every
 * widget that answers (a school search per school, a slow Workday list after another) is waited for.
 * Only the page's idle time counts (waitIdle).
 */
export async function waitBudgeted<T>(ctx: EventContext & { waitBudget: WaitBudget }, find: () => T | null, ms: number): Promise<T | null> {
  const budget = ctx.waitBudget;
  const { result, spent } = await waitIdle(ctx, find, Math.max(FLOOR_MS, Math.min(ms, budget.ms, budget.fill?.ms ?? Infinity)));
  if (result !== null) return result;
  budget.ms = Math.max(0, budget.ms - spent);
  if (budget.fill) budget.fill.ms = Math.max(0, budget.fill.ms - spent);
  return result;
}
