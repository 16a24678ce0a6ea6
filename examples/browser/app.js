// The browser page: reads the chosen CSV with commune-kpi/import (streamed from the File, nothing
// uploaded), tallies it over the chosen period, shows the tally, every on-time rate variant, the
// report paragraph and the audit of the figures (with the rate the report printed, if given).
import { customPeriod, formatNumber, formatRatio } from 'commune-kpi/core';
import { DOSSIER_TALLY_FIELDS } from 'commune-kpi/dossier';
import { tallyDossierSource } from 'commune-kpi/import';
import { auditReport, printedRate, renderReportVi, reportFiguresFromDossierTally } from 'commune-kpi/report';

/** Labels of the tally columns, in report-form order. */
const FIELD_LABELS = {
  received: 'Tổng số tiếp nhận',
  carriedOver: 'Kỳ trước chuyển sang',
  newReceived: 'Mới tiếp nhận',
  newOnline: '  trực tuyến',
  newDirect: '  trực tiếp',
  newPostal: '  qua bưu chính công ích',
  resolved: 'Đã giải quyết',
  resolvedEarly: '  trước hạn',
  resolvedOnTime: '  đúng hạn',
  resolvedLate: '  trễ hạn',
  pending: 'Đang giải quyết',
  pendingWithinTerm: '  trong hạn',
  pendingOverdue: '  quá hạn',
  returned: 'Trả lại, rút, dừng',
  refused: '  trả lại',
  withdrawn: '  rút hồ sơ',
  stopped: '  dừng xử lý',
  outOfScope: 'Ngoài kỳ (không tính)',
};

/** The rate variants shown, with the name of their entry in `dossierRates`. */
export const RATE_ROWS = [
  ['onTimeCompleted', 'A. (trước hạn + đúng hạn) / đã giải quyết'],
  ['onTimeDue', 'B. trước hạn, đúng hạn / đến hạn giải quyết'],
  ['onTimeWorkload', 'C. 100% − (trễ hạn đã và đang xử lý) / cần xử lý'],
  ['onTimeRealtime', 'D. (đúng hạn + đang trong hạn) / đã và đang giải quyết (QĐ 766)'],
  ['onTimeReceived', 'E. trước hạn, đúng hạn / tổng số tiếp nhận (NĐ 61)'],
  ['online', 'Tỷ lệ tiếp nhận trực tuyến'],
  ['late', 'Tỷ lệ trễ hạn trên số đã giải quyết'],
];

const $ = (id) => document.getElementById(id);

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function setStatus(state, text) {
  const s = $('status');
  s.dataset.state = state;
  s.textContent = text;
}

async function run() {
  const file = $('file').files?.[0];
  if (!file) return;
  setStatus('busy', `Đang đọc ${file.name}…`);
  try {
    const period = customPeriod($('from').value, $('to').value);
    const result = await tallyDossierSource(file.stream(), { period });
    const { total, rates, summary, rejections } = result;

    $('summary').textContent =
      `Đọc ${formatNumber(summary.read)} dòng: ${formatNumber(summary.valid)} hợp lệ, ` +
      `${formatNumber(summary.rejected)} bị loại.`;
    $('summary').dataset.read = String(summary.read);
    $('summary').dataset.valid = String(summary.valid);
    $('summary').dataset.rejected = String(summary.rejected);

    const tbody = $('tally').tBodies[0];
    tbody.replaceChildren();
    for (const f of DOSSIER_TALLY_FIELDS) {
      const tr = document.createElement('tr');
      tr.dataset.field = f;
      const label = FIELD_LABELS[f] ?? f;
      tr.append(
        cell(label.trim(), label.startsWith(' ') ? 'sub' : ''),
        cell(formatNumber(total[f]), 'num value'),
      );
      tbody.append(tr);
    }

    const rbody = $('rates').tBodies[0];
    rbody.replaceChildren();
    for (const [key, label] of RATE_ROWS) {
      const r = rates[key];
      const tr = document.createElement('tr');
      tr.dataset.rate = key;
      tr.append(
        cell(label),
        cell(`${formatNumber(r.numerator)} / ${formatNumber(r.denominator)}`, 'num parts'),
        cell(formatRatio(r), 'num value'),
      );
      rbody.append(tr);
    }

    // The paragraph states the figures computed from the file; the audit checks them together with
    // the on-time rate the commune's report printed, when the user gives it.
    const dossiers = reportFiguresFromDossierTally(total);
    const computed = { periodStart: period.start, periodEnd: period.end, dossiers };
    const printedText = $('printed-rate').value.trim();
    const figures =
      printedText === ''
        ? computed
        : { ...computed, dossiers: { ...dossiers, onTimeRate: printedRate(printedText) } };
    $('paragraphs').replaceChildren(
      ...renderReportVi(computed).map((p) => {
        const el = document.createElement('p');
        el.textContent = p;
        return el;
      }),
    );

    const list = $('findings');
    list.replaceChildren();
    const findings = auditReport(figures);
    if (findings.length === 0) {
      const li = document.createElement('li');
      li.textContent = 'Không phát hiện điểm không khớp.';
      list.append(li);
    }
    for (const f of findings) {
      const li = document.createElement('li');
      li.dataset.code = f.code;
      li.className = f.severity;
      li.textContent = `${f.message} (${f.arithmetic.vi})`;
      list.append(li);
    }

    const rej = $('rejections');
    rej.replaceChildren();
    for (const r of rejections) {
      const li = document.createElement('li');
      li.dataset.line = String(r.line);
      li.textContent = `Dòng ${r.line}: ${r.issues.map((i) => i.message).join(' ')}`;
      rej.append(li);
    }

    $('results').hidden = false;
    setStatus(
      'done',
      `Đã tổng hợp ${formatNumber(total.received)} hồ sơ trong kỳ ${period.label ?? ''}.`.trim(),
    );
  } catch (e) {
    setStatus('error', `Lỗi: ${e instanceof Error ? e.message : String(e)}`);
  }
}

$('file').addEventListener('change', run);
for (const id of ['from', 'to', 'printed-rate']) $(id).addEventListener('change', run);
document.documentElement.dataset.ready = 'true';
