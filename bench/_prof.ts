import { customPeriod } from '../src/core/index';
import { tallyDossierSource } from '../src/import/index';
import { openImportFile } from '../src/node/index';

const t0 = performance.now();
const r = await tallyDossierSource(await openImportFile(process.argv[2]!), {
  period: customPeriod('2026-01-01', '2026-03-31'),
  by: ['unit', 'month'],
  keepRejections: 10,
});
console.log(performance.now() - t0, r.summary.valid);
