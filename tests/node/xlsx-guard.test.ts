/**
 * Issue 19, crashes on small files: a workbook is measured before `read-excel-file` sees it. A
 * 7 KB file declaring a cell at XFD1048576 (before: 4.3 GB of heap, abort) and a sheet past the
 * row bound (before: "Maximum call stack size exceeded" inside the reader) are refused with a
 * coded error; so is an archive that unpacks past its bound, even when it lies about its size.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, readXlsxTable } from '../../src/node/index';
import { sheetExtent } from '../../src/node/xlsx-guard';
import { rowXml, workbook, zip } from './_xlsx';

const dir = mkdtempSync(join(tmpdir(), 'commune-kpi-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const save = (name: string, b: Buffer): string => {
  const f = join(dir, name);
  writeFileSync(f, b);
  return f;
};

async function refusal(p: Promise<unknown>): Promise<ImportFileError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('XLSX guards (issue 19)', () => {
  it('a small file declaring a cell at XFD1048576 is refused, not read', async () => {
    const b = workbook(
      `${rowXml(1, ['Mã hồ sơ', 'x'])}<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>`,
    );
    expect(b.length).toBeLessThan(7000);
    const e = await refusal(readXlsxTable(save('xfd.xlsx', b), { locale: 'en' }));
    expect(e.code).toBe('vn.import.xlsx_dimensions');
    expect(e.params).toMatchObject({ rows: 1_048_576, columns: 16_384 });
    expect(e.messageIn('vi')).toContain('1048576 dòng × 16384 cột');
    expect(e.message).toContain('Sheet xl/worksheets/sheet1.xml declares 1048576 rows × 16384 columns');
  });

  it('a declared dimension alone is enough', async () => {
    const b = workbook(rowXml(1, ['a']), 'A1:XFD1048576');
    expect((await refusal(readXlsxTable(b))).code).toBe('vn.import.xlsx_dimensions');
  });

  it('a sheet past the row bound is refused before the reader overflows its stack', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 200_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const e = await refusal(readXlsxTable(save('rows.xlsx', workbook(rows.join('')))));
    expect(e.code).toBe('vn.import.xlsx_dimensions');
    expect(e.params).toMatchObject({ rows: 200_000, columns: 1, maxRows: 100_000 });
  }, 60_000);

  it('the bounds are options', async () => {
    const b = workbook([1, 2, 3].map((r) => rowXml(r, ['a', 'b'])).join(''));
    expect((await refusal(readXlsxTable(b, { xlsxLimits: { maxRows: 2 } }))).code).toBe(
      'vn.import.xlsx_dimensions',
    );
    expect((await refusal(readXlsxTable(b, { xlsxLimits: { maxCells: 5 } }))).code).toBe(
      'vn.import.xlsx_dimensions',
    );
    expect((await readXlsxTable(b, { xlsxLimits: { maxRows: 3, maxCells: 6 } })).table).toEqual([
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
    ]);
  });

  it('an archive that unpacks past the bound is refused, even when it declares a small size', async () => {
    const big = `<worksheet><sheetData>${' '.repeat(4 << 20)}</sheetData></worksheet>`;
    const honest = zip({ 'xl/worksheets/sheet1.xml': big });
    expect(honest.length).toBeLessThan(10_000);
    const limits = { xlsxLimits: { maxUncompressedBytes: 1 << 20 } };
    expect((await refusal(readXlsxTable(honest, limits))).code).toBe('vn.import.xlsx_too_large');
    // The same archive with a central directory that says 100 bytes.
    const lying = Buffer.from(honest);
    const cd = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(100, cd + 24);
    expect((await refusal(readXlsxTable(lying, limits))).code).toBe('vn.import.xlsx_too_large');
  });

  it('a file that is not a zip archive is a coded error', async () => {
    const e = await refusal(readXlsxTable(Buffer.from('Mã hồ sơ;Ngày nhận\n')));
    expect(e.code).toBe('vn.import.xlsx_unreadable');
  });

  it('sheetExtent reads the dimension, rows and cell references', () => {
    expect(sheetExtent('<dimension ref="A1:C4"/><row r="2"><c r="AA2"/></row><row r="9">')).toEqual({
      rows: 9,
      columns: 27,
    });
  });
});
