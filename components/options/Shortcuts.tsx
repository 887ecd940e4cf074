import { browser } from 'wxt/browser';
import { useShortcuts } from '@/components/useShortcuts';
import { NOT_SET } from '@/core/shortcuts';
import { buttonClass, hintClass } from '@/components/ui';
import { t } from '@/components/i18n';

const FIREFOX = import.meta.env.FIREFOX;

/**
 * The keyboard shortcuts as the browser binds them now, and the way to change them: the browser's
 * own shortcuts page (an extension page cannot link to chrome:// URLs, but may open one in a tab).
 */
export function Shortcuts() {
  const shortcuts = useShortcuts();
  if (shortcuts === null) return <p>{t('optionsShortcutsLoading')}</p>;
  return (
    <div class="space-y-4">
      {shortcuts.length === 0 ? (
        <p>{t('optionsShortcutsTheBrowserDidNot')}</p>
      ) : (
        <dl class="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.name} class="contents">
              <dt>{shortcut.action}</dt>
              <dd>
                {shortcut.keys ? <kbd class="rounded border border-slate-400 px-1.5 py-0.5 font-sans dark:border-slate-500">{shortcut.keys}</kbd> : NOT_SET}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {shortcuts.some((shortcut) => shortcut.keys === null) && <p class={hintClass}>{t('optionsShortcutsNotSetTheBrowser')}</p>}
      {FIREFOX ? (
        <p class={hintClass}>{t('optionsShortcutsToChangeThemOpen')}</p>
      ) : (
        <div class="space-y-1">
          <button type="button" class={buttonClass} onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
            {t('optionsShortcutsChangeShortcuts')}
          </button>
          <p class={hintClass}>{t('optionsShortcutsOpensTheBrowserS')}</p>
        </div>
      )}
    </div>
  );
}
