import { describeDiagram, layoutDiagram, type DiagramLink } from '@/core/diagram';
import { useId } from 'preact/hooks';
import type { Diagram } from '@/core/profile/types';
import { t } from '@/components/i18n';

const BAND_HEIGHT = 22;
const centre = (column: number, columns: number) => `${((column + 0.5) / Math.max(columns, 1)) * 100}%`;

/** The lines between two rows. Percent x-coordinates match the rows' equal-width columns. */
function Band({ links, above, below, arrow }: { links: DiagramLink[]; above: number; below: number; arrow: string }) {
  return (
    <svg class="block w-full overflow-visible text-slate-400 dark:text-slate-500" height={BAND_HEIGHT} aria-hidden="true">
      {links.map((link) => (
        <line
          key={`${link.from}-${link.to}`}
          x1={centre(link.from, above)}
          y1={0}
          x2={centre(link.to, below)}
          y2={BAND_HEIGHT - 1}
          stroke="currentColor"
          stroke-width="1.25"
          marker-end={link.head === 'down' ? `url(#${arrow})` : undefined}
          marker-start={link.head === 'up' ? `url(#${arrow})` : undefined}
        />
      ))}
    </svg>
  );
}

/** An architecture diagram as layered boxes and arrows, with the connections in words for screen readers. */
export function CaseDiagram({ diagram, title }: { diagram: Diagram; title: string }) {
  const { rows, links } = layoutDiagram(diagram);
  const arrow = `arrow${useId()}`;
  if (rows.length === 0) return null;
  return (
    <figure class="rounded-xl bg-slate-50 p-2 ring-1 ring-slate-200 dark:bg-slate-800/40 dark:ring-slate-700" aria-label={t('popupDiagramLabel', title)}>
      <svg width="0" height="0" class="absolute" aria-hidden="true">
        <defs>
          <marker id={arrow} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0L8 4L0 8z" class="fill-slate-400 dark:fill-slate-500" />
          </marker>
        </defs>
      </svg>
      {rows.map((row, r) => (
        <div key={r}>
          {r > 0 && <Band links={links[r - 1] ?? []} above={rows[r - 1]?.length ?? 1} below={row.length} arrow={arrow} />}
          <ul class="grid" style={{ gridTemplateColumns: `repeat(${row.length}, minmax(0, 1fr))` }}>
            {row.map((cell, c) =>
              cell.kind === 'node' ? (
                <li key={cell.node.id} class="flex px-1">
                  <span class="mx-auto flex w-fit max-w-full min-w-24 flex-col items-center justify-center rounded-lg bg-white px-1.5 py-1 text-center shadow-xs ring-1 ring-slate-300 dark:bg-slate-900 dark:ring-slate-600">
                    <span class="text-[11.5px] leading-tight font-semibold break-words text-slate-900 dark:text-white">{cell.node.label}</span>
                    {cell.node.detail && <span class="text-[10.5px] leading-tight break-words text-slate-600 dark:text-slate-400">{cell.node.detail}</span>}
                  </span>
                </li>
              ) : (
                // An edge passing through this row on its way further down.
                <li key={`pass-${c}`} aria-hidden="true" class="flex justify-center">
                  <span class="w-px bg-slate-400 dark:bg-slate-500" />
                </li>
              ),
            )}
          </ul>
        </div>
      ))}
      <figcaption class="sr-only">
        <ul>
          {describeDiagram(diagram).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
