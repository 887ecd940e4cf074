/**
 * The contract between the background (utils/fill-tab.ts) and the engine it injects into each frame
 * with `scripting.executeScript` (entrypoints/autofill/index.ts → engine/): the script file, the
 * global it installs, the arguments of a fill and each frame's answer.
 */
import type { BlockCounts, FieldOutcome } from './messages';
import type { Profile } from '../profile/types';
import type { StoredFile } from '../resume-file';
import type { Settings } from '../settings';

/** The built unlisted script (entrypoints/autofill/index.ts) that installs the engine. */
export const ENGINE_FILE = '/autofill.js';

/** The global the script installs the engine under, in the extension's isolated world. */
export const ENGINE_GLOBAL = '__profileCardAutofill';

/**
 * The attribute the engine puts on each field it collected (value: the field id, no profile data), so
 * a field keeps its id across fills and "Jump to" (utils/focus-field.ts) finds it.
 */
export const FIELD_ID_ATTRIBUTE = 'data-profile-card-id';

export interface FillArgs {
  profile: Profile;
  resumeFile: StoredFile | null;
  settings: Pick<Settings, 'highlightFilled'>;
  /** Plan only: report what would be written ('planned'), touch nothing. */
  preview?: boolean;
  /**
   * The fill request this run belongs to. The background may send the same request twice (Chrome can
   * refuse a whole all-frames call after running it in some frames); a frame that already ran it
   * answers its first result again instead of filling anew.
   */
  attempt?: string;
}

/** One frame's part of the report; the background adds the frame's URL and ids to each field and merges frames. */
export interface FrameFillResult {
  /** The frame's origin and path (once per frame: a long form's answer stays small). */
  frame: string;
  fields: Omit<FieldOutcome, 'frame' | 'frameId'>[];
  /** Child frames with a web address, so the background can count those it could not reach. */
  childFrames: number;
  /** Previews only: the blocks the fill would add with the form's own add buttons, per group; nothing is pressed. */
  wouldAdd?: BlockCounts;
  /**
   * Fields left that neither the profile answers nor the person must (not recognised, not required):
   * counted in the report's `left`, not listed. A 10 000-field form's answer would otherwise take longer
   * to pass to the background than the fill takes.
   */
  unlisted?: number;
}

export interface FrameUndoResult {
  restored: number;
  /** Fields left as they are: the person edited them since the fill, or the page refused the old value. */
  kept: string[];
  /** Blocks the fill added that the page gave no remove button: emptied, and left on the form. */
  emptiedBlocks?: number;
}

/** What the engine global offers the injected functions. */
export interface AutofillEngine {
  fill(args: FillArgs): Promise<FrameFillResult>;
  /** `attempt` as for fills: a repeated undo request answers its first result (what it restored) again. */
  undo(attempt?: string): Promise<FrameUndoResult>;
  /**
   * Sent with the engine ahead of a fill: the profile's saved questions (not their answers), the one
   * part of the profile classification reads, so the idle warm-up classifies as the fill will.
   */
  prepare(customQuestions: string[]): void;
}
