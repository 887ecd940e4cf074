import { useRef } from 'preact/hooks';
import { postToHost } from './host';
import { GripIcon } from './icons';
import { cardIconButtonClass } from '@/components/ui';
import { t } from '@/components/i18n';

/** Arrow keys move the card by this much (with Shift, four times as far). */
const KEY_STEP = 16;
const KEY_DELTAS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Drags the card (pointer, or arrow keys when focused). The card reports where the pointer is in
 * screen coordinates, which stay put while the iframe moves under it; the content script moves the
 * iframe, keeps it in the viewport, and follows the pointer itself once it leaves the card.
 */
export function MoveHandle() {
  const dragging = useRef(false);
  const end = () => {
    if (!dragging.current) return;
    dragging.current = false;
    postToHost({ type: 'drag-end' });
  };
  return (
    <button
      type="button"
      class={`${cardIconButtonClass} cursor-grab touch-none active:cursor-grabbing`}
      aria-label={t('cardMoveLabel')}
      title={t('cardMoveTitle')}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        dragging.current = true;
        postToHost({ type: 'drag-start', screenX: event.screenX, screenY: event.screenY });
      }}
      onPointerMove={(event) => {
        // The button may have been released outside the card, where only the page saw it.
        if (!dragging.current || (event.buttons & 1) === 0) return end();
        postToHost({ type: 'drag-move', screenX: event.screenX, screenY: event.screenY });
      }}
      onPointerUp={end}
      onPointerCancel={end}
      onKeyDown={(event) => {
        const delta = KEY_DELTAS[event.key];
        if (!delta) return;
        event.preventDefault();
        const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP;
        postToHost({ type: 'nudge', dx: delta[0] * step, dy: delta[1] * step });
      }}
    >
      <GripIcon />
    </button>
  );
}
