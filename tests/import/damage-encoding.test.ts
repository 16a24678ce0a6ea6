/**
 * Issue 19: a UTF-16 or Windows-1258 file is named as such (`vn.import.encoding`) on every entry,
 * instead of "header not found" or rows of U+FFFD.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, importDossiers, streamDossiers, tallyDossierSource } from '../../src/import/index';
import { openImportFile } from '../../src/node/index';
import { chunked, Q1 } from './_entries';

const dir = mkdtempSync(join(tmpdir(), 'commune-kpi-enc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text =
  'Mã hồ sơ;Đơn vị tiếp nhận;Kênh thực hiện;Ngày nhận;Ngày hẹn trả\r\nH1;UBND xã A;Trực tuyến;02/03/2026;05/03/2026\r\n';
const utf16le = (t: string, bom: boolean): Uint8Array => {
  const b = Buffer.from(t, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), b]) : b;
};
const utf16be = (t: string): Uint8Array => Buffer.from(utf16le(t, true)).swap16();
// "Mã hồ sơ" in Windows-1258: a + combining tilde (0xDE), ô (0xF4) + combining grave (0xCC), ơ (0xF5).
const cp1258 = Buffer.concat([
  Buffer.from([0x4d, 0x61, 0xde, 0x20, 0x68, 0xf4, 0xcc, 0x20, 0x73, 0xf5]),
  Buffer.from(';Don vi;Kenh;Ngay nhan;Ngay hen tra\r\nH1;UBND;1;02/03/2026;05/03/2026\r\n'),
]);

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportFileError) return `${e.code} ${String(e.params.encoding)}`;
    throw e;
  }
  return 'read';
}

describe('files that are not UTF-8 (issue 19)', () => {
  const files: [string, Uint8Array, string][] = [
    ['UTF-16LE with BOM', utf16le(text, true), 'UTF-16LE'],
    ['UTF-16LE without BOM', utf16le(text, false), 'UTF-16LE'],
    ['UTF-16BE with BOM', utf16be(text), 'UTF-16BE'],
    ['Windows-1258', cp1258, 'Windows-1258'],
  ];
  for (const [name, bytes, encoding] of files) {
    it(`${name}: vn.import.encoding on every entry`, async () => {
      const f = join(dir, `${encoding}.csv`);
      writeFileSync(f, bytes);
      const want = `vn.import.encoding ${encoding}`;
      for (const chunk of [1, 3, 4096]) {
        expect(await codeOf(() => importDossiers(chunked(bytes, chunk)))).toBe(want);
        expect(
          await codeOf(async () => {
            for await (const _ of streamDossiers(chunked(bytes, chunk)));
          }),
        ).toBe(want);
        expect(await codeOf(() => tallyDossierSource(chunked(bytes, chunk), { period: Q1 }))).toBe(want);
        expect(
          await codeOf(async () =>
            tallyDossierSource(await openImportFile(f, { chunkSize: chunk }), { period: Q1 }),
          ),
        ).toBe(want);
      }
      expect(await codeOf(() => importDossiers(bytes))).toBe(want);
    });
  }

  it('says so in Vietnamese and English', async () => {
    let e: unknown;
    try {
      await importDossiers(utf16le(text, true), { locale: 'en' });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(ImportFileError);
    expect((e as ImportFileError).message).toBe(
      '[commune-kpi] The file is not encoded in UTF-8: it looks like UTF-16LE. Save it again as CSV UTF-8.',
    );
    expect((e as ImportFileError).messageIn('vi')).toBe(
      'Tệp không được mã hóa UTF-8: có vẻ là UTF-16LE. Hãy lưu lại tệp dưới dạng CSV UTF-8.',
    );
  });

  it('a UTF-8 file with Vietnamese text is read', async () => {
    const r = await importDossiers(new TextEncoder().encode(text));
    expect(r.read).toBe(1);
  });
});
