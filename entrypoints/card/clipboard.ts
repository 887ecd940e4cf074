/**
 * Puts text on the clipboard. The async Clipboard API needs the embedding page to delegate
 * clipboard-write to the card's iframe; when the page itself sits in a frame that was not given it,
 * the older copy command (allowed during the click) still works.
 */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through to the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('the browser did not allow copying');
}
