/**
 * Issue 18, item 3: `tallyDossierSource` keeps a bounded number of rejections, counts them all,
 * and hands every one to the `onRejection` sink as it is found, on every path (CSV text, CSV
 * bytes in chunks, JSON). Peak memory is measured in `bench/rejections-memory.bench.ts`.
 */
import { describe, expect, it } from 'vitest';
import { reportingPeriod } from '../../src/core/period';
import { DEFAULT_KEEP_REJECTIONS, type ImportRejection, tallyDossierSource } from '../../src/import/index';

const period = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, { cutoff: 'calendar' });
const HEADER = 'Mã hồ sơ,Mã TTHC,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả,Địa chỉ';
/** `rows` rows, all bad (31/02 does not exist) except every `good`-th (0 = none). */
function csv(rows: number, good = 0): string {
  const out = [HEADER];
  for (let i = 0; i < rows; i++) {
    const ok = good > 0 && i % good === 0;
    out.push(
      `H${i},1.001,UBND xã A,Trực tuyến,Đang xử lý,${ok ? '02' : '31'}/02/2026 08:15,05/03/2026,"Thôn 1, xã A"`,
    );
  }
  return `${out.join('\n')}\n`;
}
function chunks(text: string, size: number): Uint8Array[] {
  const b = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

describe('tallyDossierSource on a file of bad rows', { timeout: 60_000 }, () => {
  it('keeps the first 1000 by default, counts all 1200, sends all 1200 to the sink in order', async () => {
    expect(DEFAULT_KEEP_REJECTIONS).toBe(1000);
    const seen: ImportRejection[] = [];
    const r = await tallyDossierSource(csv(1200), { period, onRejection: (x) => seen.push(x) });
    expect(r.summary.read).toBe(1200);
    expect(r.summary.rejected).toBe(1200);
    expect(r.rejections).toHaveLength(1000);
    expect(seen).toHaveLength(1200);
    // Header on line 1: data row i is on line i + 2.
    expect(seen.map((x) => x.line)).toEqual(Array.from({ length: 1200 }, (_, i) => i + 2));
    expect(r.rejections.map((x) => x.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
  });

  it('keepRejections: 0 keeps none, 7 keeps 7, Infinity keeps all; counts do not change', async () => {
    for (const [keep, kept] of [
      [0, 0],
      [7, 7],
      [Number.POSITIVE_INFINITY, 300],
    ] as const) {
      const r = await tallyDossierSource(chunks(csv(300), 4096), { period, keepRejections: keep });
      expect(r.summary.rejected).toBe(300);
      expect(r.rejections).toHaveLength(kept);
    }
  });

  it('mixed good and bad rows: the sink sees exactly the bad ones', async () => {
    const seen: number[] = [];
    const r = await tallyDossierSource(chunks(csv(1000, 3), 1000), {
      period,
      keepRejections: 5,
      onRejection: (x) => seen.push(x.line),
    });
    // Rows 0, 3, 6, … 999 are good: 334 of them.
    expect(r.summary.valid).toBe(334);
    expect(r.summary.rejected).toBe(666);
    expect(seen).toHaveLength(666);
    expect(seen.every((line) => (line - 2) % 3 !== 0)).toBe(true);
    expect(r.rejections.map((x) => x.line)).toEqual([3, 4, 6, 7, 9]);
  });

  it('JSON: the same bound and sink', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      'Mã hồ sơ': `H${i}`,
      'Mã TTHC': '1.001',
      'Đơn vị tiếp nhận': 'UBND xã A',
      'Kênh thực hiện': 'Trực tuyến',
      'Trạng thái': 'Đang xử lý',
      'Ngày nhận': '31/02/2026',
      'Ngày hẹn trả': '05/03/2026',
    }));
    let n = 0;
    const r = await tallyDossierSource(JSON.stringify(rows), {
      period,
      keepRejections: 3,
      onRejection: () => n++,
    });
    expect(r.summary.rejected).toBe(40);
    expect(r.rejections).toHaveLength(3);
    expect(n).toBe(40);
  });

  it('rejects a keepRejections that is not a non-negative integer', async () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      await expect(tallyDossierSource(csv(1), { period, keepRejections: bad })).rejects.toThrow(RangeError);
    }
  });
});
