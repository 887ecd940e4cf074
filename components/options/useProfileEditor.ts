import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { asEditableProfile } from '@/core/profile/draft';
import { setIn, type Path } from '@/core/profile/edit';
import type { Profile } from '@/core/profile/types';
import { validateProfile, type ValidationIssue } from '@/core/profile/validate';
import { sameJson } from '@/core/same-json';
import { draftItem, loadProfile, saveProfile, watchProfile } from '@/utils/storage';

/** How long typing pauses before the draft is written: short, so a closed tab loses next to nothing. */
const DRAFT_DELAY_MS = 200;

export type SaveOutcome = { ok: true; profile: Profile } | { ok: false; issues: ValidationIssue[]; error?: string };

export interface ProfileEditor {
  /** What is stored (validated), and what the form holds. */
  saved: Profile;
  draft: Profile;
  dirty: boolean;
  /** The draft's validation issues, by path, as the model words them. */
  issues: ValidationIssue[];
  issueAt(path: string): string | undefined;
  /** Set when the stored profile could not be used (damaged, not migrated). */
  loadNotice?: string;
  /** When unsaved edits from an earlier visit were restored (ms since epoch). */
  restoredAt?: number;
  set(path: Path, value: unknown): void;
  /** Applies `change` to the draft and saves the result. */
  saveWith(change?: (draft: Profile) => Profile): Promise<SaveOutcome>;
  discard(): Promise<void>;
  /** Stores a whole new profile (import, reset) and resets the form to it. */
  replace(next: Profile): Promise<SaveOutcome>;
}

interface State {
  saved: Profile;
  draft: Profile;
  loadNotice?: string;
  restoredAt?: number;
}

/**
 * The options form's state: the stored profile, the edited draft (kept in storage so nothing typed
 * is lost), validation, save. While the form is clean it follows the stored profile, so a save from
 * another page shows up here too.
 */
export function useProfileEditor(): ProfileEditor | null {
  const [state, setState] = useState<State | null>(null);
  const draftWritten = useRef(false);

  useEffect(() => {
    void Promise.all([loadProfile(), draftItem.getValue()]).then(([loaded, stored]) => {
      const draft = asEditableProfile(stored?.profile);
      const restore = draft !== null && !sameJson(draft, loaded.profile);
      draftWritten.current = restore;
      setState({
        saved: loaded.profile,
        draft: restore ? draft : loaded.profile,
        loadNotice: loaded.notice,
        restoredAt: restore ? stored!.savedAt : undefined,
      });
    });
    return watchProfile((loaded) =>
      setState((s) => s && { ...s, saved: loaded.profile, loadNotice: loaded.notice, draft: sameJson(s.draft, s.saved) ? loaded.profile : s.draft }),
    );
  }, []);

  const dirty = state !== null && !sameJson(state.draft, state.saved);

  // Keep the draft in storage while there are unsaved edits; drop it once they are gone.
  useEffect(() => {
    if (!state) return;
    if (!dirty) {
      if (draftWritten.current) void draftItem.removeValue();
      draftWritten.current = false;
      return;
    }
    const timer = setTimeout(() => {
      draftWritten.current = true;
      void draftItem.setValue({ profile: state.draft, savedAt: Date.now() });
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

  const store = useCallback(async (next: Profile): Promise<SaveOutcome> => {
    const result = validateProfile(next);
    if (!result.ok) return { ok: false, issues: result.issues };
    try {
      const profile = await saveProfile(next);
      draftWritten.current = false;
      await draftItem.removeValue();
      setState((s) => s && { ...s, saved: profile, draft: profile, loadNotice: undefined, restoredAt: undefined });
      return { ok: true, profile };
    } catch (error) {
      return { ok: false, issues: [], error: error instanceof Error ? error.message : String(error) };
    }
  }, []);

  if (!state) return null;
  return {
    saved: state.saved,
    draft: state.draft,
    dirty,
    issues,
    issueAt: (path) => issueMap.get(path),
    loadNotice: state.loadNotice,
    restoredAt: state.restoredAt,
    set,
    saveWith: async (change) => {
      const next = change ? change(state.draft) : state.draft;
      if (change) setState((s) => s && { ...s, draft: next });
      return store(next);
    },
    discard: async () => {
      draftWritten.current = false;
      await draftItem.removeValue();
      setState((s) => s && { ...s, draft: s.saved, restoredAt: undefined });
    },
    replace: store,
  };
}
