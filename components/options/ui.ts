/** Shared class lists for the options page, so every control looks and focuses the same. */
export const inputClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-slate-900 aria-[invalid=true]:border-red-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:aria-[invalid=true]:border-red-400';
export const labelClass = 'block text-sm font-medium';
export const hintClass = 'text-xs text-slate-600 dark:text-slate-400';
export const errorClass = 'mt-1 text-sm text-red-700 dark:text-red-300';
const buttonBase = 'inline-flex items-center gap-1 rounded px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60';
export const buttonClass = `${buttonBase} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700`;
export const primaryButtonClass = `${buttonBase} bg-blue-700 text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400`;
export const dangerButtonClass = `${buttonBase} bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-slate-950 dark:hover:bg-red-300`;
export const smallButtonClass = 'rounded border border-slate-400 px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';
export const sectionClass = 'scroll-mt-4 border-b border-slate-200 py-8 dark:border-slate-800';
export const cardClass = 'rounded-lg border border-slate-300 p-4 dark:border-slate-700';
export const statusClass = 'text-sm text-green-800 dark:text-green-300';
export const fileInputClass =
  'mt-2 block text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-slate-900 dark:file:bg-slate-800 dark:file:text-slate-100';
