import { useState } from 'preact/hooks';
import { applyFirstRunDetails, linkedInIndex, type FirstRunDetails } from '@/core/profile/draft';
import type { Profile } from '@/core/profile/types';
import { welcomeDoneItem } from '@/utils/storage';
import { useEditor } from './fields';
import { buttonClass, errorClass, hintClass, inputClass, labelClass, primaryButtonClass } from '@/components/ui';
import { t } from '@/components/i18n';

const FIELDS: { key: keyof FirstRunDetails; label: string; type: string; hint: string; autoComplete: string }[] = [
  { key: 'phone', label: t('optionsWelcomePhoneNumber'), type: 'tel', hint: t('optionsWelcomeAsEmployersShouldDial'), autoComplete: 'tel' },
  { key: 'url', label: t('optionsWelcomeYourProfileLink'), type: 'url', hint: t('optionsWelcomeASitePortfolioOr'), autoComplete: 'url' },
  { key: 'linkedin', label: t('optionsWelcomeLinkedinProfile'), type: 'url', hint: t('optionsWelcomeEGHttpsWww'), autoComplete: 'off' },
];

/** What the profile already says for each of the welcome's questions. */
function detailsOf(profile: Profile): FirstRunDetails {
  return { phone: profile.basics.phone ?? '', url: profile.basics.url ?? '', linkedin: profile.basics.profiles?.[linkedInIndex(profile)]?.url ?? '' };
}

/**
 * First run: ask for the few things the shipped profile lacks. Skippable; shown until done or skipped.
 * It shows what the profile holds (an import made meanwhile included) and saves only what was typed
 * into it, onto the profile as stored then: never its own copy of the rest.
 */
export function Welcome() {
  const editor = useEditor();
  const [typed, setTyped] = useState<Partial<FirstRunDetails>>({});
  const details = { ...detailsOf(editor.draft), ...typed };
  const [errors, setErrors] = useState<Partial<Record<keyof FirstRunDetails, string>>>({});
  const [failure, setFailure] = useState('');

  const save = async () => {
    let linkedinPath = '';
    const outcome = await editor.saveChange((stored) => {
      const next = applyFirstRunDetails(stored, typed);
      linkedinPath = `basics.profiles[${linkedInIndex(next)}].url`;
      return next;
    });
    if (outcome.ok) return welcomeDoneItem.setValue(true);
    const messageAt = (path: string) => outcome.issues.find((issue) => issue.path === path)?.message;
    const fieldErrors = { phone: messageAt('basics.phone'), url: messageAt('basics.url'), linkedin: messageAt(linkedinPath) };
    setErrors(fieldErrors);
    setFailure(
      Object.values(fieldErrors).some(Boolean)
        ? t('optionsWelcomeNotSavedCheckThe')
        : t('optionsWelcomeNotSaved', outcome.error ?? t('optionsWelcomeFixTheProblemsShown')),
    );
  };

  return (
    <section aria-labelledby="welcome-heading" class="my-6 rounded-lg border border-blue-300 bg-blue-50 p-5 dark:border-blue-800 dark:bg-blue-950">
      <h2 id="welcome-heading" class="text-xl font-semibold">
        {t('optionsWelcomeWelcomeToProfileCard')}
      </h2>
      <p class="mt-1 text-sm">{t('optionsWelcomeYourResumeIsAlready')}</p>
      <form
        noValidate
        class="mt-4 grid gap-3 sm:grid-cols-3"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {FIELDS.map(({ key, label, type, hint, autoComplete }) => (
          <div key={key}>
            <label for={`welcome-${key}`} class={labelClass}>
              {label}
            </label>
            <input
              id={`welcome-${key}`}
              type={type}
              class={inputClass}
              autoComplete={autoComplete}
              value={details[key]}
              aria-invalid={errors[key] ? 'true' : undefined}
              aria-describedby={`welcome-${key}-hint${errors[key] ? ` welcome-${key}-error` : ''}`}
              onInput={(e) => setTyped({ ...typed, [key]: e.currentTarget.value })}
            />
            <p id={`welcome-${key}-hint`} class={hintClass}>
              {hint}
            </p>
            {errors[key] && (
              <p id={`welcome-${key}-error`} class={errorClass}>
                {errors[key]}
              </p>
            )}
          </div>
        ))}
        <div class="flex flex-wrap gap-2 sm:col-span-3">
          <button type="submit" class={primaryButtonClass}>
            {t('optionsWelcomeSaveAndContinue')}
          </button>
          <button type="button" class={buttonClass} onClick={() => void welcomeDoneItem.setValue(true)}>
            {t('optionsWelcomeSkipForNow')}
          </button>
        </div>
        {failure && (
          <p role="alert" class={`${errorClass} sm:col-span-3`}>
            {failure}
          </p>
        )}
      </form>
    </section>
  );
}
