import { type Ratio, ratio } from '../core/ratio';
import type { DossierTally } from './tally';

/**
 * On-time rate, completed-based (variant A, tỷ lệ giải quyết đúng hạn trên số đã giải quyết):
 * `(trước hạn + đúng hạn) / đã giải quyết`. The variant most press releases use.
 *
 * Numerator: resolved early + resolved on time. Denominator: all resolved in the period.
 * Example from Lâm Đồng, Q1/2020: 635.593 / 643.272 = 98,81%.
 *
 * @param t - A dossier tally.
 * @returns The ratio (`value: null` with nothing resolved).
 * @example
 * const t = { ...emptyDossierTally(), resolved: 643272, resolvedOnTime: 635593, resolvedLate: 7679 };
 * formatRatio(onTimeRateCompleted(t)) // => '98,81%' (635.593 early or on time of 643.272 resolved)
 */
export function onTimeRateCompleted(t: DossierTally): Ratio {
  return ratio(t.resolvedEarly + t.resolvedOnTime, t.resolved);
}

/**
 * On-time rate, due-based (variant B, as Vĩnh Phúc reports it): `trả trước và đúng hạn / đến hạn
 * giải quyết`.
 *
 * Numerator: resolved early + on time. Denominator: dossiers that reached their due date or were
 * settled: resolved early + on time + late + pending overdue. Pending within term and
 * returned/withdrawn dossiers are excluded. Example (09/2021): 4.157 / 4.169 = 99,71%.
 *
 * @example
 * const t = { ...emptyDossierTally(), resolvedEarly: 5, resolvedOnTime: 8, resolvedLate: 2, pendingWithinTerm: 3, pendingOverdue: 1 };
 * onTimeRateDue(t) // => { numerator: 13, denominator: 16, value: 0.8125 } (5 + 8 over 5 + 8 + 2 + 1)
 */
export function onTimeRateDue(t: DossierTally): Ratio {
  const n = t.resolvedEarly + t.resolvedOnTime;
  return ratio(n, n + t.resolvedLate + t.pendingOverdue);
}

/**
 * Late rate, workload-based (variant C, Gia Lai one-stop: tỷ lệ trễ hạn):
 * `(trễ hạn đang xử lý + trễ hạn đã xử lý) / cần xử lý`.
 *
 * Numerator: resolved late + pending overdue. Denominator: all dossiers to handle, carried over +
 * newly received (`received`).
 *
 * @example
 * const t = { ...emptyDossierTally(), received: 20, resolvedLate: 2, pendingOverdue: 1 };
 * lateRateWorkload(t) // => { numerator: 3, denominator: 20, value: 0.15 }
 */
export function lateRateWorkload(t: DossierTally): Ratio {
  return ratio(t.resolvedLate + t.pendingOverdue, t.received);
}

/**
 * On-time rate, workload-based (variant C): `100% − tỷ lệ trễ hạn`, i.e.
 * `(cần xử lý − trễ hạn đã xử lý − trễ hạn đang xử lý) / cần xử lý`.
 *
 * Denominator: carried over + newly received (`received`).
 *
 * @example
 * const t = { ...emptyDossierTally(), received: 20, resolvedLate: 2, pendingOverdue: 1 };
 * onTimeRateWorkload(t) // => { numerator: 17, denominator: 20, value: 0.85 } (20 − 2 − 1 over 20)
 */
export function onTimeRateWorkload(t: DossierTally): Ratio {
  return ratio(t.received - t.resolvedLate - t.pendingOverdue, t.received);
}

/**
 * On-time rate of the real-time service index (variant D, QĐ 766/QĐ-TTg indicator 2.1, tỷ lệ hồ
 * sơ xử lý trước hạn, đúng hạn): dossiers resolved early or on time plus dossiers in progress that
 * are still within term, over all dossiers resolved or in progress in the period.
 *
 * Numerator: resolved early + on time + pending within term. Denominator: resolved + pending
 * (returned and withdrawn dossiers are outside both).
 *
 * @example
 * const t = { ...emptyDossierTally(), resolved: 15, resolvedEarly: 5, resolvedOnTime: 8, pending: 4, pendingWithinTerm: 3 };
 * onTimeRateRealtime(t) // => { numerator: 16, denominator: 19, … } (5 + 8 + 3 over 15 + 4)
 */
export function onTimeRateRealtime(t: DossierTally): Ratio {
  return ratio(t.resolvedEarly + t.resolvedOnTime + t.pendingWithinTerm, t.resolved + t.pending);
}

/**
 * On-time rate, received-based (variant E, the evaluation criterion of NĐ 61/2018/NĐ-CP Điều 30:
 * tỷ lệ hồ sơ giải quyết đúng hạn trên tổng số hồ sơ tiếp nhận). That article governs dossiers
 * received until 30/06/2025; the corresponding evaluation article of NĐ 118/2025/NĐ-CP (from
 * 01/07/2025) was not seen, so for later periods cite the variant by its formula
 * ({@link ONE_STOP_BASES}, rule `evaluation`).
 *
 * Numerator: resolved early + on time. Denominator: all dossiers received, carried over + new
 * (`received`), whatever their state at the period's end.
 *
 * @example
 * const t = { ...emptyDossierTally(), received: 20, resolvedEarly: 5, resolvedOnTime: 8 };
 * onTimeRateReceived(t) // => { numerator: 13, denominator: 20, value: 0.65 }
 */
export function onTimeRateReceived(t: DossierTally): Ratio {
  return ratio(t.resolvedEarly + t.resolvedOnTime, t.received);
}

/**
 * Online share (tỷ lệ hồ sơ trực tuyến): dossiers newly received online over all newly received
 * in the period (carried-over dossiers are not counted; QĐ 766 indicator 3.3 without its
 * sync-ratio factor).
 *
 * @example
 * const t = { ...emptyDossierTally(), newReceived: 16, newOnline: 10, newDirect: 6 };
 * onlineShare(t) // => { numerator: 10, denominator: 16, value: 0.625 }
 */
export function onlineShare(t: DossierTally): Ratio {
  return ratio(t.newOnline, t.newReceived);
}

/**
 * Late share of resolved dossiers (tỷ lệ giải quyết quá hạn): resolved late over all resolved.
 * The complement of {@link onTimeRateCompleted}.
 *
 * @example
 * const t = { ...emptyDossierTally(), resolved: 15, resolvedEarly: 5, resolvedOnTime: 8, resolvedLate: 2 };
 * lateShare(t) // => { numerator: 2, denominator: 15, … }
 */
export function lateShare(t: DossierTally): Ratio {
  return ratio(t.resolvedLate, t.resolved);
}

/** Every dossier rate of a tally, by name. */
export interface DossierRates {
  /** Variant A, {@link onTimeRateCompleted}. */
  readonly onTimeCompleted: Ratio;
  /** Variant B, {@link onTimeRateDue}. */
  readonly onTimeDue: Ratio;
  /** Variant C, {@link onTimeRateWorkload}. */
  readonly onTimeWorkload: Ratio;
  /** Variant C, {@link lateRateWorkload}. */
  readonly lateWorkload: Ratio;
  /** Variant D, {@link onTimeRateRealtime}. */
  readonly onTimeRealtime: Ratio;
  /** Variant E, {@link onTimeRateReceived}. */
  readonly onTimeReceived: Ratio;
  /** {@link onlineShare}. */
  readonly online: Ratio;
  /** {@link lateShare}. */
  readonly late: Ratio;
}

/**
 * All rates of a tally at once (các tỷ lệ về giải quyết hồ sơ).
 *
 * @example
 * const t = { ...emptyDossierTally(), received: 15, resolved: 15, resolvedEarly: 5, resolvedOnTime: 8, resolvedLate: 2 };
 * formatRatio(dossierRates(t).onTimeCompleted) // => '86,67%' (13 of 15)
 * formatRatio(dossierRates(t).late) // => '13,33%' (2 of 15)
 */
export function dossierRates(t: DossierTally): DossierRates {
  return {
    onTimeCompleted: onTimeRateCompleted(t),
    onTimeDue: onTimeRateDue(t),
    onTimeWorkload: onTimeRateWorkload(t),
    lateWorkload: lateRateWorkload(t),
    onTimeRealtime: onTimeRateRealtime(t),
    onTimeReceived: onTimeRateReceived(t),
    online: onlineShare(t),
    late: lateShare(t),
  };
}
