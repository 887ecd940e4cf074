/**
 * Immutable edits of a profile document by path, for the options form. A path is the list of keys
 * and indexes from the root, and `pathKey` writes it the way validation issues name places
 * (`work[1].x-profileCard.title`), so an issue finds its input.
 */
export type Path = readonly (string | number)[];

export function pathKey(path: Path): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** An element id for the input at a path (ids stay simple: letters, digits, dashes). */
export function fieldId(path: Path): string {
  return `field-${path.join('-').replace(/[^A-Za-z0-9-]/g, '-')}`;
}

export function getIn(root: unknown, path: Path): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** A copy of `root` with `value` at `path`; missing objects and arrays on the way are created. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const container: unknown = root ?? (typeof head === 'number' ? [] : {});
  const child = setIn((container as Record<string | number, unknown>)[head], rest, value);
  if (Array.isArray(container)) {
    const copy = container.slice();
    copy[head as number] = child;
    return copy as T;
  }
  return { ...(container as object), [head]: child } as T;
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const target = Math.max(0, Math.min(copy.length - 1, to));
  copy.splice(target, 0, ...copy.splice(from, 1));
  return copy;
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** "Go, Ruby,  Python," → ["Go", "Ruby", "Python"]: how comma-separated lists (stack, keywords) are typed. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export const joinList = (items: readonly string[] | undefined): string => (items ?? []).join(', ');
