import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { readHostToCard, wrapCardToHost, type CardToHost } from '@/core/contract';

/**
 * The card's side of the postMessage channel with the content script around it. The page sees
 * these messages too, so they carry geometry, state and field ids only — never profile data.
 */
export function postToHost(message: CardToHost): void {
  // Chrome names the embedding page's origin; elsewhere any origin may read it, which is fine for this content.
  const parentOrigin = location.ancestorOrigins?.[0] ?? '*';
  window.parent.postMessage(wrapCardToHost(message), parentOrigin);
}

/** True once the content script reports that the page added form fields after the last fill. */
export function useNewFieldsHint(): [boolean, (value: boolean) => void] {
  const [newFields, setNewFields] = useState(false);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && readHostToCard(event.data)?.type === 'new-fields') setNewFields(true);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return [newFields, setNewFields];
}

/**
 * Reports the card's rendered size to the content script, which sizes the iframe to it (and shows
 * it on the first report). Measured after every render, so a view that changes the size (collapse,
 * the "hidden" toast) is reported before the next paint instead of a frame later, when the card
 * would show at its old size for a frame; an observer catches changes no render made.
 */
export function useReportedSize(element: { current: HTMLElement | null }): void {
  const reported = useRef('');
  const report = () => {
    const target = element.current;
    if (!target) return;
    const { width, height } = target.getBoundingClientRect();
    const size = { width: Math.ceil(width), height: Math.ceil(height) };
    if (size.width === 0 || size.height === 0 || `${size.width}x${size.height}` === reported.current) return;
    reported.current = `${size.width}x${size.height}`;
    postToHost({ type: 'size', ...size });
  };
  useLayoutEffect(report);
  useEffect(() => {
    if (!element.current) return;
    const observer = new ResizeObserver(report);
    observer.observe(element.current);
    return () => observer.disconnect();
  }, [element]);
}
