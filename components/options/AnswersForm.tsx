import { useEffect, useState } from 'preact/hooks';
import { fieldId, getIn, type Path } from '@/core/profile/edit';
import { EXT_KEY, type WorkAuthorization } from '@/core/profile/types';
import { SelectField, TextArea, TextField, YES_NO_OPTIONS, useEditor } from './fields';
import { Repeater } from './Repeater';
import { hintClass, inputClass, labelClass } from '@/components/ui';

const A = (...rest: (string | number)[]): Path => [EXT_KEY, 'answers', ...rest];
const grid = 'grid gap-3 sm:grid-cols-2';

const SELF_ID_OPTIONS = [
  ['', 'No answer (leave it to me)'],
  ['decline', 'Decline to self-identify'],
  ['yes', 'Yes'],
  ['no', 'No'],
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
        <option value="none">No answer (leave it to me)</option>
        <option value="decline">Decline to self-identify</option>
        <option value="own">In my words…</option>
      </select>
      {mode === 'own' && (
        <div class="mt-2">
          <label for={id} class={labelClass}>
            {label}, in your words
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
      <p class="text-sm text-slate-600 dark:text-slate-400">
        Every answer starts empty. Empty means “no answer”: autofill leaves that question for you to answer on the form.
      </p>

      <fieldset>
        <legend class="mb-2 font-semibold">Work authorisation, by country</legend>
        <Repeater<WorkAuthorization> path={A('workAuthorization')} noun="country" make={() => ({ country: '', authorized: '' })} describe={(w) => w.country}>
          {(at) => (
            <div class={grid}>
              <TextField path={[...at, 'country']} label="Country" hint="A code or a name, e.g. US, United Kingdom." autoComplete="country-name" />
              <SelectField path={[...at, 'authorized']} label="Legally authorised to work there" options={YES_NO_OPTIONS} />
            </div>
          )}
        </Repeater>
      </fieldset>

      <div class={grid}>
        <SelectField path={A('sponsorship')} label="Needs visa sponsorship, now or in the future" options={YES_NO_OPTIONS} />
        <SelectField path={A('relocate')} label="Willing to relocate" options={YES_NO_OPTIONS} />
        <SelectField path={A('adult')} label="18 years of age or older" options={YES_NO_OPTIONS} />
        <SelectField
          path={A('workplace')}
          label="Workplace preference"
          options={[
            ['', 'No answer (leave it to me)'],
            ['remote', 'Remote'],
            ['hybrid', 'Hybrid'],
            ['onsite', 'On-site'],
            ['any', 'Any of these'],
          ]}
        />
        <TextField path={A('startDate')} label="Earliest start date" hint="A date (2025-09-01) or words (immediately)." />
        <TextField path={A('noticePeriod')} label="Notice period" hint="e.g. 30 days" />
        <TextField path={A('heardAbout')} label="How did you hear about us" hint="e.g. LinkedIn" />
        <TextField path={A('preferredName')} label="Preferred name" autoComplete="nickname" />
        <TextField path={A('pronouns')} label="Pronouns" hint="e.g. she/her, he/him, they/them" />
      </div>

      <fieldset>
        <legend class="mb-2 font-semibold">Salary expectation</legend>
        <div class="grid gap-3 sm:grid-cols-3">
          <TextField path={A('salary', 'amount')} label="Amount" hint="e.g. 120000 or 100k–120k" />
          <TextField path={A('salary', 'currency')} label="Currency" hint="e.g. USD, EUR, BDT" />
          <SelectField
            path={A('salary', 'period')}
            label="Per"
            options={[
              ['', 'No answer'],
              ['year', 'Year'],
              ['month', 'Month'],
              ['hour', 'Hour'],
            ]}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend class="mb-1 font-semibold">Voluntary self-identification</legend>
        <p class="mb-3 text-sm text-slate-600 dark:text-slate-400">
          US employers ask these (EEO). Answering is always voluntary; “Decline to self-identify” picks that option on the form.
        </p>
        <div class={grid}>
          <SelfDescribedField path={A('eeo', 'gender')} label="Gender" hint="Written as you want the form to receive it, e.g. Woman, Man, Non-binary." />
          <SelfDescribedField path={A('eeo', 'race')} label="Race or ethnicity" hint="Written as the form lists it, e.g. Asian." />
          <SelectField path={A('eeo', 'hispanicLatino')} label="Hispanic or Latino" options={SELF_ID_OPTIONS} />
          <SelectField path={A('eeo', 'veteran')} label="Protected veteran" options={SELF_ID_OPTIONS} />
          <SelectField path={A('eeo', 'disability')} label="Disability" options={SELF_ID_OPTIONS} />
        </div>
      </fieldset>

      <fieldset>
        <legend class="mb-1 font-semibold">Your own questions</legend>
        <p class="mb-3 text-sm text-slate-600 dark:text-slate-400">Questions you meet often, with the answer you give.</p>
        <Repeater<{ question: string; answer: string }> path={A('custom')} noun="question" reorder make={() => ({ question: '', answer: '' })} describe={(q) => q.question}>
          {(at) => (
            <>
              <TextField path={[...at, 'question']} label="Question" />
              <TextArea path={[...at, 'answer']} label="Answer" rows={3} />
            </>
          )}
        </Repeater>
      </fieldset>
    </div>
  );
}
