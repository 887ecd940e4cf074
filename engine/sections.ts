/** Section headings around a field ("References", "Emergency contact", "Education 1"), innermost first. */
import { CONTROL_SELECTOR } from './controls';
import { squash, textOf } from './text';

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, [role=heading]';
/** How many section names a field carries (innermost first): more never changes a classification. */
const SECTION_DEPTH = 4;
/**
 * A heading inside an earlier block names what follows the block only when the block is little more than
 * the heading (a heading wrapper, perhaps with a one-line note): a block with text of its own (a job post
 * ending with its "Education" requirements) is a section that has closed, not the title of the form after it.
 */
const NOTE_CHARS = 120;
const LISTS = new Set(['UL', 'OL', 'DL', 'TABLE']);

/** The element's parent, or the host of the shadow root it sits at the top of. */
export function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
}

/**
 * Section headings around an element, innermost first. Memoised, and each element keeps only the
 * first few names, so a long form stays linear and a DOM thousands of levels deep neither overflows
 * the stack nor goes quadratic.
 */
export class SectionReader {
  private atOrBefore = new Map<Element, string | null>();
  private chains = new Map<Element, string[]>();
  /** Shadow hosts holding controls, and every ancestor of one: for section reading they hold controls. */
  private aroundHosts = new Set<Element>();

  constructor(hosts: Element[]) {
    for (const host of hosts) {
      for (let node: Element | null = host; node && !this.aroundHosts.has(node); node = parentOf(node)) this.aroundHosts.add(node);
    }
  }

  private holdsControls(node: Element): boolean {
    return this.aroundHosts.has(node) || Boolean(node.querySelector(CONTROL_SELECTOR));
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
      // A list (saved entries, each with its title as a heading) is content, not a heading wrapper.
      if (!this.holdsControls(node) && !LISTS.has(node.tagName) && node.getAttribute('role') !== 'list') {
        // A title inside a list item (a saved entry's) heads that item only.
        const inItem = (heading: Element) => {
          const item = heading.closest('li, [role=listitem]');
          return item !== null && node.contains(item);
        };
        const last = Array.from(node.querySelectorAll(HEADING_SELECTOR))
          .reverse()
          .find((heading) => !inItem(heading));
        const title = last ? textOf(last, 200) : '';
        // Read well past the bound: textOf counts the page's whitespace before squashing it.
        if (last && textOf(node, 1000).length <= title.length + NOTE_CHARS) {
          found = title || null;
          break;
        }
      }
    }
    for (const node of pending) this.atOrBefore.set(node, found);
    return found;
  }

  /** The names this element itself gives its section: a legend, an ARIA name, the heading before it. */
  private ownNames(element: Element): string[] {
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
    return own.filter(Boolean);
  }

  sectionsOf(element: Element): string[] {
    // Up to the first ancestor already known (or the body), then down again: no recursion.
    const unknown: Element[] = [];
    let chain: string[] = [];
    for (let node: Element | null = element; node && node.tagName !== 'BODY' && node.tagName !== 'HTML'; node = parentOf(node)) {
      const known = this.chains.get(node);
      if (known) {
        chain = known;
        break;
      }
      unknown.push(node);
    }
    for (const node of unknown.reverse()) {
      // The first SECTION_DEPTH distinct names of (own names, then the parent's chain): the parent's
      // first SECTION_DEPTH are enough, since own names can hide no more of them than they add.
      const names: string[] = [];
      for (const name of [...this.ownNames(node), ...chain]) {
        if (names.length === SECTION_DEPTH) break;
        if (!names.includes(name)) names.push(name);
      }
      chain = names;
      this.chains.set(node, chain);
    }
    return chain;
  }
}
