import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { fieldId, getIn, joinList, pathKey, splitList, type Path } from '@/core/profile/edit';
import type { ProfileEditor } from './useProfileEditor';
import { errorClass, hintClass, inputClass, labelClass } from '@/components/ui';
import { t } from '@/components/i18n';

export const EditorContext = createContext<ProfileEditor | null>(null);

export function useEditor(): ProfileEditor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside <EditorContext.Provider>');
  return editor;
}

interface FieldProps {
  path: Path;
  label: string;
  hint?: string;
  class?: string;
}

/** Label, hint and the model's error message around one control, wired with aria-describedby. */
function useField({ path, hint }: FieldProps) {
  const editor = useEditor();
  const id = fieldId(path);
  const error = editor.issueAt(pathKey(path));
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return {
    editor,
    id,
    error,
    value: getIn(editor.draft, path),
    control: { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': describedBy },
  };
}

function Shell({ id, label, hint, error, class: className, children }: FieldProps & { id: string; error?: string; children: ComponentChildren }) {
  return (
    <div class={className}>
      <label for={id} class={labelClass}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class={hintClass}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} class={errorClass}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(props: FieldProps & { type?: 'text' | 'email' | 'tel' | 'url'; autoComplete?: string; placeholder?: string; required?: boolean }) {
  const { editor, id, error, value, control } = useField(props);
  return (
    <Shell {...props} id={id} error={error}>
      <input
        {...control}
        type={props.type ?? 'text'}
        class={inputClass}
        value={typeof value === 'string' ? value : ''}
        autoComplete={props.autoComplete ?? 'off'}
        placeholder={props.placeholder}
        aria-required={props.required ? 'true' : undefined}
        onInput={(e) => editor.set(props.path, e.currentTarget.value)}
      />
    </Shell>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { editor, id, error, value, control } = useField(props);
  return (
    <Shell {...props} id={id} error={error}>
      <textarea
        {...control}
        rows={props.rows ?? 3}
        class={inputClass}
        value={typeof value === 'string' ? value : ''}
        onInput={(e) => editor.set(props.path, e.currentTarget.value)}
      />
    </Shell>
  );
}

export function SelectField(props: FieldProps & { options: readonly (readonly [value: string, label: string])[] }) {
  const { editor, id, error, value, control } = useField(props);
  return (
    <Shell {...props} id={id} error={error}>
      <select {...control} class={inputClass} value={typeof value === 'string' ? value : ''} onChange={(e) => editor.set(props.path, e.currentTarget.value)}>
        {props.options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/**
 * A list of short strings typed as "Go, Ruby, Python". The text is kept as typed (a trailing comma
 * stays while typing) and only re-read from the profile when the list itself changes elsewhere.
 */
export function ListField(fieldProps: FieldProps) {
  const props = { ...fieldProps, hint: fieldProps.hint ?? t('optionsFieldsSeparateWithCommas') };
  const { editor, id, error, value, control } = useField(props);
  const list = Array.isArray(value) ? (value as string[]) : [];
  const [text, setText] = useState(joinList(list));
  useEffect(() => {
    if (joinList(splitList(text)) !== joinList(list)) setText(joinList(list));
  }, [joinList(list)]);
  return (
    <Shell {...props} id={id} error={error}>
      <input
        {...control}
        class={inputClass}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          editor.set(props.path, splitList(e.currentTarget.value));
        }}
      />
    </Shell>
  );
}

export const YES_NO_OPTIONS = [
  ['', t('optionsFieldsNoAnswerLeaveIt')],
  ['yes', t('optionsFieldsYes')],
  ['no', t('optionsFieldsNo')],
] as const;
