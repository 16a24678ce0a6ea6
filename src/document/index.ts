/**
 * Subpath `commune-kpi/document` (under construction in this change).
 *
 * @module document
 */
export {};
