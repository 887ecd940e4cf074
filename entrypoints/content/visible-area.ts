import type { Rect } from '@/core/card-geometry';

/** The CSS zoom the page put on <html> (1 when none, or where the browser cannot tell). */
export function rootZoom(): number {
  const zoom = (document.documentElement as { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

/** The frame's own viewport without its scroll bars, in viewport pixels. */
function viewport(): Rect {
  const root = document.documentElement;
  const zoom = rootZoom();
  const clientWidth = root.clientWidth * zoom;
  const clientHeight = root.clientHeight * zoom;
  // In quirks mode <html> reports the document's size, not the viewport's; innerWidth/Height then.
  const width = clientWidth > 0 && clientWidth <= innerWidth ? clientWidth : innerWidth;
  const height = clientHeight > 0 && clientHeight <= innerHeight ? clientHeight : innerHeight;
  return { left: 0, top: 0, width, height };
}

/** Visible-fraction steps at which a subframe re-measures: fine enough to follow a scroll. */
const THRESHOLDS = Array.from({ length: 201 }, (_, i) => i / 200);

/**
 * Calls back with the part of this frame the user can see, now and whenever it changes. In the
 * top frame that is the viewport. A subframe (the Greenhouse embed on a company's careers page) is
 * often as tall as its form and scrolled by the page around it, so "fixed to the bottom corner" of
 * the frame would be out of sight: there the visible part comes from an IntersectionObserver, whose
 * implicit root is the top-level viewport.
 */
export function visibleArea(callback: (area: Rect) => void): () => void {
  const resize = () => callback(viewport());
  if (window === window.top) {
    resize();
    window.addEventListener('resize', resize, { passive: true });
    return () => window.removeEventListener('resize', resize);
  }
  callback(viewport());
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1);
      if (!entry?.isIntersecting) return;
      const own = viewport();
      const seen = entry.intersectionRect;
      const left = Math.max(own.left, seen.left);
      const top = Math.max(own.top, seen.top);
      const right = Math.min(own.left + own.width, seen.right);
      const bottom = Math.min(own.top + own.height, seen.bottom);
      if (right > left && bottom > top) callback({ left, top, width: right - left, height: bottom - top });
    },
    { threshold: THRESHOLDS },
  );
  observer.observe(document.documentElement);
  return () => observer.disconnect();
}
