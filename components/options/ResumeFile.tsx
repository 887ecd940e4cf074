import { useRef, useState } from 'preact/hooks';
import { RESUME_ACCEPT, RESUME_HEAD_BYTES, base64ToBytes, bytesToBase64, checkResumeFile, formatBytes } from '@/core/resume-file';
import { resumeFileItem, type StoredFile } from '@/utils/storage';
import { useEditor } from './fields';
import { downloadBlob, headOf, openBlobInNewTab } from './files';
import { buttonClass, cardClass, fileInputClass, hintClass, labelClass, primaryButtonClass, statusClass } from '@/components/ui';
import { useStorageItem } from './useStorageItem';

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
      setOutcome({ kind: 'error', text: /quota/i.test(reason) ? 'Not stored: browser storage is full.' : `Not stored: ${reason}` });
    }
  };

  const upload = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    const check = checkResumeFile(file, await headOf(file, RESUME_HEAD_BYTES));
    if (!check.ok) return setOutcome({ kind: 'error', text: `${check.error} Your stored file is unchanged.` });
    setBusy(true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    await store({ name: file.name, type: check.type, size: file.size, base64: bytesToBase64(bytes), source: 'upload' }, `Stored “${file.name}” (${formatBytes(file.size)}).`);
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
      ? ` ${replaced.length} ${replaced.length === 1 ? 'character' : 'characters'} the PDF’s built-in fonts cannot draw ${replaced.length === 1 ? 'was' : 'were'} replaced: ${replaced.join(' ')}.`
      : '';
    await store(
      { name, type: 'application/pdf', size: bytes.length, base64: bytesToBase64(bytes), source: 'generated' },
      `Generated “${name}” (${formatBytes(bytes.length)}) from your saved profile.${note}`,
    );
    setBusy(false);
  };

  return (
    <div class="space-y-4">
      <div class={cardClass} aria-live="polite">
        {stored === undefined ? (
          <p class="text-sm">Loading…</p>
        ) : stored ? (
          <>
            <p class="font-medium" data-testid="resume-file-name">
              {stored.name}
            </p>
            <p class="text-sm text-slate-600 dark:text-slate-400">
              {formatBytes(stored.size)} · {stored.source === 'generated' ? 'generated from your profile' : 'uploaded'}
            </p>
            <div class="mt-3 flex flex-wrap gap-2">
              <button type="button" class={buttonClass} onClick={() => openBlobInNewTab(blobOf(stored))}>
                Preview file
              </button>
              <button type="button" class={buttonClass} onClick={() => downloadBlob(blobOf(stored), stored.name)}>
                Download file
              </button>
              <button type="button" class={buttonClass} onClick={() => void store(null, `Removed “${stored.name}”.`)}>
                Remove file
              </button>
            </div>
          </>
        ) : (
          <p class="text-sm">No résumé file yet. Upload one, or generate a PDF from your profile.</p>
        )}
      </div>

      <div>
        <label for="resume-upload" class={labelClass}>
          {stored ? 'Replace with a PDF or Word file' : 'Upload a PDF or Word file'}
        </label>
        <p id="resume-upload-hint" class={hintClass}>
          .pdf, .doc or .docx, up to 5 MB. Kept in this browser only.
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
          Generate PDF from profile
        </button>
        <p class={`${hintClass} mt-1`}>
          A clean PDF résumé of your saved profile, made in this browser, offline.{editor.dirty ? ' Unsaved changes are not included; save first.' : ''}
        </p>
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
              onClick={() => void store(outcome.undo ?? null, outcome.undo ? `Restored “${outcome.undo.name}”.` : 'Undone: no résumé file.', false)}
            >
              Undo
            </button>
          )}
        </p>
      )}
    </div>
  );
}
