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

import type { Locale } from '../core/messages';
import { assertUtf8 } from './errors';

const SLICE = 1 << 20;

function isReadableStream(v: unknown): v is ReadableStream<Uint8Array | string> {
  return (
    typeof v === 'object' && v !== null && typeof (v as { getReader?: unknown }).getReader === 'function'
  );
}

/**
 * Turn a source into text chunks, decoding UTF-8 bytes as they come (a character split across two
 * chunks is kept whole). A leading byte-order mark is removed. Memory stays at one chunk. Bytes
 * that are not UTF-8 at the start of the file (UTF-16, Windows-1258, another code page: the first
 * 4096 bytes are looked at) stop the reading with a coded error naming the encoding.
 *
 * @param source - The source.
 * @param locale - Language of the encoding error (default `vi`).
 * @returns An async iterable of text chunks.
 * @throws TypeError when the source is none of the accepted kinds; ImportFileError
 *   `vn.import.encoding` for a file that is not UTF-8.
 * @example
 * for await (const text of textChunks(new TextEncoder().encode('\ufeffa;b'))) text // => 'a;b'
 */
export async function* textChunks(
  source: ImportSource,
  locale: Locale = 'vi',
): AsyncGenerator<string, void, undefined> {
  let first = true;
  let sniffed = false;
  const headParts: Uint8Array[] = [];
  let headLength = 0;
  /** Look at the first 4096 bytes (copied: the source may reuse its buffer); `undefined` at the end. */
  const sniff = (chunk: Uint8Array | undefined): void => {
    if (sniffed) return;
    if (chunk !== undefined) {
      const part = chunk.slice(0, 4096 - headLength);
      headParts.push(part);
      headLength += part.length;
      if (headLength < 4096) return;
    }
    sniffed = true;
    const all = new Uint8Array(headLength);
    let k = 0;
    for (const p of headParts) {
      all.set(p, k);
      k += p.length;
    }
    assertUtf8(all, locale);
  };
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
  const decode = (chunk: Uint8Array | string): string => {
    if (typeof chunk === 'string') return chunk;
    sniff(chunk);
    return decoder.decode(chunk, { stream: true });
  };
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
  if (headLength > 0) sniff(undefined);
  const tail = strip(decoder.decode());
  if (tail.length > 0) yield tail;
}
