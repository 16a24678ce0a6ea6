import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { setImmediate as immediate } from 'node:timers/promises';

/**
 * @internal Read a file, or the byte range `[start, end)` of it, in chunks. Who owns a chunk:
 *
 * - `reuse: false` (the default, and what `openImportFile` gives): every chunk is a fresh
 *   buffer that belongs to the receiver, who may keep it as long as it likes.
 * - `reuse: true`: one buffer is read into again and again (no garbage per chunk); a chunk is
 *   valid only until the next one is asked for. Only for internal readers that copy at once
 *   (`CsvByteReader.push` copies into its own buffer); never handed to a caller.
 *
 * Each chunk is read synchronously — from the page cache a megabyte takes a fraction of a
 * millisecond, and no thread-pool hand-off costs CPU the parsing could use — and the event loop
 * gets a turn between chunks, so timers, messages and progress still run.
 */
export async function* fileChunks(
  path: string,
  chunkSize: number,
  onBytes: ((read: number, size: number) => void) | undefined,
  start = 0,
  end = Number.POSITIVE_INFINITY,
  reuse = false,
): AsyncGenerator<Uint8Array, void, undefined> {
  const fd = openSync(path, 'r');
  try {
    const size = onBytes === undefined ? 0 : fstatSync(fd).size;
    let buf = new Uint8Array(chunkSize);
    let pos = start;
    while (pos < end) {
      if (!reuse && pos > start) buf = new Uint8Array(chunkSize);
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
