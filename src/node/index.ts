/**
 * Subpath `commune-kpi/node` (under construction in this change).
 *
 * @module node
 */
export {};
