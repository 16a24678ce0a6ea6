/**
 * The command line of every subcommand (dòng lệnh): `node:util` `parseArgs` over a table of
 * options, each mistake a {@link UsageError} whose sentence is said in the language the line asks
 * for (`--lang`), read before anything else.
 *
 * @internal
 * @module
 */
import { parseArgs } from 'node:util';
import type { Locale } from '../core/messages';
import type { CliTextKey } from './cli-text';

/** A mistake in the arguments: exit 2, with its sentence in the chosen language. */
export class UsageError extends Error {
  /** The language the command line asked for, when it was read before the mistake. */
  lang?: Locale;
  constructor(
    readonly key: CliTextKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
  }
}

/** One option: its type and an example value for the "needs a value" message. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly example?: string;
}

/** The positionals and option values of a command line, with its language. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly lang: Locale;
}

/**
 * Parse with `node:util` `parseArgs`, every mistake reported in the chosen language.
 *
 * @param argv - The arguments after the command (and subcommand) name.
 * @param options - The options the command takes.
 * @param short - One-letter aliases (`h` → `help`).
 * @returns The positionals, the values and the language.
 * @throws UsageError (with `lang` set) on an unknown option, a flag given a value, an option
 *   without one, or a language other than vi and en.
 */
export function parseCommandLine(
  argv: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  short: Readonly<Record<string, string>> = {},
): ParsedArgs {
  const types: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const [k, v] of Object.entries(options)) types[k] = { type: v.type };
  const { tokens } = parseArgs({
    args: [...argv],
    options: types,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // The language first, so that every other mistake is said in it.
  let lang: Locale = 'vi';
  for (const t of tokens) {
    if (t.kind === 'option' && t.name === 'lang' && (t.value === 'en' || t.value === 'vi')) lang = t.value;
  }
  const positionals: string[] = [];
  const values: Record<string, string | boolean> = Object.create(null) as Record<string, string | boolean>;
  let problem: UsageError | undefined;
  for (const t of tokens) {
    if (problem !== undefined) break;
    if (t.kind === 'positional') positionals.push(t.value);
    else if (t.kind === 'option') {
      const name = Object.hasOwn(short, t.name) && t.rawName.length === 2 ? short[t.name]! : t.name;
      if (!Object.hasOwn(options, name)) {
        problem = new UsageError('unknownOption', { option: t.rawName });
        break;
      }
      const def = options[name]!;
      if (def.type === 'boolean') {
        if (t.inlineValue === true) problem = new UsageError('flagNoValue', { option: t.rawName });
        else values[name] = true;
      } else if (t.value === undefined || (t.inlineValue !== true && t.value.startsWith('--'))) {
        problem = new UsageError('optionNeedsValue', { option: t.rawName, example: def.example ?? '' });
      } else values[name] = t.value;
    }
  }
  if (problem === undefined) {
    const langValue = values.lang;
    if (langValue !== undefined && langValue !== 'vi' && langValue !== 'en')
      problem = new UsageError('badLang');
  }
  if (problem !== undefined) {
    problem.lang = lang;
    throw problem;
  }
  return { positionals, values, lang };
}

/**
 * A string option's value.
 *
 * @param values - Parsed values.
 * @param name - Option name without dashes.
 * @returns The value, or undefined when absent.
 */
export function str(values: ParsedArgs['values'], name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * A string option that takes one of a list.
 *
 * @param values - Parsed values.
 * @param name - Option name without dashes.
 * @param choices - The accepted values.
 * @returns The value, or undefined when absent.
 * @throws UsageError `badChoice` on any other value.
 */
export function choice<T extends string>(
  values: ParsedArgs['values'],
  name: string,
  choices: readonly T[],
): T | undefined {
  const v = str(values, name);
  if (v === undefined) return undefined;
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError('badChoice', { option: `--${name}`, choices: choices.join(', ') });
  }
  return v as T;
}
