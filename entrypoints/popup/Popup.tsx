import { useProfile } from '@/components/useProfile';
import { Notice } from '@/components/Notice';

export function Popup() {
  const loaded = useProfile();
  if (!loaded) return <main class="min-h-40 p-4" aria-busy="true" />;
  const { profile, notice } = loaded;
  return (
    <main class="p-4 bg-white text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      {notice && <Notice>{notice}</Notice>}
      <h1 class="text-xl font-semibold">{profile.basics.name}</h1>
      {profile.basics.label && <p class="text-slate-600 dark:text-slate-300">{profile.basics.label}</p>}
    </main>
  );
}
