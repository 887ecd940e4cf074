import { useEffect, useState } from 'preact/hooks';
import type { QrMatrix } from '@/core/qr';

const QUIET_ZONE = 4;
const SIZE = 144;

/**
 * A QR code drawn as SVG rects, always dark on white (scanners expect it, whatever the theme). The
 * encoder loads after the popup's first paint, in its own chunk; a blank square holds the place.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [matrix, setMatrix] = useState<QrMatrix | null>(null);
  useEffect(() => {
    let current = true;
    void import('@/core/qr').then(({ qrMatrix }) => current && setMatrix(qrMatrix(text)));
    return () => void (current = false);
  }, [text]);
  if (!matrix) return <div class="rounded-lg bg-white" style={{ width: SIZE, height: SIZE }} />;
  const side = matrix.size + QUIET_ZONE * 2;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${side} ${side}`} width={SIZE} height={SIZE} shape-rendering="crispEdges" class="rounded-lg">
      <rect width={side} height={side} fill="#ffffff" />
      {matrix.runs.map((run) => (
        <rect key={`${run.x},${run.y}`} x={run.x + QUIET_ZONE} y={run.y + QUIET_ZONE} width={run.width} height={1} fill="#0f172a" />
      ))}
    </svg>
  );
}
