/** Section headings around a field ("References", "Emergency contact", "Education 1"), innermost first. */
import { CONTROL_SELECTOR } from './controls';
import { squash, textOf } from './text';

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, [role=heading]';

/** Section headings around an element, innermost first; memoised so a long form stays linear. */
export class SectionReader {
  private atOrBefore = new Map<Element, string | null>();
  private chains = new Map<Element, string[]>();

  constructor(private readonly hosts: Element[]) {}

  private holdsControls(node: Element): boolean {
    return Boolean(node.querySelector(CONTROL_SELECTOR)) || this.hosts.some((host) => node.contains(host));
  }

  /** The heading at or before `element` among its siblings (a sibling block with controls is skipped). */
  private headingAtOrBefore(element: Element | null): string | null {
    const pending: Element[] = [];
    let found: string | null = null;
    for (let node = element; node; node = node.previousElementSibling) {
      const known = this.atOrBefore.get(node);
      if (known !== undefined) {
        found = known;
        break;
      }
      pending.push(node);
      if (node.matches(HEADING_SELECTOR)) {
        found = textOf(node, 200) || null;
        break;
      }
      if (!this.holdsControls(node)) {
        const headings = node.querySelectorAll(HEADING_SELECTOR);
        if (headings.length) {
          found = textOf(headings[headings.length - 1], 200) || null;
          break;
        }
      }
    }
    for (const node of pending) this.atOrBefore.set(node, found);
    return found;
  }

  sectionsOf(element: Element): string[] {
    const chain = this.chainOf(element);
    return chain.slice(0, 4);
  }

  private chainOf(element: Element | null): string[] {
    if (!element || element.tagName === 'BODY' || element.tagName === 'HTML') return [];
    const known = this.chains.get(element);
    if (known) return known;
    const own: string[] = [];
    if (element.tagName === 'FIELDSET') {
      const legend = element.querySelector(':scope > legend');
      if (legend) own.push(textOf(legend, 200));
    }
    const role = element.getAttribute('role');
    if ((role === 'group' || role === 'region' || role === 'dialog' || element.tagName === 'SECTION') && element.hasAttribute('aria-label')) {
      own.push(squash(element.getAttribute('aria-label')!));
    }
    const before = this.headingAtOrBefore(element.previousElementSibling);
    if (before) own.push(before);
    const host = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    const chain = [...own.filter(Boolean), ...this.chainOf(host)].filter((text, index, all) => all.indexOf(text) === index);
    this.chains.set(element, chain);
    return chain;
  }
}
