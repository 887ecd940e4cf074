/**
 * The autofill engine of one frame: collect → plan (core, pure) → apply, with an undo journal.
 * Loaded once per frame by the unlisted script (entrypoints/autofill/index.ts) and driven by the
 * background through `scripting.executeScript` (utils/fill-tab.ts, contract in core/contract/fill-script.ts).
 */
import type { FieldDescriptor, PageContext, PlanEntry } from '@/core/autofill/types';
import type { AutofillEngine, FieldOutcome, FillArgs, FrameFillResult, FrameUndoResult } from '@/core/contract';
import type { Profile } from '@/core/profile/types';
import { applyEntry, fileFromStored, restore, snapshot } from './apply';
import { createIdRegistry } from './collect';
import { cachedClassifier, type Classifier } from '@/core/autofill/classify-cache';
import { blocksToAdd, entryOf, formCounts, type EntryGroup } from '@/core/autofill/entries';
import { CONTROL_SELECTOR } from './controls';
import { addedBlock, blocksAFillWouldAdd, entryBudgets, findAddButton, findEmptyGroupAddButton, markEntries, removeButtonOf } from './entries';
import { FieldIndex } from './field-index';
import { press, waitFor } from './events';
import { readPageContext } from './page-context';
import { FILLED_CLASS, Marks, NEEDS_YOU_CLASS } from './marks';
import { captureNative } from './native';
import { runSliced, SliceClock } from './slices';
import type { ApplyContext, CollectedField, Snapshot } from './types';

/**
 * The waiting on widgets that answered nothing that the fields outside repeated entries (and each
 * entry) may do in one fill (ms), as one window of the page's idle time: a widget showing no sign of life
 * costs events.ts ANSWER_MS at most, one that opened and never filled what is left, while every widget
 * that answers (a search whose server takes 300 ms, a slow list after another) is waited for.
 */
const OPTION_WAIT_BUDGET_MS = 350;
/**
 * All the waiting on widgets that answered nothing one fill may do, its entries' included (ms): a page
 * of widgets that never answer is filled within about half a second.
 */
const FILL_WAIT_BUDGET_MS = 500;
/** How long a press on a form's "Add another" may take to render its new block (ms), and its removal on undo. */
const BLOCK_WAIT_MS = 2000;
const GROUPS: readonly EntryGroup[] = ['work', 'education'];

/** A block the fill added with the form's own add button: undo removes it with its own remove button. */
interface AddedBlock {
  block: Element;
  remove: HTMLElement | null;
}

/**
 * Runs a request once: the same request again (same id) gets the first answer, a new one runs anew.
 * The background repeats a request when Chrome refused it for one frame after running it in others.
 */
function oncePerRequest<T>(): (id: string | undefined, run: () => Promise<T>) => Promise<T> {
  let last: { id: string; result: Promise<T> } | null = null;
  return (id, run) => {
    if (id && last?.id === id) return last.result;
    const result = run();
    if (id) last = { id, result };
    return result;
  };
}

/** The pure planner from core/autofill, passed in so the DOM side can be tested on its own. */
export type Planner = (
  fields: readonly FieldDescriptor[],
  profile: Profile,
  page: PageContext,
  options: { hasResume: boolean; hasCoverLetter?: boolean; classify?: Classifier },
) => PlanEntry[];

/** How the planner classifies a field in a profile's context: the engine classifies ahead, in slices, with the same context. */
export type ContextOf = (field: FieldDescriptor, customQuestions: readonly string[]) => Parameters<Classifier>[1];

export interface EngineOptions {
  /** Use layout to find hidden fields (off in unit tests: happy-dom has no layout). */
  layout?: boolean;
  /** Collect the fields while the page is idle, before any fill asks (the injected engine does; unit tests need not). */
  warm?: boolean;
  /** The planner's classification context; with it, a fill classifies its fields in slices before planning. */
  classifyContext?: ContextOf;
  /** The profile's saved questions (core/autofill/plan.ts customQuestionsOf). */
  customQuestionsOf?: (profile: Profile) => string[];
}

/** Classifies every field into the cache, pausing between fields: planning then finds them all classified. */
function* classifyingAll(fields: readonly CollectedField[], customQuestions: readonly string[], classify: Classifier, contextOf: ContextOf) {
  for (const field of fields) {
    classify(field.descriptor, contextOf(field.descriptor, customQuestions));
    yield;
  }
}

interface Change {
  field: CollectedField;
  before: Snapshot;
}

function labelOf(descriptor: FieldDescriptor): string {
  return descriptor.labels[0] ?? descriptor.question ?? descriptor.placeholder ?? descriptor.name ?? descriptor.htmlId ?? descriptor.kind;
}

export function createEngine(view: Window & typeof globalThis, planner: Planner, options: EngineOptions = {}): AutofillEngine {
  const doc = view.document;
  const native = captureNative(view);
  const registry = createIdRegistry();
  const classify = cachedClassifier();
  /** The saved questions of the profile (sent ahead by the background, or the last fill's): the idle warm-up classifies with them. */
  let customQuestions: readonly string[] = [];
  const { classifyContext } = options;
  const classifyAhead = async (fields: readonly CollectedField[], clock?: SliceClock) => {
    if (classifyContext) await runSliced(view, classifyingAll(fields, customQuestions, classify, classifyContext), clock);
  };
  const index = new FieldIndex(view, registry, { layout: options.layout }, options.warm ?? false, ({ fields }) => classifyAhead(fields));
  if (options.warm) index.warmUp();
  const marks = new Marks();
  /** Every change since the last undo, oldest first; a field appears once, with its state before the first fill. */
  let journal: Change[] = [];
  /** Blocks added since the last undo, oldest first. */
  let addedBlocks: AddedBlock[] = [];
  /** Fields the person typed into (trusted events): never overwritten by a later fill, never undone. */
  const touchedByPerson = new WeakSet<EventTarget>();
  /** While the engine writes, trusted events are its own (a radio's click() fires a trusted change). */
  let writing = false;
  const notePerson = (event: Event) => {
    if (event.isTrusted && !writing) for (const target of event.composedPath()) if (target instanceof view.Element) touchedByPerson.add(target);
  };
  const whileWriting = async <T>(work: () => Promise<T>): Promise<T> => {
    writing = true;
    try {
      return await work();
    } finally {
      writing = false;
    }
  };
  doc.addEventListener('input', notePerson, true);
  doc.addEventListener('change', notePerson, true);

  const personTouched = (field: CollectedField) => [field.element, ...(field.members ?? [])].some((element) => touchedByPerson.has(element));
  const fillOnce = oncePerRequest<FrameFillResult>();
  const undoOnce = oncePerRequest<FrameUndoResult>();

  const fill = (args: FillArgs) =>
    whileWriting(async (): Promise<FrameFillResult> => {
      // Each stage gives the page its turn once it has held the thread a slice: none holds it long, nor do they together.
      const clock = new SliceClock(view);
      /** Per group, the profile's entries the form lists as saved (an editor's list): the editor takes the next. */
      let saved: Partial<Record<EntryGroup, number>> = {};
      const collect = async () => {
        const collection = await index.current(clock);
        await clock.checkpoint();
        saved = markEntries(doc, collection.fields, args.profile);
        await clock.checkpoint();
        return collection;
      };
      let { fields, childFrames } = await collect();
      // The form has fewer work or education blocks than the profile has entries: its own add button, one block at a time.
      if (!args.preview) {
        for (const group of GROUPS) {
          const wanted = blocksToAdd(
            fields.map((field) => field.descriptor),
            args.profile,
            saved,
          )[group];
          for (let n = 0; n < wanted; n++) {
            const had = formCounts(fields.map((field) => field.descriptor))[group];
            const button = had > 0 ? findAddButton(fields, group, options.layout ?? true) : findEmptyGroupAddButton(doc, group, options.layout ?? true);
            if (!button) break;
            const before = fields;
            const controls = doc.querySelectorAll(CONTROL_SELECTOR).length;
            press({ view, native }, button);
            await waitFor({ view, native }, () => doc.querySelectorAll(CONTROL_SELECTOR).length > controls || null, BLOCK_WAIT_MS);
            index.invalidate();
            ({ fields, childFrames } = await collect());
            const added = fields.filter((field) => {
              const entry = entryOf(field.descriptor);
              return entry?.group === group && entry.index >= had;
            });
            if (!added[0]) break;
            const block = addedBlock(added[0], before, button);
            addedBlocks.push({ block, remove: removeButtonOf(block) });
          }
        }
      }
      const wouldAdd = args.preview ? blocksAFillWouldAdd(doc, fields, args.profile, options.layout ?? true, saved) : {};
      await clock.checkpoint();
      const page = readPageContext(doc);
      const planOptions = { hasResume: Boolean(args.resumeFile), classify };
      customQuestions = options.customQuestionsOf?.(args.profile) ?? [];
      await classifyAhead(fields, clock);
      await clock.checkpoint();
      const plan = planner(
        fields.map((field) => field.descriptor),
        args.profile,
        page,
        planOptions,
      );
      const budgetOf = entryBudgets(OPTION_WAIT_BUDGET_MS, FILL_WAIT_BUDGET_MS);
      const ctx: ApplyContext = {
        view,
        native,
        files: args.resumeFile ? { resume: fileFromStored(args.resumeFile) } : {},
        chooseOption: (field, options) => {
          const [entry] = planner([{ ...field.descriptor, currentValue: '', options }], args.profile, page, planOptions);
          return entry?.action === 'fill' ? (entry.option ?? null) : null;
        },
        waitBudget: budgetOf(undefined),
      };
      const byId = new Map(fields.map((field) => [field.descriptor.id, field]));
      const frame = `${view.location.origin}${view.location.pathname}`;
      const outcomes = new Map<string, Omit<FieldOutcome, 'frame' | 'frameId'>>();
      const journaled = new Set(journal.map((change) => change.field.element));
      const highlight = args.settings.highlightFilled && !args.preview;
      if (highlight) marks.clearNeedsYou();

      // Plain fields first (synchronous, fast); comboboxes after, one at a time: each opens a popup.
      const ordered = [...plan].sort(
        (a, b) => Number(byId.get(a.fieldId)?.descriptor.kind === 'combobox') - Number(byId.get(b.fieldId)?.descriptor.kind === 'combobox'),
      );
      for (const entry of ordered) {
        await clock.checkpoint();
        const field = byId.get(entry.fieldId);
        if (!field) continue;
        const { descriptor } = field;
        const base = {
          fieldId: descriptor.id,
          label: labelOf(descriptor),
          key: entry.key,
          reason: entry.reason,
          ...(entry.entry ? { entry: entry.entry } : {}),
        };
        if (entry.action === 'leave') {
          outcomes.set(descriptor.id, { ...base, status: 'left', left: entry.left });
          continue;
        }
        // The applier's own guard, whatever the plan says: nothing hidden, disabled, filled or typed by the person.
        const refusal = !descriptor.visible
          ? 'hidden'
          : descriptor.disabled || descriptor.readOnly
            ? 'disabled'
            : descriptor.currentValue !== '' || personTouched(field)
              ? 'already filled'
              : null;
        if (refusal) {
          outcomes.set(descriptor.id, { ...base, status: 'left', left: refusal });
          continue;
        }
        if (args.preview) {
          outcomes.set(descriptor.id, { ...base, status: 'planned', value: entry.file === 'resume' ? (args.resumeFile?.name ?? entry.value) : entry.value });
          continue;
        }
        const before = snapshot(field, native);
        const result = await applyEntry(field, entry, { ...ctx, waitBudget: budgetOf(entry.entry) });
        if (result.ok) {
          if (!journaled.has(field.element)) journal.push({ field, before });
          outcomes.set(descriptor.id, { ...base, status: 'filled', value: result.value });
          if (highlight) marks.add(field, FILLED_CLASS, `Profile Card: ${entry.key}`);
        } else {
          outcomes.set(descriptor.id, { ...base, status: 'left', left: result.left });
        }
      }

      const reported: Omit<FieldOutcome, 'frame' | 'frameId'>[] = [];
      let unlisted = 0;
      for (const field of fields) {
        const outcome = outcomes.get(field.descriptor.id);
        if (!outcome) continue;
        const { descriptor } = field;
        if (outcome.status === 'left' && descriptor.required && descriptor.visible && !descriptor.disabled && descriptor.currentValue === '') {
          outcome.needsUser = true;
          if (highlight) marks.add(field, NEEDS_YOU_CLASS, 'Profile Card: needs your answer');
        }
        // A field nothing in the profile answers, and nobody has to: counted, not listed (a long form's answer stays small).
        if (outcome.status === 'left' && outcome.key === null && outcome.left === 'not confident' && !outcome.needsUser) unlisted++;
        else reported.push(outcome);
      }
      return { frame, fields: reported, childFrames, ...(unlisted ? { unlisted } : {}), ...(Object.keys(wouldAdd).length ? { wouldAdd } : {}) };
    });

  const undo = () =>
    whileWriting(async (): Promise<FrameUndoResult> => {
      // Undo puts back every widget the fill chose, its entries' too: as long as a whole fill may wait.
      const ctx: ApplyContext = { view, native, files: {}, chooseOption: () => null, waitBudget: { ms: FILL_WAIT_BUDGET_MS } };
      marks.clear();
      let restored = 0;
      const kept: string[] = [];
      for (const change of [...journal].reverse()) {
        const fine = change.field.element.isConnected && !personTouched(change.field) && (await restore(change.field, change.before, ctx));
        if (fine) restored++;
        else kept.push(change.field.descriptor.id);
      }
      journal = [];
      // Then the blocks the fill added go, newest first, by their own remove buttons (emptied above where they have none).
      let emptiedBlocks = 0;
      for (const { block, remove } of [...addedBlocks].reverse()) {
        if (!block.isConnected) continue;
        if (!remove || !remove.isConnected) {
          emptiedBlocks++;
          continue;
        }
        press(ctx, remove);
        await waitFor(ctx, () => !block.isConnected || null, BLOCK_WAIT_MS);
      }
      addedBlocks = [];
      return emptiedBlocks ? { restored, kept, emptiedBlocks } : { restored, kept };
    });

  return {
    fill: (args) => fillOnce(args.attempt, () => fill(args)),
    undo: (attempt) => undoOnce(attempt, undo),
    prepare: (questions) => {
      if (questions.join('\n') === customQuestions.join('\n')) return;
      customQuestions = questions;
      // Classified already with other questions: again, when the page is idle.
      view.requestIdleCallback(() => void index.ready().then((collection) => collection && classifyAhead(collection.fields)), { timeout: 2000 });
    },
  };
}
