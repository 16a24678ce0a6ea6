/**
 * Every sentence the `commune-kpi` command prints that is not a table label (câu chữ của lệnh),
 * in Vietnamese and English, with the same keys.
 *
 * @module
 */
import type { Locale } from '../core/messages';

/** The sentences, by key; `{name}` placeholders. */
export const CLI_TEXT = {
  vi: {
    total: 'Tổng cộng',
    none: '(không có)',
    read: 'Đã đọc {read} dòng dữ liệu: {valid} hợp lệ, {rejected} bị loại{blank}.',
    blank: ', {n} dòng trống',
    stopped: 'Đã dừng sau {n} dòng lỗi (--max-errors).',
    rejectsAt: 'Các dòng bị loại đã ghi vào {path} (mở được bằng Excel, sửa rồi nhập lại).',
    firstRejects: 'Một số dòng bị loại (ghi đủ bằng --rejects loi.csv):',
    moreRejects: '  … và {n} dòng khác.',
    line: 'dòng',
    written: 'Đã ghi {path}',
    period: 'Kỳ báo cáo',
    outOfScope:
      '{n} hồ sơ hợp lệ nằm ngoài kỳ báo cáo (tiếp nhận sau ngày cuối kỳ, hoặc đã giải quyết xong trước kỳ) nên không tính vào bảng: {valid} hợp lệ = {counted} trong kỳ + {n} ngoài kỳ.',
    emptyKey:
      '{n} hồ sơ không có {dimension} ({columns} trống hoặc tệp không có cột này): xếp vào nhóm «{none}».',
    noRows:
      'Tệp không có dòng dữ liệu nào (tệp rỗng, chỉ có dấu BOM hoặc chỉ có dòng trống): không có gì để tổng hợp.',
    noValid: 'Không có dòng nào hợp lệ trong {read} dòng đã đọc: không có số liệu để tổng hợp.',
    usage: 'Sai cách dùng: {msg}',
    seeHelp: 'Xem trợ giúp: commune-kpi --help',
    rows: 'dòng',
    rateLine: 'Tỷ lệ hộ nghèo {poverty}, tỷ lệ hộ cận nghèo {nearPoverty} (trên {total} hộ dân cư)',
    // Usage errors.
    unknownOption: 'không có tùy chọn {option}.',
    optionNeedsValue: 'tùy chọn {option} cần một giá trị (ví dụ {option} {example}).',
    flagNoValue: 'tùy chọn {option} không nhận giá trị.',
    optionNotFor: 'tùy chọn {option} không dùng cho lệnh {command}.',
    unknownCommand: 'không có lệnh «{command}»; các lệnh: {commands}.',
    missingCommand: 'thiếu tên lệnh; các lệnh: {commands}.',
    missingFile: 'thiếu tên tệp dữ liệu (hoặc - để đọc từ đầu vào chuẩn).',
    extraArgument: 'thừa tham số «{arg}».',
    badLang: '--lang chỉ nhận vi hoặc en.',
    badChoice: '{option} chỉ nhận: {choices}.',
    badInteger: '{option} phải là số nguyên dương, nhận được «{value}».',
    badIntegerZero: '{option} phải là số nguyên ≥ 0, nhận được «{value}».',
    badPeriod:
      '--period phải có dạng NĂM-THÁNG-NGÀY..NĂM-THÁNG-NGÀY (ví dụ 2026-01-01..2026-03-31), nhận được «{value}».',
    periodOrder: 'ngày cuối kỳ {end} trước ngày đầu kỳ {start}.',
    badMonth: '--month phải có dạng NĂM-THÁNG (ví dụ 2026-03), nhận được «{value}».',
    badQuarter: '--quarter phải có dạng như 2026Q1, nhận được «{value}».',
    badYear: '--year phải là năm có 4 chữ số (1900–2200), nhận được «{value}».',
    badDate: '{option} phải là ngày có thật dạng NĂM-THÁNG-NGÀY (ví dụ 2026-03-31), nhận được «{value}».',
    onePeriod: 'chỉ dùng một trong --period, --month, --quarter, --year.',
    needsPeriod: 'lệnh {command} cần kỳ báo cáo: --period, --month, --quarter hoặc --year.',
    needsAsOf: 'lệnh {command} cần --as-of NĂM-THÁNG-NGÀY hoặc một kỳ báo cáo.',
    badColumns: '--columns phải có dạng "Tiêu đề=trường,…", nhận được «{value}».',
    badBy: '--by: không có cách nhóm «{value}»; dùng: {choices}.',
    badRate: '--rates: không có tỷ lệ «{value}»; dùng all hoặc: {choices}.',
    xlsxNeedsOut: '--format xlsx ghi ra tệp: thêm --out bao-cao.xlsx.',
    // File errors.
    sameFile:
      'tệp ghi ra «{out}» chính là tệp dữ liệu đang đọc «{input}»: sẽ xóa mất dữ liệu gốc. Hãy chọn tên tệp khác.',
    outTwice: '--out và --rejects cùng chỉ tới «{path}»; hãy chọn hai tệp khác nhau.',
    notFound: 'không tìm thấy tệp «{path}».',
    isDirectory: '«{path}» là một thư mục, không phải tệp.',
    noFolder: 'thư mục «{dir}» không tồn tại, nên không tạo được tệp «{path}».',
    notAFolder: 'một phần của đường dẫn «{path}» không phải thư mục.',
    noPermissionRead: 'không có quyền đọc tệp «{path}».',
    noPermissionWrite: 'không có quyền ghi tệp «{path}».',
    diskFull: 'ổ đĩa đã đầy: không ghi được tệp «{path}».',
    readOnly: 'ổ đĩa chỉ đọc: không ghi được tệp «{path}».',
    readFailed: 'không đọc được tệp «{path}» ({code}).',
    writeFailed: 'không ghi được tệp «{path}» ({code}).',
    xlsxFailed: 'không đọc được tệp Excel «{path}»: {reason}',
    failed: 'lỗi không mong đợi: {reason}',
    fileError: 'Lỗi tệp: {msg}',
  },
  en: {
    total: 'Total',
    none: '(none)',
    read: 'Read {read} data rows: {valid} valid, {rejected} rejected{blank}.',
    blank: ', {n} blank rows',
    stopped: 'Stopped after {n} rejected rows (--max-errors).',
    rejectsAt: 'Rejected rows written to {path} (opens in Excel; correct it and import it again).',
    firstRejects: 'Some rejected rows (all of them with --rejects errors.csv):',
    moreRejects: '  … and {n} more.',
    line: 'line',
    written: 'Wrote {path}',
    period: 'Reporting period',
    outOfScope:
      '{n} valid dossiers lie outside the reporting period (received after its last day, or resolved before it began) and are not in the table: {valid} valid = {counted} in the period + {n} outside.',
    emptyKey:
      '{n} dossiers have no {dimension} ({columns} empty, or the file has no such column): grouped as "{none}".',
    noRows:
      'The file has no data rows (empty, a byte-order mark alone, or blank lines only): nothing to tally.',
    noValid: 'None of the {read} rows read is valid: there are no figures to tally.',
    usage: 'Wrong usage: {msg}',
    seeHelp: 'See the help: commune-kpi --help --lang en',
    rows: 'rows',
    rateLine: 'Poverty rate {poverty}, near-poverty rate {nearPoverty} (of {total} resident households)',
    unknownOption: 'there is no option {option}.',
    optionNeedsValue: 'option {option} needs a value (e.g. {option} {example}).',
    flagNoValue: 'option {option} takes no value.',
    optionNotFor: 'option {option} does not apply to the {command} command.',
    unknownCommand: 'there is no command "{command}"; the commands are: {commands}.',
    missingCommand: 'the command name is missing; the commands are: {commands}.',
    missingFile: 'the data file is missing (or - to read standard input).',
    extraArgument: 'unexpected argument "{arg}".',
    badLang: '--lang takes vi or en.',
    badChoice: '{option} takes: {choices}.',
    badInteger: '{option} must be a positive whole number, got "{value}".',
    badIntegerZero: '{option} must be a whole number ≥ 0, got "{value}".',
    badPeriod:
      '--period must be YEAR-MONTH-DAY..YEAR-MONTH-DAY (e.g. 2026-01-01..2026-03-31), got "{value}".',
    periodOrder: 'the period ends on {end}, before it starts on {start}.',
    badMonth: '--month must be YEAR-MONTH (e.g. 2026-03), got "{value}".',
    badQuarter: '--quarter must be like 2026Q1, got "{value}".',
    badYear: '--year must be a 4-digit year (1900–2200), got "{value}".',
    badDate: '{option} must be a real date YEAR-MONTH-DAY (e.g. 2026-03-31), got "{value}".',
    onePeriod: 'give only one of --period, --month, --quarter, --year.',
    needsPeriod: 'the {command} command needs a reporting period: --period, --month, --quarter or --year.',
    needsAsOf: 'the {command} command needs --as-of YEAR-MONTH-DAY or a reporting period.',
    badColumns: '--columns must be "Header=field,…", got "{value}".',
    badBy: '--by: there is no grouping "{value}"; use: {choices}.',
    badRate: '--rates: there is no rate "{value}"; use all or: {choices}.',
    xlsxNeedsOut: '--format xlsx writes a file: add --out report.xlsx.',
    sameFile:
      'the output "{out}" is the data file being read, "{input}": writing it would destroy the data. Choose another name.',
    outTwice: '--out and --rejects both name "{path}"; choose two different files.',
    notFound: 'file "{path}" not found.',
    isDirectory: '"{path}" is a folder, not a file.',
    noFolder: 'folder "{dir}" does not exist, so "{path}" cannot be created.',
    notAFolder: 'part of the path "{path}" is not a folder.',
    noPermissionRead: 'no permission to read "{path}".',
    noPermissionWrite: 'no permission to write "{path}".',
    diskFull: 'the disk is full: "{path}" could not be written.',
    readOnly: 'the disk is read-only: "{path}" could not be written.',
    readFailed: '"{path}" could not be read ({code}).',
    writeFailed: '"{path}" could not be written ({code}).',
    xlsxFailed: 'the Excel file "{path}" could not be read: {reason}',
    failed: 'unexpected error: {reason}',
    fileError: 'File error: {msg}',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** A key of {@link CLI_TEXT}. */
export type CliTextKey = keyof (typeof CLI_TEXT)['vi'];

/**
 * A sentence of the command in a language, its `{name}` placeholders filled.
 *
 * @param locale - `vi` or `en`.
 * @param key - The sentence.
 * @param params - Values for the placeholders.
 * @returns The sentence.
 * @example
 * // Internal to the command (not exported): its sentences, as `runCli` prints them
 * let err = '';
 * const code = await runCli(['dossiers', 'khong-co.csv', '--lang', 'en'],
 *   { stdout: () => {}, stderr: (t) => { err += t; }, stderrIsTTY: false });
 * code // => 1
 * err // => 'File error: file "khong-co.csv" not found.\n'   (cliText('en', 'notFound', { path }))
 */
export function cliText(
  locale: Locale,
  key: CliTextKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return CLI_TEXT[locale][key].replace(/\{(\w+)\}/g, (w, k: string) =>
    Object.hasOwn(params, k) ? String(params[k]) : w,
  );
}
