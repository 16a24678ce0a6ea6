/**
 * File errors of the command as sentences (lỗi tệp bằng lời): a Node error code (`ENOENT`,
 * `EISDIR`, `ENOSPC`…) turned into a key of the command's text, so that every subcommand says a
 * missing file, a folder or a full disk in the chosen language, with exit 1, never a stack trace.
 *
 * @internal
 * @module
 */
import { dirname } from 'node:path';
import type { CliTextKey } from './cli-text';

/** A file that cannot be read or written: exit 1, with its sentence in the chosen language. */
export class FileError extends Error {
  constructor(
    readonly key: CliTextKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
  }
}

/** A Node file error as a sentence an official understands. */
export function fileErrorOf(e: unknown, path: string, writing: boolean): FileError {
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      if (writing) return new FileError('noFolder', { dir: dirname(path), path });
      return new FileError('notFound', { path });
    case 'EISDIR':
      return new FileError('isDirectory', { path });
    case 'ENOTDIR':
      return new FileError('notAFolder', { path });
    case 'EACCES':
    case 'EPERM':
      return new FileError(writing ? 'noPermissionWrite' : 'noPermissionRead', { path });
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileError('diskFull', { path });
    case 'EROFS':
      return new FileError('readOnly', { path });
    default:
      return new FileError(writing ? 'writeFailed' : 'readFailed', {
        path,
        code: typeof code === 'string' ? code : e instanceof Error ? e.message : String(e),
      });
  }
}
