import { describe, expect, it } from 'vitest';
import { summarizeFillReport } from '@/core/autofill-target';
import { blocksToAddOf, plannedValues, previewSummary } from '@/core/fill-preview';
import type { FieldOutcome, FillReport } from '@/core/contract';

const field = (over: Partial<FieldOutcome>): FieldOutcome => ({
  frame: 'https://x/apply',
  frameId: 0,
  fieldId: 'f',
  label: '',
  key: null,
  reason: '',
  status: 'planned',
  ...over,
});
const preview = (fields: FieldOutcome[], needsUser = 0): FillReport => ({
  preview: true,
  filled: 0,
  planned: fields.filter((f) => f.status === 'planned').length,
  left: fields.filter((f) => f.status === 'left').length,
  needsUser,
  frames: 1,
  fields,
});

describe('plannedValues', () => {
  it('lists only planned fields, in report order, label → value, with ids unique across frames', () => {
    const report = preview([
      field({ fieldId: 'a', label: 'First name', value: 'Hanifur', key: 'firstName' }),
      field({ fieldId: 'b', label: 'Phone', status: 'left', left: 'no answer in profile', needsUser: true }),
      field({ fieldId: 'a', frameId: 3, label: '  Email ', value: 'h@example.org', key: 'email' }),
      field({ fieldId: 'c', label: '', value: 'Rahman' }),
    ]);
    expect(plannedValues(report)).toEqual([
      { id: '0:a', label: 'First name', value: 'Hanifur' },
      { id: '3:a', label: 'Email', value: 'h@example.org' },
      { id: '0:c', label: 'Unnamed field', value: 'Rahman' },
    ]);
  });

  it('names the repeated entry a field belongs to', () => {
    const report = preview([
      field({ fieldId: 'a', label: 'Job title', value: 'Senior Backend Engineer', entry: 'Work 1 of 3: Northwind Analytics' }),
      field({ fieldId: 'b', label: 'Job title', value: 'Backend Engineer', entry: 'Work 2 of 3: Delta Commerce' }),
    ]);
    expect(plannedValues(report).map((planned) => planned.label)).toEqual(['Work 1 of 3 · Job title', 'Work 2 of 3 · Job title']);
  });

  it('is empty for a real fill', () => {
    expect(plannedValues({ filled: 1, left: 0, needsUser: 0, frames: 1, fields: [field({ status: 'filled', value: 'x' })] })).toEqual([]);
  });
});

describe('previewSummary', () => {
  it('says how many fields would be filled, that nothing is written yet, and what stays for the person', () => {
    expect(previewSummary(preview([field({ value: 'a' }), field({ fieldId: 'g', value: 'b' })], 2))).toBe(
      'Autofill would fill 2 fields; nothing is written until you choose Fill these. 2 fields will still need you.',
    );
    expect(previewSummary(preview([field({ value: 'a' })]))).toBe('Autofill would fill 1 field; nothing is written until you choose Fill these.');
    expect(previewSummary(preview([field({ status: 'left', needsUser: true })], 1))).toBe('Nothing to fill on this page. 1 field will still need you.');
  });

  it('reads in the popup’s last-fill line as a preview, not as a fill', () => {
    expect(summarizeFillReport(preview([field({ value: 'a' }), field({ fieldId: 'g', value: 'b' })]))).toBe('Preview: 2 to fill, nothing written');
  });
});

describe('blocksToAddOf', () => {
  it('lists the groups a fill would add blocks to, work first, none when the report has none', () => {
    expect(blocksToAddOf({ ...preview([]), wouldAdd: { education: 1, work: 2 } })).toEqual([
      { group: 'work', count: 2 },
      { group: 'education', count: 1 },
    ]);
    expect(blocksToAddOf(preview([]))).toEqual([]);
    expect(blocksToAddOf({ ...preview([]), wouldAdd: { work: 0 } })).toEqual([]);
  });
});
