import { describe, expect, it } from 'vitest';
import { readCardToHost, readFrameMessage, readHostToCard, wrapCardToHost, wrapFrameMessage, wrapHostToCard, type CardToHost } from '@/core/contract';

describe('card ↔ content script messages', () => {
  it.each<CardToHost>([
    { type: 'size', width: 320, height: 261 },
    { type: 'drag-start', screenX: 966, screenY: 582 },
    { type: 'drag-move', screenX: 700, screenY: 400 },
    { type: 'drag-end' },
    { type: 'nudge', dx: -16, dy: 0 },
    { type: 'filled' },
    { type: 'close' },
  ])('round-trips %o', (message) => {
    expect(readCardToHost(structuredClone(wrapCardToHost(message)))).toEqual(message);
  });

  it.each([
    ['not an object', 'size'],
    ['another sender’s message', { type: 'size', width: 1, height: 1 }],
    ['an unknown type', { 'profile-card': { type: 'navigate', url: 'https://evil.example' } }],
    ['a size that is not a number', { 'profile-card': { type: 'size', width: '320', height: 200 } }],
    ['an impossible size', { 'profile-card': { type: 'size', width: 1e9, height: 200 } }],
    ['a zero size', { 'profile-card': { type: 'size', width: 0, height: 200 } }],
    ['a drag without coordinates', { 'profile-card': { type: 'drag-move' } }],
    ['NaN in a nudge', { 'profile-card': { type: 'nudge', dx: Number.NaN, dy: 0 } }],
    // "Jump to" goes through the background (utils/focus-field.ts): no field id passes where the page sees it.
    ['a jump to a field', { 'profile-card': { type: 'focus-field', fieldId: 'pc-12' } }],
  ])('ignores %s', (_name, data) => {
    expect(readCardToHost(data)).toBeNull();
  });

  it('copies only the known keys: nothing else a message carries gets through', () => {
    const read = readCardToHost({ 'profile-card': { type: 'size', width: 10, height: 10, profile: { name: 'x' } } });
    expect(read).toEqual({ type: 'size', width: 10, height: 10 });
  });

  it('content script → card: only the new-fields hint', () => {
    expect(readHostToCard(wrapHostToCard({ type: 'new-fields' }))).toEqual({ type: 'new-fields' });
    expect(readHostToCard({ 'profile-card-host': { type: 'autofill' } })).toBeNull();
    expect(readHostToCard(wrapCardToHost({ type: 'close' }))).toBeNull();
  });

  it('frame ↔ frame: whether the top frame shows the card', () => {
    expect(readFrameMessage(wrapFrameMessage({ type: 'top-card?' }))).toEqual({ type: 'top-card?' });
    expect(readFrameMessage(wrapFrameMessage({ type: 'top-card', shown: false }))).toEqual({ type: 'top-card', shown: false });
    expect(readFrameMessage({ 'profile-card-frame': { type: 'top-card', shown: 'yes' } })).toBeNull();
  });
});
