import { useEffect, useState } from 'preact/hooks';
import { watchProfile, type LoadedProfile } from '@/utils/storage';

/**
 * The profile as the page read it before its first render (so the first paint already shows it),
 * then kept live: any extension page that saves a new one updates every view.
 */
export function useProfile(first: LoadedProfile): LoadedProfile {
  const [loaded, setLoaded] = useState(first);
  useEffect(() => watchProfile(setLoaded), []);
  return loaded;
}
