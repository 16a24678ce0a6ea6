import { formatNumber, formatRatio } from 'commune-kpi/core';
import { useEffect, useState } from 'react';
import { loadDashboard, PERIOD } from './data.js';
import { OnTimeChart } from './OnTimeChart.jsx';

const SAMPLE = './sample-dossiers.csv';

/** Read a source into the dashboard's state: loading, then done with the figures, or error. */
async function load(setState, source, name) {
  setState({ status: 'loading', name });
  try {
    setState({ status: 'done', name, data: await loadDashboard(source) });
  } catch (e) {
    setState({ status: 'error', name, error: e instanceof Error ? e.message : String(e) });
  }
}

export function App() {
  const [state, setState] = useState({ status: 'loading', name: SAMPLE });

  useEffect(() => {
    fetch(SAMPLE).then(
      (res) =>
        res.ok && res.body
          ? load(setState, res.body, 'sample-dossiers.csv')
          : setState({ status: 'error', error: `HTTP ${res.status}` }),
      (e) => setState({ status: 'error', error: String(e) }),
    );
  }, []);

  const d = state.data;
  return (
    <main data-status={state.status}>
      <h1>Tỷ lệ giải quyết hồ sơ đúng hạn theo đơn vị và tháng</h1>
      <p className="lead">
        Kỳ {PERIOD.start} – {PERIOD.end}. Tỷ lệ = (trước hạn + đúng hạn) / đã giải quyết, tính theo tháng tiếp
        nhận, đọc tệp CSV ngay trong trình duyệt bằng <code>commune-kpi/import</code>.
      </p>
      <label className="file">
        Chọn tệp CSV khác:{' '}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) =>
            e.target.files?.[0] && load(setState, e.target.files[0].stream(), e.target.files[0].name)
          }
        />
      </label>
      {state.status === 'error' && <p id="error">Lỗi: {state.error}</p>}
      {d && (
        <>
          <p
            id="summary"
            data-read={d.summary.read}
            data-valid={d.summary.valid}
            data-rejected={d.summary.rejected}
          >
            {state.name}: {formatNumber(d.summary.read)} dòng, {formatNumber(d.summary.valid)} hợp lệ,{' '}
            {formatNumber(d.summary.rejected)} bị loại. Toàn kỳ:{' '}
            <strong id="total">{d.total.value === null ? '—' : formatRatio(d.total)}</strong> (
            {d.total.numerator}/{d.total.denominator}).
          </p>
          <OnTimeChart units={d.units} months={d.months} cells={d.cells} />
          <table id="table">
            <thead>
              <tr>
                <th>Đơn vị</th>
                {d.months.map((m) => (
                  <th key={m}>{m}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.units.map((u) => (
                <tr key={u}>
                  <th>{u}</th>
                  {d.months.map((m) => {
                    const c = d.cells.find((x) => x.unit === u && x.month === m);
                    const r = c?.rate;
                    return (
                      <td key={m}>
                        {r === undefined
                          ? ''
                          : r.value === null
                            ? `— (0 đã giải quyết, ${c.pending} đang giải quyết)`
                            : `${formatRatio(r)} (${r.numerator}/${r.denominator})`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {d.rejections.length > 0 && (
            <ul id="rejections">
              {d.rejections.map((x) => (
                <li key={x.line} data-line={x.line}>
                  Dòng {x.line}: {x.issues.map((i) => i.message).join('; ')}
                </li>
              ))}
            </ul>
          )}
          <p className="note">Dữ liệu mẫu tự tạo (không phải số liệu thật của đơn vị nào).</p>
        </>
      )}
    </main>
  );
}
