/**
 * The frame's fields, kept warm: collected while the page is idle and kept true by a MutationObserver
 * on the document and every open shadow root collect walked. A fill then finds them collected and only
 * re-reads values (typing changes no attribute); any other change to the page, or a resize, makes the
 * next fill (or the next idle moment) collect anew. Collecting runs in slices (engine/slices.ts).
 */
import { FIELD_ID_ATTRIBUTE } from '@/core/contract';
import { collecting, refreshingValues, type Collection, type CollectOptions, type IdRegistry } from './collect';
import { runSliced, SliceClock } from './slices';

/** The card's own element on the page: its changes (moving it, showing a report) are not the form's. */
const CARD_HOST = 'PROFILE-CARD-HOST';
/** Between two idle collections, at least this many times the last one's cost: a page that never stops changing is not collected over and over. */
const IDLE_SPACING = 20;

export class FieldIndex {
  private collection: Collection | null = null;
  private dirty = true;
  private running: Promise<Collection> | null = null;
  private idleQueued = false;
  private nextIdleAt = 0;
  private readonly observer: MutationObserver;
  private readonly watched = new WeakSet<Node>();

  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly registry: IdRegistry,
    private readonly options: CollectOptions,
    /** Collect again by itself at idle moments after the page changed (off in unit tests). */
    private readonly warm: boolean,
    /** More warming after an idle collection (the engine classifies the fields). */
    private readonly afterIdleCollect: (collection: Collection) => Promise<void> = async () => undefined,
  ) {
    this.observer = new view.MutationObserver((records) => this.noteChanges(records));
    this.watch(view.document);
    view.addEventListener('resize', () => this.invalidate());
  }

  /** Drops the collection: the next request collects anew. */
  invalidate(): void {
    this.dirty = true;
    if (this.warm) this.queueIdle();
  }

  /**
   * The fields now: the kept collection with values read again when nothing changed since, else a new one.
   * Both run in slices on the caller's clock.
   */
  async current(clock = new SliceClock(this.view)): Promise<Collection> {
    const kept = await this.ready();
    if (kept) {
      await runSliced(this.view, refreshingValues(kept.fields), clock);
      return kept;
    }
    return this.collect(clock);
  }

  /** The kept collection while nothing changed since, else null (the next idle moment or fill collects). */
  async ready(): Promise<Collection | null> {
    if (this.running) await this.running.catch(() => undefined);
    this.noteChanges(this.observer.takeRecords());
    return this.dirty ? null : this.collection;
  }

  /** Collects once the page is idle (engine just loaded on an application page). */
  warmUp(): void {
    this.queueIdle();
  }

  private collect(clock = new SliceClock(this.view)): Promise<Collection> {
    this.dirty = false;
    const run = runSliced(this.view, collecting(this.view.document, this.registry, this.options), clock).then((collection) => {
      for (const root of collection.shadowRoots) this.watch(root);
      // Changes while collecting were seen (noteChanges set dirty again); the ids collect gave are ours.
      this.noteChanges(this.observer.takeRecords());
      this.collection = collection;
      return collection;
    });
    this.running = run;
    const done = () => {
      if (this.running === run) this.running = null;
    };
    run.then(done, (error: unknown) => {
      done();
      this.dirty = true;
      throw error;
    });
    return run;
  }

  private watch(root: Node): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  }

  private noteChanges(records: MutationRecord[]): void {
    const changed = records.some((record) => record.attributeName !== FIELD_ID_ATTRIBUTE && !onCard(record.target));
    if (changed) this.invalidate();
  }

  private queueIdle(): void {
    if (this.idleQueued) return;
    this.idleQueued = true;
    const wait = Math.max(0, this.nextIdleAt - this.view.performance.now());
    this.view.setTimeout(
      () =>
        this.view.requestIdleCallback(
          () => {
            this.idleQueued = false;
            if (!this.dirty || this.running) return;
            const start = this.view.performance.now();
            this.collect()
              .then(async (collection) => {
                await this.afterIdleCollect(collection);
                this.nextIdleAt = this.view.performance.now() + (this.view.performance.now() - start) * IDLE_SPACING;
              })
              .catch(() => undefined);
          },
          { timeout: 2000 },
        ),
      wait,
    );
  }
}

function onCard(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(element && (element.tagName === CARD_HOST || element.closest(CARD_HOST.toLowerCase())));
}
