/**
 * Subpath `commune-kpi/personnel` (under construction in this change).
 *
 * @module personnel
 */
export {};
