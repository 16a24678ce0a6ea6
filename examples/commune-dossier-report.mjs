// The README's demo: a commune's dossier figures for a reporting period, computed from the bundled,
// seeded sample export (national-sync shape), with the rows the schema rejects listed.
// Run: npm run demo (from source through tsx, or against the build: node examples/commune-dossier-report.mjs)
import { readFileSync } from 'node:fs';
import { formatNumber, formatRatio, reportingPeriod } from 'commune-kpi/core';
import { dossierRates, mergeTallies, parseDossiers, tallyDossiersBy } from 'commune-kpi/dossier';

const rows = JSON.parse(readFileSync(new URL('./data/sample-dossiers.json', import.meta.url), 'utf8'));
const period = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 });
const { valid, rejected, total } = parseDossiers(rows, { format: 'national-sync' });

console.log(`UBND xã Phổ Phong — ${period.label}`);
console.log(`Căn cứ kỳ báo cáo: ${period.basis}`);
console.log(
  `Đọc ${formatNumber(total)} hồ sơ: ${formatNumber(valid.length)} hợp lệ, ${formatNumber(rejected.length)} bị loại.`,
);
for (const r of rejected) {
  for (const issue of r.issues)
    console.log(`  - dòng ${r.index + 1} (${r.row.MaHoSo}): ${issue.message} [${issue.code}]`);
}

const names = { HT: 'Hộ tịch', CT: 'Chứng thực', NN: 'Nông nghiệp', BTXH: 'Bảo trợ xã hội' };
const groups = tallyDossiersBy(valid, period, { by: ['field'] });
const total_ = groups.map((g) => g.tally).reduce(mergeTallies);
// Valid dossiers outside the period (received after it, or resolved before it) are not counted.
if (total_.outOfScope > 0) {
  console.log(
    `${formatNumber(total_.outOfScope)} hồ sơ hợp lệ nằm ngoài kỳ báo cáo (tiếp nhận sau kỳ hoặc đã giải quyết xong trước kỳ) nên không tính vào bảng: ` +
      `${formatNumber(valid.length)} hợp lệ = ${formatNumber(total_.received)} trong kỳ + ${formatNumber(total_.outOfScope)} ngoài kỳ.`,
  );
}
const header = [
  'Lĩnh vực',
  'Tổng',
  'Tr.tuyến',
  'Tr.tiếp+BC',
  'Kỳ trước',
  'Đã GQ',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Đang GQ',
  'Trong hạn',
  'Quá hạn',
  'Rút/trả',
];
const line = (label, t) => [
  label,
  t.received,
  t.newOnline,
  t.newDirect + t.newPostal,
  t.carriedOver,
  t.resolved,
  t.resolvedEarly,
  t.resolvedOnTime,
  t.resolvedLate,
  t.pending,
  t.pendingWithinTerm,
  t.pendingOverdue,
  t.returned,
];
const table = [
  header,
  ...groups.map((g) => line(names[g.key.field] ?? g.key.field, g.tally)),
  line('Tổng cộng', total_),
];
const widths = header.map((_, i) =>
  Math.max(...table.map((r) => String(typeof r[i] === 'number' ? formatNumber(r[i]) : r[i]).length)),
);
console.log('');
for (const [k, r] of table.entries()) {
  console.log(
    r
      .map((c, i) =>
        typeof c === 'number' ? formatNumber(c).padStart(widths[i]) : String(c).padEnd(widths[i]),
      )
      .join(' │ '),
  );
  if (k === 0 || k === table.length - 2) console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
}

const r = dossierRates(total_);
console.log('');
console.log('Tỷ lệ (làm tròn 2 chữ số thập phân, tử số / mẫu số):');
const rate = (label, x) =>
  console.log(
    `  ${label.padEnd(56)} ${formatRatio(x).padStart(8)}  (${formatNumber(x.numerator)}/${formatNumber(x.denominator)})`,
  );
rate('A. Đúng hạn trên số đã giải quyết', r.onTimeCompleted);
rate('B. Đúng hạn trên số đến hạn', r.onTimeDue);
rate('C. Đúng hạn trên khối lượng cần xử lý', r.onTimeWorkload);
rate('D. Chỉ số 766: đúng hạn và trong hạn / đã và đang xử lý', r.onTimeRealtime);
rate('E. Đúng hạn trên tổng số tiếp nhận', r.onTimeReceived);
rate('Tỷ lệ hồ sơ trực tuyến (trên số mới tiếp nhận)', r.online);
rate('Tỷ lệ giải quyết quá hạn', r.late);
