/**
 * `tallyDossierFile` with worker threads gives exactly the one-thread result: totals, groups,
 * summary, and every rejection with the file's own line number and row index, in file order —
 * however the file is cut, including inside a quoted field that spans lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { type ImportRejection, tallyDossierSource } from '../../src/import/index';
import { tallyDossierFile } from '../../src/node/index';
import { fileArb, rowArb, writeFile } from './_gen';

const Q1 = customPeriod('2026-01-01', '2026-03-31');
const dir = mkdtempSync(join(tmpdir(), 'commune-kpi-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const save = (text: string): string => {
  const f = join(dir, `f${n++}.csv`);
  writeFileSync(f, text);
  return f;
};

const shape = (r: ImportRejection) => ({
  line: r.line,
  index: r.index,
  raw: r.raw,
  issues: r.issues.map((i) => i.code),
});

async function compare(text: string, workers: number, minPartBytes: number) {
  const file = save(text);
  const options = { period: Q1, by: ['unit', 'month'] as const, keepRejections: 1e9 };
  const one = await tallyDossierSource(new TextEncoder().encode(text), options);
  const seen: ImportRejection[] = [];
  const many = await tallyDossierFile(file, {
    ...options,
    workers,
    minPartBytes,
    // Small chunks, so that the head does not hold the whole file and the cuts fall anywhere.
    chunkSize: 256,
    onRejection: (r) => seen.push(r),
  });
  expect(many.summary).toEqual(one.summary);
  expect(many.total).toEqual(one.total);
  expect(many.groups).toEqual(one.groups);
  expect(many.rejections.map(shape)).toEqual(one.rejections.map(shape));
  // Every rejection passed on once, in file order.
  expect(seen.map(shape)).toEqual(one.rejections.map(shape));
  expect(many.summary.read).toBe(many.summary.valid + many.summary.rejected);
  return { one, many };
}

describe('tallyDossierFile on worker threads ≡ one thread', () => {
  it('on generated exports in every form and with every fault, cut anywhere', async () => {
    const big = fc.record({
      file: fileArb,
      rows: fc.array(rowArb, { minLength: 60, maxLength: 200 }),
      workers: fc.integer({ min: 2, max: 4 }),
      part: fc.integer({ min: 64, max: 1500 }),
    });
    await fc.assert(
      fc.asyncProperty(big, async ({ file, rows, workers, part }) => {
        await compare(writeFile({ ...file, rows }), workers, part);
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('re-reads a part whose cut fell inside a quoted field with line breaks', async () => {
    const head = 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả,Ghi chú\n';
    const row = (i: number, note: string) =>
      `H${i},UBND xã A,Trực tiếp,${i % 7 === 0 ? 'Không rõ' : 'Đang xử lý'},02/03/2026,0${1 + (i % 9)}/03/2026,${note}\n`;
    const before = Array.from({ length: 40 }, (_, i) => row(i, 'x')).join('');
    // A note of many lines, each ending in LF, right where the file is cut in two.
    const note = `"${Array.from({ length: 60 }, (_, i) => `dòng ${i}`).join('\n')}"`;
    const after = Array.from({ length: 40 }, (_, i) => row(100 + i, 'y')).join('');
    // The spanning row is itself rejected (its status is unknown), so its cells are compared too.
    const text = head + before + row(50, note).replace('Đang xử lý', 'Không rõ') + after;
    const bytes = new TextEncoder().encode(text);
    // The first LF after the middle (where a part starts) is inside the quoted note.
    const mid = bytes.indexOf(10, Math.floor(bytes.length / 2));
    const open =
      new TextEncoder().encode(head + before).length +
      'H50,UBND xã A,Trực tiếp,Không rõ,02/03/2026,06/03/2026,'.length;
    expect(mid > open && mid < open + new TextEncoder().encode(note).length).toBe(true);
    const { one } = await compare(text, 2, 64);
    // By hand: the header is line 1, row i < 40 is on line i + 2; row H50 is on line 42 and spans
    // 60 lines, so row 100 + j is on line 102 + j. Rejected: status "Không rõ" when i % 7 = 0, and
    // a due date 01/03 before the receipt on 02/03 when i % 9 = 0; and H50.
    expect(one.rejections.map((r) => r.line)).toEqual([
      2, 9, 11, 16, 20, 23, 29, 30, 37, 38, 42, 107, 110, 114, 119, 121, 128, 135, 137,
    ]);
  }, 60_000);

  it('holds more rejections than a worker may keep, without losing or reordering one', async () => {
    const head = 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả\n';
    const rows = Array.from(
      { length: 15_000 },
      (_, i) => `H${i},UBND xã A,Trực tiếp,Không rõ,02/03/2026,05/03/2026\n`,
    );
    const { one } = await compare(head + rows.join(''), 3, 1024);
    expect(one.summary.rejected).toBe(15_000);
    // Row i is on line i + 2.
    expect(one.rejections.slice(-3).map((r) => r.line)).toEqual([14_999, 15_000, 15_001]);
  }, 120_000);

  it('without onRejection, keeps the first keepRejections rejections of the file and counts the rest', async () => {
    const head = 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả\n';
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `H${i},UBND xã A,Trực tiếp,${i % 5 === 0 ? 'Không rõ' : 'Đang xử lý'},02/03/2026,05/03/2026\n`,
    );
    const text = head + rows.join('');
    const file = save(text);
    for (const keep of [0, 3, 700]) {
      const options = { period: Q1, keepRejections: keep };
      const one = await tallyDossierSource(text, options);
      const many = await tallyDossierFile(file, {
        ...options,
        workers: 3,
        minPartBytes: 4096,
        chunkSize: 512,
      });
      expect(many.summary.rejected).toBe(600);
      expect(many.rejections.map(shape)).toEqual(one.rejections.map(shape));
      // Row i is on line i + 2: the first kept are rows 0, 5, 10, …
      expect(many.rejections.slice(0, 3).map((r) => r.line)).toEqual([2, 7, 12].slice(0, keep));
    }
  }, 60_000);

  it('falls back to one thread for small files, Excel, JSON and maxErrors, with the same result', async () => {
    const text = writeFile(fc.sample(fileArb, { seed: 5, numRuns: 1 })[0]!);
    const file = save(text);
    const options = { period: Q1, by: ['unit'] as const };
    const one = await tallyDossierSource(text, options);
    for (const extra of [{ workers: 4 }, { workers: 4, maxErrors: 1000 }, { workers: 1, minPartBytes: 1 }]) {
      const r = await tallyDossierFile(file, { ...options, ...extra });
      expect(r.total).toEqual(one.total);
    }
    await expect(tallyDossierFile(file, { ...options, workers: 0 })).rejects.toThrow(
      /\[commune-kpi\] workers/,
    );
    await expect(tallyDossierFile(file, { ...options, workers: 1.5 })).rejects.toThrow(RangeError);
  });
});
