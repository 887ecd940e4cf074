import { useRef, useState } from 'preact/hooks';
import { RESUME_ACCEPT, RESUME_HEAD_BYTES, base64ToBytes, bytesToBase64, checkResumeFile, formatBytes } from '@/core/resume-file';
import { resumeFileItem, type StoredFile } from '@/utils/storage';
import { useEditor } from './fields';
import { downloadBlob, headOf, openBlobInNewTab } from './files';
import { buttonClass, cardClass, fileInputClass, hintClass, labelClass, primaryButtonClass, statusClass } from '@/components/ui';
import { useStorageItem } from './useStorageItem';
import { t } from '@/components/i18n';

type Outcome = { kind: 'status'; text: string; undo?: StoredFile | null } | { kind: 'error'; text: string };

const blobOf = (file: StoredFile) => new Blob([base64ToBytes(file.base64)], { type: file.type });

/** The résumé file kept ready for application forms: upload, generate from the profile, preview, download, remove. */
export function ResumeFile() {
  const editor = useEditor();
  const stored = useStorageItem(resumeFileItem);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  /** Writes the new file (or none), offering to undo back to the one it replaces. */
  const store = async (next: StoredFile | null, text: string, undoable = true) => {
    const previous = stored ?? null;
    try {
      await resumeFileItem.setValue(next);
      setOutcome({ kind: 'status', text, undo: undoable ? previous : undefined });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'error', text: /quota/i.test(reason) ? t('optionsResumeFileNotStoredBrowserStorage') : t('optionsResumeFileNotStored', reason) });
    }
  };

  const upload = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    const check = checkResumeFile(file, await headOf(file, RESUME_HEAD_BYTES));
    if (!check.ok) return setOutcome({ kind: 'error', text: t('optionsResumeFileRefused', check.error) });
    setBusy(true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    await store(
      { name: file.name, type: check.type, size: file.size, base64: bytesToBase64(bytes), source: 'upload' },
      t('optionsResumeFileStored', file.name, formatBytes(file.size)),
    );
    setBusy(false);
  };

  const generate = async () => {
    setBusy(true);
    const profile = editor.saved;
    // pdf-lib is most of the page's weight: loaded only when a PDF is made.
    const { generateResumePdf, resumePdfFileName } = await import('@/core/resume-pdf');
    const { bytes, replaced } = await generateResumePdf(profile);
    const name = resumePdfFileName(profile);
    const note = replaced.length
      ? t(replaced.length === 1 ? 'optionsResumeFileReplacedOne' : 'optionsResumeFileReplacedMany', replaced.length, replaced.join(' '))
      : '';
    await store(
      { name, type: 'application/pdf', size: bytes.length, base64: bytesToBase64(bytes), source: 'generated' },
      note ? t('optionsResumeFileGeneratedReplaced', name, formatBytes(bytes.length), note) : t('optionsResumeFileGenerated', name, formatBytes(bytes.length)),
    );
    setBusy(false);
  };

  return (
    <div class="space-y-4">
      <div class={cardClass} aria-live="polite">
        {stored === undefined ? (
          <p class="text-sm">{t('optionsResumeFileLoading')}</p>
        ) : stored ? (
          <>
            <p class="font-medium" data-testid="resume-file-name">
              {stored.name}
            </p>
            <p class="text-sm text-slate-600 dark:text-slate-400">
              {formatBytes(stored.size)} · {stored.source === 'generated' ? t('optionsResumeFileGeneratedFromYourProfile') : t('optionsResumeFileUploaded')}
            </p>
            <div class="mt-3 flex flex-wrap gap-2">
              <button type="button" class={buttonClass} onClick={() => openBlobInNewTab(blobOf(stored))}>
                {t('optionsResumeFilePreviewFile')}
              </button>
              <button type="button" class={buttonClass} onClick={() => downloadBlob(blobOf(stored), stored.name)}>
                {t('optionsResumeFileDownloadFile')}
              </button>
              <button type="button" class={buttonClass} onClick={() => void store(null, t('optionsResumeFileRemoved', stored.name))}>
                {t('optionsResumeFileRemoveFile')}
              </button>
            </div>
          </>
        ) : (
          <p class="text-sm">{t('optionsResumeFileNoResumeFileYet')}</p>
        )}
      </div>

      <div>
        <label for="resume-upload" class={labelClass}>
          {stored ? t('optionsResumeFileReplaceWithAPdf') : t('optionsResumeFileUploadAPdfOr')}
        </label>
        <p id="resume-upload-hint" class={hintClass}>
          {t('optionsResumeFilePdfDocOrDocx')}
        </p>
        <input
          ref={input}
          id="resume-upload"
          type="file"
          accept={RESUME_ACCEPT}
          aria-describedby="resume-upload-hint"
          disabled={busy}
          class={fileInputClass}
          onChange={(e) => void upload(e.currentTarget.files?.[0])}
        />
      </div>

      <div>
        <button type="button" class={primaryButtonClass} disabled={busy} onClick={() => void generate()}>
          {t('optionsResumeFileGeneratePdfFromProfile')}
        </button>
        <p class={`${hintClass} mt-1`}>{editor.dirty ? t('optionsResumeFilePdfHintUnsaved') : t('optionsResumeFilePdfHint')}</p>
      </div>

      {outcome?.kind === 'error' && (
        <p role="alert" class="rounded border border-red-700 bg-red-50 p-2 text-sm text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'status' && (
        <p role="status" class={statusClass}>
          {outcome.text}{' '}
          {outcome.undo !== undefined && (
            <button
              type="button"
              class="underline"
              onClick={() =>
                void store(
                  outcome.undo ?? null,
                  outcome.undo ? t('optionsResumeFileRestored', outcome.undo.name) : t('optionsResumeFileUndoneNoResumeFile'),
                  false,
                )
              }
            >
              {t('optionsResumeFileUndo')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
