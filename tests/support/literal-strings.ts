import ts from 'typescript';

/**
 * Finds user-facing text written as a literal in a component instead of coming from the messages
 * (public/_locales/en/messages.json through `t()`, components/i18n.ts). Read with the TypeScript
 * compiler API, so it sees what JSX renders, not just what a regular expression matches:
 * - JSX text children with letters (`<p>Saved</p>`);
 * - literals in user-facing attributes (`aria-label`, `title`, `placeholder`, `alt`, `label`, …) and in
 *   JSX expression children (`{done ? 'Saved' : 'Saving…'}`), through conditionals and `&&`/`||`/`+`;
 * - literals in object properties named like text (`{ label: 'Overview' }`);
 * - any other string that reads as English prose (a capitalised word followed by a word), except
 *   arguments of `t()`, comparisons, `case` labels, types, imports and `class` strings.
 * Non-words pass: symbols ('·', '×', '…'), digits, and text without letters.
 */
export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

const TEXT_ATTRIBUTES = new Set([
  'intro',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'summary',
  'heading',
  'hint',
  'description',
]);
const TEXT_PROPERTIES = new Set([
  'label',
  'title',
  'summary',
  'placeholder',
  'alt',
  'description',
  'hint',
  'heading',
  'message',
  'text',
  'action',
  'short',
  'empty',
  'ariaLabel',
]);
const NOT_TEXT_ATTRIBUTES = new Set([
  'class',
  'className',
  'id',
  'key',
  'type',
  'role',
  'name',
  'href',
  'src',
  'for',
  'htmlFor',
  'rel',
  'target',
  'accept',
  'autocomplete',
  'inputmode',
  'value',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'elementtiming',
  'lang',
  'dir',
  'method',
  'pattern',
]);

const hasLetters = (s: string) => /\p{L}/u.test(s);
/** Reads as words someone is meant to read: a capitalised word followed by another word, or a sentence. */
/** Tailwind class lists: most words are utilities (`px-2`, `dark:bg-slate-900`). */
const looksLikeClasses = (s: string) => {
  const words = s.split(/\s+/).filter(Boolean);
  return words.filter((w) => /[-:[]/.test(w)).length >= words.length / 2;
};
const readsAsProse = (s: string) =>
  !looksLikeClasses(s) &&
  (/\p{Lu}\p{Ll}+[,:]? +[\p{L}“‘"'(]/u.test(s) ||
    /\p{L}{2,} +\p{L}{2,} +\p{L}{2,}/u.test(s.replace(/\$\{\}/g, '')) ||
    (/\p{L}{2,}[.!?…]$/u.test(s.trim()) && /\s/.test(s.trim())) ||
    /^\p{Lu}\p{Ll}+[.!?…:]?$/u.test(s.trim()));

function isTCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't';
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('${}');
  return undefined;
}

/** Literals a JSX expression renders directly: through ?:, &&, ||, ??, + and parentheses, not into calls. */
function renderedLiterals(node: ts.Expression, out: ts.Node[]) {
  if (literalText(node) !== undefined) out.push(node);
  else if (ts.isParenthesizedExpression(node)) renderedLiterals(node.expression, out);
  else if (ts.isConditionalExpression(node)) {
    renderedLiterals(node.whenTrue, out);
    renderedLiterals(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) {
      renderedLiterals(node.left, out);
      renderedLiterals(node.right, out);
    } else if (op === ts.SyntaxKind.AmpersandAmpersandToken) renderedLiterals(node.right, out);
    else if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      renderedLiterals(node.left, out);
      renderedLiterals(node.right, out);
    }
  }
}

function attributeName(attr: ts.JsxAttribute): string {
  return attr.name.getText();
}

/** `name` of a component (not of an HTML element) is what it is called in the UI (`<CopyButton name="profile link">`). */
function isComponentName(attr: ts.JsxAttribute): boolean {
  const tag = attr.parent.parent.tagName.getText();
  return attributeName(attr) === 'name' && /^[A-Z]/.test(tag);
}

/** Calls whose arguments are shown or announced (`copy(text, 'vCard')`, `notify('Saved')`). */
const TEXT_CALLS = new Set(['copy', 'notify', 'announce', 'say', 'setStatus', 'setMessage', 'setError', 'setNote']);

/** Whether a literal sits where it is code, not text: t() keys, comparisons, case labels, types, imports, non-text attributes. */
function isCodePosition(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isTCall(parent) && (parent as ts.CallExpression).arguments[0] === child) return true;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isImportTypeNode(parent)) return true;
    if (ts.isCaseClause(parent) && parent.expression === child) return true;
    // Developers' errors, not the UI's.
    if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text.endsWith('Error')) return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === child) return true;
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      if (
        [
          ts.SyntaxKind.EqualsEqualsEqualsToken,
          ts.SyntaxKind.ExclamationEqualsEqualsToken,
          ts.SyntaxKind.EqualsEqualsToken,
          ts.SyntaxKind.ExclamationEqualsToken,
          ts.SyntaxKind.InKeyword,
        ].includes(op)
      )
        return true;
    }
    if (ts.isJsxAttribute(parent))
      return (NOT_TEXT_ATTRIBUTES.has(attributeName(parent)) && !isComponentName(parent)) || attributeName(parent).startsWith('data-');
    if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression)) {
      const method = parent.expression.name.text;
      // DOM and string plumbing: selectors, attribute names, event names, splitting.
      if (
        [
          'querySelector',
          'querySelectorAll',
          'closest',
          'matches',
          'getAttribute',
          'setAttribute',
          'removeAttribute',
          'hasAttribute',
          'addEventListener',
          'removeEventListener',
          'createElement',
          'startsWith',
          'endsWith',
          'includes',
          'split',
          'join',
          'replace',
          'warn',
          'error',
        ].includes(method)
      )
        return true;
    }
    if (ts.isStatement(parent) || ts.isJsxElement(parent) || ts.isJsxSelfClosingElement(parent)) return false;
  }
  return false;
}

/** `['remote', 'Remote']`: a choice's stored value, then the label a select shows. */
function isOptionPair(node: ts.Node): boolean {
  if (!ts.isArrayLiteralExpression(node) || node.elements.length !== 2) return false;
  const [value, label] = node.elements;
  const text = literalText(label!);
  // Paths (['basics', 'name']) are pairs of names; a label is capitalised or has words.
  return literalText(value!) !== undefined && !ts.isTemplateExpression(value!) && text !== undefined && /^\p{Lu}|\p{L}\s+\p{L}/u.test(text);
}

export function findLiteralStrings(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const seen = new Set<ts.Node>();
  const report = (node: ts.Node, text: string, why: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    findings.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: text.trim(), why });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (hasLetters(node.text)) report(node, node.text, 'JSX text');
    } else if (ts.isJsxAttribute(node)) {
      const name = attributeName(node);
      if ((TEXT_ATTRIBUTES.has(name) || isComponentName(node)) && node.initializer) {
        const found: ts.Node[] = [];
        if (ts.isStringLiteral(node.initializer)) found.push(node.initializer);
        else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) renderedLiterals(node.initializer.expression, found);
        for (const literal of found) {
          const text = literalText(literal)!;
          if (hasLetters(text)) report(literal, text, `${name} attribute`);
        }
      }
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const found: ts.Node[] = [];
      renderedLiterals(node.expression, found);
      for (const literal of found) {
        const text = literalText(literal)!;
        if (hasLetters(text)) report(literal, text, 'JSX child');
      }
    } else if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && TEXT_PROPERTIES.has(node.name.text)) {
      const found: ts.Node[] = [];
      renderedLiterals(node.initializer, found);
      for (const literal of found) {
        const text = literalText(literal)!;
        if (hasLetters(text) && !isCodePosition(literal)) report(literal, text, `${node.name.text} property`);
      }
    } else if (isOptionPair(node)) {
      const label = (node as ts.ArrayLiteralExpression).elements[1]!;
      report(label, literalText(label)!, 'option label');
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && TEXT_CALLS.has(node.expression.text)) {
      for (const arg of node.arguments) {
        const found: ts.Node[] = [];
        renderedLiterals(arg, found);
        for (const literal of found) {
          const text = literalText(literal)!;
          if (hasLetters(text)) report(literal, text, `${node.expression.text}() argument`);
        }
      }
    } else {
      const text = literalText(node);
      if (text !== undefined && readsAsProse(text) && !isCodePosition(node)) report(node, text, 'prose');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
