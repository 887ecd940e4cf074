import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { t } from '@/components/i18n';

/**
 * One polite live region for the whole popup: "Email copied", "vCard downloaded". Each message is a
 * new node (keyed by a counter), so the same message twice is announced twice.
 */
const NotifyContext = createContext<(message: string) => void>(() => {});

export const useNotify = () => useContext(NotifyContext);

/** Copies text and says so ("Email copied"), or says why not. `name` is lower-case unless a proper name. */
export function useCopy() {
  const notify = useNotify();
  return useCallback(
    async (text: string, name: string) => {
      try {
        await navigator.clipboard.writeText(text);
        notify(t('popupCopied', `${name.charAt(0).toUpperCase()}${name.slice(1)}`));
      } catch (error) {
        notify(t('popupCouldNotCopy', name, error instanceof Error ? error.message : String(error)));
      }
    },
    [notify],
  );
}

const VISIBLE_MS = 2500;

export function FeedbackProvider({ children }: { children: ComponentChildren }) {
  const [message, setMessage] = useState<{ text: string; id: number } | null>(null);
  const notify = useCallback((text: string) => setMessage((last) => ({ text, id: (last?.id ?? 0) + 1 })), []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <div role="status" aria-live="polite" class="pointer-events-none fixed inset-x-0 bottom-20 flex justify-center">
        {message && (
          <p key={message.id} class="rounded-full bg-slate-900 px-3 py-1.5 text-xs font-medium text-white shadow-lg dark:bg-white dark:text-slate-900">
            {message.text}
          </p>
        )}
      </div>
    </NotifyContext.Provider>
  );
}
