import { contactBlock, contactItems } from '@/core/share';
import { profileToVCard } from '@/core/vcard';
import type { Profile } from '@/core/profile/types';
import { CopyButton } from './CopyButton';
import { useCopy } from './feedback';
import { popupButtonClass, popupLinkClass } from '@/components/ui';

/** Each contact detail with its own copy control, then "Copy all" and "Copy as vCard". */
export function ContactList({ profile }: { profile: Profile }) {
  const copy = useCopy();
  const items = contactItems(profile);
  return (
    <>
      <dl class="divide-y divide-slate-200 rounded-xl ring-1 ring-slate-200 dark:divide-slate-700 dark:ring-slate-700">
        {items.map((item) => (
          <div key={item.key} class="flex items-center gap-2 py-1.5 pr-1.5 pl-3">
            <dt class="w-16 shrink-0 text-xs text-slate-600 dark:text-slate-400">{item.label}</dt>
            <dd class="min-w-0 flex-1 text-[13px] break-words text-slate-900 dark:text-slate-100">
              {item.href ? (
                <a class={popupLinkClass} href={item.href} target="_blank" rel="noopener noreferrer">
                  {item.value}
                </a>
              ) : (
                item.value
              )}
            </dd>
            <dd class="contents">
              <CopyButton text={item.value} name={item.copyName} />
            </dd>
          </div>
        ))}
      </dl>
      <div class="flex gap-2">
        <button type="button" class={popupButtonClass} onClick={() => void copy(contactBlock(profile), 'contact details')}>
          Copy all
        </button>
        <button type="button" class={popupButtonClass} onClick={() => void copy(profileToVCard(profile), 'vCard')}>
          Copy as vCard
        </button>
      </div>
    </>
  );
}
