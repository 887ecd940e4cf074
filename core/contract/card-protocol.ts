/**
 * The only messages the card (an extension page in an iframe) and the content script around it
 * exchange with `window.postMessage`: geometry and state. The page sees every one of them, so none
 * may carry profile data; the card reads the profile from extension storage itself.
 */

/** Card → content script. Trusted only when the event comes from the card iframe's extension origin. */
export type CardToHost =
  /** The card's content size; the first one also means "rendered, show me". */
  | { type: 'size'; width: number; height: number }
  /** A pointer drag on the card's handle, in screen coordinates (they stay put while the iframe moves). */
  | { type: 'drag-start'; screenX: number; screenY: number }
  | { type: 'drag-move'; screenX: number; screenY: number }
  | { type: 'drag-end' }
  /** A keyboard move (arrow keys on the handle). */
  | { type: 'nudge'; dx: number; dy: number }
  /** A fill finished: watch for fields the page adds afterwards (multi-step forms). */
  | { type: 'filled' }
  /** Remove the card (after "hide on this site" and its undo window). */
  | { type: 'close' };

/** Content script → card. Treated as hints: the page could forge them, and they can only show a button. */
export type HostToCard = { type: 'new-fields' };

/** Content script ↔ content script across frames, so a tab shows one card (the top frame's first). */
export type FrameMessage = { type: 'top-card?' } | { type: 'top-card'; shown: boolean };

const CARD = 'profile-card';
const HOST = 'profile-card-host';
const FRAME = 'profile-card-frame';

const record = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** Bounded: a drag step or a card size beyond this is not one the card sends. */
const plausible = (value: unknown, limit: number): value is number => finite(value) && Math.abs(value) <= limit;

export const wrapCardToHost = (message: CardToHost) => ({ [CARD]: message });
export const wrapHostToCard = (message: HostToCard) => ({ [HOST]: message });
export const wrapFrameMessage = (message: FrameMessage) => ({ [FRAME]: message });

export function readCardToHost(data: unknown): CardToHost | null {
  const message = record(record(data)?.[CARD]);
  switch (message?.type) {
    case 'size':
      return plausible(message.width, 10_000) && plausible(message.height, 10_000) && message.width > 0 && message.height > 0
        ? { type: 'size', width: message.width, height: message.height }
        : null;
    case 'drag-start':
    case 'drag-move':
      return plausible(message.screenX, 100_000) && plausible(message.screenY, 100_000)
        ? { type: message.type, screenX: message.screenX, screenY: message.screenY }
        : null;
    case 'nudge':
      return plausible(message.dx, 10_000) && plausible(message.dy, 10_000) ? { type: 'nudge', dx: message.dx, dy: message.dy } : null;
    case 'drag-end':
    case 'filled':
    case 'close':
      return { type: message.type };
    default:
      return null;
  }
}

export function readHostToCard(data: unknown): HostToCard | null {
  return record(record(data)?.[HOST])?.type === 'new-fields' ? { type: 'new-fields' } : null;
}

export function readFrameMessage(data: unknown): FrameMessage | null {
  const message = record(record(data)?.[FRAME]);
  if (message?.type === 'top-card?') return { type: 'top-card?' };
  if (message?.type === 'top-card' && typeof message.shown === 'boolean') return { type: 'top-card', shown: message.shown };
  return null;
}
