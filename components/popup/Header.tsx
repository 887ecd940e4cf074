import { formatLocation, initials } from '@/core/format';
import { localPhoto } from '@/core/photo';
import { EXT_KEY, type Profile } from '@/core/profile/types';

/**
 * Photo (or monogram), name, title, location, availability and pitch. The name carries `elementtiming`: the benchmark
 * reads when the browser first painted it (the popup's "profile on screen").
 */
export function Header({ profile }: { profile: Profile }) {
  const { basics } = profile;
  const extras = profile[EXT_KEY];
  const where = [formatLocation(basics.location), extras?.availability?.workMode].filter(Boolean).join(' · ');
  const availability = extras?.availability?.roles;
  const photo = localPhoto(basics.image);
  return (
    <header class="shrink-0 bg-gradient-to-b from-indigo-50 to-white px-4 pt-4 pb-3 dark:from-indigo-950/50 dark:to-slate-900">
      <div class="flex items-center gap-3">
        {photo ? (
          <img src={photo} alt="" class="size-14 shrink-0 rounded-2xl object-cover shadow-sm ring-4 ring-indigo-100 dark:ring-indigo-950" />
        ) : (
          <div
            aria-hidden="true"
            class="flex size-14 shrink-0 items-center justify-center rounded-2xl bg-indigo-600 text-xl font-bold tracking-wide text-white shadow-sm ring-4 ring-indigo-100 dark:ring-indigo-950"
          >
            {initials(basics.name)}
          </div>
        )}
        <div class="min-w-0 flex-1">
          <h1
            title={basics.name}
            elementtiming="profile-name"
            class="min-h-6 truncate text-lg leading-6 font-semibold tracking-tight text-slate-900 dark:text-white"
          >
            {basics.name}
          </h1>
          <p title={basics.label} class="min-h-5 truncate text-[13px] leading-5 font-medium text-indigo-700 dark:text-indigo-300">
            {basics.label}
          </p>
          <p title={where} class="min-h-4 truncate text-xs leading-4 text-slate-600 dark:text-slate-400">
            {where}
          </p>
        </div>
      </div>
      {availability && (
        <p class="mt-3 flex items-start gap-2 text-xs leading-4 font-medium text-emerald-800 dark:text-emerald-300">
          <span aria-hidden="true" class="mt-1 size-2 shrink-0 rounded-full bg-emerald-500" />
          {availability}
        </p>
      )}
      {extras?.pitch && <p class="mt-2 text-[14px] leading-5 text-slate-800 dark:text-slate-200">{extras.pitch}</p>}
    </header>
  );
}
