import { useState } from 'preact/hooks';
import { fieldId } from '@/core/profile/edit';
import { formatIssue, type ValidationIssue } from '@/core/profile/validate';
import { CONFLICT_MESSAGE } from '@/utils/profile-writes';
import { useEditor } from './fields';
import type { SaveOutcome } from './useProfileEditor';
import { buttonClass, primaryButtonClass } from '@/components/ui';
import { t } from '@/components/i18n';

/** An issue path such as `work[1].startDate` back to the id of its input (`field-work-1-startDate`). */
const idForIssue = (path: string) => fieldId(path.split(/\.|\[(\d+)\]/).filter(Boolean));

/** Save and discard for the profile and answers, always in reach at the bottom of the window. */
export function SaveBar() {
  const editor = useEditor();
  const [failure, setFailure] = useState<{ issues: ValidationIssue[]; error?: string } | null>(null);
  const [saved, setSaved] = useState(false);

  const settle = (outcome: SaveOutcome) => {
    // A conflict is shown from the editor's own state, with its choices.
    setFailure(outcome.ok || outcome.conflicts ? null : outcome);
    setSaved(outcome.ok);
  };

  const status = editor.dirty
    ? editor.issues.length > 0
      ? t(editor.issues.length === 1 ? 'optionsSaveBarUnsavedWithProblemsOne' : 'optionsSaveBarUnsavedWithProblemsMany', editor.issues.length)
      : t('optionsSaveBarUnsavedChanges')
    : saved
      ? t('optionsSaveBarSaved')
      : t('optionsSaveBarAllChangesSaved');

  return (
    <div class="sticky bottom-0 z-10 border-t border-slate-300 bg-white/95 px-4 py-3 dark:border-slate-700 dark:bg-slate-950/95">
      <div class="mx-auto max-w-6xl">
        {editor.conflicts && (
          <div role="alert" class="mb-2 rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            <p class="font-semibold">{CONFLICT_MESSAGE}</p>
            <p>{t('optionsSaveBarChangedInBoth', editor.conflicts.join(', '))}</p>
            <div class="mt-2 flex flex-wrap gap-2">
              <button type="button" class={buttonClass} onClick={() => void editor.discard().then(() => setFailure(null))}>
                {t('optionsSaveBarReloadDropMyChanges')}
              </button>
              <button type="button" class={buttonClass} onClick={() => void editor.overwrite().then(settle)}>
                {t('optionsSaveBarOverwriteWithMine')}
              </button>
            </div>
          </div>
        )}
        {failure && (
          <div
            role="alert"
            class="mb-2 max-h-40 overflow-auto rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
          >
            <p class="font-semibold">{failure.error ? t('optionsSaveBarNotSavedError', failure.error) : t('optionsSaveBarNotSavedFixFirst')}</p>
            <ul class="list-disc pl-5">
              {failure.issues.map((issue) => (
                <li key={formatIssue(issue)}>
                  <a class="underline" href={`#${idForIssue(issue.path)}`}>
                    {formatIssue(issue)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="flex flex-wrap items-center gap-3">
          <p role="status" class="mr-auto text-sm">
            {status}
          </p>
          <button type="button" class={buttonClass} disabled={!editor.dirty} onClick={() => void editor.discard().then(() => setFailure(null))}>
            {t('optionsSaveBarDiscardChanges')}
          </button>
          <button type="button" class={primaryButtonClass} disabled={!editor.dirty} onClick={() => void editor.saveWith().then(settle)}>
            {t('optionsSaveBarSave')}
          </button>
        </div>
      </div>
    </div>
  );
}
