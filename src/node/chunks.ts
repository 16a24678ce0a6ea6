import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { setImmediate as immediate } from 'node:timers/promises';

/**
 * @internal Read a file, or the byte range `[start, end)` of it, in chunks into one reused buffer
 * (no new memory per chunk, so no garbage to collect): each chunk is valid until the next one is
 * asked for, which is how every importer of this package reads it (the CSV reader copies, the text
 * readers decode at once). Each chunk is read synchronously — from the page cache a megabyte takes
 * a fraction of a millisecond, and no thread-pool hand-off costs CPU the parsing could use — and
 * the event loop gets a turn between chunks, so timers, messages and progress still run.
 */
export async function* fileChunks(
  path: string,
  chunkSize: number,
  onBytes: ((read: number, size: number) => void) | undefined,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): AsyncGenerator<Uint8Array, void, undefined> {
  const fd = openSync(path, 'r');
  try {
    const size = onBytes === undefined ? 0 : fstatSync(fd).size;
    const buf = new Uint8Array(chunkSize);
    let pos = start;
    while (pos < end) {
      const n = readSync(fd, buf, 0, Math.min(chunkSize, end - pos), pos);
      if (n === 0) break;
      pos += n;
      onBytes?.(pos - start, size);
      yield buf.subarray(0, n);
      await immediate();
    }
  } finally {
    closeSync(fd);
  }
}
