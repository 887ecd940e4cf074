import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FillPreview, type FillPreviewLook } from '@/components/FillPreview';
import { popupButtonClass, popupFocusRingClass, popupPrimaryButtonClass } from '@/components/ui';
import { useFocusAfterRender } from '@/components/useFocusAfterRender';
import { useShortcuts } from '@/components/useShortcuts';
import { pickTargetTab, summarizeFillReport, unfillableReason } from '@/core/autofill-target';
import type { FillReport } from '@/core/contract';
import { ariaKeyShortcuts, keysFor, NOT_SET, type Shortcut } from '@/core/shortcuts';
import { sendMessage } from '@/utils/messaging';
import { lastFillItem } from '@/utils/storage';
import { RecentApplications } from './RecentApplications';
import { t } from '@/components/i18n';

type State =
  | { kind: 'checking' }
  | { kind: 'blocked'; reason: string }
  | { kind: 'ready'; tabId: number; note?: string }
  | { kind: 'filling'; tabId: number }
  | { kind: 'preview'; tabId: number; report: FillReport }
  | { kind: 'done'; tabId: number; note: string };

const PREVIEW_LOOK: FillPreviewLook = {
  primaryButton: popupPrimaryButtonClass,
  secondaryButton: popupButtonClass,
  focusRing: popupFocusRingClass,
  muted: 'text-slate-600 dark:text-slate-400',
};

/** The tab "Autofill this page" acts on, whether it can be filled, and its last fill (if any). */
async function findTarget(): Promise<State> {
  const own = await browser.tabs.getCurrent();
  const tab = pickTargetTab(await browser.tabs.query({ currentWindow: true }), own?.id);
  if (tab?.id === undefined) return { kind: 'blocked', reason: t('popupNoPageToFill') };
  const reason = unfillableReason(tab.url);
  if (reason) return { kind: 'blocked', reason };
  const last = await lastFillItem(tab.id).getValue();
  const note = last && (last.preview ? summarizeFillReport(last) : t('popupLastFill', summarizeFillReport(last)));
  return { kind: 'ready', tabId: tab.id, note: note || undefined };
}

/**
 * The primary action, pinned under the views: fill the page, then say what happened. With "preview
 * before fill" on, the planned values show here first and wait for "Fill these".
 */
export function AutofillBar() {
  const [state, setState] = useState<State>({ kind: 'checking' });
  const shortcuts = useShortcuts();
  const autofillButton = useFocusAfterRender<HTMLButtonElement>();
  const previewHeading = useFocusAfterRender<HTMLHeadingElement>();
  useEffect(() => {
    findTarget().then(setState, (error) => setState({ kind: 'blocked', reason: t('popupCannotReadTab', String(error)) }));
  }, []);

  const fill = async (tabId: number, confirm = false) => {
    // Leaving the preview: focus returns to the button, once it is enabled again.
    if (confirm) autofillButton.request();
    setState({ kind: 'filling', tabId });
    try {
      const report = await sendMessage(confirm ? { type: 'autofill', tabId, confirm } : { type: 'autofill', tabId });
      if (report.preview && !report.error) {
        previewHeading.request();
        setState({ kind: 'preview', tabId, report });
      } else {
        setState({ kind: 'done', tabId, note: summarizeFillReport(report) });
      }
    } catch (error) {
      setState({ kind: 'done', tabId, note: t('popupAutofillFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  const cancelPreview = (tabId: number) => {
    autofillButton.request();
    setState({ kind: 'ready', tabId, note: t('popupNothingFilled') });
  };

  const tabId = 'tabId' in state ? state.tabId : undefined;
  const note = state.kind === 'blocked' ? state.reason : state.kind === 'filling' ? t('popupFilling') : 'note' in state ? state.note : undefined;
  const autofillKeys = shortcuts && keysFor(shortcuts, 'autofill');
  return (
    <footer class="shrink-0 border-t border-slate-200 bg-slate-50 px-4 py-3 dark:border-slate-700 dark:bg-slate-950">
      {state.kind === 'preview' ? (
        <FillPreview
          report={state.report}
          busy={false}
          heading={previewHeading.ref}
          look={PREVIEW_LOOK}
          onConfirm={() => void fill(state.tabId, true)}
          onCancel={() => cancelPreview(state.tabId)}
        />
      ) : (
        <button
          ref={autofillButton.ref}
          type="button"
          disabled={tabId === undefined || state.kind === 'filling'}
          aria-describedby="autofill-status"
          aria-keyshortcuts={ariaKeyShortcuts(autofillKeys ?? null)}
          onClick={() => tabId !== undefined && void fill(tabId)}
          class={`${popupPrimaryButtonClass} w-full`}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" class="size-4" fill="currentColor">
            <path d="M9.5 1 3 9h4.5L6.5 15 13 7H8.5z" />
          </svg>
          {t('popupAutofillButton')}
        </button>
      )}
      <p id="autofill-status" aria-live="polite" class="mt-1.5 min-h-4 text-center text-xs leading-4 text-slate-700 dark:text-slate-300">
        {note}
      </p>
      <ShortcutHint shortcuts={shortcuts} />
      <RecentApplications />
    </footer>
  );
}

/** "Autofill Alt+Shift+F · Undo Alt+Shift+U · Open Alt+Shift+O": the current keys, in a line kept in place while they load (no layout shift). */
function ShortcutHint({ shortcuts }: { shortcuts: Shortcut[] | null }) {
  const shown = shortcuts ?? [];
  return (
    <p class="mt-1 min-h-4 text-center text-[11px] leading-4 text-slate-600 dark:text-slate-400">
      {shown.length > 0 && <span class="sr-only">{t('popupKeyboardShortcuts')} </span>}
      {shown.map((shortcut, index) => (
        <span key={shortcut.name}>
          {index > 0 && ' · '}
          {shortcut.short}{' '}
          <kbd class="rounded border border-slate-300 bg-white px-1 font-sans dark:border-slate-600 dark:bg-slate-800">{shortcut.keys ?? NOT_SET}</kbd>
        </span>
      ))}
    </p>
  );
}
