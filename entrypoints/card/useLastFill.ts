import { useEffect, useState } from 'preact/hooks';
import type { FillReport } from '@/core/messages';
import { lastFillItem } from '@/utils/storage';

/**
 * The last fill's report for this tab, kept live: fills started from the card, the popup or a
 * keyboard shortcut all land in the same session-storage item, written by the background.
 */
export function useLastFill(tabId: number | null): [FillReport | null, (report: FillReport) => void] {
  const [report, setReport] = useState<FillReport | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    const item = lastFillItem(tabId);
    void item.getValue().then((stored) => stored && setReport(stored));
    return item.watch((next) => setReport(next));
  }, [tabId]);
  return [report, setReport];
}
