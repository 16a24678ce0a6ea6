import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/node/cli';

const SEED = readFileSync('/work/shared/reference/000_1bb7240e0a0f1cd0.txt', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'ckpi-audit-'));

/** A minimal Word document (WordprocessingML) with one paragraph per line, built by hand. */
async function docx(paragraphs: readonly string[]): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

function capture() {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t: string) => {
        out += t;
      },
      stderr: (t: string) => {
        err += t;
      },
      stderrIsTTY: false,
    },
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

describe('commune-kpi audit', () => {
  it('audits the seed report from its text file and prints the three findings', async () => {
    const file = join(dir, 'pho-phong.txt');
    writeFileSync(file, SEED);
    const c = capture();
    expect(await runCli(['audit', file], c.io)).toBe(0);
    expect(c.out).toContain('Kết luận: không khớp\n');
    expect(c.out).toMatch(/ số +Số hồ sơ tiếp nhận +\[\d+–\d+\]/);
    // No internal key reaches the reader: verdict, kind and quantity are in words.
    expect(c.out).not.toMatch(/inconsistent|dossiers\.received|\bcount\b/);
    expect(c.out).toContain('Số hồ sơ đã giải quyết: 3.927 ≠ 3.008 + 22 (chênh 897).');
    expect(c.out).toContain('Điểm không khớp: 3');
  });

  it('reads a Word .docx through mammoth and prints JSON in English', async () => {
    const file = join(dir, 'bao-cao.docx');
    const sentence = SEED.split('\n').find((l) => l.includes('đã tiếp nhận 3.971 hồ sơ'));
    expect(sentence).toBeDefined();
    writeFileSync(file, await docx(['BÁO CÁO', sentence!]));
    const c = capture();
    expect(await runCli(['audit', file, '--format', 'json', '--lang', 'en'], c.io)).toBe(0);
    const json = JSON.parse(c.out) as {
      verdict: string;
      findings: { message: string }[];
      figures: { raw: string }[];
    };
    expect(json.verdict).toBe('inconsistent');
    expect(json.figures.map((f) => f.raw)).toEqual(['3.971', '3.927', '3.008', '22', '44', '44', '0']);
    expect(json.findings.map((f) => f.message)).toEqual([
      'Dossiers resolved: 3,927 ≠ 3,008 + 22 (gap 897).',
      'Dossiers received: 3,971 ≠ 3,008 + 22 + 44 (gap 897).',
    ]);
  });

  it('--rounding ignore turns a rounding-only report consistent', async () => {
    const file = join(dir, 'rounding.txt');
    // 16.594 / 79.677 = 20,8266…% printed 20,82% (cut).
    writeFileSync(file, 'có 16.594 hộ nghèo trên tổng số 79.677 hộ dân, chiếm tỷ lệ 20,82%.');
    const a = capture();
    await runCli(['audit', file, '--format', 'json'], a.io);
    expect(JSON.parse(a.out).verdict).toBe('rounding_only');
    const b = capture();
    await runCli(['audit', file, '--format', 'json', '--rounding', 'ignore'], b.io);
    expect(JSON.parse(b.out).verdict).toBe('consistent');
  });

  it('exit 1 for a missing file, 2 for a bad option, 0 with --help', async () => {
    const a = capture();
    expect(await runCli(['audit', join(dir, 'nope.txt')], a.io)).toBe(1);
    expect(a.err).toBe(`Lỗi tệp: không tìm thấy tệp «${join(dir, 'nope.txt')}».\n`);
    const b = capture();
    expect(await runCli(['audit', 'x.txt', '--format', 'xml'], b.io)).toBe(2);
    expect(b.err).toBe(
      'Sai cách dùng: --format chỉ nhận: text, json, table.\nXem trợ giúp: commune-kpi audit --help\n',
    );
    const e = capture();
    expect(await runCli(['audit', 'x.txt', '--bogus', '--lang', 'en'], e.io)).toBe(2);
    expect(e.err).toBe(
      'Wrong usage: there is no option --bogus.\nSee the help: commune-kpi audit --help --lang en\n',
    );
    const f = capture();
    expect(await runCli(['audit', 'x.txt', '--format'], f.io)).toBe(2);
    expect(f.err).toContain('tùy chọn --format cần một giá trị (ví dụ --format json).');
    const g = capture();
    expect(await runCli(['audit', 'a.txt', 'b.txt', '--lang=en'], g.io)).toBe(2);
    expect(g.err).toBe(
      'Wrong usage: unexpected argument "b.txt".\nSee the help: commune-kpi audit --help --lang en\n',
    );
    const h = capture();
    expect(await runCli(['audit', 'x.txt', '--help=yes'], h.io)).toBe(2);
    expect(h.err).toContain('tùy chọn --help không nhận giá trị.');
    const l = capture();
    expect(await runCli(['audit', 'x.txt', '--lang', 'fr'], l.io)).toBe(2);
    expect(l.err).toContain('--lang chỉ nhận vi hoặc en.');
    const c = capture();
    expect(await runCli(['audit', '-h', '--lang', 'en'], c.io)).toBe(0);
    expect(c.out).toContain('commune-kpi audit <file>');
  });

  it('a damaged .docx is a file error in words', async () => {
    const file = join(dir, 'broken.docx');
    writeFileSync(file, 'not a zip');
    const c = capture();
    expect(await runCli(['audit', file], c.io)).toBe(1);
    expect(c.err).toBe('Lỗi tệp: Không đọc được tệp Word .docx (tệp hỏng hoặc không phải .docx).\n');
  });
});

describe('mammoth missing', () => {
  it('readDocxText names the package to install', async () => {
    vi.resetModules();
    vi.doMock('mammoth', () => {
      const e = new Error("Cannot find package 'mammoth'") as Error & { code: string };
      e.code = 'ERR_MODULE_NOT_FOUND';
      throw e;
    });
    const { readDocxText } = await import('../../src/node/docx');
    try {
      await expect(readDocxText(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({
        code: 'vn.node.docx.reader_missing',
        messages: { en: 'reading Word .docx files needs the optional package mammoth: npm install mammoth' },
      });
    } finally {
      vi.doUnmock('mammoth');
    }
  });
});
