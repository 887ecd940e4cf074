import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { asEditableProfile } from '@/core/profile/draft';
import { setIn, type Path } from '@/core/profile/edit';
import { mergeEdits } from '@/core/profile/merge';
import type { Profile } from '@/core/profile/types';
import { validateProfile, type ValidationIssue } from '@/core/profile/validate';
import { sameJson } from '@/core/same-json';
import { replaceProfile, saveChange, saveEdits, undoReplace, type ReplaceOutcome, type WriteOutcome } from '@/utils/profile-writes';
import { draftItem, loadProfile, watchProfile } from '@/utils/storage';

/** How long typing pauses before the draft is written: short, so a closed tab loses next to nothing. */
const DRAFT_DELAY_MS = 200;

/** This page's mark on the draft it writes, so a save in another tab does not delete it. */
const PAGE_ID = crypto.randomUUID();

export type SaveOutcome = WriteOutcome;

export interface ProfileEditor {
  /** What is stored now (validated), and what the form holds. */
  saved: Profile;
  draft: Profile;
  dirty: boolean;
  /** The draft's validation issues, by path, as the model words them. */
  issues: ValidationIssue[];
  issueAt(path: string): string | undefined;
  /** Values another tab changed that this form changed too; set until the user reloads or overwrites. */
  conflicts?: string[];
  /** Set when the stored profile could not be used (damaged, not migrated). */
  loadNotice?: string;
  /** When unsaved edits from an earlier visit were restored (ms since epoch). */
  restoredAt?: number;
  set(path: Path, value: unknown): void;
  /** Applies `change` to the draft and saves the form's edits, merged onto what is stored now. */
  saveWith(change?: (draft: Profile) => Profile): Promise<SaveOutcome>;
  /** Saves the form's edits as they are, over what another tab saved. */
  overwrite(): Promise<SaveOutcome>;
  /** Saves one change onto what is stored now, leaving the form's other edits unsaved (the welcome's fields). */
  saveChange(change: (profile: Profile) => Profile): Promise<SaveOutcome>;
  /** Drops the form's edits: the form shows what is stored now. */
  discard(): Promise<void>;
  /** Stores a whole new profile (import, reset) and resets the form to it; the outcome carries the one replaced. */
  replace(next: Profile): Promise<ReplaceOutcome>;
  /** Puts back what `replace` replaced, unless the profile changed again since. */
  undoReplace(previous: Profile, replacedWith: Profile): Promise<SaveOutcome>;
}

interface State {
  /** What is stored now. */
  saved: Profile;
  /** The stored profile the draft's edits were made on: what a save merges them from. */
  base: Profile;
  draft: Profile;
  conflicts?: string[];
  loadNotice?: string;
  restoredAt?: number;
}

/**
 * The form's state once `latest` is what is stored: a clean form shows it; edits are carried onto it
 * (another tab's save shows at once, the form's own edits stay), unless both changed the same values.
 */
function rebase(state: State, latest: Profile): State {
  if (sameJson(state.draft, state.base)) return { ...state, saved: latest, base: latest, draft: latest, conflicts: undefined };
  const merged = mergeEdits(state.base, state.draft, latest);
  if (!merged.ok) return { ...state, saved: latest, conflicts: merged.conflicts };
  return { ...state, saved: latest, base: latest, draft: merged.value, conflicts: undefined };
}

/** The form after its draft was stored as `profile`. */
const storedAs = (state: State, profile: Profile): State => ({
  ...state,
  saved: profile,
  base: profile,
  draft: profile,
  conflicts: undefined,
  loadNotice: undefined,
  restoredAt: undefined,
});

/**
 * The options form's state: the stored profile, the edited draft (kept in storage so nothing typed
 * is lost), validation, save. Saves merge the form's edits onto what is stored at that moment, and
 * a save from another page shows up here at once, carried under the form's own edits.
 */
export function useProfileEditor(): ProfileEditor | null {
  const [state, setState] = useState<State | null>(null);
  const draftWritten = useRef(false);
  /** The pages whose draft this page holds: its own, and the one it restored. */
  const ownDrafts = useRef(new Set<string>([PAGE_ID]));

  useEffect(() => {
    // Subscribed before reading, so a save landing in between is not missed.
    const stop = watchProfile((loaded) => setState((s) => s && { ...rebase(s, loaded.profile), loadNotice: loaded.notice }));
    void Promise.all([loadProfile(), draftItem.getValue()]).then(([loaded, stored]) => {
      const draft = asEditableProfile(stored?.profile);
      // A draft carries the profile it was edited from; older drafts did not, and count as edits on what is stored.
      const base = asEditableProfile(stored?.base) ?? loaded.profile;
      const restored = draft && rebase({ saved: base, base, draft }, loaded.profile);
      const restore = restored !== null && !sameJson(restored.draft, loaded.profile);
      draftWritten.current = restore;
      if (restore && stored?.page) ownDrafts.current.add(stored.page);
      setState(
        (s) =>
          s ?? {
            ...(restore ? restored : { saved: loaded.profile, base: loaded.profile, draft: loaded.profile }),
            loadNotice: loaded.notice,
            restoredAt: restore ? stored!.savedAt : undefined,
          },
      );
    });
    return stop;
  }, []);

  const dirty = state !== null && !sameJson(state.draft, state.saved);

  /** Removes the stored draft if it is this page's (another tab's unsaved edits stay). */
  const dropDraft = useCallback(async () => {
    draftWritten.current = false;
    const stored = await draftItem.getValue();
    if (stored && (!stored.page || ownDrafts.current.has(stored.page))) await draftItem.removeValue();
  }, []);

  // Keep the draft in storage while there are unsaved edits; drop it once they are gone.
  useEffect(() => {
    if (!state) return;
    if (!dirty) {
      if (draftWritten.current) void dropDraft();
      return;
    }
    const timer = setTimeout(() => {
      draftWritten.current = true;
      void draftItem.setValue({ profile: state.draft, base: state.base, page: PAGE_ID, savedAt: Date.now() });
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state?.draft, dirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const issues = useMemo(() => {
    if (!state) return [];
    const result = validateProfile(state.draft);
    return result.ok ? [] : result.issues;
  }, [state?.draft]);
  const issueMap = useMemo(() => {
    const map = new Map<string, string>();
    for (const issue of issues) if (!map.has(issue.path)) map.set(issue.path, issue.message);
    return map;
  }, [issues]);

  const set = useCallback((path: Path, value: unknown) => setState((s) => s && { ...s, draft: setIn(s.draft, path, value) }), []);

  /** The outcome of storing the whole draft, reflected in the form. */
  const afterDraftWrite = useCallback(
    async <T extends SaveOutcome>(outcome: T): Promise<T> => {
      if (outcome.ok) {
        await dropDraft();
        setState((s) => s && storedAs(s, outcome.profile));
      } else if (outcome.conflicts) {
        const conflicts = outcome.conflicts;
        setState((s) => s && { ...s, conflicts });
      }
      return outcome;
    },
    [dropDraft],
  );

  if (!state) return null;
  return {
    saved: state.saved,
    draft: state.draft,
    dirty,
    issues,
    issueAt: (path) => issueMap.get(path),
    conflicts: state.conflicts,
    loadNotice: state.loadNotice,
    restoredAt: state.restoredAt,
    set,
    saveWith: async (change) => {
      const next = change ? change(state.draft) : state.draft;
      if (change) setState((s) => s && { ...s, draft: next });
      return afterDraftWrite(await saveEdits(state.base, next));
    },
    overwrite: async () => afterDraftWrite(await saveEdits(state.base, state.draft, { overwrite: true })),
    saveChange: async (change) => {
      const outcome = await saveChange(change);
      if (outcome.ok) setState((s) => s && rebase(s, outcome.profile));
      return outcome;
    },
    discard: async () => {
      await dropDraft();
      setState((s) => s && { ...s, base: s.saved, draft: s.saved, conflicts: undefined, restoredAt: undefined });
    },
    replace: async (next) => afterDraftWrite(await replaceProfile(next)),
    undoReplace: async (previous, replacedWith) => afterDraftWrite(await undoReplace(previous, replacedWith)),
  };
}
