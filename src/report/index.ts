/**
 * Subpath `commune-kpi/report` (under construction in this change).
 *
 * @module report
 */
export {};
