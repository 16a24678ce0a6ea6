/**
 * Every entry that reads a dossier export, on the same file: `importDossiers` on text and on
 * bytes, `streamDossiers` on chunks, `tallyDossierSource` on chunks and on `openImportFile`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customPeriod } from '../../src/core/index';
import {
  type ImportDossiersOptions,
  type ImportRejection,
  type ImportSummary,
  importDossiers,
  streamDossiers,
  tallyDossierSource,
} from '../../src/import/index';
import { openImportFile } from '../../src/node/index';

export const Q1 = customPeriod('2026-01-01', '2026-03-31');

/** What each entry said. */
export interface EntryResult {
  readonly entry: string;
  readonly summary: Pick<ImportSummary, 'read' | 'valid' | 'rejected' | 'blank'>;
  readonly notices: readonly string[];
  readonly rejections: readonly { line: number; codes: string[] }[];
}

const dir = mkdtempSync(join(tmpdir(), 'commune-kpi-entries-'));
let n = 0;
/** Remove the files written (call in `afterAll`). */
export const cleanEntries = (): void => rmSync(dir, { recursive: true, force: true });

/** The bytes cut into chunks of `size`. */
export function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, Math.min(bytes.length, i + size));
}

const pick = (s: ImportSummary): EntryResult['summary'] => ({
  read: s.read,
  valid: s.valid,
  rejected: s.rejected,
  blank: s.blank,
});
const shape = (r: readonly ImportRejection[]) =>
  r.map((x) => ({ line: x.line, codes: x.issues.map((i) => i.code) }));

/**
 * Read `file` through every entry; `chunk` is the chunk size for the streamed entries.
 *
 * @param file - The export, as text or bytes.
 * @param chunk - Chunk size in bytes.
 * @param options - Import options.
 */
export async function throughEveryEntry(
  file: string | Uint8Array,
  chunk: number,
  options: ImportDossiersOptions = {},
): Promise<EntryResult[]> {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const out: EntryResult[] = [];
  if (typeof file === 'string') {
    const t = await importDossiers(file, options);
    out.push({
      entry: 'importDossiers(text)',
      summary: pick(t),
      notices: t.notices.map((x) => x.code),
      rejections: shape(t.rejections),
    });
  }
  const b = await importDossiers(bytes, options);
  out.push({
    entry: 'importDossiers(bytes)',
    summary: pick(b),
    notices: b.notices.map((x) => x.code),
    rejections: shape(b.rejections),
  });
  const s = streamDossiers(chunked(bytes, chunk), options);
  const sr: ImportRejection[] = [];
  for await (const x of s) sr.push(...x.rejected);
  out.push({
    entry: 'streamDossiers(chunks)',
    summary: pick(s.summary),
    notices: s.summary.notices.map((x) => x.code),
    rejections: shape(sr),
  });
  const tally = { period: Q1, keepRejections: 1e9, ...options };
  const c = await tallyDossierSource(chunked(bytes, chunk), tally);
  out.push({
    entry: 'tallyDossierSource(chunks)',
    summary: pick(c.summary),
    notices: c.summary.notices.map((x) => x.code),
    rejections: shape(c.rejections),
  });
  const f = join(dir, `f${n++}.csv`);
  writeFileSync(f, bytes);
  const o = await tallyDossierSource(await openImportFile(f, { chunkSize: chunk }), tally);
  out.push({
    entry: 'tallyDossierSource(openImportFile)',
    summary: pick(o.summary),
    notices: o.summary.notices.map((x) => x.code),
    rejections: shape(o.rejections),
  });
  return out;
}
