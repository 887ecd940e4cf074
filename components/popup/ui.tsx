import type { ComponentChildren } from 'preact';
import type { Figure } from '@/core/profile/types';

/**
 * The popup's small building blocks: section headings, chips, figure tiles, disclosures (button and
 * link classes: components/ui.ts). One place for the look, so the views stay about content.
 */

/** A titled part of a view; `level` 3 inside a case brief, whose own title is the h2. */
export function Section({ title, level = 2, children }: { title: string; level?: 2 | 3; children: ComponentChildren }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section class="space-y-2">
      <Heading class="text-[11px] font-semibold tracking-wider text-slate-600 uppercase dark:text-slate-400">{title}</Heading>
      {children}
    </section>
  );
}

export function Chips({ items, label }: { items: readonly string[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul class="flex flex-wrap gap-1.5" aria-label={label}>
      {items.map((item) => (
        <li key={item} class="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function Figures({ figures, label }: { figures: readonly Figure[]; label: string }) {
  if (figures.length === 0) return null;
  return (
    <dl class="grid grid-cols-4 gap-1.5" aria-label={label}>
      {figures.map((figure) => (
        <div
          key={`${figure.value} ${figure.label}`}
          class="flex flex-col-reverse justify-end rounded-lg bg-slate-50 px-2 py-1.5 ring-1 ring-slate-200 dark:bg-slate-800/60 dark:ring-slate-700"
        >
          <dt class="text-[10.5px] leading-tight text-slate-600 dark:text-slate-400">{figure.label}</dt>
          <dd class="text-[15px] font-semibold tracking-tight text-slate-900 tabular-nums dark:text-white">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Paragraphs from text with blank lines between them (JSON Resume summaries). */
export function Paragraphs({ text, class: className = '' }: { text: string | undefined; class?: string }) {
  const paragraphs = (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((p) => (
        <p key={p} class={`text-[13px] leading-relaxed text-slate-700 dark:text-slate-300 ${className}`}>
          {p}
        </p>
      ))}
    </>
  );
}

/** A collapsible block (native details/summary: keyboard and screen reader support for free). */
export function Disclosure({ summary, open, children }: { summary: ComponentChildren; open?: boolean; children: ComponentChildren }) {
  return (
    <details open={open} class="group rounded-xl ring-1 ring-slate-200 dark:ring-slate-700">
      <summary class="flex cursor-pointer list-none items-start gap-2 rounded-xl px-3 py-2.5 focus-visible:outline-2 focus-visible:outline-indigo-600 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 16 16" class="mt-0.5 size-4 shrink-0 text-slate-500 group-open:rotate-90 motion-safe:transition-transform">
          <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
        <span class="block min-w-0 flex-1">{summary}</span>
      </summary>
      <div class="space-y-3 px-3 pt-1 pb-3">{children}</div>
    </details>
  );
}
