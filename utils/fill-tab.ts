/**
 * Fills (and undoes) a tab, the background's one autofill path: every trigger sends
 * `{ type: 'autofill', tabId }` (or `undo`) to the background, which runs the engine in every frame
 * of the tab it can reach (loading it where it is missing) with the profile, and answers with one
 * merged report (also kept in session storage for the card). Contract with the engine: core/contract/fill-script.ts.
 */
import { browser } from 'wxt/browser';
import { reportToKeep } from '@/core/autofill-target';
import { customQuestionsOf } from '@/core/profile/types';
import {
  ENGINE_FILE,
  isMessage,
  type AutofillEngine,
  type BlockCounts,
  type FieldOutcome,
  type FillArgs,
  type FillReport,
  type FrameFillResult,
  type FrameUndoResult,
  type Message,
  type UndoReport,
} from '@/core/contract';
import { lastFillItem, loadProfile, resumeFileItem, settingsItem } from './storage';
import { showCanFill, showFilledCount } from './badge';
import { logFill } from './application-log';

/** Turns a scripting error into words for the person ("… this page: it is a browser page"). */
function explainScriptingError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  let why = message;
  if (/chrome:|edge:|about:|extensions gallery|chrome-extension:|moz-extension:|view-source:/i.test(message))
    why = 'it is a browser page, which no extension may change.';
  else if (/Cannot access|Missing host permission|permission/i.test(message))
    why = 'Profile Card has no access to this site. Open Profile Card from the toolbar on this page and press Autofill there.';
  else if (/No tab with id|No frame|tab was closed/i.test(message)) why = 'the tab is gone.';
  else if (/error page|showing error/i.test(message)) why = 'the page did not load.';
  return `Profile Card can't fill this page: ${why}`;
}

function emptyReport(error?: string): FillReport {
  return { filled: 0, left: 0, needsUser: 0, fields: [], frames: 0, ...(error ? { error } : {}) };
}

type FrameResult<T> = { frameId: number; documentId?: string; result?: T | null };

/** Merges the frames' answers into one report: top frame first, then its frames in order. */
function mergeFrameResults(results: FrameResult<FrameFillResult>[]): FillReport {
  const answered = results
    .filter((frame): frame is FrameResult<FrameFillResult> & { result: FrameFillResult } => Boolean(frame.result))
    .sort((a, b) => a.frameId - b.frameId);
  const fields: FieldOutcome[] = answered.flatMap((frame) =>
    frame.result.fields.map((field) => ({
      ...field,
      frame: frame.result.frame,
      frameId: frame.frameId,
      ...(frame.documentId ? { documentId: frame.documentId } : {}),
    })),
  );
  const childFrames = answered.reduce((sum, frame) => sum + frame.result.childFrames, 0);
  const report: FillReport = {
    filled: fields.filter((field) => field.status === 'filled').length,
    ...(fields.some((field) => field.status === 'planned') ? { planned: fields.filter((field) => field.status === 'planned').length } : {}),
    left: fields.filter((field) => field.status === 'left').length + answered.reduce((sum, frame) => sum + (frame.result.unlisted ?? 0), 0),
    needsUser: fields.filter((field) => field.needsUser).length,
    fields,
    frames: answered.length,
  };
  const wouldAdd: BlockCounts = {};
  for (const { result } of answered)
    for (const [group, count] of Object.entries(result.wouldAdd ?? {}) as [keyof BlockCounts, number][])
      if (count > 0) wouldAdd[group] = (wouldAdd[group] ?? 0) + count;
  if (Object.keys(wouldAdd).length) report.wouldAdd = wouldAdd;
  // Frames on sites Profile Card may not read (no host access) answer nothing: count them.
  const skipped = Math.max(0, childFrames - (answered.length - (answered.some((frame) => frame.frameId === 0) ? 1 : 0)));
  if (skipped) report.skippedFrames = skipped;
  return report;
}

type Target = { tabId: number; allFrames: true } | { tabId: number; frameIds: number[] };

/** Refusals that may pass in a moment (a frame between documents); a browser page or a closed tab will not. */
function mayPass(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Cannot access contents of the page|frame/i.test(message) && !/chrome:|No tab|error page/i.test(message);
}

/** How long a refused all-frames call is tried again, and how often. */
const RETRY_FOR_MS = { alone: 1000, withAskingFrame: 250 };
const RETRY_EVERY_MS = 20;

/**
 * Runs on every frame of the tab; when the top frame is off limits (an ATS form embedded in a company
 * site the user has not opened Profile Card on) and a content script asked, on the asking frame.
 *
 * Chrome refuses a whole all-frames call while one frame is between documents (the card's own frame
 * while it loads, a frame navigating), yet may already have run it in the other frames. So the call is
 * tried again for a moment: fills are idempotent per attempt (FillArgs.attempt), and a frame that ran
 * the first call answers its first result again.
 */
async function inReachableFrames<T>(tabId: number, askingFrame: number | undefined, run: (target: Target) => Promise<T>): Promise<T> {
  const deadline = Date.now() + (askingFrame ? RETRY_FOR_MS.withAskingFrame : RETRY_FOR_MS.alone);
  for (;;) {
    try {
      return await run({ tabId, allFrames: true });
    } catch (error) {
      if (!mayPass(error) || Date.now() >= deadline) {
        if (!askingFrame) throw error;
        return run({ tabId, frameIds: [askingFrame] });
      }
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
  }
}

async function loadEngine(target: Target): Promise<void> {
  await browser.scripting.executeScript({ target, files: [ENGINE_FILE] });
}

/**
 * Loads the engine into a frame where the content script found an application form, before anyone
 * asks for a fill: the fill then finds it there, warmed up (entrypoints/autofill/index.ts), and it
 * sees from the start which fields the person types into.
 */
async function preloadEngine(tabId: number, frameId: number): Promise<void> {
  try {
    const target = { tabId, frameIds: [frameId] };
    await loadEngine(target);
    const { profile } = await (storedArgs ??= readStoredArgs());
    await browser.scripting.executeScript({
      target,
      func: (questions: string[]) => (globalThis as unknown as Record<string, AutofillEngine | undefined>).__profileCardAutofill?.prepare(questions),
      args: [customQuestionsOf(profile)],
    });
  } catch {
    // The frame went away or navigated meanwhile: a fill will load the engine where it is missing.
  }
}

/**
 * Runs the fill in each frame's isolated world; a frame without the engine answers null. The injected
 * functions name ENGINE_GLOBAL literally: they run serialised, without this module's imports.
 */
async function runFill(target: Target, args: FillArgs): Promise<FrameResult<FrameFillResult>[]> {
  return (await browser.scripting.executeScript({
    target,
    func: (fillArgs: FillArgs) => (globalThis as unknown as Record<string, AutofillEngine | undefined>).__profileCardAutofill?.fill(fillArgs) ?? null,
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

/** The stored keys a fill reads (profile and its meta and last good copy, résumé file, settings): only their changes drop the copy. */
const FILL_INPUTS = new Set(['profile', 'profile$', 'profileLastGood', 'resumeFile', 'settings']);

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
  return { ...args, preview: previewBeforeFill && !confirmed, attempt: crypto.randomUUID() };
}

/** Fills where the engine is (application pages have it already), then loads it where it was missing and fills there. */
async function fillFrames(target: Target, args: Promise<FillArgs>): Promise<FrameResult<FrameFillResult>[]> {
  const ready = await args;
  const results = await runFill(target, ready);
  const missing = results.filter((frame) => frame.result === null).map((frame) => frame.frameId);
  if (!missing.length) return results;
  const there: Target = { tabId: target.tabId, frameIds: missing };
  await loadEngine(there);
  return [...results.filter((frame) => frame.result !== null), ...(await runFill(there, ready))];
}

export async function fillTab(tabId: number, options: { askingFrame?: number; confirm?: boolean } = {}): Promise<FillReport> {
  let report: FillReport;
  try {
    const args = fillArgs(options.confirm === true);
    const results = await inReachableFrames(tabId, options.askingFrame, (target) => fillFrames(target, args));
    report = mergeFrameResults(results);
    if ((await args).preview) report.preview = true;
    if (report.frames === 0) report.error = explainScriptingError(new Error('Cannot access contents of the page'));
  } catch (error) {
    report = emptyReport(explainScriptingError(error));
  }
  // Kept for the card and the popup, once the answer has gone back: storing a long report takes
  // longer than the fill, and the one who asked has the answer already.
  setTimeout(() => {
    lastFillItem(tabId)
      .setValue(reportToKeep(report))
      .catch((error: unknown) => console.error('Profile Card could not keep the fill report', error));
    if (!report.preview && !report.error) void showFilledCount(tabId, report.filled);
    logFill(tabId, report).catch((error: unknown) => console.error('Profile Card could not record the application', error));
  }, 0);
  return report;
}

export async function undoTab(tabId: number, askingFrame?: number): Promise<UndoReport> {
  try {
    // No engine in a frame means nothing was filled there: nothing to load, nothing to undo. Tried
    // again like fills, as the same request: a frame that already undid answers what it restored.
    const attempt = crypto.randomUUID();
    const results = (await inReachableFrames(tabId, askingFrame, (target) =>
      browser.scripting.executeScript({
        target,
        func: (request: string) => (globalThis as unknown as Record<string, AutofillEngine | undefined>).__profileCardAutofill?.undo(request) ?? null,
        args: [attempt],
      }),
    )) as FrameResult<FrameUndoResult>[];
    const restored = results.reduce((sum, frame) => sum + (frame.result?.restored ?? 0), 0);
    const kept = results.reduce((sum, frame) => sum + (frame.result?.kept.length ?? 0), 0);
    const emptiedBlocks = results.reduce((sum, frame) => sum + (frame.result?.emptiedBlocks ?? 0), 0);
    await lastFillItem(tabId).setValue(null);
    await showCanFill(tabId);
    return { restored, ...(kept ? { kept } : {}), ...(emptiedBlocks ? { emptiedBlocks } : {}) };
  } catch (error) {
    return { restored: 0, error: explainScriptingError(error).replace("can't fill", "can't undo on") };
  }
}

/** Listens for fill, undo and application-page messages from the extension's own pages and content scripts. */
export function registerFillRequests() {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((key) => FILL_INPUTS.has(key))) storedArgs = null;
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage(message) || sender.id !== browser.runtime.id) return undefined;
    if (message.type === 'application-page') {
      if (sender.tab?.id !== undefined && sender.frameId !== undefined) void preloadEngine(sender.tab.id, sender.frameId);
      return undefined;
    }
    if (message.type !== 'autofill' && message.type !== 'undo') return undefined;
    const tabId = message.tabId ?? sender.tab?.id;
    if (tabId === undefined) {
      const error = "Profile Card can't fill this page: no tab was named.";
      return Promise.resolve(message.type === 'autofill' ? emptyReport(error) : { restored: 0, error });
    }
    // A content script asking for its own tab names its frame too (the fallback when the top is off limits).
    const askingFrame = message.tabId === undefined ? sender.frameId : undefined;
    if (message.type === 'undo') return undoTab(tabId, askingFrame);
    return fillTab(tabId, { askingFrame, confirm: (message as Message<'autofill'>).confirm === true });
  });
}
