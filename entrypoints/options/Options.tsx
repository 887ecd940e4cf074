import { useProfile } from '@/components/useProfile';
import { Notice } from '@/components/Notice';

export function Options() {
  const loaded = useProfile();
  return (
    <main class="mx-auto max-w-3xl p-6">
      <h1 class="text-2xl font-semibold">Profile Card options</h1>
      {loaded?.notice && <Notice>{loaded.notice}</Notice>}
      {loaded && <p>Profile: {loaded.profile.basics.name}</p>}
    </main>
  );
}
