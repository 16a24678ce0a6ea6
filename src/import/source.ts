/**
 * Anything the importers read (nguồn dữ liệu): a string, bytes, a web `ReadableStream` or any
 * (async) iterable of byte or text chunks, such as a Node `fs.ReadStream`. Bytes are UTF-8.
 *
 * A source may read into the same buffer again once the next chunk is asked for: the importers
 * decode or copy a chunk before asking for the next, and copy any chunk they keep longer.
 */
export type ImportSource =
  | string
  | Uint8Array
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

const SLICE = 1 << 20;

function isReadableStream(v: unknown): v is ReadableStream<Uint8Array | string> {
  return (
    typeof v === 'object' && v !== null && typeof (v as { getReader?: unknown }).getReader === 'function'
  );
}

/**
 * Turn a source into text chunks, decoding UTF-8 bytes as they come (a character split across two
 * chunks is kept whole). A leading byte-order mark is removed. Memory stays at one chunk.
 *
 * @param source - The source.
 * @returns An async iterable of text chunks.
 * @throws TypeError when the source is none of the accepted kinds.
 * @example
 * for await (const text of textChunks(new TextEncoder().encode('\ufeffa;b'))) text // => 'a;b'
 */
export async function* textChunks(source: ImportSource): AsyncGenerator<string, void, undefined> {
  let first = true;
  const strip = (t: string): string => {
    if (first && t.length > 0) {
      first = false;
      return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
    }
    return t;
  };
  if (typeof source === 'string') {
    const t = strip(source);
    if (t.length > 0) yield t;
    return;
  }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const decode = (chunk: Uint8Array | string): string =>
    typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  if (source instanceof Uint8Array) {
    for (let i = 0; i < source.length; i += SLICE) {
      const t = strip(decode(source.subarray(i, Math.min(source.length, i + SLICE))));
      if (t.length > 0) yield t;
    }
  } else if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const t = strip(decode(value));
        if (t.length > 0) yield t;
      }
    } finally {
      reader.releaseLock();
    }
  } else if (
    typeof source === 'object' &&
    source !== null &&
    (Symbol.asyncIterator in source || Symbol.iterator in source)
  ) {
    for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw new TypeError('[commune-kpi] source chunks must be strings or Uint8Array.');
      }
      const t = strip(decode(chunk));
      if (t.length > 0) yield t;
    }
  } else {
    throw new TypeError(
      '[commune-kpi] source must be a string, a Uint8Array, a ReadableStream or an (async) iterable of chunks.',
    );
  }
  const tail = strip(decoder.decode());
  if (tail.length > 0) yield tail;
}
