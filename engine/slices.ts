/**
 * Long work in slices: the engine runs in the page's main thread, so collecting or classifying a
 * 10 000-field form in one go freezes the page for most of a second. Work is written as a generator
 * that yields at safe points; `runSliced` gives the thread back whenever a slice has run SLICE_MS,
 * `runAtOnce` runs it to the end (unit tests, and work too small to need it).
 */

/** How long one slice may hold the main thread (ms): well under the 50 ms of a long task. */
export const SLICE_MS = 15;

/** Work that yields where it may be paused, and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Gives the thread back to the page: `scheduler.yield()` where there is one (the work resumes first), else a message turn. */
export function pause(view: Window & typeof globalThis): Promise<void> {
  const scheduler = (view as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield.call(scheduler);
  return new Promise((resolve) => {
    const channel = new view.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * How long the engine has held the thread since it last gave it back. One clock runs through a whole
 * fill, so its stages (each short on its own) never add up to a long task between them.
 */
export class SliceClock {
  private start: number;

  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly sliceMs = SLICE_MS,
  ) {
    this.start = view.performance.now();
  }

  spent(): boolean {
    return this.view.performance.now() - this.start >= this.sliceMs;
  }

  /** Gives the thread back if this slice is spent. */
  async checkpoint(): Promise<void> {
    if (!this.spent()) return;
    await pause(this.view);
    this.start = this.view.performance.now();
  }
}

export async function runSliced<T>(view: Window & typeof globalThis, steps: Steps<T>, clock = new SliceClock(view)): Promise<T> {
  for (let checks = 0; ; checks++) {
    const step = steps.next();
    if (step.done) return step.value;
    // Reading the clock costs more than most steps: every 16th step is often enough.
    if ((checks & 15) === 0 && clock.spent()) await clock.checkpoint();
  }
}
