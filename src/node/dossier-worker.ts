/**
 * @internal The worker thread of `tallyDossierFile`: tally one part of a CSV dossier export — the
 * byte range `[start, end)`, which starts at a line boundary — with the layout the main thread
 * found, and post the counts back. Rejections carry the file's own line numbers: they are held
 * until the main thread knows how many lines and data rows come before this part (it writes them
 * to shared memory), and at most {@link HOLD} are held, after which the worker waits.
 *
 * @module
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { DossierAccumulatorState } from '../dossier/accumulator';
import { DossierTallyAccumulator } from '../dossier/accumulator';
import type { CsvSeparator } from '../import/csv';
import { CsvByteReader } from '../import/csvBytes';
import { dossierDomain, type TallyDossierSourceOptions } from '../import/dossier';
import { fastDossierRows } from '../import/dossierFast';
import { createPipeline, type ImportRejection, type Rec } from '../import/importer';
import type { SeenCodesState } from '../import/seenCodes';
import { fileChunks } from './chunks';

/** @internal What the main thread gives a worker. */
export interface DossierPartJob {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  /** Whether the part ends the file (the reader is then ended as at the end of a file). */
  readonly last: boolean;
  readonly separator: CsvSeparator;
  /** The head rows the main thread found the layout in. */
  readonly sample: readonly Rec[];
  /** Import options without callbacks. */
  readonly options: Omit<TallyDossierSourceOptions, 'onRejection' | 'onProgress'>;
  /**
   * Shared memory: `Int32Array` slot 0 is 0 while the offsets are unknown, 1 once they are set,
   * 2 to stop; `Float64Array` slots 1–2 (bytes 8–23) hold the lines and the data rows before the part.
   */
  readonly shared: SharedArrayBuffer;
  readonly chunkSize: number;
  /**
   * How many of this part's rejections can matter: all when every rejection is passed on, else
   * the number the result keeps (a later part's rejections after its first `keep` can never be
   * among the file's first `keep`). The others are only counted.
   */
  readonly keep: number;
}

/** @internal Messages a worker posts. */
export type DossierPartMessage =
  | { readonly type: 'rejections'; readonly rejections: readonly ImportRejection[] }
  | {
      readonly type: 'progress';
      readonly bytes: number;
      readonly read: number;
      readonly valid: number;
      readonly rejected: number;
    }
  | {
      readonly type: 'done';
      readonly state: DossierAccumulatorState;
      /** The dossier codes of the part's valid rows (lines from 1 in the part). */
      readonly codes: SeenCodesState | undefined;
      readonly read: number;
      readonly valid: number;
      readonly rejected: number;
      readonly blank: number;
      /** Lines of the records read (up to the pending record when the end was not clean). */
      readonly lines: number;
      /** Whether the part ended at a record boundary. */
      readonly clean: boolean;
      /** Where the unfinished record starts, in the file, when it did not. */
      readonly pendingStart: number;
    }
  | { readonly type: 'flushed' };

/** @internal Rejections a worker holds before it waits for its offsets. */
export const HOLD = 4096;

/** @internal Run one part in a worker thread (it may block on `Atomics.wait`). */
export async function runDossierPart(
  job: DossierPartJob,
  post: (m: DossierPartMessage) => void,
): Promise<void> {
  const flag = new Int32Array(job.shared, 0, 2);
  const offsets = new Float64Array(job.shared, 8, 2);
  const options = job.options;
  const pipe = createPipeline(dossierDomain(options), options);
  pipe.state.format = 'csv';
  pipe.state.separator = job.separator;
  pipe.setLayout([...job.sample]);
  const acc = new DossierTallyAccumulator(options.period, options);
  let held: ImportRejection[] = [];
  let out: ImportRejection[] = [];
  let known = false;
  const stamp = (r: ImportRejection): ImportRejection => ({
    ...r,
    line: r.line + offsets[0]!,
    index: r.index + offsets[1]!,
  });
  /** Wait for the offsets when `block`; false when told to stop. */
  const sync = (block: boolean): boolean => {
    if (known) return true;
    if (block) Atomics.wait(flag, 0, 0);
    const f = Atomics.load(flag, 0);
    if (f === 2) return false;
    if (f === 1) {
      known = true;
      for (const r of held) out.push(stamp(r));
      held = [];
    }
    return true;
  };
  let stop = false;
  let taken = 0;
  const onRejection = (r: ImportRejection): void => {
    if (stop || taken >= job.keep) return;
    taken++;
    if (!sync(false)) {
      stop = true;
      return;
    }
    if (known) out.push(stamp(r));
    else {
      held.push(r);
      if (held.length >= HOLD && !sync(true)) stop = true;
    }
  };
  const flush = (): void => {
    if (out.length > 0) {
      post({ type: 'rejections', rejections: out });
      out = [];
    }
  };
  const onRow = fastDossierRows(pipe, acc, options, onRejection, 0, () => taken < job.keep);
  const reader = new CsvByteReader(job.separator, options.maxFieldLength ?? 100_000, false);
  let bytes = 0;
  for await (const chunk of fileChunks(job.path, job.chunkSize, undefined, job.start, job.end, true)) {
    reader.push(chunk, onRow);
    bytes += chunk.length;
    if (stop) return;
    flush();
    post({
      type: 'progress',
      bytes,
      read: pipe.state.read,
      valid: pipe.state.valid,
      rejected: pipe.state.rejected,
    });
  }
  if (job.last) reader.end(onRow);
  const clean = job.last || reader.clean;
  post({
    type: 'done',
    state: acc.exportState(),
    codes: pipe.codes?.exportState(),
    read: pipe.state.read,
    valid: pipe.state.valid,
    rejected: pipe.state.rejected,
    blank: pipe.state.blank,
    lines: clean ? reader.linesRead : reader.pendingLine - 1,
    clean,
    pendingStart: clean ? job.end : job.start + reader.pendingStart,
  });
  // Deliver what is held once the offsets are known (a part that did not end cleanly still
  // counted every record before its unfinished one).
  if (!sync(true)) return;
  flush();
  post({ type: 'flushed' });
}

if (!isMainThread && parentPort !== null && (workerData as { dossierPart?: unknown })?.dossierPart) {
  const port = parentPort;
  runDossierPart((workerData as { dossierPart: DossierPartJob }).dossierPart, (m) =>
    port.postMessage(m),
  ).catch((e: unknown) => {
    throw e;
  });
}
