import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOCK_MARGIN, avoiding, docked, dragged, overlapArea, placementAt, placementRect, type Rect } from '@/core/card-geometry';

const viewport: Rect = { left: 0, top: 0, width: 1280, height: 720 };
const card = { width: 320, height: 260 };

describe('placement', () => {
  it('docks bottom-right with the margin by default', () => {
    expect(placementRect(docked(), card, viewport)).toEqual({ left: 1280 - 320 - DOCK_MARGIN, top: 720 - 260 - DOCK_MARGIN, ...card });
  });

  it('keeps the docked corner fixed when the card changes size (collapsing to a tab)', () => {
    const tab = { width: 140, height: 40 };
    const open = placementRect(docked('bottom-right'), card, viewport);
    const collapsed = placementRect(docked('bottom-right'), tab, viewport);
    expect(collapsed.left + collapsed.width).toBe(open.left + open.width);
    expect(collapsed.top + collapsed.height).toBe(open.top + open.height);
  });

  it('places within a visible area that is not the whole viewport (a frame scrolled partly into view)', () => {
    const area = { left: 0, top: 300, width: 900, height: 420 };
    expect(placementRect(docked('bottom-right'), card, area)).toEqual({ left: 900 - 320 - DOCK_MARGIN, top: 720 - 260 - DOCK_MARGIN, ...card });
  });

  it('never leaves the area, whatever the offsets or the area size', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('bottom-right', 'bottom-left', 'top-right', 'top-left' as const),
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 330, max: 3000 }),
        fc.integer({ min: 270, max: 3000 }),
        (corner, x, y, width, height) => {
          const area = { left: 10, top: 20, width, height };
          const box = placementRect({ corner, x, y }, card, area);
          return box.left >= area.left && box.top >= area.top && box.left + box.width <= area.left + width && box.top + box.height <= area.top + height;
        },
      ),
    );
  });

  it('re-expresses a box relative to its nearest corner without moving it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 960 }), fc.integer({ min: 0, max: 460 }), (left, top) => {
        const box = { left, top, ...card };
        expect(placementRect(placementAt(box, viewport), card, viewport)).toEqual(box);
      }),
    );
    expect(placementAt({ left: 10, top: 10, ...card }, viewport).corner).toBe('top-left');
    expect(placementAt({ left: 900, top: 400, ...card }, viewport).corner).toBe('bottom-right');
  });
});

describe('dragging', () => {
  it('moves by the pointer delta', () => {
    const from = placementRect(docked(), card, viewport);
    const to = placementRect(dragged(docked(), -300, -150, card, viewport), card, viewport);
    expect(to).toEqual({ ...from, left: from.left - 300, top: from.top - 150 });
  });

  it('stops at the edges', () => {
    expect(placementRect(dragged(docked(), -10_000, 10_000, card, viewport), card, viewport)).toEqual({ left: 0, top: 720 - 260, ...card });
  });
});

describe('avoiding submit buttons', () => {
  const workdayFooterButton: Rect = { left: 1080, top: 665, width: 176, height: 40 };

  it('stays put when nothing is covered', () => {
    const away: Rect = { left: 20, top: 20, width: 100, height: 40 };
    expect(avoiding(docked(), card, viewport, [away])).toEqual(docked());
  });

  it('moves to the next corner when it would cover a button', () => {
    const placement = avoiding(docked(), card, viewport, [workdayFooterButton]);
    expect(placement).toEqual(docked('bottom-left'));
    expect(overlapArea(placementRect(placement, card, viewport), workdayFooterButton)).toBe(0);
  });

  it('moves off a button it was dragged onto, docking in a free corner', () => {
    const onTheButton = dragged(docked('top-left'), 1000, 500, card, viewport);
    expect(overlapArea(placementRect(onTheButton, card, viewport), workdayFooterButton)).toBeGreaterThan(0);
    const placement = avoiding(onTheButton, card, viewport, [workdayFooterButton]);
    expect(overlapArea(placementRect(placement, card, viewport), workdayFooterButton)).toBe(0);
  });

  it('when every corner covers something, takes the corner that covers least', () => {
    const small = (left: number, top: number): Rect => ({ left, top, width: 20, height: 20 });
    const big = (left: number, top: number): Rect => ({ left, top, width: 200, height: 200 });
    const obstacles = [big(1000, 500), big(40, 500), small(40, 40), big(1000, 40)];
    expect(avoiding(docked(), card, viewport, obstacles).corner).toBe('top-left');
  });
});
