import type { ContactItem } from '@/core/share';
import { CopyIcon } from './icons';
import { cardIconButtonClass } from '@/components/ui';

/** What a copy button copies: "email", "phone", but network names as written ("LinkedIn"). */
export const copyName = (item: ContactItem) => (item.key.startsWith('profile-') ? item.label : item.label.toLowerCase());

/** Each contact detail with its copy button ("Copy email", "Copy LinkedIn"). */
export function ContactList({ items, onCopy }: { items: ContactItem[]; onCopy: (item: ContactItem) => void }) {
  if (items.length === 0) return null;
  return (
    <ul class="space-y-1" aria-label="Contact details">
      {items.map((item) => (
        <li key={item.key} class="flex items-center gap-2">
          <span class="w-16 shrink-0 text-xs text-slate-500 dark:text-slate-400">{item.label}</span>
          <span class="min-w-0 flex-1 truncate" title={item.value}>
            {item.value}
          </span>
          <button type="button" class={cardIconButtonClass} aria-label={`Copy ${copyName(item)}`} title={`Copy ${copyName(item)}`} onClick={() => onCopy(item)}>
            <CopyIcon />
          </button>
        </li>
      ))}
    </ul>
  );
}
