/** The fill report per repeated entry (issue #17), for the card: no imports, so the card's bundle stays small. */
/**
 * One line per repeated entry of a report, in the report's order: "Work 2 of 3: Contoso Retail — filled 6, 1 needs you";
 * of a preview (fields planned, none written): "… — would fill 6".
 */
export function summariseEntries(fields: readonly { entry?: string; status: string; needsUser?: boolean }[]): string[] {
  const tally = new Map<string, { filled: number; planned: number; needsYou: number }>();
  for (const field of fields) {
    if (!field.entry) continue;
    const counts = tally.get(field.entry) ?? { filled: 0, planned: 0, needsYou: 0 };
    if (field.status === 'filled') counts.filled++;
    if (field.status === 'planned') counts.planned++;
    if (field.needsUser) counts.needsYou++;
    tally.set(field.entry, counts);
  }
  return [...tally].map(([entry, { filled, planned, needsYou }]) => {
    const done = planned ? `would fill ${planned}` : `filled ${filled}`;
    return `${entry} — ${done}${needsYou ? `, ${needsYou} need${needsYou === 1 ? 's' : ''} you` : ''}`;
  });
}
