import { useState } from 'preact/hooks';
import { ATS_SITES } from '@/core/ats-hosts';
import { defaultSettings, type Settings as SettingsValue } from '@/core/settings';
import { settingsItem, updateSettings } from '@/utils/storage';
import { cardClass, inputClass, labelClass, smallButtonClass, statusClass } from '@/components/ui';
import { useStorageItem } from './useStorageItem';
import { t } from '@/components/i18n';

const checkboxClass = 'size-4 accent-blue-700 dark:accent-blue-400';

/** One on/off setting: a labelled checkbox. */
function SettingCheckbox({ checked, label, onChange }: { checked: boolean; label: string; onChange: (checked: boolean) => void }) {
  return (
    <label class="flex items-center gap-2 text-sm">
      <input type="checkbox" class={checkboxClass} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}

/** Where the card shows, how autofill behaves, the theme. Each change is stored at once. */
export function Settings() {
  const stored = useStorageItem(settingsItem);
  const [status, setStatus] = useState('');
  if (stored === undefined) return <p>{t('optionsSettingsLoading')}</p>;
  // Missing keys (an older stored value) take their defaults.
  const settings: SettingsValue = { ...defaultSettings(), ...stored };

  /** Each change is computed from the stored settings of the moment, so quick successive changes all stay. */
  const change = async (next: (current: SettingsValue) => Partial<SettingsValue>, message: string) => {
    try {
      await updateSettings(next);
      setStatus(message);
    } catch (error) {
      setStatus(t('optionsSettingsNotSaved', error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <div class="space-y-6">
      <fieldset class={cardClass}>
        <legend class="px-1 font-semibold">{t('optionsSettingsShowTheCardOn')}</legend>
        <p class="mb-2 text-sm text-slate-600 dark:text-slate-400">{t('optionsSettingsApplicationPagesOfThese')}</p>
        <ul class="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {ATS_SITES.map((site) => (
            <li key={site.id}>
              <SettingCheckbox
                checked={settings.cardOnAts[site.id] !== false}
                label={site.name}
                onChange={(on) =>
                  void change(
                    (current) => ({ cardOnAts: { ...current.cardOnAts, [site.id]: on } }),
                    t(on ? 'optionsSettingsCardShowsOn' : 'optionsSettingsCardNoLongerShowsOn', site.name),
                  )
                }
              />
            </li>
          ))}
        </ul>
      </fieldset>

      <section aria-labelledby="dismissed-heading" class={cardClass}>
        <h3 id="dismissed-heading" class="font-semibold">
          {t('optionsSettingsSitesWhereYouDismissed')}
        </h3>
        {settings.dismissedHosts.length === 0 ? (
          <p class="mt-1 text-sm text-slate-600 dark:text-slate-400">{t('optionsSettingsNone')}</p>
        ) : (
          <ul class="mt-2 space-y-1">
            {settings.dismissedHosts.map((host) => (
              <li key={host} class="flex items-center gap-3 text-sm">
                <span>{host}</span>
                <button
                  type="button"
                  class={smallButtonClass}
                  aria-label={t('optionsSettingsShowAgainLabel', host)}
                  onClick={() =>
                    void change((current) => ({ dismissedHosts: current.dismissedHosts.filter((h) => h !== host) }), t('optionsSettingsShowsAgain', host))
                  }
                >
                  {t('optionsSettingsShowAgain')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <fieldset class={`${cardClass} space-y-2`}>
        <legend class="px-1 font-semibold">{t('optionsSettingsAutofill')}</legend>
        <SettingCheckbox
          checked={settings.previewBeforeFill}
          label={t('optionsSettingsShowWhatWillBe')}
          onChange={(checked) =>
            void change(() => ({ previewBeforeFill: checked }), checked ? t('optionsSettingsAutofillWillShowA') : t('optionsSettingsAutofillFillsWithoutA'))
          }
        />
        <SettingCheckbox
          checked={settings.highlightFilled}
          label={t('optionsSettingsHighlightTheFieldsAutofill')}
          onChange={(checked) =>
            void change(() => ({ highlightFilled: checked }), checked ? t('optionsSettingsFilledFieldsWillBe') : t('optionsSettingsFilledFieldsAreNot'))
          }
        />
        <SettingCheckbox
          checked={settings.recordApplications}
          label={t('optionsSettingsKeepALogOf')}
          onChange={(checked) =>
            void change(() => ({ recordApplications: checked }), checked ? t('optionsSettingsEachFillIsRecorded') : t('optionsSettingsFillsAreNoLonger'))
          }
        />
      </fieldset>

      <div class="max-w-xs">
        <label for="theme" class={labelClass}>
          {t('optionsSettingsTheme')}
        </label>
        <select
          id="theme"
          class={inputClass}
          value={settings.theme}
          onChange={(e) => {
            const theme = e.currentTarget.value as SettingsValue['theme'];
            void change(() => ({ theme }), t('optionsSettingsThemeChanged'));
          }}
        >
          <option value="system">{t('optionsSettingsSameAsTheSystem')}</option>
          <option value="light">{t('optionsSettingsLight')}</option>
          <option value="dark">{t('optionsSettingsDark')}</option>
        </select>
      </div>

      <p role="status" class={statusClass}>
        {status}
      </p>
    </div>
  );
}
