import type { ContactItem } from '@/core/share';
import { CopyIcon } from './CopyIcon';
import { t } from '@/components/i18n';

/**
 * Each contact detail with a copy button named for what it copies ("Copy email"), in the popup and
 * the card. Presentational: the page copies and says so (`onCopy`), and brings its own look.
 */
export function ContactList({
  items,
  onCopy,
  copyName = (item) => item.copyName,
  buttonClass,
  linkClass,
  oneLine = false,
}: {
  items: readonly ContactItem[];
  onCopy: (item: ContactItem) => void;
  /** What a copy button says it copies ("email", "LinkedIn link"); the item's own name unless given. */
  copyName?: (item: ContactItem) => string;
  buttonClass: string;
  /** Given, a value with a safe link opens it. */
  linkClass?: string;
  /** One line per value, cut short with the whole value as its tooltip (the card stays small); else values wrap. */
  oneLine?: boolean;
}) {
  if (items.length === 0) return null;
  return (
    <ul
      aria-label={t('sharedContactDetailsLabel')}
      class="divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200 dark:divide-slate-700 dark:ring-slate-700"
    >
      {items.map((item) => {
        const name = copyName(item);
        return (
          <li key={item.key} class="flex items-center gap-2 py-1.5 pr-1.5 pl-3">
            <span class="w-16 shrink-0 text-xs text-slate-600 dark:text-slate-400">{item.label}</span>
            <span
              class={`min-w-0 flex-1 text-[13px] text-slate-900 dark:text-slate-100 ${oneLine ? 'truncate' : 'break-words'}`}
              title={oneLine ? item.value : undefined}
            >
              {linkClass && item.href ? (
                <a class={linkClass} href={item.href} target="_blank" rel="noopener noreferrer">
                  {item.value}
                </a>
              ) : (
                item.value
              )}
            </span>
            <button type="button" class={buttonClass} aria-label={t('sharedCopyNamed', name)} title={t('sharedCopyNamed', name)} onClick={() => onCopy(item)}>
              <CopyIcon />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
