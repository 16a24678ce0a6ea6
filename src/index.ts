/**
 * commune-kpi: typed schemas and exact KPI calculators for Vietnamese communes and wards.
 *
 * The root entry re-exports every browser-safe subpath (`core`, `dossier`, `calendar`,
 * `household`, `personnel`, `document`, `import`, `report`, `sql`); the Node-only entry
 * `commune-kpi/node` is not included. Import a subpath to pull in less; with a bundler,
 * unused exports of the root shake out (`sideEffects: false`).
 *
 * @module commune-kpi
 */
export * from './calendar/index';
export * from './core/index';
export * from './document/index';
export * from './dossier/index';
export * from './household/index';
export * from './import/index';
export * from './personnel/index';
export * from './report/index';
export * from './sql/index';
