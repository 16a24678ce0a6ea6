/**
 * Damaged dossier exports for issue 19 ("nothing lost, nothing invented"): rows with every fault
 * kind the importer must survive — an unclosed quote, a quoted note longer than the field limit
 * spread over many lines, a plain cell over the limit, a missing or an extra cell, trailing blank
 * cells, a bad date, a multi-line note, doubled quotes — plus blank lines between rows. Every
 * address is quoted, as real exports do. The writer counts the records it writes, so the
 * expected `read` (and `valid`) is known without reading the file back.
 */

/** The fault kinds; `none` is a clean row. */
export const DAMAGE_KINDS = [
  'none',
  'unclosed_quote',
  'long_quoted',
  'long_plain',
  'missing_cell',
  'extra_cell',
  'trailing_blank',
  'bad_date',
  'multiline_note',
  'doubled_quotes',
  'replacement_char',
  'duplicate_code',
] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/** Kinds whose row is still a valid dossier. */
export const VALID_KINDS: ReadonlySet<DamageKind> = new Set<DamageKind>([
  'none',
  'trailing_blank',
  'multiline_note',
  'doubled_quotes',
  'duplicate_code',
]);

/** One row to write. */
export interface DamagedRow {
  readonly kind: DamageKind;
  /** Blank lines written before the row (not records). */
  readonly blankBefore: number;
  /** A number to vary the values. */
  readonly n: number;
}

/** How to write the file. */
export interface DamagedLayout {
  readonly sep: ',' | ';';
  readonly eol: '\n' | '\r\n';
  readonly bom: boolean;
  /** The field limit the file is read with (long cells exceed it). */
  readonly maxFieldLength: number;
}

export const DAMAGED_HEADER = [
  'Mã hồ sơ',
  'Đơn vị tiếp nhận',
  'Kênh thực hiện',
  'Trạng thái',
  'Ngày nhận',
  'Ngày hẹn trả',
  'Ghi chú',
  'Địa chỉ',
] as const;

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The text of one row (its line breaks are `eol` only inside quoted notes), and whether a
 * reader must reject it.
 */
export function damagedRowText(r: DamagedRow, layout: DamagedLayout): string {
  const { sep, eol, maxFieldLength: max } = layout;
  const day = 1 + (r.n % 28);
  const cells = [
    `000.00.53.H48-${r.n}`,
    r.n % 2 === 0 ? 'UBND xã Phổ Phong' : 'UBND phường Trần Phú',
    r.n % 3 === 0 ? 'Trực tiếp' : 'Trực tuyến',
    'Đang xử lý',
    `${pad(day)}/03/2026 08:${pad(r.n % 60)}`,
    `${pad(Math.min(31, day + 3))}/03/2026`,
    `ghi chú ${r.n}`,
    `"Thôn ${r.n % 9}${sep} xã Phổ Phong"`,
  ];
  switch (r.kind) {
    case 'unclosed_quote':
      cells[7] = `"Thôn ${r.n % 9}${sep} xã Phổ Phong`;
      break;
    case 'long_quoted': {
      const lines: string[] = [];
      let len = 0;
      for (let k = 0; len <= max + 10; k++) {
        const t = `dòng ${k} của ghi chú dài`;
        lines.push(t);
        len += t.length + eol.length;
      }
      cells[6] = `"${lines.join(eol)}"`;
      break;
    }
    case 'long_plain':
      cells[6] = 'ệ'.repeat(max + 1 + (r.n % 5));
      break;
    case 'missing_cell':
      cells.splice(6, 1);
      break;
    case 'extra_cell':
      cells.push('thừa');
      break;
    case 'trailing_blank':
      cells.push('', ' ');
      break;
    case 'bad_date':
      cells[4] = '31/02/2026 08:00';
      break;
    case 'multiline_note':
      cells[6] = `"ghi chú${eol}dòng 2${eol}dòng 3"`;
      break;
    case 'doubled_quotes':
      cells[6] = `"nói ""có"" ${r.n}"`;
      break;
    case 'replacement_char':
      // What bytes that are not UTF-8 decode to: rejected (vn.import.bad_encoding).
      cells[1] = 'UBND x\ufffd Phổ Phong';
      break;
    case 'duplicate_code':
      // Every such row has the same code: valid, named in the notice vn.import.duplicate_code.
      cells[0] = '000.00.53.H48-LAP';
      break;
    default:
      break;
  }
  return cells.join(sep);
}

/** The file's first part: BOM and header line. */
export function damagedHead(layout: DamagedLayout): string {
  return `${layout.bom ? '\ufeff' : ''}${DAMAGED_HEADER.join(layout.sep)}${layout.eol}`;
}

/** A whole damaged file, with the records and valid rows it holds (counted while writing). */
export function writeDamaged(
  rows: readonly DamagedRow[],
  layout: DamagedLayout,
): { text: string; records: number; valid: number } {
  const parts = [damagedHead(layout)];
  let records = 0;
  let valid = 0;
  for (const r of rows) {
    for (let k = 0; k < r.blankBefore; k++) parts.push(layout.eol);
    parts.push(damagedRowText(r, layout), layout.eol);
    records++;
    if (VALID_KINDS.has(r.kind)) valid++;
  }
  return { text: parts.join(''), records, valid };
}
