/**
 * Issue 19: a full disk under `--rejects` and `--out`, without `/dev/full`: the command writes
 * through `CliIo.fs` (an {@link OutputFileSystem}), here one whose writes fail with `ENOSPC`
 * after a budget of bytes. Every case: the sentence in the chosen language, exit 1, no stack
 * trace, no half-written rejects file left.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { NODE_OUTPUT_FS, type OutputFileSystem, runCli, tallyDossierFile } from '../../src/node/index';

const dir = mkdtempSync(join(tmpdir(), 'ckpi-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const enospc = (): Error =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** A disk that takes `budget` bytes, then is full. */
function fullAfter(budget: number): OutputFileSystem & { written: () => number } {
  let used = 0;
  return {
    ...NODE_OUTPUT_FS,
    writeSync(fd, buffer, offset, length) {
      if (used + length > budget) throw enospc();
      used += length;
      return NODE_OUTPUT_FS.writeSync(fd, buffer, offset, length);
    },
    async writeFile(path, data) {
      const n = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
      if (used + n > budget) throw enospc();
      used += n;
      await NODE_OUTPUT_FS.writeFile(path, data);
    },
    written: () => used,
  };
}

const HEAD = 'Mã hồ sơ;Đơn vị tiếp nhận;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả';
// 2 valid rows, then `bad` rows with an impossible due date (each rejected).
const file = (bad: number): string => {
  const f = join(dir, `in-${bad}.csv`);
  const rows = [
    HEAD,
    'H1;UBND xã A;Trực tiếp;Đang xử lý;05/01/2026;20/01/2026',
    'H2;UBND xã A;Trực tuyến;Đang xử lý;05/01/2026;20/01/2026',
  ];
  for (let i = 0; i < bad; i++) rows.push(`B${i};UBND xã A;Trực tiếp;Đang xử lý;05/01/2026;31/02/2026`);
  writeFileSync(f, `${rows.join('\n')}\n`);
  return f;
};

async function run(
  argv: string[],
  fs: OutputFileSystem,
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stderrIsTTY: false,
    fs,
  });
  return { code, out, err };
}

const PERIOD = ['--period', '2026-01-01..2026-03-31'];
const MESSAGE = {
  vi: (p: string) => `ổ đĩa đã đầy: không ghi được tệp «${p}».`,
  en: (p: string) => `the disk is full: "${p}" could not be written.`,
};
const noStack = (s: string): void => {
  expect(s).not.toMatch(/\n\s+at |Error:|ENOSPC|errno/);
};

describe('a full disk, injected (issue 19)', () => {
  const cases: [string, number, number][] = [
    // [rejects file, rejected rows, bytes the disk takes]
    ['loi.csv', 3, 0], // full from the start: fails when the file is closed
    ['loi.csv', 3000, 10_000], // fills while rows are read (the 64 KiB buffer is flushed)
    ['loi.jsonl', 3000, 10_000],
  ];
  for (const [name, bad, budget] of cases) {
    for (const lang of ['vi', 'en'] as const) {
      it(`--rejects ${name}, ${bad} rejected rows, ${budget} bytes free, ${lang}: exit 1 with the sentence`, async () => {
        const input = file(bad);
        const target = join(dir, `${lang}-${bad}-${name}`);
        const fs = fullAfter(budget);
        const r = await run(['dossiers', input, ...PERIOD, '--rejects', target, '--lang', lang], fs);
        expect(r.code).toBe(1);
        expect(r.err).toContain(MESSAGE[lang](target));
        noStack(r.err);
        expect(r.out).toBe('');
        // The half-written file is removed, and so is the temporary file beside it.
        expect(existsSync(target)).toBe(false);
        expect(existsSync(join(dir, `.${lang}-${bad}-${name}.${process.pid}.part`))).toBe(false);
      });
    }
  }

  for (const format of ['csv', 'xlsx', 'table', 'json'] as const) {
    for (const lang of ['vi', 'en'] as const) {
      it(`--out as ${format}, ${lang}: exit 1 with the sentence`, async () => {
        const target = join(dir, `out-${lang}.${format === 'table' ? 'txt' : format}`);
        const r = await run(
          ['dossiers', file(0), ...PERIOD, '--out', target, '--format', format, '--lang', lang],
          fullAfter(0),
        );
        expect(r.code).toBe(1);
        expect(r.err).toContain(MESSAGE[lang](target));
        noStack(r.err);
      });
    }
  }

  it('a disk with room: the same run writes both files (the seam is the only change)', async () => {
    const fs = fullAfter(Number.POSITIVE_INFINITY);
    const target = join(dir, 'ok.csv');
    const out = join(dir, 'ok-out.csv');
    const r = await run(
      ['dossiers', file(3), ...PERIOD, '--rejects', target, '--out', out, '--format', 'csv'],
      fs,
    );
    expect(r.code).toBe(0);
    expect(existsSync(target) && existsSync(out)).toBe(true);
    expect(fs.written()).toBeGreaterThan(0);
  });

  it('worker threads: a rejection sink that fails stops the tally through its promise', async () => {
    const rows = [HEAD];
    for (let i = 0; i < 12_000; i++)
      rows.push(
        `B${i};UBND xã A;Trực tiếp;Đang xử lý;05/01/2026;${i % 2 === 0 ? '31/02/2026' : '20/01/2026'}`,
      );
    const f = join(dir, 'big.csv');
    writeFileSync(f, `${rows.join('\n')}\n`);
    await expect(
      tallyDossierFile(f, {
        period: customPeriod('2026-01-01', '2026-03-31'),
        workers: 3,
        minPartBytes: 40_000,
        chunkSize: 4096,
        // Lines past the first part's: the rejections a worker thread posts.
        onRejection: (r) => {
          if (r.line > 10_000) throw enospc();
        },
      }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});
