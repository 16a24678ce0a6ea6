import { open } from 'node:fs/promises';

/**
 * @internal Read a file, or the byte range `[start, end)` of it, in chunks into two reused buffers
 * (no new memory per chunk, so no garbage to collect), reading the next chunk while the current
 * one is being processed: each chunk is valid until the next one is asked for, which is how every
 * importer of this package reads it (the CSV reader copies, the text readers decode at once).
 */
export async function* fileChunks(
  path: string,
  chunkSize: number,
  onBytes: ((read: number, size: number) => void) | undefined,
  start = 0,
  end = Number.POSITIVE_INFINITY,
): AsyncGenerator<Uint8Array, void, undefined> {
  const handle = await open(path, 'r');
  const bufs: readonly [Uint8Array, Uint8Array] = [new Uint8Array(chunkSize), new Uint8Array(chunkSize)];
  let pending: Promise<{ bytesRead: number }> | undefined;
  try {
    const size = onBytes === undefined ? 0 : (await handle.stat()).size;
    let pos = start;
    let k = 0;
    const next = (): Promise<{ bytesRead: number }> | undefined =>
      pos < end
        ? handle.read(k === 0 ? bufs[0] : bufs[1], 0, Math.min(chunkSize, end - pos), pos)
        : undefined;
    pending = next();
    while (pending !== undefined) {
      const { bytesRead } = await pending;
      pending = undefined;
      if (bytesRead === 0) break;
      const cur = k === 0 ? bufs[0] : bufs[1];
      pos += bytesRead;
      onBytes?.(pos - start, size);
      k ^= 1;
      pending = next();
      yield cur.subarray(0, bytesRead);
    }
  } finally {
    if (pending !== undefined) await pending.catch(() => undefined);
    await handle.close();
  }
}
