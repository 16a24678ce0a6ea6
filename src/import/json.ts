import { type ImportSource, textChunks } from './source';

/** One element read from a JSON array or a JSON Lines file, or the reason it could not be. */
export interface JsonRecord {
  /** 1-based line where the element starts. */
  readonly line: number;
  /** The parsed value, when it parsed. */
  readonly value?: unknown;
  /** The parser's message, when it did not. */
  readonly error?: string;
  /** The text of an element that did not parse (cut to 200 characters). */
  readonly text?: string;
  /** Set when a string of the element ran into a line break (it never closed). */
  readonly problem?: 'unclosed_quote';
}

function parseOne(text: string, line: number): JsonRecord {
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { line, error: e instanceof Error ? e.message : String(e), text: text.slice(0, 200) };
  }
}

/**
 * Read JSON Lines (one JSON value per line) from any source as it arrives, one batch per chunk
 * (đọc JSON Lines theo luồng). Blank lines are skipped; a line that is not JSON becomes a record
 * with `error`, so nothing is lost.
 *
 * @param source - Text, bytes, a stream or an iterable of chunks.
 * @returns An async iterable of record batches.
 * @example
 * for await (const batch of readJsonLinesBatches('{"a":1}\n{"a":\n')) batch
 * // => [{ line: 1, value: { a: 1 } }, { line: 2, error: '…', text: '{"a":' }]
 */
export async function* readJsonLinesBatches(
  source: ImportSource,
): AsyncGenerator<JsonRecord[], void, undefined> {
  // The open line is kept as a list of pieces, and only the new chunk is searched for its end:
  // a line spanning many chunks costs its length once, not once per chunk.
  let rest: string[] = [];
  let line = 1;
  for await (const s of textChunks(source)) {
    const batch: JsonRecord[] = [];
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl === -1) break;
      let piece = s.slice(start, nl);
      if (rest.length > 0) {
        rest.push(piece);
        piece = rest.join('');
        rest = [];
      }
      const t = piece.trim();
      if (t !== '') batch.push(parseOne(t, line));
      line++;
      start = nl + 1;
    }
    if (start < s.length) rest.push(start === 0 ? s : s.slice(start));
    if (batch.length > 0) yield batch;
  }
  const t = rest.join('').trim();
  if (t !== '') yield [parseOne(t, line)];
}

/**
 * Read the elements of a top-level JSON array from any source as they arrive, without holding the
 * whole document (đọc mảng JSON theo luồng). Each element is parsed on its own, so a broken one
 * becomes a record with `error` and the others still count. A document that is not an array is
 * read as one element.
 *
 * A JSON string cannot hold a raw line break, so a string still open at the end of its line never
 * closed: the element ends there (a record with `error` and `problem: 'unclosed_quote'`), and
 * reading resumes at the next line that starts a new element (`{`, after optional spaces or a
 * comma) or ends the array, so the elements after it are neither lost nor swallowed.
 *
 * @param source - Text, bytes, a stream or an iterable of chunks.
 * @returns An async iterable of record batches.
 * @example
 * for await (const batch of readJsonArrayBatches('[\n {"a":1},\n {"a":2}\n]')) batch
 * // => [{ line: 2, value: { a: 1 } }, { line: 3, value: { a: 2 } }]
 */
export async function* readJsonArrayBatches(
  source: ImportSource,
): AsyncGenerator<JsonRecord[], void, undefined> {
  // Each chunk is scanned once; the open element is kept as a list of pieces (whole earlier
  // chunks, then the current one from `segFrom`), so an element spanning many chunks costs its
  // length once, not once per chunk.
  let parts: string[] = [];
  let open = false;
  let segFrom = 0;
  let line = 1;
  let state: 'before' | 'array' | 'single' = 'before';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let elLine = 0;
  /** After an unclosed string: skipping to the next line that starts an element. */
  let resync = false;
  let lineStart = false;
  let s = '';
  const startElement = (i: number): void => {
    open = true;
    parts = [];
    segFrom = i;
    elLine = line;
  };
  const flushElement = (end: number, out: JsonRecord[]): void => {
    const piece = s.slice(segFrom, end);
    const t = (parts.length > 0 ? parts.join('') + piece : piece).trim();
    if (t !== '') out.push(parseOne(t, elLine));
    open = false;
    parts = [];
  };
  for await (const text of textChunks(source)) {
    s = text;
    segFrom = 0;
    const out: JsonRecord[] = [];
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
        else if ((c === 10 || c === 13) && state === 'array' && depth >= 1) {
          // A raw line break in a string: it never closed. End the element here.
          inString = false;
          const piece = s.slice(segFrom, i);
          const t = parts.length > 0 ? parts.join('') + piece : piece;
          out.push({
            line: elLine,
            error: 'unterminated string (a line break inside a string)',
            text: t.slice(0, 200),
            problem: 'unclosed_quote',
          });
          open = false;
          parts = [];
          resync = true;
          lineStart = true;
        }
        continue;
      }
      if (resync) {
        if (c === 10 || c === 13) {
          lineStart = true;
          continue;
        }
        if (c === 32 || c === 9 || (lineStart && c === 44)) continue;
        if (!(lineStart && (c === 123 || c === 93))) {
          lineStart = false;
          continue;
        }
        resync = false;
        depth = 1;
      }
      if (state === 'before') {
        if (c === 32 || c === 9 || c === 10 || c === 13) continue;
        if (c === 91) {
          state = 'array';
          depth = 1;
          continue;
        }
        state = 'single';
        startElement(i);
      }
      if (c === 34) {
        inString = true;
        if (!open) startElement(i);
        continue;
      }
      if (c === 123 || c === 91) {
        if (!open && state === 'array') startElement(i);
        depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        depth--;
        if (state === 'array' && depth === 0) {
          if (open) flushElement(i, out);
          state = 'before';
          depth = 0;
        }
        continue;
      }
      if (state === 'array' && depth === 1) {
        if (c === 44) {
          if (open) flushElement(i, out);
          continue;
        }
        if (!open && c !== 32 && c !== 9 && c !== 10 && c !== 13) startElement(i);
      }
    }
    // Keep the open element's part of this chunk.
    if (open && segFrom < n) parts.push(segFrom === 0 ? s : s.slice(segFrom));
    if (out.length > 0) yield out;
  }
  const out: JsonRecord[] = [];
  if (open) {
    s = '';
    segFrom = 0;
    flushElement(0, out);
  }
  if (out.length > 0) yield out;
}
