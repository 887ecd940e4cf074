import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { readHostToCard, wrapCardToHost, type CardToHost } from '@/core/card-protocol';

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
 * it on the first report): right after the first render, then on every change.
 */
export function useReportedSize(element: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const report = () => {
      const { width, height } = target.getBoundingClientRect();
      if (width > 0 && height > 0) postToHost({ type: 'size', width: Math.ceil(width), height: Math.ceil(height) });
    };
    // Now, not at the observer's first callback a frame later: the card turns visible one frame sooner.
    report();
    const observer = new ResizeObserver(report);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
}
