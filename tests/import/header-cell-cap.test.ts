import { describe, expect, it } from 'vitest';
import { importDossiers } from '../../src/import/index';

// A header cell names a column only up to 1,024 characters (src/import/mapping.ts, MAX_HEADER_CELL):
// longer cells are not folded, so a long note in a title row costs nothing in header detection.
// Folding collapses inner blanks, so "Mã" + spaces + "hồ sơ" folds to the header "ma ho so" at any
// length: the cap alone decides whether the code column is found.
const codeHeader = (length: number): string => {
  const head = 'Mã';
  const tail = 'hồ sơ';
  return head + ' '.repeat(length - head.length - tail.length) + tail;
};
const file = (header: string): string =>
  [
    `${header},Đơn vị tiếp nhận,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý`,
    'H1,UBND xã A,Trực tiếp,2026-03-02,2026-03-04,2026-03-03',
    'H2,UBND xã A,Trực tuyến,2026-03-03,2026-03-05,',
  ].join('\n');

describe('the header cell length cap', () => {
  it('finds the code column named by a 1,024-character cell', async () => {
    expect(codeHeader(1024)).toHaveLength(1024);
    const r = await importDossiers(file(codeHeader(1024)));
    expect(r.valid).toBe(2);
    expect(r.rows.map((d) => d.code)).toEqual(['H1', 'H2']);
  });

  it('does not read a 1,025-character cell as a column name', async () => {
    expect(codeHeader(1025)).toHaveLength(1025);
    const r = await importDossiers(file(codeHeader(1025)));
    expect(r.rows.map((d) => d.code)).not.toEqual(['H1', 'H2']);
    expect(r.valid).toBe(0);
  });
});
