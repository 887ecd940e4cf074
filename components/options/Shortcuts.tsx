import { browser } from 'wxt/browser';
import { useShortcuts } from '@/components/useShortcuts';
import { NOT_SET } from '@/core/shortcuts';
import { buttonClass, hintClass } from '@/components/ui';

const FIREFOX = import.meta.env.FIREFOX;

/**
 * The keyboard shortcuts as the browser binds them now, and the way to change them: the browser's
 * own shortcuts page (an extension page cannot link to chrome:// URLs, but may open one in a tab).
 */
export function Shortcuts() {
  const shortcuts = useShortcuts();
  if (shortcuts === null) return <p>Loading…</p>;
  return (
    <div class="space-y-4">
      {shortcuts.length === 0 ? (
        <p>The browser did not list Profile Card’s shortcuts.</p>
      ) : (
        <dl class="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.name} class="contents">
              <dt>{shortcut.action}</dt>
              <dd>{shortcut.keys ? <kbd class="rounded border border-slate-400 px-1.5 py-0.5 font-sans dark:border-slate-500">{shortcut.keys}</kbd> : NOT_SET}</dd>
            </div>
          ))}
        </dl>
      )}
      {shortcuts.some((shortcut) => shortcut.keys === null) && (
        <p class={hintClass}>“Not set”: the browser did not give Profile Card that key (another extension or the browser itself uses it). Pick one yourself.</p>
      )}
      {FIREFOX ? (
        <p class={hintClass}>To change them, open Add-ons and themes (about:addons), choose the gear menu, then Manage Extension Shortcuts.</p>
      ) : (
        <div class="space-y-1">
          <button type="button" class={buttonClass} onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}>
            Change shortcuts
          </button>
          <p class={hintClass}>Opens the browser’s shortcuts page (chrome://extensions/shortcuts). Come back here to see the new keys.</p>
        </div>
      )}
    </div>
  );
}
