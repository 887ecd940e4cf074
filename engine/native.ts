/**
 * The browser's own setters and methods, captured when the engine loads in the extension's isolated
 * world. A page that redefines `HTMLInputElement.prototype.value` or `EventTarget.prototype.*` in its
 * main world cannot reach these: each world has its own prototypes over the same DOM.
 */
function setterOf<T extends object>(prototype: T, property: string): (this: unknown, value: unknown) => void {
  const setter = Object.getOwnPropertyDescriptor(prototype, property)?.set;
  if (!setter) throw new Error(`No native setter for ${property}`);
  return setter;
}

function getterOf<T extends object>(prototype: T, property: string): (this: unknown) => unknown {
  const getter = Object.getOwnPropertyDescriptor(prototype, property)?.get;
  if (!getter) throw new Error(`No native getter for ${property}`);
  return getter;
}

export interface NativeDom {
  setValue(element: HTMLElement, value: string): void;
  getValue(element: HTMLElement): string;
  setSelectedIndex(element: HTMLSelectElement, index: number): void;
  /** One option of a multiple select, chosen or not, the others as they are. */
  setOptionSelected(option: HTMLOptionElement, selected: boolean): void;
  setChecked(element: HTMLInputElement, checked: boolean): void;
  setFiles(element: HTMLInputElement, files: FileList): void;
  dispatch(target: EventTarget, event: Event): boolean;
  click(element: HTMLElement): void;
  focus(element: HTMLElement): void;
  blur(element: HTMLElement): void;
}

/** Captures the natives of one window (the frame's, or a happy-dom window in unit tests). */
export function captureNative(view: Window & typeof globalThis): NativeDom {
  const input = view.HTMLInputElement.prototype;
  const textarea = view.HTMLTextAreaElement.prototype;
  const select = view.HTMLSelectElement.prototype;
  const setInput = setterOf(input, 'value');
  const setTextarea = setterOf(textarea, 'value');
  const setSelect = setterOf(select, 'value');
  const getInput = getterOf(input, 'value');
  const getTextarea = getterOf(textarea, 'value');
  const getSelect = getterOf(select, 'value');
  const setSelectedIndex = setterOf(select, 'selectedIndex');
  const setOptionSelected = setterOf(view.HTMLOptionElement.prototype, 'selected');
  const setChecked = setterOf(input, 'checked');
  const setFiles = setterOf(input, 'files');
  const click = view.HTMLElement.prototype.click;
  const focus = view.HTMLElement.prototype.focus;
  const blur = view.HTMLElement.prototype.blur;
  const pick = <T>(element: HTMLElement, forInput: T, forTextarea: T, forSelect: T): T =>
    element.tagName === 'TEXTAREA' ? forTextarea : element.tagName === 'SELECT' ? forSelect : forInput;
  return {
    setValue: (element, value) => pick(element, setInput, setTextarea, setSelect).call(element, value),
    getValue: (element) => String(pick(element, getInput, getTextarea, getSelect).call(element) ?? ''),
    setSelectedIndex: (element, index) => setSelectedIndex.call(element, index),
    setOptionSelected: (option, selected) => setOptionSelected.call(option, selected),
    setChecked: (element, checked) => setChecked.call(element, checked),
    setFiles: (element, files) => setFiles.call(element, files),
    // Events go through the target's own method: in the isolated world that is the browser's, whatever
    // the page did to its EventTarget.prototype (and test DOMs wrap some elements in proxies).
    dispatch: (target, event) => target.dispatchEvent(event),
    click: (element) => click.call(element),
    focus: (element) => focus.call(element, { preventScroll: true }),
    blur: (element) => blur.call(element),
  };
}
