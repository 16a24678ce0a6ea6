/**
 * Issue 19, rows counted twice: who owns a chunk. `openImportFile` hands out chunks that belong
 * to the receiver; a source that reads into one buffer again and again (allowed by
 * `ImportSource`) gives the same counts through every entry, whatever the chunk size.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { importDossiers, streamDossiers, tallyDossierSource } from '../../src/import/index';
import { openImportFile } from '../../src/node/index';

const Q1 = customPeriod('2026-01-01', '2026-03-31');
const dir = mkdtempSync(join(tmpdir(), 'commune-kpi-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const H = 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả,Ghi chú';
const row = (i: number, note = ''): string =>
  `H${i},UBND xã A,Trực tuyến,Đang xử lý,02/03/2026 08:15,05/03/2026,${note}`;

/** A source that reads into one buffer, and scribbles over it as soon as the next chunk is asked for. */
function reusing(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      const buf = new Uint8Array(size);
      for (let i = 0; i < bytes.length; i += size) {
        const n = Math.min(size, bytes.length - i);
        buf.set(bytes.subarray(i, i + n));
        yield buf.subarray(0, n);
        buf.fill(0x3b);
      }
    },
  };
}

describe('chunk ownership (issue 19)', () => {
  it('openImportFile gives chunks that can be kept', async () => {
    const f = join(dir, 'keep.csv');
    const text = [H, ...Array.from({ length: 50 }, (_, i) => row(i))].join('\n');
    writeFileSync(f, text);
    const kept: Uint8Array[] = [];
    for await (const c of (await openImportFile(f, { chunkSize: 64 })) as AsyncIterable<Uint8Array>) {
      kept.push(c);
    }
    expect(Buffer.concat(kept).toString('utf8')).toBe(text);
  });

  it('a header, a row with a 1.1 MB cell and 9 rows: read 10, valid 9', async () => {
    const f = join(dir, 'big.csv');
    writeFileSync(
      f,
      `${[H, row(0, 'x'.repeat(1_100_000)), ...Array.from({ length: 9 }, (_, i) => row(i + 1))].join('\n')}\n`,
    );
    const r = await tallyDossierSource(await openImportFile(f), { period: Q1 });
    expect([r.summary.read, r.summary.valid, r.summary.rejected]).toEqual([10, 9, 1]);
    expect(r.rejections[0]!.issues[0]!.code).toBe('vn.import.field_too_long');
  });

  it('1000 rows with chunkSize 1024: read 1000', async () => {
    const f = join(dir, 'n1000.csv');
    writeFileSync(f, `${[H, ...Array.from({ length: 1000 }, (_, i) => row(i))].join('\n')}\n`);
    for (const chunkSize of [7, 1024, 4096]) {
      const r = await tallyDossierSource(await openImportFile(f, { chunkSize }), { period: Q1 });
      expect(r.summary.read).toBe(1000);
      expect(r.summary.valid).toBe(1000);
    }
  }, 60_000);

  it('a source that reuses its buffer: the same counts through every entry', async () => {
    const bytes = new TextEncoder().encode(
      `${[H, row(0, 'x'.repeat(5000)), ...Array.from({ length: 60 }, (_, i) => row(i + 1))].join('\n')}\n`,
    );
    for (const size of [1, 3, 100, 1024, 100_000]) {
      const t = await tallyDossierSource(reusing(bytes, size), { period: Q1, maxFieldLength: 1000 });
      expect([t.summary.read, t.summary.valid]).toEqual([61, 60]);
      const i = await importDossiers(reusing(bytes, size), { maxFieldLength: 1000 });
      expect([i.read, i.valid]).toEqual([61, 60]);
      const s = streamDossiers(reusing(bytes, size), { maxFieldLength: 1000 });
      for await (const _ of s);
      expect([s.summary.read, s.summary.valid]).toEqual([61, 60]);
    }
  });
});
