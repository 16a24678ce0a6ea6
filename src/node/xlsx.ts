import { deflateRawSync } from 'node:zlib';
import {
  displayWidth,
  escapeFormula,
  NODE_OUTPUT_FS,
  type OutputCell,
  type OutputFileSystem,
  type SpreadsheetSafetyOptions,
} from './output';

/** One worksheet of {@link formatXlsx}. */
export interface XlsxSheet {
  /** The tab's name (at most 31 characters; `[]:*?/\` are replaced). */
  readonly name: string;
  /** Rows of cells; the first is written in bold as the header. */
  readonly rows: readonly (readonly OutputCell[])[];
}

/** Options of {@link formatXlsx}. */
export interface XlsxOptions extends SpreadsheetSafetyOptions {}

const CRC_TABLE = /* @__PURE__ */ (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of the given files, deflated (the container of every OOXML file). */
function zip(files: readonly (readonly [string, string])[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // 1 January 2026, 00:00 in DOS form: the content does not depend on the clock.
  const dosTime = 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** Drop what XML 1.0 does not allow (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F), then escape. */
function xml(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) continue;
    if (c === 0xfffe || c === 0xffff) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const ch = s[i]!;
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch;
  }
  return out;
}

function columnName(j: number): string {
  let s = '';
  let n = j + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function sheetXml(rows: readonly (readonly OutputCell[])[], escapeCells: boolean): string {
  const widths: number[] = [];
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out.push(`<row r="${i + 1}">`);
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (v === null || v === undefined || v === '') continue;
      const ref = `${columnName(j)}${i + 1}`;
      const style = i === 0 ? ' s="1"' : '';
      if (typeof v === 'number' && Number.isFinite(v)) {
        out.push(`<c r="${ref}"${style}><v>${v}</v></c>`);
        widths[j] = Math.max(widths[j] ?? 0, String(v).length);
      } else if (typeof v === 'boolean') {
        out.push(`<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`);
      } else {
        // Always a text cell (inline string, never a formula); escaped all the same so that the
        // sheet stays safe when saved again as CSV.
        const s = escapeCells ? escapeFormula(String(v)) : String(v);
        out.push(`<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xml(s)}</t></is></c>`);
        widths[j] = Math.max(widths[j] ?? 0, displayWidth(s));
      }
    }
    out.push('</row>');
  }
  const cols = widths
    .map((w, j) =>
      w === undefined
        ? ''
        : `<col min="${j + 1}" max="${j + 1}" width="${Math.min(60, w + 2)}" customWidth="1"/>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (cols === '' ? '' : `<cols>${cols}</cols>`) +
    `<sheetData>${out.join('')}</sheetData></worksheet>`
  );
}

function sheetName(name: string, used: Set<string>): string {
  let base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let n = 2;
  const orig = base;
  while (used.has(base.toLowerCase())) base = `${orig.slice(0, 28)} ${n++}`;
  used.add(base.toLowerCase());
  return base;
}

/**
 * Write report tables as an Excel workbook (ghi tệp Excel .xlsx): a minimal Office Open XML
 * package (SpreadsheetML, ECMA-376) written by this package: one worksheet per table, the header
 * row in bold, numbers as numbers, text as inline strings (never formulas), column widths fitted.
 * Text that a spreadsheet would take for a formula is escaped all the same ({@link escapeFormula}),
 * so that the sheet stays safe when it is saved again as CSV; `escapeFormulas: false` turns that off.
 *
 * @param sheets - The tables.
 * @param options - `escapeFormulas` (default `true`).
 * @returns The `.xlsx` file's bytes.
 * @throws RangeError when there is no sheet.
 * @example
 * const bytes = formatXlsx([{ name: 'Hồ sơ', rows: [['Đơn vị', 'Tiếp nhận'], ['UBND xã A', 12]] }]);
 * bytes[0] === 0x50 && bytes[1] === 0x4b // => true (a zip archive)
 */
export function formatXlsx(sheets: readonly XlsxSheet[], options: XlsxOptions = {}): Uint8Array {
  if (sheets.length === 0) throw new RangeError('[commune-kpi] an Excel workbook needs at least one sheet.');
  const escapeCells = options.escapeFormulas !== false;
  const used = new Set<string>();
  const names = sheets.map((s) => sheetName(s.name, used));
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ],
    [
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        names.map((n, i) => `<sheet name="${xml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        names
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/styles.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
        '</styleSheet>',
    ],
    ...sheets.map((s, i): [string, string] => [
      `xl/worksheets/sheet${i + 1}.xml`,
      sheetXml(s.rows, escapeCells),
    ]),
  ];
  return zip(files);
}

/**
 * Write report tables to an `.xlsx` file (ghi tệp Excel): {@link formatXlsx} then a file write.
 *
 * @param path - The file.
 * @param sheets - The tables.
 * @param options - `escapeFormulas` (default `true`); `fs`, the file operations
 *   (`OutputFileSystem`, default `node:fs`).
 * @returns When written.
 * @throws Error when the file cannot be written.
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'bao-cao-')), 'bao-cao.xlsx');
 * await writeXlsxFile(file, [{ name: 'Hồ sơ', rows: [['Đơn vị', 'Tiếp nhận', 'Đúng hạn'], ['UBND xã A', 12, 11]] }]);
 * const { table } = await readXlsxTable(file); // read back
 * const rows: (readonly CellValue[])[] = [];
 * for await (const row of table) rows.push(row);
 * rows // => [['Đơn vị', 'Tiếp nhận', 'Đúng hạn'], ['UBND xã A', 12, 11]]
 */
export async function writeXlsxFile(
  path: string,
  sheets: readonly XlsxSheet[],
  options: XlsxOptions & { readonly fs?: OutputFileSystem } = {},
): Promise<void> {
  await (options.fs ?? NODE_OUTPUT_FS).writeFile(path, formatXlsx(sheets, options));
}
