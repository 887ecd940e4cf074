/**
 * Optional marks on the page (setting `highlightFilled`): a subtle outline on fields autofill wrote,
 * with the profile key as the tooltip, and a dashed one on required fields left for the person.
 * The outline is the element's own inline style, not a style sheet: adding a sheet makes the browser
 * re-match every rule against the whole page (tens of ms on a long form), and a transition would repaint
 * it frame after frame. The class names the mark for tests and for undo; undo restores style and title.
 */
import type { CollectedField } from './types';

export const FILLED_CLASS = 'profile-card-filled';
export const NEEDS_YOU_CLASS = 'profile-card-needs-you';
const OUTLINES: Record<string, string> = {
  [FILLED_CLASS]: '2px solid rgb(22 163 74 / .55)',
  [NEEDS_YOU_CLASS]: '2px dashed rgb(217 119 6 / .85)',
};
const STYLED = ['outline', 'outline-offset'] as const;

interface Mark {
  element: HTMLElement;
  className: string;
  /** The element's own title before the mark, restored on undo (null: it had none). */
  title: string | null;
  /** Whether it had a style attribute, and its own outline declarations (value, priority), restored on undo. */
  hadStyle: boolean;
  styles: [string, string][];
}

/** The element a person sees for the field: a group's container, a react-select's control box. */
function markTarget(field: CollectedField): HTMLElement {
  const { element, members } = field;
  const first = members?.[0];
  if (first) return (first.closest('fieldset, [role=radiogroup], [role=group]') as HTMLElement | null) ?? first.parentElement ?? element;
  if (field.descriptor.kind === 'combobox' && element.tagName === 'INPUT') {
    return (element.closest('[class*="control"]') as HTMLElement | null) ?? element;
  }
  if (field.descriptor.kind === 'file') return field.dropTarget ? element : (element.parentElement ?? element);
  return element;
}

export class Marks {
  private marks: Mark[] = [];

  add(field: CollectedField, className: string, title: string) {
    const element = markTarget(field);
    if (element.classList.contains(className)) return;
    const { style } = element;
    this.marks.push({
      element,
      className,
      title: element.getAttribute('title'),
      hadStyle: element.hasAttribute('style'),
      styles: STYLED.map((name) => [style.getPropertyValue(name), style.getPropertyPriority(name)]),
    });
    element.classList.add(className);
    element.setAttribute('title', title);
    style.setProperty('outline', OUTLINES[className]!, 'important');
    style.setProperty('outline-offset', '1px', 'important');
  }

  /** Removes the "needs you" mark once a later fill answered the field. */
  clearNeedsYou() {
    this.marks = this.marks.filter((mark) => {
      if (mark.className !== NEEDS_YOU_CLASS) return true;
      this.remove(mark);
      return false;
    });
  }

  clear() {
    for (const mark of this.marks.reverse()) this.remove(mark);
    this.marks = [];
  }

  private remove({ element, className, title, hadStyle, styles }: Mark) {
    element.classList.remove(className);
    if (title === null) element.removeAttribute('title');
    else element.setAttribute('title', title);
    STYLED.forEach((name, i) => {
      const [value, priority] = styles[i]!;
      if (value) element.style.setProperty(name, value, priority);
      else element.style.removeProperty(name);
    });
    if (!hadStyle && !element.getAttribute('style')) element.removeAttribute('style');
  }
}
