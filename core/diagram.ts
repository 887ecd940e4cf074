import type { Diagram, DiagramNode } from './profile/types';

/**
 * Lays out an architecture diagram (a directed graph) in layers, top to bottom, for a narrow popup:
 * each node sits one layer below the deepest node pointing at it; an edge that skips layers passes
 * through the layers in between; cycles are drawn with the closing edge pointing up. The UI gives
 * every row equal-width columns, so a column's centre is `(column + 0.5) / columns` of the width
 * and links can be drawn without measuring any text.
 */

export type DiagramCell = { kind: 'node'; node: DiagramNode } | { kind: 'pass' };

/** A line between column `from` of one row and column `to` of the next. */
export interface DiagramLink {
  from: number;
  to: number;
  /** Where the arrowhead goes: on the lower row (`down`), on the upper row (`up`), or none (mid-way through a long edge). */
  head: 'down' | 'up' | 'none';
}

export interface DiagramLayout {
  rows: DiagramCell[][];
  /** `links[i]` connects `rows[i]` to `rows[i + 1]`. */
  links: DiagramLink[][];
}

interface Item {
  id: string;
  cell: DiagramCell;
}

interface Segment {
  row: number;
  from: string;
  to: string;
  head: DiagramLink['head'];
}

/** The edges worth drawing: between known nodes, no self-loops, no duplicates. */
function cleanEdges(diagram: Diagram): [string, string][] {
  const ids = new Set(diagram.nodes.map((node) => node.id));
  const seen = new Set<string>();
  return diagram.edges.filter(([from, to]) => {
    const key = JSON.stringify([from, to]);
    if (!ids.has(from) || !ids.has(to) || from === to || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Depth-first: edges back to a node still on the stack close a cycle. Also returns a topological order. */
function findBackEdges(ids: string[], edges: [string, string][]): { back: Set<number>; order: string[] } {
  const state = new Map<string, 'open' | 'done'>();
  const back = new Set<number>();
  const postOrder: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    edges.forEach(([from, to], e) => {
      if (from !== id) return;
      if (state.get(to) === 'open') back.add(e);
      else if (!state.has(to)) visit(to);
    });
    state.set(id, 'done');
    postOrder.push(id);
  };
  ids.forEach((id) => !state.has(id) && visit(id));
  return { back, order: postOrder.reverse() };
}

export function layoutDiagram(diagram: Diagram): DiagramLayout {
  const ids = diagram.nodes.map((node) => node.id);
  const edges = cleanEdges(diagram);
  const { back, order } = findBackEdges(ids, edges);
  // Laid out as a DAG: a back edge is placed reversed and drawn pointing up.
  const dag = edges.map(([from, to], e) => (back.has(e) ? { from: to, to: from, up: true } : { from, to, up: false }));

  // Longest path from the sources, visiting nodes in topological order.
  const layer = new Map<string, number>(ids.map((id) => [id, 0]));
  const layerOf = (id: string) => layer.get(id) ?? 0;
  for (const id of order) {
    for (const edge of dag) if (edge.to === id) layer.set(id, Math.max(layerOf(id), layerOf(edge.from) + 1));
  }
  const depth = ids.length ? Math.max(...layer.values()) + 1 : 0;

  const rows: Item[][] = Array.from({ length: depth }, () => []);
  const rowAt = (r: number) => rows[r] ?? [];
  diagram.nodes.forEach((node) => rowAt(layerOf(node.id)).push({ id: node.id, cell: { kind: 'node', node } }));
  // Each edge becomes a chain of segments, one per pair of adjacent rows.
  const segments: Segment[] = [];
  dag.forEach((edge, e) => {
    const chain = [edge.from];
    for (let r = layerOf(edge.from) + 1; r < layerOf(edge.to); r++) {
      const id = `pass:${e}:${r}`;
      rowAt(r).push({ id, cell: { kind: 'pass' } });
      chain.push(id);
    }
    chain.push(edge.to);
    for (let i = 0; i + 1 < chain.length; i++) {
      const last = i + 2 === chain.length;
      const head = edge.up ? (i === 0 ? 'up' : 'none') : last ? 'down' : 'none';
      segments.push({ row: layerOf(edge.from) + i, from: chain[i] ?? '', to: chain[i + 1] ?? '', head });
    }
  });

  // One downward barycentre sweep: each item moves under the mean position of what links into it.
  const position = new Map<string, number>();
  const column = new Map<string, number>();
  const place = (row: Item[]) =>
    row.forEach((item, i) => {
      position.set(item.id, (i + 0.5) / row.length);
      column.set(item.id, i);
    });
  rows.forEach((row, r) => {
    if (r > 0) {
      const weight = new Map<string, number>();
      for (const item of row) {
        const above = segments.filter((s) => s.row === r - 1 && s.to === item.id).map((s) => position.get(s.from) ?? 0);
        // Unconnected items go last; ties keep the profile's order (the sort is stable).
        weight.set(item.id, above.length ? above.reduce((a, b) => a + b, 0) / above.length : 2);
      }
      row.sort((a, b) => (weight.get(a.id) ?? 0) - (weight.get(b.id) ?? 0));
    }
    place(row);
  });

  return {
    rows: rows.map((row) => row.map((item) => item.cell)),
    links: rows
      .slice(0, -1)
      .map((_, r) => segments.filter((s) => s.row === r).map((s) => ({ from: column.get(s.from) ?? 0, to: column.get(s.to) ?? 0, head: s.head }))),
  };
}

/** The diagram as sentences for screen readers: "web (Rails) leads to Sidekiq, ActionCable". */
export function describeDiagram(diagram: Diagram): string[] {
  const labels = new Map(diagram.nodes.map((node) => [node.id, node.label]));
  const edges = cleanEdges(diagram);
  return diagram.nodes.flatMap((node) => {
    const targets = edges.filter(([from]) => from === node.id).map(([, to]) => labels.get(to));
    return targets.length ? [`${node.label} leads to ${targets.join(', ')}`] : [];
  });
}
