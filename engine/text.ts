/** Reading the text a person sees in and around form controls. DOM only, no `browser`. */

/** Elements whose text never names a neighbouring control (option lists, scripts, the control itself). */
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'SVG']);

/** Marks a required field in its label: `*`, `✱`, "(required)". */
const REQUIRED_MARK = /\s*(?:\*|✱|\(required\))\s*/gi;

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The element's text without the text of controls, listboxes and hidden parts inside it: up to about
 * `limit` characters. Walks with an explicit stack (a page may nest thousands of levels) and stops
 * once it has enough.
 */
export function textOf(node: Node | null | undefined, limit = 400): string {
  if (!node) return '';
  const parts: string[] = [];
  let length = 0;
  const stack: Node[] = [node];
  while (stack.length && length <= limit) {
    const current = stack.pop()!;
    if (current.nodeType === 3) {
      const value = current.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      continue;
    }
    if (current.nodeType !== 1) continue;
    const element = current as Element;
    if (SKIP_TEXT.has(element.tagName.toUpperCase())) continue;
    if (element.getAttribute('role') === 'listbox' || element.hasAttribute('hidden')) continue;
    // Last child first on the stack, so the first comes off first: document order.
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return squash(parts.join(' '));
}

/** Label text with required markers removed; `required` tells whether one was there. */
export function cleanLabel(raw: string): { text: string; required: boolean } {
  const required = /\*|✱|\(required\)/i.test(raw);
  return { text: squash(raw.replace(REQUIRED_MARK, ' ')), required };
}
