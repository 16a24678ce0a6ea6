/**
 * Subpath `commune-kpi/calendar` (under construction in this change).
 *
 * @module calendar
 */
export {};
