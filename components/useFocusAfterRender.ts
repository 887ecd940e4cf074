import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Focus that moves once, after the next render: to an element that is about to appear or to become
 * enabled (a button disabled while busy cannot take focus yet). Call `request()` with the state
 * change; a later render (the same report delivered again from storage) leaves focus alone.
 */
export function useFocusAfterRender<T extends HTMLElement>(): { ref: RefObject<T>; request: () => void } {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current || !ref.current || (ref.current as unknown as { disabled?: boolean }).disabled) return;
    pending.current = false;
    ref.current.focus();
  });
  return { ref, request: () => void (pending.current = true) };
}
