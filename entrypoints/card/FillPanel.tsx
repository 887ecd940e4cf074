import { useEffect, useState } from 'preact/hooks';
import { FillPreview, type FillPreviewLook } from '@/components/FillPreview';
import { useFocusAfterRender } from '@/components/useFocusAfterRender';
import type { FieldOutcome, FillReport } from '@/core/contract';
import { summariseEntries } from '@/core/entry-summary';
import { sendMessage } from '@/utils/messaging';
import { postToHost, useNewFieldsHint } from './host';
import { useLastFill } from './useLastFill';
import { cardFocusRingClass, cardPrimaryButtonClass, cardSecondaryButtonClass } from '@/components/ui';
import { t } from '@/components/i18n';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const PREVIEW_LOOK: FillPreviewLook = {
  primaryButton: cardPrimaryButtonClass,
  secondaryButton: cardSecondaryButtonClass,
  focusRing: cardFocusRingClass,
  muted: 'text-slate-600 dark:text-slate-300',
};

/**
 * Autofill and Undo, and what the last fill did. The background fills the tab the card is in
 * (the sender's tab) and stores its report, so fills started elsewhere show here too. With
 * "preview before fill" on, the report is a preview: its planned values wait for "Fill these".
 */
export function FillPanel({ tabId, announce }: { tabId: number | null; announce: (text: string) => void }) {
  const [report, setReport] = useLastFill(tabId);
  const [busy, setBusy] = useState(false);
  const [newFields, setNewFields] = useNewFieldsHint();
  const previewHeading = useFocusAfterRender<HTMLHeadingElement>();
  const autofillButton = useFocusAfterRender<HTMLButtonElement>();

  // After any fill (from here, the popup or a shortcut) the content script watches for new fields.
  useEffect(() => {
    if (report && !report.error && !report.preview) postToHost({ type: 'filled' });
  }, [report]);

  const autofill = async (confirm = false) => {
    setBusy(true);
    setNewFields(false);
    // Leaving the preview: focus returns to the button that started it once it is enabled again.
    if (confirm) autofillButton.request();
    try {
      const result = await sendMessage(confirm ? { type: 'autofill', confirm } : { type: 'autofill' });
      if (result.preview) previewHeading.request();
      setReport(result);
      if (result.error) announce(t('cardAutofillFailed', result.error));
      // A preview speaks for itself (focus moves to it); an older status would only repeat or mislead.
      else if (result.preview) announce('');
      else announce(t('cardFillStatus', result.filled, result.needsUser));
    } catch (error) {
      announce(t('cardAutofillFailed', errorText(error)));
    } finally {
      setBusy(false);
    }
  };

  const cancelPreview = () => {
    setReport(null);
    announce(t('cardNothingFilled'));
    autofillButton.request();
  };

  /** Through the background, which reaches the field's own frame (the card may sit in another one). */
  const jumpTo = async (field: FieldOutcome) => {
    const { frameId, documentId, fieldId } = field;
    const { focused } = await sendMessage({ type: 'focus-field', frameId, fieldId, ...(documentId ? { documentId } : {}) }).catch(() => ({ focused: false }));
    if (!focused) announce(field.label ? t('cardFieldGone', field.label) : t('cardFieldGoneUnnamed'));
  };

  const undo = async () => {
    setBusy(true);
    try {
      const result = await sendMessage({ type: 'undo' });
      announce(
        result.error
          ? t('cardUndoFailed', result.error)
          : t(result.restored === 1 ? 'cardRestoredOne' : 'cardRestoredMany', result.restored) +
              (result.emptiedBlocks ? t(result.emptiedBlocks === 1 ? 'cardEmptiedBlocksOne' : 'cardEmptiedBlocksMany', result.emptiedBlocks) : ''),
      );
    } catch (error) {
      announce(t('cardUndoFailed', errorText(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t('cardAutofillLabel')} class="space-y-2">
      <div class="flex gap-2">
        <button ref={autofillButton.ref} type="button" class={`${cardPrimaryButtonClass} flex-1`} disabled={busy} onClick={() => void autofill()}>
          {t('cardAutofillButton')}
        </button>
        <button type="button" class={cardSecondaryButtonClass} disabled={busy} onClick={() => void undo()}>
          {t('cardUndoButton')}
        </button>
      </div>
      {newFields && (
        <button type="button" class={`${cardSecondaryButtonClass} w-full`} disabled={busy} onClick={() => void autofill()}>
          {t('cardFillAgainButton')}
        </button>
      )}
      {report?.preview && !report.error ? (
        <div class="rounded-md bg-slate-50 p-2 dark:bg-slate-800">
          <FillPreview
            report={report}
            busy={busy}
            heading={previewHeading.ref}
            look={PREVIEW_LOOK}
            onConfirm={() => void autofill(true)}
            onCancel={cancelPreview}
          />
        </div>
      ) : (
        report && <FillOutcome report={report} onJump={(field) => void jumpTo(field)} />
      )}
    </section>
  );
}

function FillOutcome({ report, onJump }: { report: FillReport; onJump: (field: FieldOutcome) => void }) {
  const [open, setOpen] = useState(false);
  if (report.error) {
    return <p class="rounded-md bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">{report.error}</p>;
  }
  const needsYou = report.fields.filter((field) => field.needsUser);
  const entries = summariseEntries(report.fields);
  return (
    <div class="rounded-md bg-slate-50 p-2 dark:bg-slate-800">
      <div class="flex items-center justify-between gap-2">
        <p class="font-medium">{t('cardFillOutcome', report.filled, report.needsUser)}</p>
        {needsYou.length > 0 && (
          <button
            type="button"
            class={`rounded text-blue-700 underline dark:text-sky-300 ${cardFocusRingClass}`}
            aria-expanded={open}
            aria-controls="needs-you"
            onClick={() => setOpen(!open)}
          >
            {open ? t('cardHideList') : t('cardShowList')}
          </button>
        )}
      </div>
      {entries.length > 0 && (
        <ul aria-label={t('sharedEntriesLabel')} class="mt-1 space-y-0.5 text-xs text-slate-600 dark:text-slate-300">
          {entries.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {open && (
        <ul id="needs-you" aria-label={t('cardNeedsYouLabel')} class="mt-2 max-h-44 space-y-1 overflow-y-auto">
          {needsYou.map((field) => (
            <NeedsYouItem key={`${field.frameId}:${field.fieldId}`} field={field} onJump={onJump} />
          ))}
        </ul>
      )}
    </div>
  );
}

function NeedsYouItem({ field, onJump }: { field: FieldOutcome; onJump: (field: FieldOutcome) => void }) {
  const label = field.label || t('cardUnnamedField');
  return (
    <li class="flex items-center gap-2">
      <span class="min-w-0 flex-1">
        <span class="block truncate">{label}</span>
        {field.left && <span class="block text-xs text-slate-500 dark:text-slate-400">{field.entry ? `${field.entry} · ${field.left}` : field.left}</span>}
      </span>
      <button
        type="button"
        class={`shrink-0 rounded px-1 text-blue-700 underline dark:text-sky-300 ${cardFocusRingClass}`}
        aria-label={t('cardJumpToLabel', label)}
        onClick={() => onJump(field)}
      >
        {t('cardJumpToButton')}
      </button>
    </li>
  );
}
