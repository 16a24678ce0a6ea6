/**
 * Issue 19, invalid UTF-8 in the middle of a file: a row with bytes that are not UTF-8 (or with
 * U+FFFD, which is what such bytes decode to) is rejected `vn.import.bad_encoding` on every entry
 * and at every chunk size, instead of being counted under a unit named with U+FFFD.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { importDossiers, tallyDossierSource } from '../../src/import/index';
import { isCleanUtf8, Utf8Gate } from '../../src/import/utf8';
import { runCli, tallyDossierFile } from '../../src/node/index';
import { chunked, cleanEntries, Q1, throughEveryEntry } from './_entries';

afterAll(cleanEntries);
const dir = mkdtempSync(join(tmpdir(), 'ckpi-utf8-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const enc = new TextEncoder();
const HEAD = 'Mã hồ sơ;Đơn vị tiếp nhận;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả;Ghi chú\n';
const good = (i: number): string => `G${i};UBND xã Phổ Phong;Trực tiếp;Đang xử lý;05/01/2026;20/01/2026;ổn\n`;
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));

// 60 clean rows first (more than the 4096 bytes looked at to name a file's encoding), then the damage.
const lead = Array.from({ length: 60 }, (_, i) => good(i + 1)).join('');
// Line 62: "xã" written in Windows-1258 (0xE3 alone); line 63: a cut 3-byte sequence in the note
// (a column the tally does not read); line 64: U+FFFD in the unit; line 65: a lone continuation
// byte in the code; line 66: an overlong "/" (C0 AF) in the date; line 67: clean; line 68: a
// surrogate (ED A0 80) in the unit.
const file = bytes(
  HEAD,
  lead,
  'B1;UBND x',
  [0xe3],
  ' A;Trực tiếp;Đang xử lý;05/01/2026;20/01/2026;\n',
  'B2;UBND xã A;Trực tiếp;Đang xử lý;05/01/2026;20/01/2026;',
  [0xe1, 0xbb],
  '\n',
  'B3;UBND x\ufffd A;Trực tiếp;Đang xử lý;05/01/2026;20/01/2026;\n',
  'B',
  [0x80],
  '4;UBND xã A;Trực tiếp;Đang xử lý;05/01/2026;20/01/2026;\n',
  'B5;UBND xã A;Trực tiếp;Đang xử lý;05',
  [0xc0, 0xaf],
  '01/2026;20/01/2026;\n',
  good(61),
  'B6;UBND x',
  [0xed, 0xa0, 0x80],
  ';Trực tiếp;Đang xử lý;05/01/2026;20/01/2026;\n',
);
const BAD_LINES = [62, 63, 64, 65, 66, 68];

describe('invalid UTF-8 mid-file (issue 19)', () => {
  it('the checker agrees with the platform decoder', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const cases = [
      [0x41],
      [0xc3, 0xa3],
      [0xe1, 0xbb, 0x93],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xe3],
      [0xe1, 0xbb],
      [0x80],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe0, 0x80, 0x80],
    ];
    for (const c of cases) {
      const b = Uint8Array.from(c);
      let ok = true;
      try {
        fatal.decode(b);
      } catch {
        ok = false;
      }
      expect({ c, clean: isCleanUtf8(b, 0, b.length) }).toEqual({ c, clean: ok });
    }
    // Valid UTF-8, but the replacement character: not clean.
    expect(isCleanUtf8(Uint8Array.from([0x61, 0xef, 0xbf, 0xbd]), 0, 4)).toBe(false);
  });

  it('the chunk gate flags a stream exactly when the strict decoder refuses it or it holds U+FFFD', () => {
    // Bytes of every class: ASCII, leads of 2/3/4 bytes (and bad leads), continuations, EF BF BD.
    const piece = fc.constantFrom(
      [0x61],
      [0x0a],
      [0xc3, 0xa3],
      [0xe1, 0xbb, 0x93],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xef, 0xbf, 0xbd],
      [0xef, 0xbb, 0xbf],
      [0xe3],
      [0x80],
      [0xbf],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf8],
      [0xe1, 0xbb],
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1 }),
        (ps, sizes) => {
          const b = Uint8Array.from(ps.flat());
          let clean = true;
          try {
            clean = !new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b).includes('\ufffd');
          } catch {
            clean = false;
          }
          const g = new Utf8Gate();
          let flagged = false;
          for (let i = 0, k = 0; i < b.length; k++) {
            const n = sizes[k % sizes.length]!;
            if (g.check(b.subarray(i, i + n))) flagged = true;
            i += n;
          }
          if (g.end()) flagged = true;
          expect(flagged).toBe(!clean);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('every entry, every chunk size: the damaged rows rejected bad_encoding, the others read', async () => {
    for (const chunk of [1, 2, 3, 5, 64, 1000, 1 << 16]) {
      for (const r of await throughEveryEntry(file, chunk)) {
        expect({
          entry: r.entry,
          chunk,
          read: r.summary.read,
          valid: r.summary.valid,
          bad: r.rejections.filter((x) => x.codes[0] === 'vn.import.bad_encoding').map((x) => x.line),
        }).toEqual({ entry: r.entry, chunk, read: 67, valid: 61, bad: BAD_LINES });
      }
    }
  });

  it('no unit group named with U+FFFD; the rejection names the column', async () => {
    const t = await tallyDossierSource(chunked(file, 7), { period: Q1, by: ['unit'], keepRejections: 100 });
    expect(t.groups.map((g) => g.key.unit)).toEqual(['UBND xã Phổ Phong']);
    const r = await importDossiers(file, { locale: 'en' });
    const first = r.rejections[0]!.issues[0]!;
    expect([first.code, first.column, first.message]).toEqual([
      'vn.import.bad_encoding',
      'Đơn vị tiếp nhận',
      'The row holds bytes that are not valid UTF-8 (or the replacement character U+FFFD, the mark of text lost in a conversion): its text cannot be trusted, so it is not used.',
    ]);
  });

  it('a damaged byte in the first 4096 bytes of a UTF-8 file: that row rejected, not the whole file', async () => {
    const early = bytes(
      HEAD,
      good(1),
      'B1;UBND x',
      [0xe3],
      ' A;Trực tiếp;Đang xử lý;05/01/2026;20/01/2026;\n',
      good(2),
    );
    expect(early.length).toBeLessThan(4096);
    for (const chunk of [1, 9, 4096]) {
      for (const r of await throughEveryEntry(early, chunk)) {
        expect({
          entry: r.entry,
          chunk,
          read: r.summary.read,
          valid: r.summary.valid,
          bad: r.rejections.map((x) => [x.line, x.codes[0]]),
        }).toEqual({ entry: r.entry, chunk, read: 3, valid: 2, bad: [[3, 'vn.import.bad_encoding']] });
      }
    }
  });

  it('text with U+FFFD: the same rejection', async () => {
    const r = await importDossiers(
      `${HEAD}${good(1)}B3;UBND x\ufffd A;Trực tiếp;Đang xử lý;05/01/2026;20/01/2026;\n`,
    );
    expect(r.rejections.map((x) => [x.line, x.issues[0]!.code])).toEqual([[3, 'vn.import.bad_encoding']]);
    const j = await importDossiers(
      JSON.stringify([
        {
          code: 'J\ufffd',
          unit: 'A',
          channel: 'direct',
          status: 'processing',
          receivedAt: '2026-01-05',
          dueDate: '2026-01-20',
        },
      ]),
    );
    expect(j.rejections.map((x) => x.issues[0]!.code)).toEqual(['vn.import.bad_encoding']);
  });

  it('worker threads and the command: the same rows rejected', async () => {
    const f = join(dir, 'bad.csv');
    const more = Array.from({ length: 3000 }, (_, i) => good(100 + i)).join('');
    writeFileSync(f, Buffer.concat([file, enc.encode(more), file.subarray(enc.encode(HEAD).length)]));
    for (const workers of [1, 2, 3]) {
      const r = await tallyDossierFile(f, { period: Q1, workers, minPartBytes: 40_000, chunkSize: 4096 });
      expect({ workers, read: r.summary.read, rejected: r.summary.rejected }).toEqual({
        workers,
        read: 67 + 3000 + 67,
        rejected: 12,
      });
    }
    const rejects = join(dir, 'loi.csv');
    let err = '';
    const code = await runCli(['dossiers', f, '--period', '2026-01-01..2026-03-31', '--rejects', rejects], {
      stdout: () => undefined,
      stderr: (t) => (err += t),
      stderrIsTTY: false,
    });
    expect(code).toBe(0);
    const written = readFileSync(rejects, 'utf8');
    expect(written.split('Dòng có byte không phải UTF-8 hợp lệ').length - 1).toBe(12);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
