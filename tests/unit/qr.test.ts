import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { qrMatrix, type QrMatrix } from '@/core/qr';

/** Paints the runs (plus the 4-module quiet zone the popup draws) into RGBA pixels, as a screen would. */
function rasterize({ size, runs }: QrMatrix, scale = 4) {
  const side = (size + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const run of runs) {
    for (let x = run.x; x < run.x + run.width; x++) {
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((run.y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          pixels.fill(0, i, i + 3);
        }
      }
    }
  }
  return { pixels, side };
}

describe('qrMatrix', () => {
  it('decodes back to the link', () => {
    for (const link of ['https://hanif.dev/', 'https://www.linkedin.com/in/hanifur-rahman-1234567890/?locale=en_US']) {
      const { pixels, side } = rasterize(qrMatrix(link));
      expect(jsQR(pixels, side, side)?.data).toBe(link);
    }
  });

  it('merges dark modules into non-overlapping horizontal runs inside the matrix', () => {
    const { size, runs } = qrMatrix('https://hanif.dev/');
    const seen = new Set<string>();
    for (const run of runs) {
      expect(run.width).toBeGreaterThan(0);
      expect(run.x + run.width).toBeLessThanOrEqual(size);
      for (let x = run.x; x < run.x + run.width; x++) {
        expect(seen.has(`${x},${run.y}`)).toBe(false);
        seen.add(`${x},${run.y}`);
      }
    }
    // The three finder patterns' corners are dark.
    for (const [x, y] of [
      [0, 0],
      [size - 1, 0],
      [0, size - 1],
    ])
      expect(seen.has(`${x},${y}`)).toBe(true);
  });
});
