import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pickTargetTab, summarizeFillReport, unfillableReason } from '@/core/autofill-target';
import { sendMessage } from '@/utils/messaging';
import { lastFillItem } from '@/utils/storage';

type State =
  | { kind: 'checking' }
  | { kind: 'blocked'; reason: string }
  | { kind: 'ready'; tabId: number; note?: string }
  | { kind: 'filling'; tabId: number }
  | { kind: 'done'; tabId: number; note: string };

/** The tab "Autofill this page" acts on, whether it can be filled, and its last fill (if any). */
async function findTarget(): Promise<State> {
  const own = await browser.tabs.getCurrent();
  const tab = pickTargetTab(await browser.tabs.query({ currentWindow: true }), own?.id);
  if (tab?.id === undefined) return { kind: 'blocked', reason: 'No page to fill in this window.' };
  const reason = unfillableReason(tab.url);
  if (reason) return { kind: 'blocked', reason };
  const last = await lastFillItem(tab.id).getValue();
  return { kind: 'ready', tabId: tab.id, note: last ? `Last fill: ${summarizeFillReport(last)}` : undefined };
}

/** The primary action, pinned under the views: fill the page, then say what happened. */
export function AutofillBar() {
  const [state, setState] = useState<State>({ kind: 'checking' });
  useEffect(() => {
    findTarget().then(setState, (error) => setState({ kind: 'blocked', reason: `Cannot read the current tab: ${String(error)}` }));
  }, []);

  const fill = async (tabId: number) => {
    setState({ kind: 'filling', tabId });
    try {
      const report = await sendMessage({ type: 'autofill', tabId });
      setState({ kind: 'done', tabId, note: summarizeFillReport(report) });
    } catch (error) {
      setState({ kind: 'done', tabId, note: `Autofill failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const tabId = 'tabId' in state ? state.tabId : undefined;
  const note = state.kind === 'blocked' ? state.reason : state.kind === 'filling' ? 'Filling…' : 'note' in state ? state.note : undefined;
  return (
    <footer class="shrink-0 border-t border-slate-200 bg-slate-50 px-4 py-3 dark:border-slate-700 dark:bg-slate-950">
      <button
        type="button"
        disabled={tabId === undefined || state.kind === 'filling'}
        aria-describedby="autofill-status"
        onClick={() => tabId !== undefined && void fill(tabId)}
        class="flex w-full items-center justify-center gap-2 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-700 disabled:shadow-none dark:focus-visible:outline-indigo-400 dark:disabled:bg-slate-700 dark:disabled:text-slate-200"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" class="size-4" fill="currentColor">
          <path d="M9.5 1 3 9h4.5L6.5 15 13 7H8.5z" />
        </svg>
        Autofill this page
      </button>
      <p id="autofill-status" aria-live="polite" class="mt-1.5 min-h-4 text-center text-xs leading-4 text-slate-700 dark:text-slate-300">
        {note}
      </p>
    </footer>
  );
}
