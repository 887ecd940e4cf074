import type { ComponentChildren } from 'preact';

/** A visible, announced notice (a fallback profile, a failed save): never swallowed. */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <p role="alert" class="mb-3 rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      {children}
    </p>
  );
}
