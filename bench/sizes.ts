import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Byte budgets (gzipped), checked by `npm test` (tests/e2e/budgets.spec.ts) and `npm run bench -- --check`. */
export const BYTE_BUDGETS = { popup: 40 * 1024, contentScript: 40 * 1024 } as const;

export interface Bytes {
  files: string[];
  raw: number;
  gzip: number;
}

const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g;

/** A JS file and every chunk it imports statically (what the browser must load before it runs). */
function withStaticImports(outDir: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  if (!file.endsWith('.js')) return;
  const source = readFileSync(path.join(outDir, file), 'utf8');
  for (const [, spec] of source.matchAll(STATIC_IMPORT)) {
    withStaticImports(outDir, path.posix.join(path.posix.dirname(file), spec!), seen);
  }
}

function measure(outDir: string, files: Iterable<string>): Bytes {
  const list = [...files].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const content = readFileSync(path.join(outDir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: list, raw, gzip };
}

/** JS and CSS an extension page loads at start: its scripts, module preloads, stylesheets and their static imports. */
export function pageBytes(outDir: string, htmlFile: string): Bytes {
  const html = readFileSync(path.join(outDir, htmlFile), 'utf8');
  const seen = new Set<string>();
  for (const [, ref] of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.(?:js|css))"/g)) {
    withStaticImports(outDir, ref!, seen);
  }
  return measure(outDir, seen);
}

/** Every file the manifest's content scripts inject. */
export function contentScriptBytes(outDir: string): Bytes {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = new Set((manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]));
  return measure(outDir, files);
}
