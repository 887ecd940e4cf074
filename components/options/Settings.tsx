import { useState } from 'preact/hooks';
import { ATS_SITES } from '@/core/ats-hosts';
import { defaultSettings, type Settings as SettingsValue } from '@/core/settings';
import { settingsItem, updateSettings } from '@/utils/storage';
import { cardClass, inputClass, labelClass, smallButtonClass, statusClass } from '@/components/ui';
import { useStorageItem } from './useStorageItem';

const checkboxClass = 'size-4 accent-blue-700 dark:accent-blue-400';

/** Where the card shows, how autofill behaves, the theme. Each change is stored at once. */
export function Settings() {
  const stored = useStorageItem(settingsItem);
  const [status, setStatus] = useState('');
  if (stored === undefined) return <p>Loading…</p>;
  // Missing keys (an older stored value) take their defaults.
  const settings: SettingsValue = { ...defaultSettings(), ...stored };

  /** Each change is computed from the stored settings of the moment, so quick successive changes all stay. */
  const change = async (next: (current: SettingsValue) => Partial<SettingsValue>, message: string) => {
    try {
      await updateSettings(next);
      setStatus(message);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div class="space-y-6">
      <fieldset class={cardClass}>
        <legend class="px-1 font-semibold">Show the card on</legend>
        <p class="mb-2 text-sm text-slate-600 dark:text-slate-400">Application pages of these applicant-tracking systems.</p>
        <ul class="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {ATS_SITES.map((site) => (
            <li key={site.id}>
              <label class="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  class={checkboxClass}
                  checked={settings.cardOnAts[site.id] !== false}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    void change((current) => ({ cardOnAts: { ...current.cardOnAts, [site.id]: on } }), `The card ${on ? 'shows' : 'no longer shows'} on ${site.name}.`);
                  }}
                />
                {site.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <section aria-labelledby="dismissed-heading" class={cardClass}>
        <h3 id="dismissed-heading" class="font-semibold">
          Sites where you dismissed the card
        </h3>
        {settings.dismissedHosts.length === 0 ? (
          <p class="mt-1 text-sm text-slate-600 dark:text-slate-400">None.</p>
        ) : (
          <ul class="mt-2 space-y-1">
            {settings.dismissedHosts.map((host) => (
              <li key={host} class="flex items-center gap-3 text-sm">
                <span>{host}</span>
                <button
                  type="button"
                  class={smallButtonClass}
                  aria-label={`Show the card again on ${host}`}
                  onClick={() => void change((current) => ({ dismissedHosts: current.dismissedHosts.filter((h) => h !== host) }), `The card shows again on ${host}.`)}
                >
                  Show again
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <fieldset class={`${cardClass} space-y-2`}>
        <legend class="px-1 font-semibold">Autofill</legend>
        <label class="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            class={checkboxClass}
            checked={settings.previewBeforeFill}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              void change(() => ({ previewBeforeFill: checked }), checked ? 'Autofill will show a preview first.' : 'Autofill fills without a preview.');
            }}
          />
          Show what will be filled, and ask, before writing anything
        </label>
        <label class="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            class={checkboxClass}
            checked={settings.highlightFilled}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              void change(() => ({ highlightFilled: checked }), checked ? 'Filled fields will be highlighted.' : 'Filled fields are not highlighted.');
            }}
          />
          Highlight the fields autofill filled
        </label>
        <label class="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            class={checkboxClass}
            checked={settings.recordApplications}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              void change(
                () => ({ recordApplications: checked }),
                checked ? 'Each fill is recorded in your application log.' : 'Fills are no longer recorded; the log keeps what it has.',
              );
            }}
          />
          Keep a log of the applications I fill (company, role, address, date; in this browser only)
        </label>
      </fieldset>

      <div class="max-w-xs">
        <label for="theme" class={labelClass}>
          Theme
        </label>
        <select
          id="theme"
          class={inputClass}
          value={settings.theme}
          onChange={(e) => {
            const theme = e.currentTarget.value as SettingsValue['theme'];
            void change(() => ({ theme }), 'Theme changed.');
          }}
        >
          <option value="system">Same as the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </div>

      <p role="status" class={statusClass}>
        {status}
      </p>
    </div>
  );
}
