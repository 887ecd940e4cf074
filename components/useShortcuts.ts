import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentShortcuts, type Shortcut } from '@/core/shortcuts';

/**
 * The keyboard shortcuts as the browser binds them now; null until read. Read again whenever the
 * page becomes visible: the person may just have changed them on the browser's shortcuts page.
 */
export function useShortcuts(): Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    const read = () =>
      browser.commands.getAll().then(
        (commands) => setShortcuts(currentShortcuts(commands)),
        () => setShortcuts([]),
      );
    void read();
    const onVisible = () => document.visibilityState === 'visible' && void read();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  return shortcuts;
}
