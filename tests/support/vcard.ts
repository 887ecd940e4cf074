/**
 * A small independent vCard reader for the tests (RFC 6350 §3.2 unfolding, §3.4 unescaping), so
 * what core/vcard.ts writes is checked by parsing, not by comparing against its own output.
 */
export interface VCardProperty {
  name: string;
  params: Record<string, string>;
  /** Raw value, still escaped. */
  value: string;
}

export function parseVCard(text: string): VCardProperty[] {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error('vCard lines must end in CRLF');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.pop() !== '') throw new Error('vCard must end with CRLF');
  return lines.map((line) => {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`not a content line: ${line}`);
    const [name, ...paramParts] = line.slice(0, colon).split(';');
    const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
    return { name: (name ?? '').toUpperCase(), params, value: line.slice(colon + 1) };
  });
}

/** Splits a structured value (N, ADR) at unescaped semicolons, then unescapes each component. */
export function components(value: string): string[] {
  return value.split(/(?<!\\);/).map(unescapeText);
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The (unescaped) value of the first property with that name. */
export function valueOf(props: VCardProperty[], name: string): string | undefined {
  const prop = props.find((p) => p.name === name);
  return prop && unescapeText(prop.value);
}
