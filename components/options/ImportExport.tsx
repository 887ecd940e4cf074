import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultProfile } from '@/core/profile/default';
import { planImport, readImport, textSource, type ImportPlan, type ImportSource } from '@/core/profile/import';
import type { Profile } from '@/core/profile/types';
import { formatIssue, type ValidationIssue, type ValidationResult } from '@/core/profile/validate';
import { ConfirmDialog } from './ConfirmDialog';
import { useEditor } from './fields';
import { downloadBlob } from './files';
import { buttonClass, cardClass, fileInputClass, hintClass, inputClass, labelClass, primaryButtonClass, statusClass } from '@/components/ui';
import { t } from '@/components/i18n';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; title: string; issues: ValidationIssue[] }
  | { kind: 'confirm'; source: string; plan: ImportPlan }
  | { kind: 'done'; message: string; undo?: { previous: Profile; replacedWith: Profile } };

const EXPORT_FILE_NAME = 'profile.json';

const refusedImport = (source: string) => t('optionsImportRefused', source);

/** A failed write's problems as a list: the validator's, or the storage error. */
const storageIssues = (outcome: { issues: ValidationIssue[]; error?: string }): ValidationIssue[] =>
  outcome.error ? [{ path: '(storage)', message: outcome.error }] : outcome.issues;

/** Import a JSON Resume (file, drop or paste), export the stored profile, reset to the default. */
export function ImportExport() {
  const editor = useEditor();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const linkedInInput = useRef<HTMLInputElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const resetDialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (state.kind === 'confirm') confirmHeading.current?.focus();
  }, [state.kind]);

  /** Stores `next` in place of the profile, offering one step of undo. */
  const replace = async (next: Profile, message: (profile: Profile) => string, refused: string) => {
    const outcome = await editor.replace(next);
    setState(
      outcome.ok
        ? { kind: 'done', message: message(outcome.profile), undo: outcome.previous && { previous: outcome.previous, replacedWith: outcome.profile } }
        : { kind: 'error', title: refused, issues: storageIssues(outcome) },
    );
  };

  const importPlan = (plan: ImportPlan, source: string) =>
    replace(plan.next, (profile) => t('optionsImportDone', source, profile.basics.name), refusedImport(source));

  const undo = async ({ previous, replacedWith }: { previous: Profile; replacedWith: Profile }) => {
    const outcome = await editor.undoReplace(previous, replacedWith);
    setState(
      outcome.ok
        ? { kind: 'done', message: t('optionsImportUndone', outcome.profile.basics.name) }
        : { kind: 'error', title: t('optionsImportExportNotUndoneYourProfile'), issues: storageIssues(outcome) },
    );
  };

  const importFrom = async (input: ImportSource, source: string) => importResult(await readImport(input), source);

  /** LinkedIn's data export: its zip, or its CSV files picked together. Its reader loads only when used. */
  const importLinkedIn = async (files: File[]) => {
    if (linkedInInput.current) linkedInInput.current.value = '';
    if (!files.length) return;
    const { readLinkedInExport } = await import('@/core/profile/linkedin');
    await importResult(
      await readLinkedInExport(files),
      files.length === 1 ? t('optionsImportQuotedFile', files[0]!.name) : t('optionsImportLinkedInFiles', files.length),
    );
  };

  const importResult = async (result: ValidationResult, source: string) => {
    if (!result.ok) return setState({ kind: 'error', title: refusedImport(source), issues: result.issues });
    const plan = planImport(editor.saved, result.profile, defaultProfile());
    if (editor.dirty) plan.changes.push(t('optionsImportUnsavedDiscarded'));
    if (plan.needsConfirm || editor.dirty) setState({ kind: 'confirm', source, plan });
    else await importPlan(plan, source);
  };

  const importFile = (file: File | undefined) => {
    if (file) void importFrom(file, `“${file.name}”`);
    if (fileInput.current) fileInput.current.value = '';
  };

  const exportProfile = () => {
    downloadBlob(new Blob([`${JSON.stringify(editor.saved, null, 2)}\n`], { type: 'application/json' }), EXPORT_FILE_NAME);
  };

  const reset = async () => {
    await replace(defaultProfile(), () => t('optionsImportExportTheDefaultProfileIs'), t('optionsImportExportNotResetYourProfile'));
  };

  return (
    <div class="space-y-6">
      <div
        class={`${cardClass} ${dragging ? 'border-blue-700 bg-blue-50 dark:border-blue-400 dark:bg-blue-950' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          importFile(e.dataTransfer?.files[0]);
        }}
        data-testid="import-drop-zone"
      >
        <h3 class="mb-2 font-semibold">{t('optionsImportExportImport')}</h3>
        <label for="import-file" class={labelClass}>
          {t('optionsImportExportImportJsonResume')}
        </label>
        <p id="import-file-hint" class={hintClass}>
          {t('optionsImportExportAJsonFileIn')}
        </p>
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          class="mt-2 block text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-slate-900 dark:file:bg-slate-800 dark:file:text-slate-100"
          onChange={(e) => importFile(e.currentTarget.files?.[0])}
        />
        <label for="import-paste" class={`${labelClass} mt-4`}>
          {t('optionsImportExportOrPasteJsonResume')}
        </label>
        <textarea id="import-paste" rows={4} class={`${inputClass} font-mono text-xs`} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        <button
          type="button"
          class={`${buttonClass} mt-2`}
          disabled={pasted.trim() === ''}
          onClick={() => void importFrom(textSource(pasted), t('optionsImportPastedSource'))}
        >
          {t('optionsImportExportImportPastedText')}
        </button>
      </div>

      <div class={cardClass}>
        <h3 class="mb-2 font-semibold">{t('optionsImportExportImportFromLinkedin')}</h3>
        <label for="import-linkedin" class={labelClass}>
          {t('optionsImportExportImportLinkedinSZip')}
        </label>
        <p id="import-linkedin-hint" class={hintClass}>
          {t('optionsImportExportOnLinkedinSettingsData')}
        </p>
        <input
          ref={linkedInInput}
          id="import-linkedin"
          type="file"
          multiple
          accept=".zip,.csv,application/zip,text/csv"
          aria-describedby="import-linkedin-hint"
          class={fileInputClass}
          onChange={(e) => void importLinkedIn([...(e.currentTarget.files ?? [])])}
        />
      </div>

      {state.kind === 'error' && (
        <div role="alert" class="rounded border border-red-700 bg-red-50 p-3 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
          <p class="font-semibold">{state.title}</p>
          <ul class="mt-1 list-disc pl-5">
            {state.issues.map((issue) => (
              <li key={formatIssue(issue)}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}

      {state.kind === 'confirm' && (
        <section
          aria-labelledby="import-confirm-heading"
          class="rounded border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          <h4 id="import-confirm-heading" ref={confirmHeading} tabIndex={-1} class="font-semibold">
            {t('optionsImportConfirmHeading', state.source)}
          </h4>
          <ul class="mt-1 list-disc pl-5">
            {state.plan.changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div class="mt-3 flex gap-2">
            <button type="button" class={primaryButtonClass} onClick={() => void importPlan(state.plan, state.source)}>
              {t('optionsImportExportReplaceProfile')}
            </button>
            <button type="button" class={buttonClass} onClick={() => setState({ kind: 'idle' })}>
              {t('optionsImportExportCancel')}
            </button>
          </div>
        </section>
      )}

      {state.kind === 'done' && (
        <div class="flex flex-wrap items-center gap-3">
          <p role="status" class={statusClass}>
            {state.message}
          </p>
          {state.undo && (
            <button type="button" class={buttonClass} onClick={() => void undo(state.undo!)}>
              {t('optionsImportExportUndo')}
            </button>
          )}
        </div>
      )}

      <div class={cardClass}>
        <h3 class="mb-2 font-semibold">{t('optionsImportExportExport')}</h3>
        <p class="mb-2 text-sm text-slate-600 dark:text-slate-400">{t(editor.dirty ? 'optionsExportHintUnsaved' : 'optionsExportHint', EXPORT_FILE_NAME)}</p>
        <button type="button" class={buttonClass} onClick={exportProfile}>
          {t('optionsImportExportExport')}
        </button>
      </div>

      <div class={cardClass}>
        <h3 class="mb-2 font-semibold">{t('optionsImportExportReset')}</h3>
        <p class="mb-2 text-sm text-slate-600 dark:text-slate-400">{t('optionsImportExportPutsTheDefaultProfile')}</p>
        <button type="button" class={buttonClass} onClick={() => resetDialog.current?.showModal()}>
          {t('optionsImportExportResetToDefaultProfile')}
        </button>
        <ConfirmDialog
          dialog={resetDialog}
          heading={t('optionsImportExportResetToTheDefault')}
          text={editor.dirty ? t('optionsResetWarningUnsaved') : t('optionsResetWarning')}
          cancelLabel={t('optionsImportExportCancel')}
          confirmLabel={t('optionsImportExportReset')}
          onConfirm={() => void reset()}
        />
      </div>
    </div>
  );
}
