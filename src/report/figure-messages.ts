import { defineMessage, param } from '../core/messages';

/**
 * The sentences of the figure checks of `auditReportText` whose wording is kept as a
 * catalogue (stated order, level sums, implied totals of level rows, ratios, yearly targets):
 * one template per language over the check's parameters, each already written in its language's
 * number style by the caller (the figures as the report prints them). The other figure checks
 * are written by `FIGURE_CHECK_MESSAGES`.
 *
 * Legal basis of the checks: the report's own arithmetic (parts of a whole, level rows summing to
 * the total), see `REPORT_RULES`; the periodic report regime of Nghị định 09/2019/NĐ-CP.
 *
 * @example
 * FIGURE_CHECK_TEMPLATES['vn.report.figure.ratio_breaks'].en
 * // => '{label}: from {from} to {to} is not {times}.'
 */
export const FIGURE_CHECK_TEMPLATES = /* @__PURE__ */ (() =>
  ({
    'vn.report.figure.order_holds': defineMessage(
      { label: param.text, values: param.text },
      {
        vi: '{label}: các giá trị {values} đúng thứ tự văn bản nêu.',
        en: '{label}: the values {values} are in the order the text states.',
      },
    ),
    'vn.report.figure.order_breaks_descending': defineMessage(
      { first: param.text, label: param.text, second: param.text },
      {
        vi: '{label}: văn bản nêu thứ tự từ cao xuống thấp nhưng {first} đứng trước {second}.',
        en: '{label}: the text lists from highest to lowest, but {first} comes before {second}.',
      },
    ),
    'vn.report.figure.order_breaks_ascending': defineMessage(
      { first: param.text, label: param.text, second: param.text },
      {
        vi: '{label}: văn bản nêu thứ tự từ thấp lên cao nhưng {first} đứng trước {second}.',
        en: '{label}: the text lists from lowest to highest, but {first} comes before {second}.',
      },
    ),
    'vn.report.figure.level_sum_equal_holds': defineMessage(
      { label: param.text, parts: param.text, whole: param.text },
      {
        vi: '{label}: các đơn vị cộng lại {parts} = {whole}.',
        en: '{label}: the units add up, {parts} = {whole}.',
      },
    ),
    'vn.report.figure.level_sum_equal_breaks': defineMessage(
      { gap: param.text, label: param.text, parts: param.text, whole: param.text },
      {
        vi: '{label}: các đơn vị cộng lại {parts} ≠ {whole} (chênh {gap}).',
        en: '{label}: the units add up to {parts} ≠ {whole} (gap {gap}).',
      },
    ),
    'vn.report.figure.level_sum_within_holds': defineMessage(
      { label: param.text, parts: param.text, whole: param.text },
      {
        vi: '{label}: một số đơn vị cộng lại {parts} ≤ {whole}.',
        en: '{label}: some of the units add up to {parts} ≤ {whole}.',
      },
    ),
    'vn.report.figure.level_sum_within_breaks': defineMessage(
      { gap: param.text, label: param.text, parts: param.text, whole: param.text },
      {
        vi: '{label}: một số đơn vị cộng lại {parts} > {whole} (vượt {gap}).',
        en: '{label}: some of the units add up to {parts} > {whole} (by {gap}).',
      },
    ),
    'vn.report.figure.level_denominators_equal_holds': defineMessage(
      { label: param.text, parts: param.text, whole: param.text },
      {
        vi: '{label}: tổng số suy từ tỷ lệ của các đơn vị {parts} khớp với tổng số suy từ tỷ lệ chung {whole}.',
        en: '{label}: the totals the units’ rates imply, {parts}, agree with the total the overall rate implies, {whole}.',
      },
    ),
    'vn.report.figure.level_denominators_equal_breaks': defineMessage(
      { gap: param.text, label: param.text, parts: param.text, whole: param.text },
      {
        vi: '{label}: tổng số suy từ tỷ lệ của các đơn vị {parts} không khớp với tổng số suy từ tỷ lệ chung {whole} (cách {gap}).',
        en: '{label}: the totals the units’ rates imply, {parts}, do not agree with the total the overall rate implies, {whole} ({gap} apart).',
      },
    ),
    'vn.report.figure.level_denominators_within_holds': defineMessage(
      { label: param.text, parts: param.text, whole: param.text },
      {
        vi: '{label}: tổng số suy từ tỷ lệ của một số đơn vị {parts} không vượt tổng số suy từ tỷ lệ chung {whole}.',
        en: '{label}: the totals some units’ rates imply, {parts}, are within the total the overall rate implies, {whole}.',
      },
    ),
    'vn.report.figure.level_denominators_within_breaks': defineMessage(
      { gap: param.text, label: param.text, parts: param.text, whole: param.text },
      {
        vi: '{label}: tổng số suy từ tỷ lệ của một số đơn vị {parts} vượt tổng số suy từ tỷ lệ chung {whole} (vượt {gap}).',
        en: '{label}: the totals some units’ rates imply, {parts}, exceed the total the overall rate implies, {whole} (by {gap}).',
      },
    ),
    'vn.report.figure.ratio_holds': defineMessage(
      { from: param.text, label: param.text, times: param.text, to: param.text },
      {
        vi: '{label}: từ {from} lên {to} đúng là {times}.',
        en: '{label}: from {from} to {to} is indeed {times}.',
      },
    ),
    'vn.report.figure.ratio_breaks': defineMessage(
      { from: param.text, label: param.text, times: param.text, to: param.text },
      {
        vi: '{label}: từ {from} lên {to} không phải {times}.',
        en: '{label}: from {from} to {to} is not {times}.',
      },
    ),
    'vn.report.figure.yearly_holds': defineMessage(
      { from: param.text, label: param.text, perYear: param.text, to: param.text, years: param.text },
      {
        vi: '{label}: từ {from}% xuống/lên {to}% trong {years} năm ứng với mức bình quân {perYear}%/năm.',
        en: '{label}: from {from}% to {to}% in {years} years agrees with the yearly {perYear}% a year.',
      },
    ),
    'vn.report.figure.yearly_breaks': defineMessage(
      { from: param.text, label: param.text, perYear: param.text, to: param.text, years: param.text },
      {
        vi: '{label}: từ {from}% xuống/lên {to}% trong {years} năm không ứng với mức bình quân {perYear}%/năm.',
        en: '{label}: from {from}% to {to}% in {years} years does not agree with the yearly {perYear}% a year.',
      },
    ),
  }) as const)();
