/** Reading the text a person sees in and around form controls. DOM only, no `browser`. */

/** Elements whose text never names a neighbouring control (option lists, scripts, the control itself). */
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'SVG']);

/** Marks a required field in its label: `*`, `✱`, "(required)". */
const REQUIRED_MARK = /\s*(?:\*|✱|\(required\))\s*/gi;

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The element's text without the text of controls, listboxes and hidden parts inside it. */
export function textOf(node: Node | null | undefined, limit = 400): string {
  if (!node) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (current: Node) => {
    if (length > limit) return;
    if (current.nodeType === 3) {
      const value = current.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      return;
    }
    if (current.nodeType !== 1) return;
    const element = current as Element;
    if (SKIP_TEXT.has(element.tagName.toUpperCase())) return;
    if (element.getAttribute('role') === 'listbox' || element.hasAttribute('hidden')) return;
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(node);
  return squash(parts.join(' '));
}

/** Label text with required markers removed; `required` tells whether one was there. */
export function cleanLabel(raw: string): { text: string; required: boolean } {
  const required = /\*|✱|\(required\)/i.test(raw);
  return { text: squash(raw.replace(REQUIRED_MARK, ' ')), required };
}

/** Text that is a choice widget's prompt, not a value ("Select…", "Choose one", "--"). */
export function isPromptText(text: string): boolean {
  const value = squash(text).toLowerCase();
  return value === '' || /^(?:-+|select|choose|please select|pick|start typing|search|type to search)\b/.test(value) || /^select\s?(?:one|an option|\.\.\.|…)$/.test(value);
}
