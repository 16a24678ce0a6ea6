/**
 * The dossier rules in your database (`commune-kpi/sql`): compile the classification and tally of
 * `tallyDossiers` to one SQL statement for DuckDB or PostgreSQL, with the period and file paths as
 * parameters and every identifier quoted, and read its rows back as `DossierGroup[]` so rates,
 * audit and rendering reuse the library. No driver inside and no Node built-in: it runs in the
 * browser too. The runners that execute it (`tallyDossiersDuckDB`, `tallyDossiersPostgres`) are in
 * `commune-kpi/node`.
 *
 * @module sql
 */
export {
  type CompileDossierTallyOptions,
  type CompiledDossierTally,
  compileDossierTally,
  type DossierColumnField,
  type DossierColumnMapping,
  type DossierSqlSource,
  quoteIdentifier,
  type SqlColumnRef,
  SqlCompileError,
  type SqlDateKind,
  type SqlDialect,
} from './compile';
export { dossierGroupsFromRows, type SqlDossierTally } from './rows';
