/**
 * Optional marks on the page (setting `highlightFilled`): a subtle outline on fields autofill wrote,
 * with the profile key as the tooltip, and a dashed one on required fields left for the person.
 * One style element per document or shadow root; undo removes every mark and restores titles.
 */
import type { CollectedField } from './types';

export const FILLED_CLASS = 'profile-card-filled';
export const NEEDS_YOU_CLASS = 'profile-card-needs-you';
const STYLE_ATTRIBUTE = 'data-profile-card-marks';
const CSS = `.${FILLED_CLASS}{outline:2px solid rgb(22 163 74 / .55)!important;outline-offset:1px!important}
.${NEEDS_YOU_CLASS}{outline:2px dashed rgb(217 119 6 / .85)!important;outline-offset:1px!important}
@media (prefers-reduced-motion:no-preference){.${FILLED_CLASS},.${NEEDS_YOU_CLASS}{transition:outline-color .2s}}`;

interface Mark {
  element: HTMLElement;
  className: string;
  /** The element's own title before the mark, restored on undo (null: it had none). */
  title: string | null;
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
    this.ensureStyle(element);
    this.marks.push({ element, className, title: element.getAttribute('title') });
    element.classList.add(className);
    element.setAttribute('title', title);
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

  private remove(mark: Mark) {
    mark.element.classList.remove(mark.className);
    if (mark.title === null) mark.element.removeAttribute('title');
    else mark.element.setAttribute('title', mark.title);
  }

  private ensureStyle(element: HTMLElement) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const host = root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : (root as ShadowRoot);
    if (host.querySelector(`style[${STYLE_ATTRIBUTE}]`)) return;
    const style = element.ownerDocument.createElement('style');
    style.setAttribute(STYLE_ATTRIBUTE, '');
    style.textContent = CSS;
    host.append(style);
  }
}
