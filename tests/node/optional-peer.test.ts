import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// read-excel-file is an optional peer dependency of commune-kpi/node: without it, the entry loads
// and reading a workbook names the package to install. (The consumer check does the same with a
// real install that lacks it.)
describe('read-excel-file missing', () => {
  it('readXlsxTable rejects with a message that says what to install', async () => {
    vi.resetModules();
    vi.doMock('read-excel-file/node', () => {
      const e = new Error("Cannot find package 'read-excel-file'") as Error & { code: string };
      e.code = 'ERR_MODULE_NOT_FOUND';
      throw e;
    });
    const { readXlsxTable } = await import('../../src/node/files');
    const file = join(import.meta.dirname, '../fixtures/import/households-review.xlsx');
    try {
      await expect(readXlsxTable(file)).rejects.toThrow(
        '[commune-kpi] reading .xlsx workbooks needs the optional package read-excel-file: npm install read-excel-file',
      );
    } finally {
      vi.doUnmock('read-excel-file/node');
    }
  });

  it('with the package, the same call reads the workbook', async () => {
    vi.resetModules();
    const { readXlsxTable } = await import('../../src/node/files');
    const t = await readXlsxTable(join(import.meta.dirname, '../fixtures/import/households-review.xlsx'));
    expect(t.format).toBe('xlsx');
    expect(Array.isArray(t.table) && t.table.length > 0).toBe(true);
  });
});
