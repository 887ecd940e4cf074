import { describe, expect, it } from 'vitest';
import { fieldId, getIn, joinList, moveItem, pathKey, removeItem, setIn, splitList } from '@/core/profile/edit';
import { sameJson } from '@/core/same-json';

describe('editing a profile by path', () => {
  it('names paths the way validation issues do', () => {
    expect(pathKey(['basics', 'email'])).toBe('basics.email');
    expect(pathKey(['work', 1, 'x-profileCard', 'figures', 0, 'value'])).toBe('work[1].x-profileCard.figures[0].value');
    expect(fieldId(['work', 1, 'x-profileCard', 'title'])).toBe('field-work-1-x-profileCard-title');
  });

  it('sets a value without touching the original, creating what is missing', () => {
    const doc = { basics: { name: 'Ada' }, work: [{ name: 'A' }] };
    const next = setIn(doc, ['work', 0, 'x-profileCard', 'title'], 'Engines');
    expect(next).toEqual({ basics: { name: 'Ada' }, work: [{ name: 'A', 'x-profileCard': { title: 'Engines' } }] });
    expect(doc.work[0]).toEqual({ name: 'A' });
    expect(next.basics).toBe(doc.basics);
    expect(getIn(next, ['work', 0, 'x-profileCard', 'title'])).toBe('Engines');
    expect(getIn(next, ['education', 3, 'area'])).toBeUndefined();
  });

  it('moves and removes list items', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('reads comma-separated lists as typed', () => {
    expect(splitList(' Go,Ruby ,, Python, ')).toEqual(['Go', 'Ruby', 'Python']);
    expect(joinList(['Go', 'Ruby'])).toBe('Go, Ruby');
    expect(joinList(undefined)).toBe('');
  });
});

describe('comparing documents', () => {
  it('ignores key order and absent keys, not values', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: '' }, { a: null })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});
