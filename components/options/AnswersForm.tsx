import { useEffect, useState } from 'preact/hooks';
import { fieldId, getIn, type Path } from '@/core/profile/edit';
import { EXT_KEY, type WorkAuthorization } from '@/core/profile/types';
import { SelectField, TextArea, TextField, YES_NO_OPTIONS, useEditor } from './fields';
import { Repeater } from './Repeater';
import { hintClass, inputClass, labelClass } from '@/components/ui';
import { t } from '@/components/i18n';

const A = (...rest: (string | number)[]): Path => [EXT_KEY, 'answers', ...rest];
const grid = 'grid gap-3 sm:grid-cols-2';

const SELF_ID_OPTIONS = [
  ['', t('optionsAnswersNoAnswerLeaveIt')],
  ['decline', t('optionsAnswersDeclineToSelfIdentify')],
  ['yes', t('optionsAnswersYes')],
  ['no', t('optionsAnswersNo')],
] as const;

type Mode = 'none' | 'decline' | 'own';
const modeOf = (value: string): Mode => (value === '' ? 'none' : value === 'decline' ? 'decline' : 'own');

/**
 * A self-identification question answered in the user's own words (gender, race/ethnicity):
 * no answer, decline, or their text. Choosing "In my words" with nothing typed still means no answer.
 */
function SelfDescribedField({ path, label, hint }: { path: Path; label: string; hint: string }) {
  const editor = useEditor();
  const raw = getIn(editor.draft, path);
  const value = typeof raw === 'string' ? raw : '';
  const [mode, setMode] = useState<Mode>(modeOf(value));
  // Follow changes from elsewhere (discard, import), but keep "In my words" while its text is empty.
  useEffect(() => {
    if (value !== '' || mode === 'decline') setMode(modeOf(value));
  }, [value]);
  const id = fieldId(path);
  return (
    <div>
      <label for={`${id}-choice`} class={labelClass}>
        {label}
      </label>
      <select
        id={`${id}-choice`}
        class={inputClass}
        value={mode}
        onChange={(e) => {
          const next = e.currentTarget.value as Mode;
          setMode(next);
          editor.set(path, next === 'decline' ? 'decline' : next === 'none' || value === 'decline' ? '' : value);
        }}
      >
        <option value="none">{t('optionsAnswersNoAnswerLeaveIt')}</option>
        <option value="decline">{t('optionsAnswersDeclineToSelfIdentify')}</option>
        <option value="own">{t('optionsAnswersInMyWords')}</option>
      </select>
      {mode === 'own' && (
        <div class="mt-2">
          <label for={id} class={labelClass}>
            {t('optionsAnswersInYourWords', label)}
          </label>
          <p id={`${id}-hint`} class={hintClass}>
            {hint}
          </p>
          <input id={id} class={inputClass} aria-describedby={`${id}-hint`} value={value} onInput={(e) => editor.set(path, e.currentTarget.value)} />
        </div>
      )}
    </div>
  );
}

/** The answers to application questions JSON Resume has no place for. Empty means autofill leaves it to the user. */
export function AnswersForm() {
  return (
    <div class="space-y-8">
      <p class="text-sm text-slate-600 dark:text-slate-400">{t('optionsAnswersEveryAnswerStartsEmpty')}</p>

      <fieldset>
        <legend class="mb-2 font-semibold">{t('optionsAnswersWorkAuthorisationByCountry')}</legend>
        <Repeater<WorkAuthorization>
          path={A('workAuthorization')}
          noun={t('optionsNounCountry')}
          make={() => ({ country: '', authorized: '' })}
          describe={(w) => w.country}
        >
          {(at) => (
            <div class={grid}>
              <TextField path={[...at, 'country']} label={t('optionsAnswersCountry')} hint={t('optionsAnswersACodeOrA')} autoComplete="country-name" />
              <SelectField path={[...at, 'authorized']} label={t('optionsAnswersLegallyAuthorisedToWork')} options={YES_NO_OPTIONS} />
            </div>
          )}
        </Repeater>
      </fieldset>

      <div class={grid}>
        <SelectField path={A('sponsorship')} label={t('optionsAnswersNeedsVisaSponsorshipNow')} options={YES_NO_OPTIONS} />
        <SelectField path={A('relocate')} label={t('optionsAnswersWillingToRelocate')} options={YES_NO_OPTIONS} />
        <SelectField path={A('adult')} label={t('optionsAnswers18YearsOfAge')} options={YES_NO_OPTIONS} />
        <SelectField
          path={A('workplace')}
          label={t('optionsAnswersWorkplacePreference')}
          options={[
            ['', t('optionsAnswersNoAnswerLeaveIt')],
            ['remote', t('optionsAnswersRemote')],
            ['hybrid', t('optionsAnswersHybrid')],
            ['onsite', t('optionsAnswersOnSite')],
            ['any', t('optionsAnswersAnyOfThese')],
          ]}
        />
        <TextField path={A('startDate')} label={t('optionsAnswersEarliestStartDate')} hint={t('optionsAnswersADate202509')} />
        <TextField path={A('noticePeriod')} label={t('optionsAnswersNoticePeriod')} hint={t('optionsAnswersEG30Days')} />
        <TextField path={A('heardAbout')} label={t('optionsAnswersHowDidYouHear')} hint={t('optionsAnswersEGLinkedin')} />
        <TextField path={A('preferredName')} label={t('optionsAnswersPreferredName')} autoComplete="nickname" />
        <TextField path={A('pronouns')} label={t('optionsAnswersPronouns')} hint={t('optionsAnswersEGSheHer')} />
      </div>

      <fieldset>
        <legend class="mb-2 font-semibold">{t('optionsAnswersSalaryExpectation')}</legend>
        <div class="grid gap-3 sm:grid-cols-3">
          <TextField path={A('salary', 'amount')} label={t('optionsAnswersAmount')} hint={t('optionsAnswersEG120000Or')} />
          <TextField path={A('salary', 'currency')} label={t('optionsAnswersCurrency')} hint={t('optionsAnswersEGUsdEur')} />
          <SelectField
            path={A('salary', 'period')}
            label={t('optionsAnswersPer')}
            options={[
              ['', t('optionsAnswersNoAnswer')],
              ['year', t('optionsAnswersYear')],
              ['month', t('optionsAnswersMonth')],
              ['hour', t('optionsAnswersHour')],
            ]}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend class="mb-1 font-semibold">{t('optionsAnswersVoluntarySelfIdentification')}</legend>
        <p class="mb-3 text-sm text-slate-600 dark:text-slate-400">{t('optionsAnswersUsEmployersAskThese')}</p>
        <div class={grid}>
          <SelfDescribedField path={A('eeo', 'gender')} label={t('optionsAnswersGender')} hint={t('optionsAnswersWrittenAsYouWant')} />
          <SelfDescribedField path={A('eeo', 'race')} label={t('optionsAnswersRaceOrEthnicity')} hint={t('optionsAnswersWrittenAsTheForm')} />
          <SelectField path={A('eeo', 'hispanicLatino')} label={t('optionsAnswersHispanicOrLatino')} options={SELF_ID_OPTIONS} />
          <SelectField path={A('eeo', 'veteran')} label={t('optionsAnswersProtectedVeteran')} options={SELF_ID_OPTIONS} />
          <SelectField path={A('eeo', 'disability')} label={t('optionsAnswersDisability')} options={SELF_ID_OPTIONS} />
        </div>
      </fieldset>

      <fieldset>
        <legend class="mb-1 font-semibold">{t('optionsAnswersYourOwnQuestions')}</legend>
        <p class="mb-3 text-sm text-slate-600 dark:text-slate-400">{t('optionsAnswersQuestionsYouMeetOften')}</p>
        <Repeater<{ question: string; answer: string }>
          path={A('custom')}
          noun={t('optionsNounQuestion')}
          reorder
          make={() => ({ question: '', answer: '' })}
          describe={(q) => q.question}
        >
          {(at) => (
            <>
              <TextField path={[...at, 'question']} label={t('optionsAnswersQuestion')} />
              <TextArea path={[...at, 'answer']} label={t('optionsAnswersAnswer')} rows={3} />
            </>
          )}
        </Repeater>
      </fieldset>
    </div>
  );
}
