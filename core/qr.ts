import { encode } from 'uqr';

/** A horizontal run of dark modules: drawn as one rect, so a QR code is a few hundred rects, not a thousand. */
export interface QrRun {
  x: number;
  y: number;
  width: number;
}

export interface QrMatrix {
  /** Modules per side, without the quiet zone (the drawing adds it). */
  size: number;
  runs: QrRun[];
}

/** The QR code of a text (error correction M: still scans from a slightly blurred screen). */
export function qrMatrix(text: string): QrMatrix {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const runs: QrRun[] = [];
  data.forEach((row, y) => {
    let start = -1;
    row.forEach((dark, x) => {
      if (dark && start < 0) start = x;
      if (start >= 0 && (!dark || x === row.length - 1)) {
        runs.push({ x: start, y, width: (dark ? x + 1 : x) - start });
        start = -1;
      }
    });
  });
  return { size, runs };
}
