/**
 * Repeated entries in the page (issue #17), the DOM side of core/autofill/entries.ts: the position of
 * a block among its alike siblings (for blocks with no number in their heading), the form's own add
 * button of a group, the block a press added, and its own remove button.
 */
import {
  blocksToAdd,
  entryOf,
  formCounts,
  groupOfHeading,
  isAddButton,
  isCancelButton,
  isRemoveButton,
  isSaveButton,
  savedCount,
  educationInOrder,
  workInOrder,
  type EntryGroup,
} from '@/core/autofill/entries';
import { fold } from '@/core/autofill/text';
import { CONTROL_SELECTOR } from './controls';
import type { WaitBudget } from './events';
import type { BlockCounts } from '@/core/contract';
import type { Profile } from '@/core/profile/types';
import { SectionReader } from './sections';
import { squash, textOf } from './text';
import type { CollectedField } from './types';
import { isShown } from './visibility';

/** How far up from a control a repeated block may start. */
const BLOCK_LEVELS = 6;
/** Past this many fields in work and education sections, blocks are not compared (it would be quadratic). */
const MAX_GROUP_FIELDS = 400;
const BUTTON_SELECTOR = 'button, [role=button], input[type=button]';

const stopsAt = (element: Element) => element.tagName === 'FORM' || element.tagName === 'BODY' || element.tagName === 'HTML';
const alike = (a: Element, b: Element) => a.tagName === b.tagName && a.className === b.className;

/**
 * Sets `descriptor.repeat` on fields of work or education groups that sit in one of several alike
 * sibling blocks (same element, same classes, the same labels in the same order): the block's
 * position among them (the outermost such block). Only fields already inside such a group are looked at, so a long form stays linear.
 */
export function markRepeats(fields: readonly CollectedField[]): void {
  const inGroups = fields.filter((field) => entryOf(field.descriptor) !== null);
  // Ten entries of a dozen fields is far below this; a page of thousands under one "Experience" heading is no list of entries.
  if (inGroups.length < 2 || inGroups.length > MAX_GROUP_FIELDS) return;
  const signatures = new Map<Element, string>();
  const signature = (block: Element): string => {
    let known = signatures.get(block);
    if (known === undefined) {
      known = inGroups
        .filter((field) => block.contains(field.element))
        .map((field) => `${field.descriptor.kind}:${(field.descriptor.labels[0] ?? field.descriptor.name ?? '').replace(/\d+/g, '#')}`)
        .join('|');
      signatures.set(block, known);
    }
    return known;
  };
  const positions = new Map<Element, number | null>();
  const position = (block: Element): number | null => {
    if (positions.has(block)) return positions.get(block)!;
    let found: number | null = null;
    const parent = block.parentElement;
    const own = signature(block);
    if (parent && own.includes('|')) {
      const same = Array.from(parent.children).filter((sibling) => alike(sibling, block) && signature(sibling) === own);
      if (same.length >= 2) found = same.indexOf(block);
    }
    positions.set(block, found);
    return found;
  };
  for (const field of inGroups) {
    let node = field.element.parentElement;
    for (let depth = 0; node && depth < BLOCK_LEVELS && !stopsAt(node); depth++, node = node.parentElement) {
      // The outermost repeated block: a block's rows ("Month", "Year" twice) may repeat inside it.
      const index = position(node);
      if (index !== null) field.descriptor.repeat = { index };
    }
  }
}

function buttonText(button: Element): string {
  return squash(button.getAttribute('aria-label') || textOf(button, 80) || (button as HTMLInputElement).value || '');
}

/**
 * The form's own add button for a group: the nearest one around the group's last field, reading
 * "Add", "Add another", "Add work experience"; one around fields of the other group counts only when
 * it names this group. Never Submit, Next, Save or "Add reference" (core/autofill/entries.ts).
 */
export function findAddButton(fields: readonly CollectedField[], group: EntryGroup, layout: boolean): HTMLElement | null {
  const mine = fields.filter((field) => entryOf(field.descriptor)?.group === group);
  const theirs = fields.filter((field) => {
    const entry = entryOf(field.descriptor);
    return entry !== null && entry.group !== group;
  });
  const last = mine[mine.length - 1];
  if (!last) return null;
  // An open editor (its own Save) takes one entry at a time: the person saves it, and the next fill opens the next.
  if (editorOf(last.element, fields)) return null;
  const sections = new SectionReader([]);
  // A generic "Add" under References (or the applicant's documents) adds nothing of this group.
  const elsewhere = (button: Element) => sections.sectionsOf(button).some((section) => groupOfHeading(section) === 'other');
  for (let node = last.element.parentElement; node && node.tagName !== 'HTML'; node = node.parentElement) {
    const shared = theirs.some((field) => node!.contains(field.element));
    const buttons = Array.from(node.querySelectorAll<HTMLElement>(BUTTON_SELECTOR)).filter((button) => {
      if ((button as HTMLButtonElement).type === 'submit' || !isShown(button, layout) || (button as HTMLButtonElement).disabled) return false;
      const text = buttonText(button);
      if (!isAddButton(text, group)) return false;
      return (!shared || !isAddButton(text, group === 'work' ? 'education' : 'work')) && !elsewhere(button);
    });
    // The first one after the group's last field, else the last one before it.
    const after = buttons.find((button) => last.element.compareDocumentPosition(button) & 4 /* FOLLOWING */);
    if (after ?? buttons[buttons.length - 1]) return after ?? buttons[buttons.length - 1]!;
    if (node.tagName === 'BODY') break;
  }
  return null;
}

/** The block a press added: the widest ancestor of a new field that holds neither a field that was there before nor the add button. */
export function addedBlock(newField: CollectedField, before: readonly CollectedField[], button: Element): Element {
  let block: Element = newField.element;
  for (let node = block.parentElement; node && !stopsAt(node); node = node.parentElement) {
    if (node.contains(button) || before.some((field) => node!.contains(field.element))) break;
    block = node;
    // An editor the press opened ends at its own Save and Cancel: the saved list around it is the person's.
    if (buttonsIn(node).some((found) => isSaveButton(buttonText(found)))) break;
  }
  return block;
}

const buttonsIn = (node: Element) => Array.from(node.querySelectorAll<HTMLElement>(BUTTON_SELECTOR));

/**
 * The inline editor a field is in (SmartRecruiters' experience editor): the nearest block around it with
 * its own Save ("Save", "Done") that holds no field of another entry or outside the groups — a form-wide
 * "Save and continue" is the form's, not an editor's.
 */
export function editorOf(element: Element, fields: readonly CollectedField[]): Element | null {
  const own = entryOf(fields.find((field) => field.element === element)?.descriptor ?? { sections: [] });
  const others = fields.filter((field) => {
    const entry = entryOf(field.descriptor);
    return !entry || entry.group !== own?.group || entry.index !== own.index;
  });
  let node = element.parentElement;
  for (let depth = 0; node && depth < BLOCK_LEVELS && !stopsAt(node); depth++, node = node.parentElement) {
    if (others.some((field) => node!.contains(field.element))) return null;
    if (buttonsIn(node).some((button) => (button as HTMLButtonElement).type !== 'submit' && isSaveButton(buttonText(button)))) return node;
  }
  return null;
}

/**
 * A group the form asks for with no block yet (Workday's "Work Experience" with only its "Add"): the add
 * button whose own section names the group ("Add" under "Work Experience", "Add education"), never one
 * under References or the applicant's documents.
 */
export function findEmptyGroupAddButton(doc: Document, group: EntryGroup, layout: boolean): HTMLElement | null {
  const sections = new SectionReader([]);
  for (const button of Array.from(doc.querySelectorAll<HTMLElement>(BUTTON_SELECTOR))) {
    if ((button as HTMLButtonElement).type === 'submit' || (button as HTMLButtonElement).disabled || !isAddButton(buttonText(button), group)) continue;
    if (!isShown(button, layout)) continue;
    if (entryOf({ sections: sections.sectionsOf(button) })?.group === group) return button;
  }
  return null;
}

/** A block's own remove button ("Delete", "Remove"), if it has one; an editor's own Cancel closes it. */
export function removeButtonOf(block: Element): HTMLElement | null {
  const buttons = buttonsIn(block);
  const remove = buttons.find((button) => isRemoveButton(buttonText(button)));
  if (remove) return remove;
  return buttons.some((button) => isSaveButton(buttonText(button))) ? (buttons.find((button) => isCancelButton(buttonText(button))) ?? null) : null;
}

/**
 * The option waiting of one fill, shared out: fields outside repeated entries share one budget, and
 * each entry of a work or education group ("Education 2 of 2") gets a budget of its own, since each
 * block repeats the same searches (a school search per school) and the page answers each as slowly;
 * all of them together never wait longer than `fillMs` on widgets that answered nothing.
 */
export function entryBudgets(ms: number, fillMs: number): (entry: string | undefined) => WaitBudget {
  const fill = { ms: fillMs };
  const shared = { ms, fill };
  const perEntry = new Map<string, WaitBudget>();
  return (entry) => {
    if (!entry) return shared;
    let budget = perEntry.get(entry);
    if (!budget) perEntry.set(entry, (budget = { ms, fill }));
    return budget;
  };
}

/**
 * What a preview says of the blocks: per group, how many a fill would add (the profile's entries the
 * form has no block for), counted only where the form has its own add button for the group. Nothing is pressed.
 */
export function blocksAFillWouldAdd(
  doc: Document,
  fields: readonly CollectedField[],
  profile: Profile,
  layout: boolean,
  saved: Partial<Record<EntryGroup, number>> = {},
): BlockCounts {
  const descriptors = fields.map((field) => field.descriptor);
  const wanted = blocksToAdd(descriptors, profile, saved);
  const had = formCounts(descriptors);
  const counts: BlockCounts = {};
  for (const group of ['work', 'education'] as const) {
    if (wanted[group] === 0) continue;
    const button = had[group] > 0 ? findAddButton(fields, group, layout) : findEmptyGroupAddButton(doc, group, layout);
    if (button) counts[group] = wanted[group];
  }
  return counts;
}

/** Saved entries are list items (SmartRecruiters' list under Experience); past this many items a page is not searched further. */
const LIST_ITEM_SELECTOR = 'li, [role=listitem], tr';
const MAX_LIST_ITEMS = 2000;

/** A saved item's text, a line per text node: a heading (the school), then its details, each a part of its own. */
function itemText(item: Element): string {
  const lines: string[] = [];
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(), length = 0; node && length < 300; node = walker.nextNode()) {
    const line = squash(node.nodeValue ?? '');
    if (line) lines.push(line);
    length += line.length;
  }
  return lines.join('\n');
}

/**
 * How many of the profile's entries, per group, the form lists as saved already: list items under a work
 * or education heading (holding no control) that show the job (company and title) or the school, most
 * recent first. Items naming none of the profile's companies or schools are passed over at once.
 */
export function savedEntries(doc: Document, profile: Profile): Partial<Record<EntryGroup, number>> {
  const names = [...workInOrder(profile).map((job) => job.name ?? job.position), ...educationInOrder(profile).map((school) => school.institution)]
    .map((name) => fold(name))
    .filter(Boolean);
  if (!names.length) return {};
  const sections = new SectionReader([]);
  const items: Record<EntryGroup, string[]> = { work: [], education: [] };
  const all = doc.querySelectorAll(LIST_ITEM_SELECTOR);
  for (let i = 0; i < all.length && i < MAX_LIST_ITEMS; i++) {
    const item = all[i]!;
    const text = itemText(item);
    const folded = ` ${fold(text)} `;
    if (!names.some((name) => folded.includes(` ${name} `)) || item.querySelector(CONTROL_SELECTOR)) continue;
    const group = entryOf({ sections: sections.sectionsOf(item) })?.group;
    if (group) items[group].push(text);
  }
  const saved: Partial<Record<EntryGroup, number>> = {};
  for (const group of ['work', 'education'] as const) {
    const count = items[group].length ? savedCount(profile, group, items[group]) : 0;
    if (count) saved[group] = count;
  }
  return saved;
}

/**
 * A lone block of a group whose form lists saved entries (an editor) is the next entry: its fields take
 * the position of the first profile entry the list does not show. Blocks with a number or a position of their own keep it.
 */
export function markSaved(fields: readonly CollectedField[], saved: Partial<Record<EntryGroup, number>>): void {
  for (const field of fields) {
    const entry = entryOf(field.descriptor);
    const next = entry ? saved[entry.group] : undefined;
    if (!next || field.descriptor.repeat) continue;
    if (entryOf({ ...field.descriptor, repeat: { index: next } })?.index === next) field.descriptor.repeat = { index: next };
  }
}

/**
 * The entries of a collection: each field's block position (markRepeats), and a lone editor's entry after
 * the ones the form lists as saved (markSaved). Answers the saved counts per group.
 */
export function markEntries(doc: Document, fields: readonly CollectedField[], profile: Profile): Partial<Record<EntryGroup, number>> {
  markRepeats(fields);
  const saved = savedEntries(doc, profile);
  markSaved(fields, saved);
  return saved;
}
