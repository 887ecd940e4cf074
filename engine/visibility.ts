/**
 * Whether a person sees a field: not hidden by attribute or CSS, and (with layout) not zero-size or
 * off-screen, which is how honeypots hide. Checkables and file inputs are often styled away behind
 * their label or drop zone: those count through their stand-ins.
 */
function styleHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || (node === element && style.visibility === 'hidden'))) return true;
  }
  return false;
}

/** Shown to a person: not hidden by attribute or CSS, and (with layout) not zero-size or off-screen. */
export function isShown(element: Element, layout: boolean, opacity = true): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  if (!layout) return !styleHidden(element);
  const check = (element as HTMLElement).checkVisibility;
  if (check ? !check.call(element, { visibilityProperty: true, opacityProperty: opacity }) : styleHidden(element)) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  const view = element.ownerDocument.defaultView!;
  return rect.right + view.scrollX > 0 && rect.bottom + view.scrollY > 0;
}

/** Checkables and file inputs are often styled away; the person sees their label or container instead. */
export function isShownThroughStandIns(element: HTMLElement, labels: readonly Element[], layout: boolean): boolean {
  if (isShown(element, layout, false)) return true;
  // A file input is often `hidden` itself behind its "Browse" label or drop zone: then only its surroundings count.
  const own = element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'file' ? element.parentElement : element;
  if (own?.closest('[hidden], [aria-hidden="true"]')) return false;
  const standIns: (Element | null)[] = [...labels, element.parentElement, element.parentElement?.parentElement ?? null];
  return standIns.some((other) => other && isShown(other, layout, false));
}
