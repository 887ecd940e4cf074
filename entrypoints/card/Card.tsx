import { useEffect, useRef, useState } from 'preact/hooks';
import { ContactList } from '@/components/ContactList';
import { useProfile } from '@/components/useProfile';
import { Notice } from '@/components/Notice';
import type { LoadedProfile } from '@/utils/storage';
import { contactItems, type ContactItem } from '@/core/share';
import { initials } from '@/core/format';
import { copyText } from './clipboard';
import { hideOnSite, showOnSiteAgain } from './dismiss';
import { FillPanel } from './FillPanel';
import { postToHost, useReportedSize } from './host';
import { CloseIcon, CollapseIcon } from './icons';
import { Identity } from './Identity';
import { MoveHandle } from './MoveHandle';
import { cardFocusRingClass, cardIconButtonClass, cardSecondaryButtonClass, cardSurfaceClass } from '@/components/ui';
import { t } from '@/components/i18n';

type View = 'open' | 'collapsed' | 'hidden';

/** How long "Hidden on this site — Undo" stays before the card goes. */
const UNDO_WINDOW_MS = 10_000;

/** What the card's copy buttons and status name: "email", "phone", but network names as written ("LinkedIn"). */
export const copyName = (item: ContactItem) => (item.key.startsWith('profile-') ? item.label : item.label.toLowerCase());

export function Card({ site, tabId: tabIdPromise, first }: { site: string; tabId: Promise<number | null>; first: LoadedProfile }) {
  const { profile, notice } = useProfile(first);
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<View>('open');
  const [status, setStatus] = useState('');
  const root = useRef<HTMLElement>(null);
  const focusAfterSwitch = useRef<'collapse' | 'expand' | null>(null);
  const collapseButton = useRef<HTMLButtonElement>(null);
  const expandButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useReportedSize(root);

  useEffect(() => void tabIdPromise.then(setTabId), [tabIdPromise]);

  // Keep keyboard focus on the control that toggles between the card and its tab.
  useEffect(() => {
    if (focusAfterSwitch.current === 'collapse') expandButton.current?.focus();
    if (focusAfterSwitch.current === 'expand') collapseButton.current?.focus();
    focusAfterSwitch.current = null;
  }, [view]);

  // After "hide on this site" the card offers Undo (focused, for keyboard users) for a while, then goes.
  useEffect(() => {
    if (view !== 'hidden') return;
    undoButton.current?.focus();
    const timer = setTimeout(() => postToHost({ type: 'close' }), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [view]);

  const switchTo = (next: 'open' | 'collapsed') => {
    focusAfterSwitch.current = next === 'collapsed' ? 'collapse' : 'expand';
    setView(next);
  };

  const copy = async (item: ContactItem) => {
    try {
      await copyText(item.value);
      setStatus(t('cardCopied', copyName(item)));
    } catch (error) {
      setStatus(t('cardCouldNotCopy', copyName(item), error instanceof Error ? error.message : String(error)));
    }
  };

  const hide = async () => {
    await hideOnSite(site);
    setView('hidden');
  };

  const undoHide = async () => {
    await showOnSiteAgain(site);
    switchTo('open');
  };

  return (
    <main ref={root} class={`inline-block align-top text-sm ${view === 'open' ? 'w-80' : 'w-max'}`}>
      {view === 'open' && (
        <div class={cardSurfaceClass}>
          <header class="flex items-center gap-1 border-b border-slate-200 px-1.5 py-1 dark:border-slate-700">
            <MoveHandle />
            <span class="flex-1 text-xs font-medium text-slate-500 dark:text-slate-400">{t('cardTitle')}</span>
            <button
              ref={collapseButton}
              type="button"
              class={cardIconButtonClass}
              aria-label={t('cardCollapseLabel')}
              aria-expanded="true"
              onClick={() => switchTo('collapsed')}
            >
              <CollapseIcon />
            </button>
            <button
              type="button"
              class={cardIconButtonClass}
              aria-label={t('cardHideOnSiteLabel')}
              title={t('cardHideOnSiteTitle', site)}
              onClick={() => void hide()}
            >
              <CloseIcon />
            </button>
          </header>
          <div class="space-y-3 p-3">
            {notice && <Notice>{notice}</Notice>}
            <Identity basics={profile.basics} />
            <ContactList items={contactItems(profile)} onCopy={(item) => void copy(item)} copyName={copyName} buttonClass={cardIconButtonClass} oneLine />
            <FillPanel tabId={tabId} announce={setStatus} />
          </div>
          {/* Always in the tree, so screen readers announce what appears in it; no room taken while empty. */}
          <p role="status" class="px-3 pb-3 text-xs text-slate-600 empty:p-0 dark:text-slate-300">
            {status || null}
          </p>
        </div>
      )}
      {view === 'collapsed' && (
        <div class={`${cardSurfaceClass} flex items-center gap-1 whitespace-nowrap p-1`}>
          <MoveHandle />
          <button
            ref={expandButton}
            type="button"
            class={`flex items-center gap-2 rounded-md py-0.5 pl-0.5 pr-2 font-medium hover:bg-slate-100 dark:hover:bg-slate-800 ${cardFocusRingClass}`}
            aria-label={t('cardExpandLabel')}
            aria-expanded="false"
            onClick={() => switchTo('open')}
          >
            <span
              aria-hidden="true"
              class="flex h-7 w-7 items-center justify-center rounded-full bg-blue-100 text-xs font-semibold text-blue-900 dark:bg-sky-900 dark:text-sky-100"
            >
              {initials(profile.basics.name)}
            </span>
            {t('cardCollapsedButton')}
          </button>
        </div>
      )}
      {view === 'hidden' && (
        <div class={`${cardSurfaceClass} flex w-80 items-center gap-2 p-2`}>
          <p role="status" class="flex-1">
            {t('cardHiddenOnSite', site)}
          </p>
          <button ref={undoButton} type="button" class={cardSecondaryButtonClass} onClick={() => void undoHide()}>
            {t('cardUndoHideButton')}
          </button>
          <button type="button" class={cardIconButtonClass} aria-label={t('cardCloseLabel')} onClick={() => postToHost({ type: 'close' })}>
            <CloseIcon />
          </button>
        </div>
      )}
    </main>
  );
}
