import type { RefObject } from 'preact';
import { useId } from 'preact/hooks';
import { buttonClass, dangerButtonClass } from '@/components/ui';

/**
 * A modal asking to confirm a step that throws data away (reset the profile, empty the log). The
 * caller opens it with `dialog.current.showModal()`; Cancel and Escape close it, the confirm button
 * closes it and then acts.
 */
export function ConfirmDialog({
  dialog,
  heading,
  text,
  cancelLabel,
  confirmLabel,
  onConfirm,
}: {
  dialog: RefObject<HTMLDialogElement>;
  heading: string;
  text: string;
  cancelLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const headingId = useId();
  return (
    <dialog
      ref={dialog}
      aria-labelledby={headingId}
      class="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h4 id={headingId} class="text-lg font-semibold">
        {heading}
      </h4>
      <p class="mt-2 text-sm">{text}</p>
      <div class="mt-4 flex justify-end gap-2">
        <button type="button" class={buttonClass} onClick={() => dialog.current?.close()}>
          {cancelLabel}
        </button>
        <button
          type="button"
          class={dangerButtonClass}
          onClick={() => {
            dialog.current?.close();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
