/**
 * commune-kpi: typed schemas and exact KPI calculators for Vietnamese communes and wards.
 *
 * The root entry re-exports every browser-safe domain. Import a subpath
 * (`commune-kpi/dossier`, `commune-kpi/core`, …) to pull in less.
 *
 * @module commune-kpi
 */
export * from './core/index';
export * from './dossier/index';
