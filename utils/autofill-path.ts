/**
 * The one autofill path: every trigger sends `{ type: 'autofill', tabId }` (or `undo`) to the
 * background, which loads the engine into every frame of the tab it can reach, runs it there with
 * the profile, and answers with one merged report (also kept in session storage for the card).
 */
import { browser } from 'wxt/browser';
import { isMessage, type FieldOutcome, type FillReport, type Message, type UndoReport } from '@/core/messages';
import type { FillArgs, FrameFillResult, FrameUndoResult } from '@/entrypoints/autofill/engine';
import { lastFillItem, loadProfile, resumeFileItem, settingsItem } from './storage';
import { showCanFill, showFilledCount } from './badge';

const ENGINE_FILE = '/autofill.js';

/** Turns a scripting error into words for the person ("… this page: it is a browser page"). */
export function explainScriptingError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  let why = message;
  if (/chrome:|edge:|about:|extensions gallery|chrome-extension:|moz-extension:|view-source:/i.test(message)) why = 'it is a browser page, which no extension may change.';
  else if (/Cannot access|Missing host permission|permission/i.test(message)) why = 'Profile Card has no access to this site. Open Profile Card from the toolbar on this page and press Autofill there.';
  else if (/No tab with id|No frame|tab was closed/i.test(message)) why = 'the tab is gone.';
  else if (/error page|showing error/i.test(message)) why = 'the page did not load.';
  return `Profile Card can't fill this page: ${why}`;
}

function emptyReport(error?: string): FillReport {
  return { filled: 0, left: 0, needsUser: 0, fields: [], frames: 0, ...(error ? { error } : {}) };
}

type FrameResult<T> = { frameId: number; documentId?: string; result?: T | null };

/** Merges the frames' answers into one report: top frame first, then its frames in order. */
export function mergeFrames(results: FrameResult<FrameFillResult>[]): FillReport {
  const answered = results.filter((frame): frame is FrameResult<FrameFillResult> & { result: FrameFillResult } => Boolean(frame.result)).sort((a, b) => a.frameId - b.frameId);
  const fields: FieldOutcome[] = answered.flatMap((frame) =>
    frame.result.fields.map((field) => ({ ...field, frameId: frame.frameId, ...(frame.documentId ? { documentId: frame.documentId } : {}) })),
  );
  const childFrames = answered.reduce((sum, frame) => sum + frame.result.childFrames, 0);
  const report: FillReport = {
    filled: fields.filter((field) => field.status === 'filled').length,
    ...(fields.some((field) => field.status === 'planned') ? { planned: fields.filter((field) => field.status === 'planned').length } : {}),
    left: fields.filter((field) => field.status === 'left').length,
    needsUser: fields.filter((field) => field.needsUser).length,
    fields,
    frames: answered.length,
  };
  // Frames on sites Profile Card may not read (no host access) answer nothing: count them.
  const skipped = Math.max(0, childFrames - (answered.length - (answered.some((frame) => frame.frameId === 0) ? 1 : 0)));
  if (skipped) report.skippedFrames = skipped;
  return report;
}

type Target = { tabId: number; allFrames: true } | { tabId: number; frameIds: number[] };

/**
 * Runs on every frame of the tab; when the top frame is off limits (an ATS form embedded in a company
 * site the user has not opened Profile Card on) and a content script asked, on the asking frame.
 */
async function inReachableFrames<T>(tabId: number, askingFrame: number | undefined, run: (target: Target) => Promise<T>): Promise<T> {
  try {
    return await run({ tabId, allFrames: true });
  } catch {
    // Chrome refuses the whole call when a frame is between documents (a frame still navigating, the
    // card's frame being swapped); such a refusal injects nothing, so one more try a moment later is safe.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    return await run({ tabId, allFrames: true });
  } catch (error) {
    if (!askingFrame) throw error;
    return run({ tabId, frameIds: [askingFrame] });
  }
}

async function loadEngine(target: Target): Promise<void> {
  await browser.scripting.executeScript({ target, files: [ENGINE_FILE] });
}

async function runFill(target: Target, args: FillArgs): Promise<FrameResult<FrameFillResult>[]> {
  return (await browser.scripting.executeScript({
    target,
    // Runs in each frame's isolated world. The engine file, sent just before, may still be loading:
    // wait for it a moment (privately: nothing the page can see), then fill, or answer null.
    func: (fillArgs: FillArgs) =>
      new Promise<FrameFillResult | null>((resolve) => {
        const scope = globalThis as unknown as Record<string, { fill(a: FillArgs): Promise<FrameFillResult> } | undefined>;
        const deadline = Date.now() + 1000;
        const attempt = () => {
          const engine = scope.__profileCardAutofill;
          if (engine) resolve(engine.fill(fillArgs));
          else if (Date.now() > deadline) resolve(null);
          else setTimeout(attempt, 1);
        };
        attempt();
      }),
    args: [args],
  })) as FrameResult<FrameFillResult>[];
}

type StoredArgs = Omit<FillArgs, 'preview'> & { previewBeforeFill: boolean };

/**
 * The validated profile, résumé and settings, read once and kept while the worker lives: validating
 * the profile on every fill costs more than the rest of the background's part. Any change to local
 * storage (a saved profile, a new file, settings) drops the copy.
 */
let storedArgs: Promise<StoredArgs> | null = null;

async function readStoredArgs(): Promise<StoredArgs> {
  const [loaded, resumeFile, settings] = await Promise.all([loadProfile(), resumeFileItem.getValue(), settingsItem.getValue()]);
  return { profile: loaded.profile, resumeFile, settings: { highlightFilled: settings.highlightFilled }, previewBeforeFill: settings.previewBeforeFill };
}

async function fillArgs(confirmed: boolean): Promise<FillArgs> {
  storedArgs ??= readStoredArgs().catch((error: unknown) => {
    storedArgs = null;
    throw error;
  });
  const { previewBeforeFill, ...args } = await storedArgs;
  return { ...args, preview: previewBeforeFill && !confirmed };
}

/**
 * Loads the engine and runs the fill in the same breath (the fill waits in each frame for the
 * engine to arrive). A frame that still answers "no engine" (null) is asked again.
 */
async function loadAndFill(target: Target, args: Promise<FillArgs>): Promise<FrameResult<FrameFillResult>[]> {
  const loading = loadEngine(target);
  loading.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
  const ready = await args;
  const [, results] = await Promise.all([loading, runFill(target, ready)]);
  const late = results.filter((frame) => frame.result === null).map((frame) => frame.frameId);
  if (!late.length) return results;
  return [...results.filter((frame) => frame.result !== null), ...(await runFill({ tabId: target.tabId, frameIds: late }, ready))];
}

export async function fillTab(tabId: number, options: { askingFrame?: number; confirm?: boolean } = {}): Promise<FillReport> {
  let report: FillReport;
  try {
    const args = fillArgs(options.confirm === true);
    const results = await inReachableFrames(tabId, options.askingFrame, (target) => loadAndFill(target, args));
    report = mergeFrames(results);
    if ((await args).preview) report.preview = true;
    if (report.frames === 0) report.error = explainScriptingError(new Error('Cannot access contents of the page'));
  } catch (error) {
    report = emptyReport(explainScriptingError(error));
  }
  // Kept for the card and the popup; written while the answer goes back (a big form's report takes
  // longer to store than to fill).
  lastFillItem(tabId)
    .setValue(report)
    .catch((error: unknown) => console.error('Profile Card could not keep the fill report', error));
  if (!report.preview && !report.error) void showFilledCount(tabId, report.filled);
  return report;
}

export async function undoTab(tabId: number, askingFrame?: number): Promise<UndoReport> {
  try {
    // No engine in a frame means nothing was filled there: nothing to load, nothing to undo.
    const results = (await inReachableFrames(tabId, askingFrame, (target) =>
      browser.scripting.executeScript({
        target,
        func: () => (globalThis as unknown as Record<string, { undo(): Promise<FrameUndoResult> } | undefined>).__profileCardAutofill?.undo() ?? null,
      }),
    )) as FrameResult<FrameUndoResult>[];
    const restored = results.reduce((sum, frame) => sum + (frame.result?.restored ?? 0), 0);
    const kept = results.reduce((sum, frame) => sum + (frame.result?.kept.length ?? 0), 0);
    await lastFillItem(tabId).setValue(null);
    await showCanFill(tabId);
    return kept ? { restored, kept } : { restored };
  } catch (error) {
    return { restored: 0, error: explainScriptingError(error).replace("can't fill", "can't undo on") };
  }
}

/** Listens for the contract's messages from the extension's own pages and content scripts. */
export function registerAutofillPath() {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') storedArgs = null;
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || sender.id !== browser.runtime.id) return undefined;
    if (message.type !== 'autofill' && message.type !== 'undo') return undefined;
    const tabId = message.tabId ?? sender.tab?.id;
    if (tabId === undefined) {
      const error = 'Profile Card can\'t fill this page: no tab was named.';
      return Promise.resolve(message.type === 'autofill' ? emptyReport(error) : { restored: 0, error });
    }
    // A content script asking for its own tab names its frame too (the fallback when the top is off limits).
    const askingFrame = message.tabId === undefined ? sender.frameId : undefined;
    if (message.type === 'undo') return undoTab(tabId, askingFrame);
    return fillTab(tabId, { askingFrame, confirm: (message as Message<'autofill'>).confirm === true });
  });
}
