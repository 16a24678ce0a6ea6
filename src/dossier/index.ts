/**
 * Subpath `commune-kpi/dossier` (under construction in this change).
 *
 * @module dossier
 */
export {};
