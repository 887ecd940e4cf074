import type { BlockCounts, FillReport } from './contract';

/**
 * What a preview ("preview before fill" on) shows before anything is written: each planned field's
 * label and the value autofill would write there. Browser-free; the card and the popup render it as text.
 */

export interface PlannedValue {
  /** Unique within the report (frame and field), for list keys. */
  id: string;
  label: string;
  value: string;
}

/**
 * The values a preview would write, in the page's order (top frame first). A field of a repeated entry
 * says which ("Work 2 of 3 · Job title"): the form's blocks often repeat the same labels.
 */
export function plannedValues(report: FillReport): PlannedValue[] {
  return report.fields
    .filter((field) => field.status === 'planned')
    .map((field) => {
      const label = field.label.trim() || 'Unnamed field';
      const entry = field.entry?.split(':')[0]?.trim();
      return { id: `${field.frameId}:${field.fieldId}`, label: entry ? `${entry} · ${label}` : label, value: field.value ?? '' };
    });
}

const fields = (count: number) => `${count} ${count === 1 ? 'field' : 'fields'}`;

/** One sentence over a preview: how many fields would be filled and how many stay for the person. */
export function previewSummary(report: FillReport): string {
  const planned = plannedValues(report).length;
  const needsYou = report.needsUser > 0 ? ` ${fields(report.needsUser)} will still need you.` : '';
  if (planned === 0) return `Nothing to fill on this page.${needsYou}`;
  return `Autofill would fill ${fields(planned)}; nothing is written until you choose Fill these.${needsYou}`;
}

export interface BlocksToAdd {
  group: keyof BlockCounts;
  count: number;
}

/** The blocks a preview says a fill would add with the form's own add buttons: work first, then education. */
export function blocksToAddOf(report: FillReport): BlocksToAdd[] {
  return (['work', 'education'] as const).flatMap((group) => {
    const count = report.wouldAdd?.[group] ?? 0;
    return count > 0 ? [{ group, count }] : [];
  });
}
