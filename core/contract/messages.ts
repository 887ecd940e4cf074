/**
 * The runtime-message contract between popup, options, card (content script) and background.
 * Every message is a plain object sent with `runtime.sendMessage`; the background answers.
 * From an extension page `tabId` names the tab; from a content script the tab is the sender's.
 */

/** Why autofill left a field for the user. */
export type LeftReason =
  | 'no answer in profile'
  | 'already filled'
  | 'not confident'
  | 'consent box'
  | 'not the applicant'
  | 'hidden'
  | 'disabled'
  | 'no matching option'
  | 'options did not load'
  | 'page rejected the value';

export interface FieldOutcome {
  /** The frame's URL (origin and path), so a report over many frames stays readable. */
  frame: string;
  /** The browser's id of that frame (0 is the top frame) and the field's id within it, for "jump to". */
  frameId: number;
  /** The frame's document (scripting `documentId`), so a later message reaches the same page, not a reloaded one. */
  documentId?: string;
  fieldId: string;
  /** The text autofill read as the field's name. */
  label: string;
  /** The profile key chosen (`email`, `linkedin`, `answers.sponsorship`, …), or null. */
  key: string | null;
  /** Why that key ("label 'LinkedIn Profile' matched linkedin"), or why none. */
  reason: string;
  /** 'planned': a preview (setting "preview before fill") would write `value` here; nothing was written yet. */
  status: 'filled' | 'left' | 'planned';
  /** The value written (filled fields), or to be written (planned ones). */
  value?: string;
  /** Why the field was left (left fields only). */
  left?: LeftReason;
  /** Required by the form and still empty: the user must answer it. */
  needsUser?: boolean;
  /** For a field of a repeated work or education entry: which one ("Work 2 of 3: Contoso Retail"). */
  entry?: string;
}

/** Blocks of repeated entries (work history, education) per group, as a preview counts the ones a fill would add. */
export type BlockCounts = Partial<Record<'work' | 'education', number>>;

export interface FillReport {
  filled: number;
  /** Fields a preview would fill (previews only). */
  planned?: number;
  left: number;
  /** Required fields still empty after the fill. */
  needsUser: number;
  /** Each field filled, planned or left, except those left that nothing in the profile answers and that are not required (counted in `left` only). */
  fields: FieldOutcome[];
  /** Frames that answered. */
  frames: number;
  /** Frames on sites Profile Card may not read (no host access), skipped and counted. */
  skippedFrames?: number;
  /** Set when the page could not be filled at all (no access, not a web page). */
  error?: string;
  /** A preview: `planned` fields show what a fill would write; send the fill again with `confirm` to write. */
  preview?: boolean;
  /** Previews only: the blocks a fill would add with the form's own add buttons, per group (groups with none absent). */
  wouldAdd?: BlockCounts;
}

export interface UndoReport {
  restored: number;
  /** Fields left as they are: edited by the person since the fill, or the page refused the old value. */
  kept?: number;
  /** Blocks the fill added (repeated entries) that had no remove button: emptied, and left on the form. */
  emptiedBlocks?: number;
  error?: string;
}

export interface MessageMap {
  /** `confirm`: write now, even when the user asked to preview fills first. */
  autofill: { request: { tabId?: number; confirm?: boolean }; response: FillReport };
  undo: { request: { tabId?: number }; response: UndoReport };
  /** From the content script: this tab shows an application form (the badge says it can be filled). */
  'application-page': { request: Record<never, never>; response: void };
  /** From the content script: the filled application form of this tab was sent (`page`: the sending frame's address). */
  'application-submitted': { request: { page: string }; response: void };
  /** "Jump to" a field of a fill report, in whichever frame of the tab it is: scroll to it and focus it. */
  'focus-field': { request: { tabId?: number; frameId: number; documentId?: string; fieldId: string }; response: { focused: boolean } };
}

export type MessageType = keyof MessageMap;
// Distributive, so checking `type` narrows a message to its own request shape.
export type Message<T extends MessageType = MessageType> = T extends MessageType ? { type: T } & MessageMap[T]['request'] : never;
export type MessageResponse<T extends MessageType> = MessageMap[T]['response'];

const TYPES: readonly MessageType[] = ['autofill', 'undo', 'application-page', 'application-submitted', 'focus-field'];

/** Narrows anything received to a known message; everything else is ignored. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type, tabId, page } = value as { type?: unknown; tabId?: unknown; page?: unknown };
  if (type === 'application-submitted' && typeof page !== 'string') return false;
  return TYPES.includes(type as MessageType) && (tabId === undefined || Number.isInteger(tabId));
}
