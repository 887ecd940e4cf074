import { describe, expect, it } from 'vitest';
import { mergeEdits } from '@/core/profile/merge';

const base = {
  basics: { name: 'Ada', phone: '', profiles: [{ network: 'GitHub', url: 'https://github.com/ada' }] },
  work: [{ name: 'Acme', position: 'Engineer' }],
};
type Doc = typeof base & { basics: typeof base.basics & { url?: string; summary?: string } };
const edit = (change: (doc: Doc) => void): Doc => {
  const copy = structuredClone(base) as Doc;
  change(copy);
  return copy;
};

describe('mergeEdits: a page saving edits made on a copy read earlier', () => {
  it('keeps both edits when two pages changed different values', () => {
    const mine = edit((d) => (d.basics.phone = '+44 20 7946 0000'));
    const theirs = edit((d) => (d.basics.summary = 'Builds payment systems.'));
    expect(mergeEdits(base, mine, theirs)).toEqual({
      ok: true,
      value: edit((d) => {
        d.basics.phone = '+44 20 7946 0000';
        d.basics.summary = 'Builds payment systems.';
      }),
    });
  });

  it('keeps what is stored now where the page changed nothing (a stale copy puts nothing back)', () => {
    const theirs = edit((d) => {
      d.basics.phone = '+1 555 0100';
      d.basics.url = 'https://ada.dev';
      d.work.push({ name: 'Initech', position: 'Lead' });
    });
    expect(mergeEdits(base, structuredClone(base), theirs)).toEqual({ ok: true, value: theirs });
  });

  it('merges a list item by item while no side added or removed items', () => {
    const mine = edit((d) => (d.work[0]!.position = 'Senior Engineer'));
    const theirs = edit((d) => (d.basics.profiles[0]!.url = 'https://github.com/ada-l'));
    const merged = mergeEdits(base, mine, theirs);
    expect(merged.ok && merged.value.work[0]!.position).toBe('Senior Engineer');
    expect(merged.ok && merged.value.basics.profiles[0]!.url).toBe('https://github.com/ada-l');
  });

  it('takes an entry added on one side when the other left the list alone', () => {
    const mine = edit((d) => d.work.push({ name: 'Initech', position: 'Lead' }));
    const theirs = edit((d) => (d.basics.name = 'Ada Lovelace'));
    expect(mergeEdits(base, mine, theirs)).toEqual({
      ok: true,
      value: edit((d) => {
        d.work.push({ name: 'Initech', position: 'Lead' });
        d.basics.name = 'Ada Lovelace';
      }),
    });
  });

  it('agrees when both made the same change', () => {
    const both = edit((d) => (d.basics.phone = '+1 555 0100'));
    expect(mergeEdits(base, both, structuredClone(both))).toEqual({ ok: true, value: both });
  });

  it('removes a value the page removed, and keeps a value the other page added', () => {
    const mine = edit((d) => d.basics.profiles.splice(0, 1));
    const theirs = edit((d) => (d.basics.url = 'https://ada.dev'));
    expect(mergeEdits(base, mine, theirs)).toEqual({
      ok: true,
      value: edit((d) => {
        d.basics.profiles.splice(0, 1);
        d.basics.url = 'https://ada.dev';
      }),
    });
  });

  it.each([
    ['the same value changed differently', (d: Doc) => (d.basics.phone = '+1 555 0100'), (d: Doc) => (d.basics.phone = '+1 555 0199'), ['basics.phone']],
    [
      'a list both pages grew',
      (d: Doc) => d.work.push({ name: 'Initech', position: 'Lead' }),
      (d: Doc) => d.work.push({ name: 'Globex', position: 'CTO' }),
      ['work'],
    ],
    ['an entry one page edited and the other removed', (d: Doc) => (d.work[0]!.position = 'Staff'), (d: Doc) => d.work.splice(0, 1), ['work']],
    [
      'two values at once, each named',
      (d: Doc) => {
        d.basics.name = 'A. Lovelace';
        d.work[0]!.name = 'Acme Ltd';
      },
      (d: Doc) => {
        d.basics.name = 'Ada King';
        d.work[0]!.name = 'Acme Inc';
      },
      ['basics.name', 'work[0].name'],
    ],
  ])('refuses %s, naming where', (_, mine, theirs, conflicts) => {
    expect(mergeEdits(base, edit(mine), edit(theirs))).toEqual({ ok: false, conflicts });
  });
});
