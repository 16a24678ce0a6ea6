import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { ImportRejection } from '../import/importer';
import type { CellValue } from '../import/values';

/** A value a CSV or table cell can show. */
export type OutputCell = string | number | boolean | null | undefined;

function csvField(v: OutputCell, sep: string): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === '\n' || c === '\r' || c === sep) {
      needs = true;
      break;
    }
  }
  return needs ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Write rows as CSV text (ghi CSV): fields with the separator, quotes or line breaks are quoted,
 * quotes doubled; lines end with CRLF as spreadsheet programs expect.
 *
 * @param rows - Rows of cells (the first is usually the header).
 * @param separator - `,` (default) or `;`.
 * @returns The CSV text (no BOM).
 * @example
 * formatCsv([['Đơn vị', 'Ghi chú'], ['UBND xã A', 'có "ngoặc", phẩy']])
 * // => 'Đơn vị,Ghi chú\r\nUBND xã A,"có ""ngoặc"", phẩy"\r\n'
 */
export function formatCsv(rows: readonly (readonly OutputCell[])[], separator: ',' | ';' = ','): string {
  let out = '';
  for (const row of rows) out += `${row.map((v) => csvField(v, separator)).join(separator)}\r\n`;
  return out;
}

/** Display width of a string in a terminal (combining marks take no column). */
function width(s: string): number {
  let w = 0;
  for (const ch of s.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x300 && c <= 0x36f) continue;
    w++;
  }
  return w;
}

/**
 * Lay rows out as an aligned text table for a terminal (bảng văn bản): numbers right-aligned,
 * text left-aligned, a rule under the header.
 *
 * @param rows - Rows of cells, the first being the header.
 * @returns The table, one line per row, ending with a newline.
 * @example
 * formatTextTable([['Đơn vị', 'Số hồ sơ'], ['UBND xã A', 12]])
 * // => 'Đơn vị     Số hồ sơ\n---------  --------\nUBND xã A        12\n'
 */
export function formatTextTable(rows: readonly (readonly OutputCell[])[]): string {
  const text = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  const cols = Math.max(0, ...text.map((r) => r.length));
  const widths: number[] = [];
  for (let j = 0; j < cols; j++) widths.push(Math.max(...text.map((r) => width(r[j] ?? ''))));
  const numeric = (j: number): boolean => rows.slice(1).some((r) => typeof r[j] === 'number');
  const lines: string[] = [];
  text.forEach((r, i) => {
    const cells = widths.map((w, j) => {
      const s = r[j] ?? '';
      const padN = w - width(s);
      return numeric(j) && i > 0 ? ' '.repeat(padN) + s : s + ' '.repeat(padN);
    });
    lines.push(cells.join('  ').trimEnd());
    if (i === 0) lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Write text to a file, UTF-8 (ghi tệp). CSV gets a byte-order mark so Excel reads the diacritics.
 *
 * @param path - The file.
 * @param text - The content.
 * @param options - `bom: true` to prefix a byte-order mark.
 * @returns When written.
 * @throws Error when the file cannot be written.
 * @example
 * await writeTextFile('ket-qua.csv', formatCsv(rows), { bom: true });
 */
export async function writeTextFile(
  path: string,
  text: string,
  options: { readonly bom?: boolean } = {},
): Promise<void> {
  await writeFile(path, options.bom === true ? `\ufeff${text}` : text, 'utf8');
}

/** The header of the rejects file written by {@link createRejectsWriter} in CSV. */
export const REJECTS_CSV_HEADER: readonly string[] = [
  'line',
  'field',
  'column',
  'value',
  'code',
  'message',
  'raw',
];

function rawText(raw: unknown): string {
  if (Array.isArray(raw)) return JSON.stringify(raw as CellValue[]);
  if (typeof raw === 'string') return raw;
  try {
    return JSON.stringify(raw) ?? '';
  } catch {
    return String(raw);
  }
}

/** A sink for rejected rows, written as they come (memory stays flat). */
export interface RejectsWriter {
  /** Write one rejected row (one line per issue in CSV, one line per row in JSON Lines). */
  write(rejection: ImportRejection): void;
  /** Rows written. */
  readonly count: number;
  /** Flush and close the file. */
  close(): Promise<void>;
}

/**
 * Open a file for rejected rows (tệp các dòng bị loại): CSV with `line, field, column, value, code,
 * message, raw` (one line per issue; `raw` holds the row's cells as JSON), or JSON Lines (one
 * rejection per line) when the path ends with `.jsonl` or `.json`.
 *
 * @param path - The file.
 * @returns The writer.
 * @throws Error when the file cannot be opened.
 * @example
 * const rejects = createRejectsWriter('loi.csv');
 * await tallyDossierSource(file, { period, onRejection: (r) => rejects.write(r) });
 * await rejects.close();
 */
export function createRejectsWriter(path: string): RejectsWriter {
  const jsonl = path.endsWith('.jsonl') || path.endsWith('.json');
  const out: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  let count = 0;
  if (!jsonl) out.write(`\ufeff${formatCsv([REJECTS_CSV_HEADER])}`);
  return {
    write(r) {
      count++;
      if (jsonl) {
        out.write(`${JSON.stringify({ line: r.line, index: r.index, raw: r.raw, issues: r.issues })}\n`);
        return;
      }
      const raw = rawText(r.raw);
      out.write(
        formatCsv(
          r.issues.map((i) => [
            r.line,
            i.path,
            i.column ?? '',
            i.value === undefined || i.value === null ? '' : String(i.value),
            i.code,
            i.message,
            raw,
          ]),
        ),
      );
    },
    get count() {
      return count;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        out.end((err?: Error | null) => (err ? reject(err) : resolve()));
      });
    },
  };
}
