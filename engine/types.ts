/**
 * The in-page engine's own data, shared by its stages: collect (DOM → CollectedField[]) hands fields
 * to the pure planner (core/autofill) and on to apply (plan → DOM), which combobox.ts extends.
 * Stages import their types from here, never from each other.
 */
import type { ChoiceOption, FieldDescriptor, PlanEntry } from '@/core/autofill/types';
import type { LeftReason } from '@/core/contract';
import type { EventContext, WaitBudget } from './events';

/** A described control and the elements the applier acts on. */
export interface CollectedField {
  descriptor: FieldDescriptor;
  /** The control itself, or the first member of a group (the one tagged and focused by "jump to"). */
  element: HTMLElement;
  /** Radio buttons, checkboxes of a group, or toggle buttons, in order of `descriptor.options`. */
  members?: HTMLElement[];
  /** For an upload button: the file input it created when pressed (set by the applier, for undo). */
  upload?: HTMLInputElement;
  /** For a drop zone with no file input (the element is the zone): the element to drop the file on. */
  dropTarget?: HTMLElement;
  /**
   * For a select widget whose options come only from its search (Select2 with `ajax`; the element is the
   * widget): the native select behind it, which holds the value and is what undo puts back.
   */
  select?: HTMLSelectElement;
  /**
   * For a native select a widget stands in for (the element is the select): the widget, whose own search
   * may offer a value the select does not list (Select2's free-text tags).
   */
  widget?: HTMLElement;
}

export interface ApplyContext extends EventContext {
  /** Files the plan may attach, built from storage. */
  files: { resume?: File; coverLetter?: File };
  /**
   * The plan's choice among options found only now (a combobox's list opens on demand): the core
   * planner run again on the field with those options, so polarity and synonyms apply as for a select.
   */
  chooseOption: (field: CollectedField, options: ChoiceOption[]) => ChoiceOption | null;
  /**
   * What is left of this run's time for waiting on widgets' options (ms), spent by every combobox in
   * turn: five widgets that never open cost this once, not five times a second.
   */
  waitBudget: WaitBudget;
}

export type FillEntry = Extract<PlanEntry, { action: 'fill' }>;

export type ApplyResult = { ok: true; value: string } | { ok: false; left: LeftReason };

/** What a field held before the fill, enough to put it back exactly. */
export type Snapshot =
  | { kind: 'value'; value: string }
  | { kind: 'select'; index: number; selected?: boolean[] }
  | { kind: 'checks'; checked: boolean[] }
  | { kind: 'combobox'; display: string }
  /** `removers`: for an upload button, its zone's remove-like buttons (a drop there, when the press made no input, is undone by the new one). */
  | { kind: 'files'; files: FileList | null; removers?: Element[] }
  /** A drop zone: its remove-like buttons before the drop (undo presses the one the drop added). */
  | { kind: 'dropped'; removers: Element[] };
