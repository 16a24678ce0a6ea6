/**
 * @internal Load an optional peer dependency of the Node entry (`read-excel-file`, `mammoth`) on
 * first use, so that `commune-kpi/node` works without it. The module loader keeps what it has
 * loaded, so nothing is cached here; a failed load is tried again on the next call.
 *
 * @param load - The dynamic import, written at the call site so bundlers see the specifier.
 * @param missing - The error to throw when the package is not installed (its cause is the loader's error).
 * @returns The loaded module.
 */
export async function loadPeer<M>(load: () => Promise<M>, missing: (cause: unknown) => Error): Promise<M> {
  try {
    return await load();
  } catch (e) {
    throw isModuleNotFound(e) ? missing(e) : e;
  }
}

/** Whether an import failed because the module is not installed (loaders may wrap the error). */
function isModuleNotFound(e: unknown): boolean {
  let x: unknown = e;
  for (let depth = 0; depth < 5 && typeof x === 'object' && x !== null; depth++) {
    const code = (x as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return true;
    x = (x as { cause?: unknown }).cause;
  }
  return false;
}
