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
  let rest = '';
  let line = 1;
  for await (const text of textChunks(source)) {
    const s = rest + text;
    const batch: JsonRecord[] = [];
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl === -1) break;
      const t = s.slice(start, nl).trim();
      if (t !== '') batch.push(parseOne(t, line));
      line++;
      start = nl + 1;
    }
    rest = s.slice(start);
    if (batch.length > 0) yield batch;
  }
  const t = rest.trim();
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
  let buf = '';
  let pos = 0;
  let line = 1;
  let state: 'before' | 'array' | 'single' = 'before';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let elStart = -1;
  let elLine = 0;
  /** After an unclosed string: skipping to the next line that starts an element. */
  let resync = false;
  let lineStart = false;
  const flushElement = (end: number, out: JsonRecord[]): void => {
    const t = buf.slice(elStart, end).trim();
    if (t !== '') out.push(parseOne(t, elLine));
    elStart = -1;
  };
  for await (const text of textChunks(source)) {
    buf += text;
    const out: JsonRecord[] = [];
    const n = buf.length;
    let i = pos;
    for (; i < n; i++) {
      const c = buf.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
        else if ((c === 10 || c === 13) && state === 'array' && depth >= 1) {
          // A raw line break in a string: it never closed. End the element here.
          inString = false;
          const t = buf.slice(elStart, i);
          out.push({
            line: elLine,
            error: 'unterminated string (a line break inside a string)',
            text: t.slice(0, 200),
            problem: 'unclosed_quote',
          });
          elStart = -1;
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
        elStart = i;
        elLine = line;
      }
      if (c === 34) {
        inString = true;
        if (elStart < 0) {
          elStart = i;
          elLine = line;
        }
        continue;
      }
      if (c === 123 || c === 91) {
        if (elStart < 0 && state === 'array') {
          elStart = i;
          elLine = line;
        }
        depth++;
        continue;
      }
      if (c === 125 || c === 93) {
        depth--;
        if (state === 'array' && depth === 0) {
          if (elStart >= 0) flushElement(i, out);
          state = 'before';
          depth = 0;
        }
        continue;
      }
      if (state === 'array' && depth === 1) {
        if (c === 44) {
          if (elStart >= 0) flushElement(i, out);
          continue;
        }
        if (elStart < 0 && c !== 32 && c !== 9 && c !== 10 && c !== 13) {
          elStart = i;
          elLine = line;
        }
      }
    }
    // Drop what is consumed; keep the open element.
    const keep = elStart >= 0 ? elStart : i;
    buf = buf.slice(keep);
    if (elStart >= 0) elStart -= keep;
    pos = i - keep;
    if (out.length > 0) yield out;
  }
  const out: JsonRecord[] = [];
  if (elStart >= 0) flushElement(buf.length, out);
  if (out.length > 0) yield out;
}
