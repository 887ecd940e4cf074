import type { ComponentChildren } from 'preact';
import { fieldId, getIn, moveItem, removeItem, type Path } from '@/core/profile/edit';
import { useEditor } from './fields';
import { buttonClass, smallButtonClass } from '@/components/ui';
import { t } from '@/components/i18n';

interface RepeaterProps<T> {
  /** Where the list lives in the profile. */
  path: Path;
  /** What one item is called, lower case ("work entry"): used in legends and button names. */
  noun: string;
  /** A new, empty item. */
  make: () => T;
  /** Offer "Move up" / "Move down" (order matters: work, education, problem log). */
  reorder?: boolean;
  /** A short description of an item for its legend ("Lead engineer at Acme"). */
  describe?: (item: T) => string | undefined;
  /** Items are one labelled field each (a highlight, a paragraph): no fieldset legend repeating the label. */
  plain?: boolean;
  children: (itemPath: Path, index: number) => ComponentChildren;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Focuses a control once the next render has put it in the page. */
function focusSoon(id: string) {
  setTimeout(() => {
    const target = document.getElementById(id);
    const control = target?.matches('button, input, textarea, select') ? target : target?.querySelector<HTMLElement>('input, textarea, select');
    (control as HTMLElement | null | undefined)?.focus();
  });
}

/** An editable list: each item in its own fieldset, with add, remove and (optionally) reorder. */
export function Repeater<T>({ path, noun, make, reorder, describe, plain, children }: RepeaterProps<T>) {
  const editor = useEditor();
  const value = getIn(editor.draft, path);
  const items = (Array.isArray(value) ? value : []) as T[];
  const base = fieldId(path);

  const move = (from: number, to: number) => {
    editor.set(path, moveItem(items, from, to));
    // Keep focus on the moved item's button, or its other one at the ends of the list.
    const edge = to === 0 ? 'down' : to === items.length - 1 ? 'up' : from > to ? 'up' : 'down';
    focusSoon(`${base}-item-${to}-${edge}`);
  };

  return (
    <div>
      {items.length === 0 && <p class="text-sm text-slate-600 dark:text-slate-400">{t('optionsRepeaterNoneYet')}</p>}
      <ol class="space-y-3">
        {items.map((item, i) => {
          const described = describe?.(item)?.trim();
          const summary = described && described.length > 60 ? `${described.slice(0, 57)}…` : described;
          const name = t('optionsRepeaterItemName', capitalise(noun), i + 1);
          const Box = plain ? 'div' : 'fieldset';
          return (
            <li key={i} id={`${base}-item-${i}`}>
              <Box class="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
                {!plain && (
                  <legend class="px-1 text-sm font-semibold">
                    {name}
                    {summary ? `: ${summary}` : ''}
                  </legend>
                )}
                <div class="space-y-3">{children([...path, i], i)}</div>
                <div class="mt-3 flex flex-wrap gap-2">
                  {reorder && (
                    <>
                      <button
                        type="button"
                        id={`${base}-item-${i}-up`}
                        class={smallButtonClass}
                        disabled={i === 0}
                        aria-label={t('optionsRepeaterMoveUpLabel', noun, i + 1)}
                        onClick={() => move(i, i - 1)}
                      >
                        {t('optionsRepeaterMoveUp')}
                      </button>
                      <button
                        type="button"
                        id={`${base}-item-${i}-down`}
                        class={smallButtonClass}
                        disabled={i === items.length - 1}
                        aria-label={t('optionsRepeaterMoveDownLabel', noun, i + 1)}
                        onClick={() => move(i, i + 1)}
                      >
                        {t('optionsRepeaterMoveDown')}
                      </button>
                    </>
                  )}
                  <button
                    type="button"
                    class={smallButtonClass}
                    aria-label={t('optionsRepeaterRemoveLabel', noun, i + 1)}
                    onClick={() => {
                      editor.set(path, removeItem(items, i));
                      focusSoon(items.length > 1 ? `${base}-item-${Math.min(i, items.length - 2)}` : `${base}-add`);
                    }}
                  >
                    {t('optionsRepeaterRemove')}
                  </button>
                </div>
              </Box>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        id={`${base}-add`}
        class={`${buttonClass} mt-3`}
        onClick={() => {
          editor.set(path, [...items, make()]);
          focusSoon(`${base}-item-${items.length}`);
        }}
      >
        {t('optionsRepeaterAdd', noun)}
      </button>
    </div>
  );
}
