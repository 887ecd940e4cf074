// `node scripts/check-import-cycles.mjs` (part of `npm run lint`): fails on any import cycle among the
// project's own files, type-only imports included. ESLint's import-x/no-cycle reports runtime cycles
// in the editor but always skips `import type`; this check reads every import the way TypeScript
// resolves it (tsconfig paths, so `@/…` too) and reports each group of files that import each other.
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '..');
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!config) throw new Error('tsconfig.json could not be read');

const own = (file) => !file.endsWith('.d.ts') && !/[\\/](?:node_modules|\.wxt|\.output)[\\/]/.test(file);

/** Each project file and the project files it imports (static, dynamic and type-only imports, re-exports). */
const imports = new Map();
for (const file of config.fileNames.filter(own).map((name) => path.resolve(name))) {
  const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true);
  const targets = importedFiles
    .map(({ fileName }) => ts.resolveModuleName(fileName, file, config.options, ts.sys).resolvedModule)
    .filter((resolved) => resolved && !resolved.isExternalLibraryImport && own(resolved.resolvedFileName))
    .map((resolved) => path.resolve(resolved.resolvedFileName));
  imports.set(file, targets);
}

// Tarjan's strongly connected components, with an explicit stack: every component of more than one
// file (or a file importing itself) is a cycle.
const order = new Map();
const lowest = new Map();
const open = [];
const onOpen = new Set();
const cycles = [];
let counter = 0;
for (const start of imports.keys()) {
  if (order.has(start)) continue;
  const walk = [{ file: start, next: 0 }];
  order.set(start, counter);
  lowest.set(start, counter++);
  open.push(start);
  onOpen.add(start);
  while (walk.length) {
    const top = walk[walk.length - 1];
    const targets = imports.get(top.file) ?? [];
    if (top.next < targets.length) {
      const target = targets[top.next++];
      if (!imports.has(target)) continue;
      if (!order.has(target)) {
        order.set(target, counter);
        lowest.set(target, counter++);
        open.push(target);
        onOpen.add(target);
        walk.push({ file: target, next: 0 });
      } else if (onOpen.has(target)) {
        lowest.set(top.file, Math.min(lowest.get(top.file), order.get(target)));
      }
      continue;
    }
    walk.pop();
    if (walk.length) {
      const parent = walk[walk.length - 1].file;
      lowest.set(parent, Math.min(lowest.get(parent), lowest.get(top.file)));
    }
    if (lowest.get(top.file) !== order.get(top.file)) continue;
    const group = [];
    let member;
    do {
      member = open.pop();
      onOpen.delete(member);
      group.push(member);
    } while (member !== top.file);
    if (group.length > 1 || targets.includes(top.file)) cycles.push(group);
  }
}

if (cycles.length) {
  console.error(`Import cycles (type-only imports included): ${cycles.length}`);
  for (const group of cycles)
    console.error(
      `  ${group
        .map((file) => path.relative(root, file))
        .reverse()
        .join(' ↔ ')}`,
    );
  process.exit(1);
}
