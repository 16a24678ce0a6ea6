import { formatRatio } from 'commune-kpi/core';

const COLORS = ['#1f6feb', '#d1750f', '#2f9e44', '#9c36b5', '#c92a2a'];
const W = 760;
const H = 340;
const M = { top: 28, right: 16, bottom: 44, left: 48 };

const monthLabel = (m) => `Tháng ${Number(m.slice(5, 7))}/${m.slice(0, 4)}`;

/**
 * Grouped bars in plain SVG: one group per month, one bar per unit, height = on-time rate. A unit
 * with no dossier resolved that month has no rate (value null): it shows "—", not a zero bar.
 */
export function OnTimeChart({ units, months, cells }) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const groupW = plotW / Math.max(1, months.length);
  const barW = Math.min(56, (groupW * 0.8) / Math.max(1, units.length));
  const y = (v) => M.top + plotH * (1 - v);
  const cell = (u, m) => cells.find((c) => c.unit === u && c.month === m);
  return (
    <svg
      id="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label="Tỷ lệ giải quyết đúng hạn theo đơn vị và tháng"
    >
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="grid" />
          <text x={M.left - 6} y={y(t) + 4} textAnchor="end" className="axis">
            {`${t * 100}%`}
          </text>
        </g>
      ))}
      {months.map((m, mi) => {
        const x0 = M.left + groupW * mi + (groupW - barW * units.length) / 2;
        return (
          <g key={m} data-month={m}>
            {units.map((u, ui) => {
              const c = cell(u, m);
              const r = c?.rate;
              const x = x0 + ui * barW;
              const label = r === undefined ? '' : r.value === null ? '—' : formatRatio(r);
              return (
                <g
                  key={u}
                  className="bar"
                  data-unit={u}
                  data-month={m}
                  data-label={label}
                  data-numerator={r?.numerator ?? ''}
                  data-denominator={r?.denominator ?? ''}
                >
                  {r?.value != null && (
                    <rect
                      x={x + 2}
                      width={barW - 4}
                      y={y(r.value)}
                      height={plotH * r.value}
                      fill={COLORS[ui % COLORS.length]}
                    >
                      <title>{`${u}, ${monthLabel(m)}: ${label} (${r.numerator}/${r.denominator})`}</title>
                    </rect>
                  )}
                  <text x={x + barW / 2} y={y(r?.value ?? 0) - 6} textAnchor="middle" className="value">
                    {label}
                  </text>
                </g>
              );
            })}
            <text x={M.left + groupW * (mi + 0.5)} y={H - M.bottom + 20} textAnchor="middle" className="axis">
              {monthLabel(m)}
            </text>
          </g>
        );
      })}
      <g className="legend">
        {units.map((u, ui) => (
          <g key={u} transform={`translate(${M.left + ui * 200}, ${H - 10})`}>
            <rect width="12" height="12" y="-10" fill={COLORS[ui % COLORS.length]} />
            <text x="18" y="0" className="axis">
              {u}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
