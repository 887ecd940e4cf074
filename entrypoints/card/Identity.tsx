import { initials } from '@/core/format';
import { localPhoto } from '@/core/photo';
import type { Basics } from '@/core/profile/types';

/** The photo when the profile carries one (never from the web: core/photo.ts), else the monogram. */
export function Identity({ basics }: { basics: Basics }) {
  const photo = localPhoto(basics.image);
  return (
    <div class="flex items-center gap-3">
      {photo ? (
        <img src={photo} alt="" class="h-12 w-12 shrink-0 rounded-full object-cover" />
      ) : (
        <span
          aria-hidden="true"
          class="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-blue-100 text-base font-semibold text-blue-900 dark:bg-sky-900 dark:text-sky-100"
        >
          {initials(basics.name)}
        </span>
      )}
      <div class="min-w-0">
        <h1 class="truncate text-base font-semibold leading-tight">{basics.name}</h1>
        {basics.label && <p class="truncate text-slate-600 dark:text-slate-300">{basics.label}</p>}
      </div>
    </div>
  );
}
