/**
 * The `commune-kpi` executable: runs {@link runCli} with the process's arguments and exits with its code.
 *
 * @internal
 */
import { runCli } from './cli';

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTTY: process.stderr.isTTY === true,
  stdin: process.stdin,
  // Tables fit the terminal; piped output has no width limit.
  ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
});
process.exitCode = code;
