/**
 * Comboboxes: react-select inputs, Workday's listbox buttons, autocomplete boxes. Their options exist
 * only once opened, so the choice is made then (the planner runs again on the options found), and
 * the widget's own display is read back to verify it.
 */
import { isPlaceholderText } from '@/core/autofill/text';
import type { ChoiceOption } from '@/core/autofill/types';
import { selectDisplay } from './collect';
import { clearButtonOf, valueBoxOf, widgetDisplay } from './controls';
import { ANSWER_MS, blurReally, fire, fireInputAndChange, focusReally, key, press, settled, waitBudgeted, writeValue } from './events';
import { squash, textOf } from './text';
import type { ApplyContext, ApplyResult, CollectedField, FillEntry } from './types';

type Chooser = (options: ChoiceOption[]) => ChoiceOption | null;

/** The list this combobox opened: one it names, one beside it, or one that appeared since `before` (a portal). */
function listboxFor(element: HTMLElement, before: Set<Element>, withOptions = true): Element | null {
  const doc = element.ownerDocument;
  const root = element.getRootNode() as Document | ShadowRoot;
  // Options to choose, not a disabled "Searching…" in their place (Select2's).
  const usable = (listbox: Element | null | undefined): listbox is Element =>
    Boolean(listbox && (!withOptions || listbox.querySelector('[role=option]:not([aria-disabled=true])')));
  for (const attribute of ['aria-controls', 'aria-owns']) {
    for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
      const target = root.getElementById?.(id) ?? doc.getElementById(id);
      if (usable(target)) return target;
    }
  }
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    // The one with the most options: a select widget may also show its chosen item in a list of one.
    const inside = Array.from(node.querySelectorAll('[role=listbox]')).filter((listbox) => listbox !== element && usable(listbox));
    if (inside.length) return inside.reduce((best, listbox) => (optionCount(listbox) > optionCount(best) ? listbox : best));
  }
  const fresh = Array.from(doc.querySelectorAll('[role=listbox]')).filter((listbox) => !before.has(listbox) && usable(listbox));
  return fresh.at(-1) ?? null;
}

const optionCount = (listbox: Element): number => listbox.querySelectorAll('[role=option]').length;

function optionsIn(listbox: Element): HTMLElement[] {
  return Array.from(listbox.querySelectorAll<HTMLElement>('[role=option]')).filter((option) => option.getAttribute('aria-disabled') !== 'true');
}

function displayOf(field: CollectedField, ctx: ApplyContext): string {
  // A widget over a native select holds its value there (its own display may carry a clear "×").
  if (field.select) return selectDisplay(field.select);
  const element = field.element;
  if (element.tagName !== 'INPUT') return widgetDisplay(element);
  const shown = valueBoxOf(element);
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

/** Static lists render at once when opened; a search box shows its options only after typing (ms). */
const BEFORE_TYPING_MS = 50;
/** A list that says it has nothing for what was typed ("No options", "No results"). */
const NOTHING_FOUND = /\bno (?:options|results|matches|items|data)\b|\bnothing (?:found|matches)\b|\bnot found\b/i;
/** A shown list with no option to choose that says `what`: its children are read, as textOf skips a listbox, itself included. */
function says(list: Element | null, what: RegExp): list is Element {
  return Boolean(list && optionsIn(list).length === 0 && what.test(Array.from(list.childNodes, (node) => textOf(node, 200)).join(' ')));
}

/**
 * The search box a select widget's popup opened with (Select2's, over a list that fills from what is
 * typed): the shown text box that controls the open list, else the only one in the popup around it.
 */
function searchBoxFor(element: HTMLElement, before: Set<Element>): HTMLInputElement | null {
  const list = listboxFor(element, before, false);
  if (!list) return null;
  const usable = (box: HTMLInputElement | null | undefined): box is HTMLInputElement =>
    Boolean(box && box !== element && /^(?:search|text|)$/.test(box.getAttribute('type') ?? '') && box.getClientRects().length > 0);
  if (list.id) {
    const named = Array.from(list.ownerDocument.querySelectorAll<HTMLInputElement>('input[aria-controls], input[aria-owns]')).find((box) =>
      [box.getAttribute('aria-controls'), box.getAttribute('aria-owns')].some((ids) => (ids ?? '').split(/\s+/).includes(list.id)),
    );
    if (usable(named)) return named;
  }
  let node = list.parentElement;
  for (let depth = 0; node && depth < 3 && node.tagName !== 'BODY' && node.tagName !== 'FORM'; depth++, node = node.parentElement) {
    const controls = node.querySelectorAll('input, select, textarea');
    if (controls.length > 1) return null;
    const box = controls[0] as HTMLInputElement | undefined;
    if (box) return usable(box) ? box : null;
  }
  return null;
}

/** What opening showed: its list of options, or a search box to type in first (a list that fills from a search). */
type Opened = Element | { search: HTMLInputElement } | null;

/** Opens the list and waits for its options; a search box is looked at only briefly (typing shows its options). */
async function openList(ctx: ApplyContext, element: HTMLElement, before: Set<Element>, listbox: () => Element | null, typing: boolean): Promise<Opened> {
  open(ctx, element);
  if (typing) {
    // A list that opened with no options, only a notice ("Type at least two characters"), is a search's: typed at once.
    const shown = await waitBudgeted(ctx, () => listbox() ?? (listboxFor(element, before, false) ? 'notice' : null), BEFORE_TYPING_MS);
    return shown === 'notice' ? null : shown;
  }
  // A popup with a search box of its own fills from what is typed there (Select2's ajax): typed at once.
  const search = () => {
    const box = searchBoxFor(element, before);
    return box ? { search: box } : null;
  };
  // A list that opened empty or busy is at work (Workday asks its server): it gets what is left of the budget.
  const atWork = () =>
    element.getAttribute('aria-expanded') === 'true' || element.getAttribute('aria-busy') === 'true' || listboxFor(element, before, false) !== null;
  const answer = await waitBudgeted(ctx, () => listbox() ?? search() ?? (atWork() ? 'at work' : null), ANSWER_MS);
  return answer === 'at work' ? waitBudgeted(ctx, () => listbox() ?? search(), Infinity) : answer;
}

const listOf = (opened: Opened): Element | null => (opened && !('search' in opened) ? opened : null);

type Picked = { text: string } | { left: 'options did not load' | 'no matching option' };

/** Opens the list and picks what `choose` names; types `search` into a text combobox when the list is async or filtered. */
async function pick(field: CollectedField, search: string, choose: Chooser, ctx: ApplyContext): Promise<Picked> {
  const element = field.element;
  const typing = element.tagName === 'INPUT' && search !== '';
  const before = new Set(Array.from(element.ownerDocument.querySelectorAll('[role=listbox]')));
  let sawOptions = false;
  const listbox = () => {
    const found = listboxFor(element, before);
    sawOptions ||= found !== null;
    return found;
  };
  const opened = await openList(ctx, element, before, listbox, typing);
  let list = listOf(opened);
  let choice = list ? chooseIn(list, choose) : null;
  // A text combobox takes the search itself; a select widget in the search box of its popup (whose list
  // may offer what is typed only once typed: a server's answer, a free-text tag).
  const box = typing ? element : search === '' ? null : opened && 'search' in opened ? opened.search : searchBoxFor(element, before);
  if (!choice && box) {
    ctx.native.setValue(box, search);
    fire(ctx, box, new ctx.view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: search }));
    // Only the matching option ends the wait (a search asks a server), or the list saying it has none.
    const typedList = () => {
      const found = listbox();
      if (found && chooseIn(found, choose)) return found;
      const shown = listboxFor(element, before, false);
      return says(shown, NOTHING_FOUND) ? shown : null;
    };
    // Not every search shows it is under way (MUI's "Loading…" is no list): it gets what is left of the window.
    list = await waitBudgeted(ctx, typedList, Infinity);
    choice = list ? chooseIn(list, choose) : null;
  }
  if (!choice) {
    close(ctx, element);
    return { left: sawOptions ? 'no matching option' : 'options did not load' };
  }
  const text = textOf(choice, 200);
  press(ctx, choice);
  if (element.tagName === 'INPUT') {
    const shows = () => squash(displayOf(field, ctx)).toLowerCase() === squash(text).toLowerCase();
    // What was typed may read as the choice: the press took only once the list closed on it. A list still
    // offering it (rendered anew as its search answered, or busy when pressed) gets the press again, once.
    if (!(await settled(ctx, () => shows() && listbox() === null))) {
      const again = listbox();
      const fresh = again ? chooseIn(again, choose) : null;
      if (fresh) press(ctx, fresh);
    }
    // Blur once the widget shows the choice: a controlled one (Downshift) blurred in the same tick drops it.
    await settled(ctx, shows);
    blurReally(ctx, element);
  }
  return { text };
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
  // Search by the value's first part ("San Francisco" of "San Francisco, CA"): async lists filter on what is
  // typed. A value the select does not list is typed whole: the widget may take it as it is typed (a tag).
  const search = field.descriptor.typedChoice ? entry.value : (planned ?? entry.value).split(/[,(]/)[0]!.trim();
  const result = await pick(field, search, choose, ctx);
  if ('left' in result) return { ok: false, left: result.left };
  const picked = result.text;
  // Frameworks render the choice a moment later (React flushes in a microtask): wait for it, briefly.
  const same = () => squash(displayOf(field, ctx)).toLowerCase() === squash(picked).toLowerCase();
  return (await settled(ctx, same)) ? { ok: true, value: displayOf(field, ctx) } : { ok: false, left: 'page rejected the value' };
}

export async function restoreCombobox(field: CollectedField, display: string, ctx: ApplyContext): Promise<boolean> {
  const element = field.element;
  // An autocomplete text box (its value is what it shows): put the text back like any text field.
  if (element.tagName === 'INPUT' && !valueBoxOf(element)) {
    writeValue(ctx, element, display);
    return settled(ctx, () => ctx.native.getValue(element) === display);
  }
  if (display) {
    const same: Chooser = (options) => options.find((option) => squash(option.text) === display) ?? null;
    await pick(field, display, same, ctx);
    return settled(ctx, () => squash(displayOf(field, ctx)) === display);
  }
  // Back to empty: the widget's own clear button, else Backspace in an empty react-select input.
  const clear = clearButtonOf(element);
  if (clear) press(ctx, clear);
  else if (element.tagName === 'INPUT') {
    focusReally(ctx, element);
    key(ctx, element, 'Backspace');
    blurReally(ctx, element);
  } else {
    // A listbox button (Workday) goes back to its prompt option ("Select One").
    const before = new Set(Array.from(element.ownerDocument.querySelectorAll('[role=listbox]')));
    const list = listOf(await openList(ctx, element, before, () => listboxFor(element, before), false));
    const prompt = list ? optionsIn(list).find((option) => isPlaceholderText(textOf(option, 200))) : undefined;
    if (prompt) press(ctx, prompt);
    else close(ctx, element);
  }
  return settled(ctx, () => displayOf(field, ctx) === '');
}
