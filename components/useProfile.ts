import { useEffect, useState } from 'preact/hooks';
import { loadProfile, watchProfile, type LoadedProfile } from '@/utils/storage';

/** The stored profile, kept live: any extension page that saves a new one updates every view. */
export function useProfile(): LoadedProfile | null {
  const [loaded, setLoaded] = useState<LoadedProfile | null>(null);
  useEffect(() => {
    void loadProfile().then(setLoaded);
    return watchProfile(setLoaded);
  }, []);
  return loaded;
}
