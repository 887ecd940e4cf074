import { CopyIcon } from '@/components/CopyIcon';
import { popupIconButtonClass } from '@/components/ui';
import { useCopy } from './feedback';
import { t } from '@/components/i18n';

/** An icon button named for what it copies ("Copy email"); the live region confirms the copy. */
export function CopyButton({ text, name }: { text: string; name: string }) {
  const copy = useCopy();
  return (
    <button
      type="button"
      class={popupIconButtonClass}
      aria-label={t('sharedCopyNamed', name)}
      title={t('sharedCopyNamed', name)}
      onClick={() => void copy(text, name)}
    >
      <CopyIcon />
    </button>
  );
}
