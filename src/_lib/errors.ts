/**
 * Programmer errors: a wrong argument, an unknown option, an impossible period. Data problems
 * never come through here; they are returned as rejections or `null` values.
 *
 * @internal
 */
const PREFIX = '[commune-kpi]';

/** @internal Throw a `RangeError` with the package prefix. */
export function rangeError(message: string): never {
  throw new RangeError(`${PREFIX} ${message}`);
}

/** @internal Throw a `TypeError` with the package prefix. */
export function typeError(message: string): never {
  throw new TypeError(`${PREFIX} ${message}`);
}

/** @internal Render a value for an error message, cut to a readable length. */
export function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'bigint') text = `${value}n`;
  else if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
