/**
 * Subpath `commune-kpi/import` (under construction in this change).
 *
 * @module import
 */
export {};
