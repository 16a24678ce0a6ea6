import { closeSync, openSync, readSync } from 'node:fs';
import { CsvByteReader } from '../src/import/csvBytes';

const file = process.argv[2]!;
function run(label: string, f: () => number) {
  const t0 = performance.now();
  const n = f();
  console.log(label, (performance.now() - t0).toFixed(0), 'ms', n);
}
function chunks(cb: (b: Uint8Array) => void) {
  const fd = openSync(file, 'r');
  const buf = new Uint8Array(1 << 20);
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    cb(buf.subarray(0, n));
  }
  closeSync(fd);
}
for (let k = 0; k < 3; k++) {
  run('read only', () => {
    let n = 0;
    chunks((b) => {
      n += b.length;
    });
    return n;
  });
  run('scan noop', () => {
    let n = 0;
    const r = new CsvByteReader((process.argv[3] ?? ',') as ',', 100000);
    chunks((b) =>
      r.push(b, () => {
        n++;
      }),
    );
    r.end(() => n++);
    return n;
  });
  run('bytes loop count', () => {
    let n = 0;
    let q = false;
    chunks((b) => {
      for (let i = 0; i < b.length; i++) {
        const c = b[i]!;
        if (c === 34) q = !q;
        else if (!q && c === 10) n++;
      }
    });
    return n;
  });
}
