import { describe, expect, it } from 'vitest';
import { EXT_KEY, type Diagram } from '@/core/profile/types';
import { describeDiagram, layoutDiagram, type DiagramLayout } from '@/core/diagram';
import { testProfile } from '../support/profiles';

const labels = (layout: DiagramLayout) => layout.rows.map((row) => row.map((cell) => (cell.kind === 'node' ? cell.node.id : '|')));

const graph = (ids: string[], edges: [string, string][]): Diagram => ({ nodes: ids.map((id) => ({ id, label: id.toUpperCase() })), edges });

/** Follows every drawn link back to node ids, so a test can check that each edge is drawn, and only once. */
function drawnEdges(layout: DiagramLayout): string[] {
  const cell = (row: number, column: number) => layout.rows[row]![column]!;
  const result: string[] = [];
  layout.links.forEach((band, r) => {
    for (const link of band) {
      const start = cell(r, link.from);
      if (start.kind !== 'node') continue;
      let row = r;
      let current = link;
      while (cell(row + 1, current.to).kind === 'pass') {
        current = layout.links[row + 1]!.find((l) => l.from === current.to)!;
        row += 1;
      }
      const end = cell(row + 1, current.to);
      const head = current.head === 'none' ? link.head : current.head;
      if (end.kind === 'node') result.push(`${start.node.id}>${end.node.id}:${head}`);
    }
  });
  return result.sort();
}

describe('layoutDiagram', () => {
  it('lays out the first case brief in four layers, children under their parent', () => {
    const diagram = testProfile('rich').work[0]![EXT_KEY]!.diagram!;
    const layout = layoutDiagram(diagram);
    expect(labels(layout)).toEqual([['shops'], ['gateway'], ['kafka', 'alerts'], ['postgres', 'lake', 'flink']]);
    expect(layout.links[2]).toEqual([
      { from: 0, to: 0, head: 'down' },
      { from: 0, to: 1, head: 'down' },
      { from: 0, to: 2, head: 'down' },
    ]);
  });

  it('draws every edge of both case-brief diagrams exactly once', () => {
    const diagrams = testProfile('rich').work.flatMap((work) => work[EXT_KEY]?.diagram ?? []);
    expect(diagrams).toHaveLength(2);
    for (const diagram of diagrams) {
      expect(drawnEdges(layoutDiagram(diagram))).toEqual(diagram.edges.map(([a, b]) => `${a}>${b}:down`).sort());
    }
  });

  it('routes an edge that skips a layer through the layer between', () => {
    const layout = layoutDiagram(
      graph(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['a', 'c'],
        ],
      ),
    );
    expect(labels(layout)).toEqual([['a'], ['b', '|'], ['c']]);
    expect(drawnEdges(layout)).toEqual(['a>b:down', 'a>c:down', 'b>c:down']);
  });

  it('draws a cycle with the closing edge pointing up', () => {
    const layout = layoutDiagram(
      graph(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
        ],
      ),
    );
    expect(labels(layout)).toEqual([['a'], ['b', '|'], ['c']]);
    expect(drawnEdges(layout)).toEqual(['a>b:down', 'a>c:up', 'b>c:down']);
  });

  it('ignores self-loops, duplicates and unknown ids, and keeps unconnected nodes', () => {
    const layout = layoutDiagram(
      graph(
        ['a', 'b', 'lonely'],
        [
          ['a', 'b'],
          ['a', 'b'],
          ['b', 'b'],
          ['a', 'ghost'],
        ],
      ),
    );
    expect(labels(layout)).toEqual([['a', 'lonely'], ['b']]);
    expect(layout.links).toEqual([[{ from: 0, to: 0, head: 'down' }]]);
  });

  it('lays out an empty diagram as nothing', () => {
    expect(layoutDiagram({ nodes: [], edges: [] })).toEqual({ rows: [], links: [] });
  });
});

describe('describeDiagram', () => {
  it('says what leads where, for screen readers', () => {
    expect(describeDiagram(testProfile('rich').work[1]![EXT_KEY]!.diagram!)).toEqual([
      'tills leads to RabbitMQ',
      'RabbitMQ leads to Pricing service, Stock service',
      'Pricing service leads to Redis',
    ]);
  });
});
