import { useEffect, useState } from 'preact/hooks';
import type { FillReport } from '@/core/contract';
import { lastFillItem } from '@/utils/storage';

/**
 * The last fill's report for this tab, kept live: fills started from the card, the popup or a
 * keyboard shortcut all land in the same session-storage item, written by the background.
 * A preview stored before this card opened is not shown: it was made for an earlier page in the
 * tab, and "Fill these" would fill this one.
 */
export function useLastFill(tabId: number | null): [FillReport | null, (report: FillReport | null) => void] {
  const [report, setReport] = useState<FillReport | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    const item = lastFillItem(tabId);
    void item.getValue().then((stored) => stored && !stored.preview && setReport(stored));
    return item.watch((next) => setReport(next));
  }, [tabId]);
  return [report, setReport];
}
