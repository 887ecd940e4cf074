import { useEffect, useState } from 'preact/hooks';
import { sameJson } from '@/core/same-json';
import { loadProfile, watchProfile, type LoadedProfile } from '@/utils/storage';

/**
 * The profile as the page read it before its first render (so the first paint already shows it),
 * then kept live: any extension page that saves a new one updates every view.
 */
export function useProfile(first: LoadedProfile): LoadedProfile {
  const [loaded, setLoaded] = useState(first);
  useEffect(() => {
    const stop = watchProfile(setLoaded);
    // A save that landed between the first read and this subscription would otherwise not show.
    void loadProfile().then((latest) => setLoaded((shown) => (sameJson(shown, latest) ? shown : latest)));
    return stop;
  }, []);
  return loaded;
}
