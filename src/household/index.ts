/**
 * Subpath `commune-kpi/household` (under construction in this change).
 *
 * @module household
 */
export {};
