import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Locale } from '../core/messages';
import { auditReportText, type ReportTextAudit } from '../report/extract';
import type { ReportVerdict } from '../report/figure';
import type { CliIo } from './cli';
import { DocxReadError, readDocxText } from './docx';

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

class AuditUsageError extends Error {}

function parse(args: readonly string[]): AuditArgs {
  const out: AuditArgs = { file: '', format: 'text', locale: 'vi', rounding: 'finding', help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') out.help = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const value = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) throw new AuditUsageError(`--${name} needs a value`);
      if (name === 'format') {
        if (value !== 'text' && value !== 'json' && value !== 'table')
          throw new AuditUsageError('--format must be text or json');
        out.format = value === 'json' ? 'json' : 'text';
      } else if (name === 'lang') {
        if (value !== 'vi' && value !== 'en') throw new AuditUsageError('--lang must be vi or en');
        out.locale = value;
      } else if (name === 'rounding') {
        if (value !== 'finding' && value !== 'ignore')
          throw new AuditUsageError('--rounding must be finding or ignore');
        out.rounding = value;
      } else throw new AuditUsageError(`unknown option --${name}`);
    } else if (out.file === '') out.file = a;
    else throw new AuditUsageError(`unexpected argument ${JSON.stringify(a)}`);
  }
  return out;
}

function renderText(file: string, a: ReportTextAudit, locale: Locale): string {
  const L = LABELS[locale];
  const lines: string[] = [
    `${L.file}: ${file}`,
    `${L.verdict}: ${VERDICT_TEXT[locale][a.verdict]} (${a.verdict})`,
    '',
  ];
  lines.push(`${L.figures}: ${a.figures.length}`);
  a.figures.forEach((f, i) => {
    lines.push(
      `  ${String(i + 1).padStart(3)}  ${f.raw.padEnd(14)} ${f.kind.padEnd(7)} ${f.quantity}  [${f.start}–${f.end}]`,
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
    io.stderr(`commune-kpi audit: ${(e as Error).message}\n`);
    return 2;
  }
  const { locale } = parsed;
  if (parsed.help) {
    io.stdout(HELP[locale]);
    return 0;
  }
  if (parsed.file === '') {
    io.stderr(`commune-kpi audit: ${locale === 'vi' ? 'thiếu <tệp>' : 'missing <file>'}\n`);
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
    const msg = e instanceof DocxReadError ? `${e.code}: ${e.messages[locale]}` : (e as Error).message;
    io.stderr(`commune-kpi audit: ${msg}\n`);
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
