import { storage } from '@wxt-dev/storage';
import type { ApplicationEntry } from '@/core/application-log/entry';

/** The application log (see core/application-log): its own key in `storage.local`, on this device only. */
export const applicationsItem = storage.defineItem<ApplicationEntry[]>('local:applications', { fallback: [], version: 1 });

let pendingChange: Promise<unknown> = Promise.resolve();

/** Changes the log from its stored value of the moment; changes from this page run one after another. */
export function updateApplications(change: (entries: ApplicationEntry[]) => ApplicationEntry[]): Promise<ApplicationEntry[]> {
  const update = pendingChange.then(async () => {
    const next = change(await applicationsItem.getValue());
    await applicationsItem.setValue(next);
    return next;
  });
  pendingChange = update.catch(() => undefined);
  return update;
}
