import type { RefObject } from 'preact';
import { useId } from 'preact/hooks';
import { blocksToAddOf, plannedValues, previewSummary, type BlocksToAdd } from '@/core/fill-preview';
import { summariseEntries } from '@/core/entry-summary';
import type { FillReport } from '@/core/contract';
import { t } from '@/components/i18n';

/** "Would add 2 work blocks": what the fill would press the form's own add buttons for. */
function blocksText({ group, count }: BlocksToAdd): string {
  if (group === 'work') return t(count === 1 ? 'sharedPreviewAddsWorkOne' : 'sharedPreviewAddsWorkMany', count);
  return t(count === 1 ? 'sharedPreviewAddsEducationOne' : 'sharedPreviewAddsEducationMany', count);
}

export interface FillPreviewLook {
  primaryButton: string;
  secondaryButton: string;
  focusRing: string;
  /** The muted text colour of labels and the summary. */
  muted: string;
}

/**
 * A preview's planned values (label → value, as text) with "Fill these" and "Cancel", in the card
 * and the popup. Escape cancels. `heading` takes focus when the person's own request showed it (see
 * useFocusAfterRender); a preview from a shortcut must not pull focus out of the page.
 */
export function FillPreview({
  report,
  busy,
  heading,
  look,
  onConfirm,
  onCancel,
}: {
  report: FillReport;
  busy: boolean;
  heading: RefObject<HTMLHeadingElement>;
  look: FillPreviewLook;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  const values = plannedValues(report);
  const blocks = blocksToAddOf(report);
  const entries = summariseEntries(report.fields);

  return (
    <section
      aria-labelledby={headingId}
      class="space-y-2"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 ref={heading} id={headingId} tabIndex={-1} class={`rounded text-sm font-semibold ${look.focusRing}`}>
        {t('sharedPreviewHeading')}
      </h2>
      <p class={`text-xs ${look.muted}`}>{previewSummary(report)}</p>
      {blocks.length > 0 && (
        <ul class="text-xs" aria-label={t('sharedPreviewBlocksLabel')}>
          {blocks.map((group) => (
            <li key={group.group} data-blocks={group.group}>
              {blocksText(group)}
            </li>
          ))}
        </ul>
      )}
      {entries.length > 0 && (
        <ul class={`text-xs ${look.muted}`} aria-label={t('sharedEntriesLabel')}>
          {entries.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {values.length > 0 && (
        // Focusable, so the list scrolls from the keyboard too.
        <div tabIndex={0} role="region" aria-label={t('sharedPlannedValuesLabel')} class={`max-h-44 overflow-y-auto rounded ${look.focusRing}`}>
          <dl class="space-y-1.5">
            {values.map((planned) => (
              <div key={planned.id} class="min-w-0">
                <dt class={`truncate text-xs ${look.muted}`}>{planned.label}</dt>
                <dd class="line-clamp-3 break-words text-sm">{planned.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <div class="flex gap-2">
        {values.length > 0 && (
          <button type="button" class={`${look.primaryButton} flex-1`} disabled={busy} onClick={onConfirm}>
            {t('sharedFillTheseButton')}
          </button>
        )}
        <button type="button" class={`${look.secondaryButton} ${values.length > 0 ? '' : 'flex-1'}`} disabled={busy} onClick={onCancel}>
          {t('sharedCancelButton')}
        </button>
      </div>
    </section>
  );
}
