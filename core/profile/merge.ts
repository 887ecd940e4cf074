import { sameJson } from '../same-json';

/** The edits made from `base` to `mine`, applied onto `latest`; or where both changed the same thing differently. */
export type MergeResult<T> = { ok: true; value: T } | { ok: false; conflicts: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const childPath = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

function merge(base: unknown, mine: unknown, latest: unknown, path: string, conflicts: string[]): unknown {
  if (sameJson(mine, base) || sameJson(mine, latest)) return latest;
  if (sameJson(latest, base)) return mine;
  if (isRecord(base) && isRecord(mine) && isRecord(latest)) {
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(latest), ...Object.keys(mine), ...Object.keys(base)])) {
      const value = merge(base[key], mine[key], latest[key], childPath(path, key), conflicts);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  // Lists merge item by item only while no side added or removed items: an index means the same entry.
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(latest) && base.length === mine.length && base.length === latest.length) {
    return base.map((item, i) => merge(item, mine[i], latest[i], childPath(path, i), conflicts));
  }
  conflicts.push(path || '(document)');
  return latest;
}

/**
 * Three-way merge of JSON documents, for a page saving edits made on a copy read earlier: what the
 * page changed since `base` is applied onto what is stored now (`latest`), so another page's save in
 * the meantime is kept. Where both changed the same value differently, nothing is merged and the
 * paths are returned (`basics.phone`, `work[1]`) so the user can choose.
 */
export function mergeEdits<T>(base: T, mine: T, latest: T): MergeResult<T> {
  const conflicts: string[] = [];
  const value = merge(base, mine, latest, '', conflicts) as T;
  return conflicts.length ? { ok: false, conflicts } : { ok: true, value };
}
