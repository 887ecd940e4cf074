import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from '@wxt-dev/storage';

/** A stored item's value, kept live across pages; undefined until first read. */
export function useStorageItem<T>(item: WxtStorageItem<T, any>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}
