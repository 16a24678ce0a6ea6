import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Locale } from '../core/messages';
import { auditReportText, type ReportTextAudit } from '../report/extract';
import { FIGURE_QUANTITY_LABELS, type FigureKind, type ReportVerdict } from '../report/figure';
import { choice, type OptionSpec, parseCommandLine, UsageError } from './args';
import type { CliIo } from './cli';
import { cliText } from './cli-text';
import { DocxReadError, readDocxText } from './docx';
import { fileErrorOf } from './file-errors';

const HELP_HINT: Readonly<Record<Locale, string>> = {
  vi: 'Xem trợ giúp: commune-kpi audit --help',
  en: 'See the help: commune-kpi audit --help --lang en',
};

const HELP: Readonly<Record<Locale, string>> = {
  vi: `commune-kpi audit — kiểm tra số liệu của một báo cáo (văn bản .txt/.md hoặc Word .docx)

Cách dùng:
  commune-kpi audit <tệp> [--format text|json] [--lang vi|en] [--rounding finding|ignore]

  --format text|json        Dạng kết quả (mặc định text)
  --lang vi|en              Ngôn ngữ (mặc định vi)
  --rounding finding|ignore Coi sai lệch do làm tròn (cắt chữ số, lệch chữ số cuối) là điểm không
                            khớp (finding, mặc định) hay bỏ qua (ignore)

Kết quả: các số liệu tìm thấy (vị trí ký tự, loại, chỉ tiêu), các điểm không khớp và kết luận:
khớp, không khớp, chỉ sai do làm tròn, hoặc không kiểm tra được. Tệp .docx cần gói mammoth.
`,
  en: `commune-kpi audit — check the figures of a report (text .txt/.md or Word .docx)

Usage:
  commune-kpi audit <file> [--format text|json] [--lang vi|en] [--rounding finding|ignore]

  --format text|json        Output form (default text)
  --lang vi|en              Language (default vi)
  --rounding finding|ignore Whether rounding-only breaks (cut digits, a last-digit nudge) are
                            findings (finding, the default) or ignored (ignore)

Prints the figures found (character span, kind, quantity), the findings and the verdict:
consistent, inconsistent, rounding only, or cannot verify. A .docx needs the package mammoth.
`,
};

const VERDICT_TEXT: Readonly<Record<Locale, Readonly<Record<ReportVerdict, string>>>> = {
  vi: {
    consistent: 'khớp',
    inconsistent: 'không khớp',
    rounding_only: 'chỉ sai do làm tròn',
    cannot_verify: 'không kiểm tra được',
  },
  en: {
    consistent: 'consistent',
    inconsistent: 'inconsistent',
    rounding_only: 'rounding only',
    cannot_verify: 'cannot verify',
  },
};

const LABELS = {
  vi: {
    file: 'Tệp',
    verdict: 'Kết luận',
    figures: 'Số liệu tìm thấy',
    findings: 'Điểm không khớp',
    none: 'không có',
    checks: 'Số phép kiểm tra',
  },
  en: {
    file: 'File',
    verdict: 'Verdict',
    figures: 'Figures found',
    findings: 'Findings',
    none: 'none',
    checks: 'Checks made',
  },
} as const;

interface AuditArgs {
  file: string;
  format: 'text' | 'json';
  locale: Locale;
  rounding: 'finding' | 'ignore';
  help: boolean;
}

const AUDIT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: { type: 'string', example: 'json' },
  lang: { type: 'string', example: 'en' },
  rounding: { type: 'string', example: 'ignore' },
  help: { type: 'boolean' },
};

function parse(args: readonly string[]): AuditArgs {
  const { positionals, values, lang } = parseCommandLine(args, AUDIT_OPTIONS, { h: 'help' });
  const [file = '', extra] = positionals;
  if (extra !== undefined) throw Object.assign(new UsageError('extraArgument', { arg: extra }), { lang });
  try {
    return {
      file,
      format: choice(values, 'format', ['text', 'json', 'table'] as const) === 'json' ? 'json' : 'text',
      locale: lang,
      rounding: choice(values, 'rounding', ['finding', 'ignore'] as const) ?? 'finding',
      help: values.help === true,
    };
  } catch (e) {
    throw Object.assign(e as UsageError, { lang });
  }
}

const KIND_TEXT: Readonly<Record<Locale, Readonly<Record<FigureKind, string>>>> = {
  vi: {
    count: 'số',
    rate: 'tỷ lệ',
    share: 'tỷ trọng',
    change: 'tăng/giảm',
    target: 'chỉ tiêu',
    amount: 'số tiền',
  },
  en: { count: 'count', rate: 'rate', share: 'share', change: 'change', target: 'target', amount: 'amount' },
};

function renderText(file: string, a: ReportTextAudit, locale: Locale): string {
  const L = LABELS[locale];
  const lines: string[] = [`${L.file}: ${file}`, `${L.verdict}: ${VERDICT_TEXT[locale][a.verdict]}`, ''];
  lines.push(`${L.figures}: ${a.figures.length}`);
  a.figures.forEach((f, i) => {
    lines.push(
      `  ${String(i + 1).padStart(3)}  ${f.raw.padEnd(14)} ${KIND_TEXT[locale][f.kind].padEnd(9)} ${FIGURE_QUANTITY_LABELS[f.quantity]?.[locale] ?? f.quantity}  [${f.start}–${f.end}]`,
    );
  });
  lines.push(
    '',
    `${L.checks}: ${a.checks.length}`,
    `${L.findings}: ${a.findings.length === 0 ? L.none : a.findings.length}`,
  );
  a.findings.forEach((c, i) => {
    const spans = c.figures.map((k) => `${a.figures[k]!.start}–${a.figures[k]!.end}`).join(', ');
    lines.push(`  ${i + 1}. ${c.message} [${spans}]`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Run `commune-kpi audit <report>` (kiểm tra báo cáo): read a plain-text or Word `.docx` report,
 * find its figures and audit them; print the figures with their spans, the findings and the
 * verdict as text or JSON. The `commune-kpi` command dispatches `audit` here.
 *
 * @param args - The arguments after `audit`: the file and options (`--format text|json`,
 *   `--lang vi|en`, `--rounding finding|ignore`, `--help`).
 * @param io - Output and error writers.
 * @returns The exit code: 0 when the report was read and audited (whatever the verdict), 1 for a
 *   file that cannot be read, 2 for bad arguments.
 * @throws Never: errors are written to `io.stderr`.
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'bao-cao-')), 'bao-cao.txt'); // or a Word .docx
 * writeFileSync(file, 'Đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn 3.008 hồ sơ, trễ hạn 22 hồ sơ).');
 * let out = '';
 * const code = await runAuditCommand([file, '--format', 'json', '--lang', 'en'],
 *   { stdout: (t) => { out += t; }, stderr: (t) => process.stderr.write(t), stderrIsTTY: false });
 * code // => 0   (the report was read and audited, whatever the verdict)
 * const audit = JSON.parse(out);
 * audit.verdict // => 'inconsistent'
 * audit.findings.map((f: { message: string }) => f.message) // => ['Dossiers resolved: 3,927 ≠ 3,008 + 22 (gap 897).']
 */
export async function runAuditCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed: AuditArgs;
  try {
    parsed = parse(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const locale = e.lang ?? 'vi';
    io.stderr(
      `${cliText(locale, 'usage', { msg: cliText(locale, e.key, e.params) })}\n${HELP_HINT[locale]}\n`,
    );
    return 2;
  }
  const { locale } = parsed;
  if (parsed.help) {
    io.stdout(HELP[locale]);
    return 0;
  }
  if (parsed.file === '') {
    io.stderr(`${cliText(locale, 'usage', { msg: cliText(locale, 'missingFile') })}\n`);
    io.stderr(HELP[locale]);
    return 2;
  }
  let text: string;
  try {
    text =
      extname(parsed.file).toLowerCase() === '.docx'
        ? await readDocxText(parsed.file)
        : await readFile(parsed.file, 'utf8');
  } catch (e) {
    const fileError = e instanceof DocxReadError ? undefined : fileErrorOf(e, parsed.file, false);
    const msg =
      fileError === undefined
        ? (e as DocxReadError).messages[locale]
        : cliText(locale, fileError.key, fileError.params);
    io.stderr(`${cliText(locale, 'fileError', { msg })}\n`);
    return 1;
  }
  const audit = auditReportText(text, { locale, roundingIsFinding: parsed.rounding === 'finding' });
  if (parsed.format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          file: parsed.file,
          verdict: audit.verdict,
          figures: audit.figures,
          checks: audit.checks,
          findings: audit.findings,
        },
        null,
        2,
      )}\n`,
    );
  } else io.stdout(renderText(parsed.file, audit, locale));
  return 0;
}
