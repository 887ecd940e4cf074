/**
 * Where the profile card sits: docked to a corner of the visible area, moved by drags, kept inside
 * the viewport and off the form's submit buttons. Pure geometry in CSS pixels.
 */

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

export interface Size {
  width: number;
  height: number;
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A corner and the card's distance from that corner's two edges; resizing keeps the corner fixed. */
export interface Placement {
  corner: Corner;
  x: number;
  y: number;
}

/** Gap between a docked card and the viewport's edges. */
export const DOCK_MARGIN = 16;

/** Preference order when the card has to leave its corner: the nearest free corner, bottom first. */
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export function docked(corner: Corner = 'bottom-right'): Placement {
  return { corner, x: DOCK_MARGIN, y: DOCK_MARGIN };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/** The card's box for a placement inside the visible area (a viewport, or the visible part of a frame). */
export function placementRect(placement: Placement, size: Size, area: Rect): Rect {
  const x = clamp(placement.x, 0, area.width - size.width);
  const y = clamp(placement.y, 0, area.height - size.height);
  const right = placement.corner.endsWith('right');
  const bottom = placement.corner.startsWith('bottom');
  return {
    left: area.left + (right ? area.width - size.width - x : x),
    top: area.top + (bottom ? area.height - size.height - y : y),
    width: size.width,
    height: size.height,
  };
}

/** The placement, relative to the corner nearest the box's centre, that puts the card at this box. */
export function placementAt(rect: Rect, area: Rect): Placement {
  const right = rect.left + rect.width / 2 > area.left + area.width / 2;
  const bottom = rect.top + rect.height / 2 > area.top + area.height / 2;
  const corner = `${bottom ? 'bottom' : 'top'}-${right ? 'right' : 'left'}` as Corner;
  const x = right ? area.left + area.width - rect.left - rect.width : rect.left - area.left;
  const y = bottom ? area.top + area.height - rect.top - rect.height : rect.top - area.top;
  return { corner, x: Math.max(0, x), y: Math.max(0, y) };
}

/** Moves the card by a drag delta, kept inside the visible area. */
export function dragged(placement: Placement, dx: number, dy: number, size: Size, area: Rect): Placement {
  const from = placementRect(placement, size, area);
  const left = clamp(from.left + dx, area.left, area.left + area.width - size.width);
  const top = clamp(from.top + dy, area.top, area.top + area.height - size.height);
  return placementAt({ left, top, width: size.width, height: size.height }, area);
}

export function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function coveredArea(rect: Rect, obstacles: readonly Rect[]): number {
  return obstacles.reduce((sum, obstacle) => sum + overlapArea(rect, obstacle), 0);
}

/**
 * Keeps the card off the obstacles (the form's submit buttons): where it is if it covers none,
 * otherwise docked in the first corner that covers none, otherwise the corner that covers least.
 */
export function avoiding(placement: Placement, size: Size, area: Rect, obstacles: readonly Rect[]): Placement {
  if (coveredArea(placementRect(placement, size, area), obstacles) === 0) return placement;
  const candidates = [placement.corner, ...CORNERS.filter((corner) => corner !== placement.corner)].map((corner) => docked(corner));
  let best = candidates[0]!;
  let bestCovered = Infinity;
  for (const candidate of candidates) {
    const covered = coveredArea(placementRect(candidate, size, area), obstacles);
    if (covered === 0) return candidate;
    if (covered < bestCovered) [best, bestCovered] = [candidate, covered];
  }
  return best;
}
