import { browser } from 'wxt/browser';
import { profileEmailHref, profileLink, profileShareData } from '@/core/share';
import { profileToVCard, vcardFileName } from '@/core/vcard';
import type { Profile } from '@/core/profile/types';
import { CopyButton } from './CopyButton';
import { useNotify } from './feedback';
import { QrCode } from './QrCode';
import { popupButtonClass, popupLinkClass } from '@/components/ui';
import { Section } from './ui';
import { t } from '@/components/i18n';

function downloadVCard(profile: Profile) {
  const url = URL.createObjectURL(new Blob([profileToVCard(profile)], { type: 'text/vcard;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = vcardFileName(profile.basics.name);
  anchor.click();
  // The download has its own copy of the data once it starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ShareView({ profile }: { profile: Profile }) {
  const notify = useNotify();
  const link = profileLink(profile);
  const canShare = typeof navigator.share === 'function';

  const share = async () => {
    try {
      await navigator.share(profileShareData(profile));
    } catch (error) {
      // Closing the share sheet is not an error worth a message.
      if (!(error instanceof DOMException && error.name === 'AbortError')) notify(t('popupCouldNotShare', String(error)));
    }
  };

  return (
    <>
      <Section title={t('popupProfileLinkTitle')}>
        {link ? (
          <div class="flex flex-col items-center gap-2 rounded-xl p-3 ring-1 ring-slate-200 dark:ring-slate-700">
            <QrCode text={link} label={t('popupQrLabel')} />
            <div class="flex w-full items-center gap-1">
              <a class={`${popupLinkClass} min-w-0 flex-1 text-center text-[13px]`} href={link} target="_blank" rel="noopener noreferrer">
                {link}
              </a>
              <CopyButton text={link} name={t('popupProfileLinkCopyName')} />
            </div>
          </div>
        ) : (
          <div class="space-y-2 rounded-xl bg-amber-50 p-3 text-[13px] text-amber-950 ring-1 ring-amber-300 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-800">
            <p>{t('popupNoProfileLink')}</p>
            <button
              type="button"
              class={popupButtonClass}
              onClick={() => void browser.runtime.openOptionsPage().catch((error) => notify(t('popupCouldNotOpenOptions', String(error))))}
            >
              {t('popupAddProfileLink')}
            </button>
          </div>
        )}
      </Section>
      <Section title={t('popupSendDetailsTitle')}>
        <div class="flex flex-wrap gap-2">
          <button
            type="button"
            class={popupButtonClass}
            onClick={() => {
              downloadVCard(profile);
              notify(t('popupVCardDownloaded'));
            }}
          >
            {t('popupDownloadVCard')}
          </button>
          <a class={popupButtonClass} href={profileEmailHref(profile)}>
            {t('popupEmailProfile')}
          </a>
          {canShare && (
            <button type="button" class={popupButtonClass} onClick={() => void share()}>
              {t('popupShare')}
            </button>
          )}
        </div>
      </Section>
    </>
  );
}
