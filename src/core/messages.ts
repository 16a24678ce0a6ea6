/** Message languages: Vietnamese (default) and English. */
export type Locale = 'vi' | 'en';

/**
 * One text in both languages: a message template whose `{name}` placeholders are filled from an
 * issue's params, a rendered message, or a label (nhãn song ngữ).
 */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** The raw values an issue carries: dates, counts, enum values, field paths, as found. */
export type MessageParams = Readonly<Record<string, unknown>>;

/**
 * What a message function may ask while it renders: its language, and the label of a field path
 * in that language (from the field labels the caller passed; the path itself when none is known).
 */
export interface MessageContext {
  /** The language being rendered. */
  readonly locale: Locale;
  /** The label of a field path (`dueDate` → `ngày hẹn trả` / `due date`), else the path. */
  readonly field: (path: string) => string;
}

/**
 * The text of a message in one language: a function over the issue's raw parameters (enum values
 * and field names are translated here, at render time), or a template whose `{name}` placeholders
 * are filled from parameters that need no translation (numbers, dates, codes as written).
 */
export type MessageText<P = MessageParams> = string | ((params: P, context: MessageContext) => string);

/**
 * What kind of value a parameter is, with a sample used by the catalogue tests. `enum` parameters
 * list their values and their labels per language: a message must translate them.
 */
export interface ParamSpec<T = unknown> {
  /**
   * `text` (shown as written), `number` (formatted per language), `numbers` (a list of them),
   * `flag` (true or false), `date` (`YYYY-MM-DD`), `field` (a field path), `fields` (a list of
   * them), `printed` (a percentage as a report printed it: its text, exact value and decimals),
   * `enum`.
   */
  readonly kind: 'text' | 'number' | 'numbers' | 'flag' | 'date' | 'field' | 'fields' | 'printed' | 'enum';
  /** A value of the parameter, for tests and documentation. */
  readonly sample: T;
  /** For `enum`: every value and its labels. */
  readonly labels?: Readonly<Record<string, Message>>;
}

/** A percentage as a report printed it (the parameter kind `printed`). */
export interface PrintedValue {
  /** As written (`3,3%`). */
  readonly text: string;
  /** The exact value, a decimal string (`3.3`). */
  readonly value: string;
  /** Printed decimal places. */
  readonly decimals: number;
}

/** Parameter kinds of a message, by parameter name. */
export type ParamSpecs = Readonly<Record<string, ParamSpec>>;

/** The parameters a {@link ParamSpecs} describes. */
export type ParamsOf<S extends ParamSpecs> = {
  readonly [K in keyof S]: S[K] extends ParamSpec<infer T> ? T : never;
};

/**
 * One message of a catalogue in both languages (thông báo song ngữ): a {@link MessageText} per
 * locale, and, for typed messages, the kind of each parameter. A {@link Message} of two templates
 * is one.
 */
export interface IssueMessage<P = MessageParams> {
  readonly vi: MessageText<P>;
  readonly en: MessageText<P>;
  /** The parameters the message reads (typed messages, see {@link defineMessage}). */
  readonly params?: ParamSpecs;
}

/**
 * Messages keyed by stable code (`vn.dossier.due_before_received`). Any domain's typed catalogue
 * is one; a caller's own catalogue of templates is one too.
 */
export type MessageCatalog = Readonly<Record<string, IssueMessage<never>>>;

/**
 * The typed issues of a catalogue: one member per code, with that code's parameters.
 *
 * @example
 * type I = IssueOf<typeof CORE_MESSAGES>;
 * const i: I = { code: 'vn.too_small', params: { path: 'n', minimum: '0', received: '-1' } };
 * i.code // => 'vn.too_small'
 */
export type IssueOf<C> = {
  [K in keyof C]: {
    readonly code: K;
    readonly params: C[K] extends IssueMessage<infer P> ? P : MessageParams;
  };
}[keyof C];

/** Parameter kinds for {@link defineMessage}. */
export const param = {
  /** Text shown as written (a code, a name, a number and symbol). */
  text: { kind: 'text', sample: 'X-01' } as ParamSpec<string>,
  /** A number. */
  number: { kind: 'number', sample: 3 } as ParamSpec<number>,
  /** A list of numbers. */
  numbers: { kind: 'numbers', sample: [1, 2] } as ParamSpec<readonly number[]>,
  /** True or false. */
  flag: { kind: 'flag', sample: true } as ParamSpec<boolean>,
  /** A date `YYYY-MM-DD`. */
  date: { kind: 'date', sample: '2026-03-02' } as ParamSpec<string>,
  /** A field path, translated with {@link MessageContext.field}. */
  field: { kind: 'field', sample: 'code' } as ParamSpec<string>,
  /** A list of field paths, each translated with {@link MessageContext.field}. */
  fields: { kind: 'fields', sample: ['code', 'unit'] } as ParamSpec<readonly string[]>,
  /** A percentage as printed: the text as written, its exact value (`'3.3'`) and its decimals. */
  printed: {
    kind: 'printed',
    sample: { text: '3,3%', value: '3.3', decimals: 1 },
  } as ParamSpec<PrintedValue>,
  /** A value of a list with labels in both languages. */
  enumOf<V extends string>(labels: Readonly<Record<V, Message>>): ParamSpec<V> {
    const first = Object.keys(labels)[0] as V;
    return { kind: 'enum', sample: first, labels };
  },
} as const;

/**
 * A typed message: its parameters' kinds and one function (or template) per language.
 *
 * @param params - The kind of each parameter.
 * @param text - The Vietnamese and English texts.
 * @returns The message.
 * @example
 * const m = defineMessage({ n: param.number }, { vi: (p) => p.n + ' hồ sơ', en: (p) => p.n + ' dossiers' });
 * renderMessage(m, { n: 2 }, 'en') // => '2 dossiers'
 */
export function defineMessage<const S extends ParamSpecs>(
  params: S,
  text: { readonly vi: MessageText<ParamsOf<S>>; readonly en: MessageText<ParamsOf<S>> },
): IssueMessage<ParamsOf<S>> {
  return { params, vi: text.vi, en: text.en };
}

/** Labels of field paths (`dueDate` → `{ vi: 'ngày hẹn trả', en: 'due date' }`). */
export type FieldLabels = Readonly<Record<string, Message>>;

/**
 * The label of a field path in a language, from the given tables: the whole path first, then its
 * last named segment (`supplements.0.completedAt` → `completedAt`); the path itself when no table
 * knows it.
 *
 * @example
 * fieldLabel('a.0.b', 'en', [{ b: { vi: 'bê', en: 'bee' } }]) // => 'bee'
 * fieldLabel('zz', 'vi', []) // => 'zz'
 */
export function fieldLabel(path: string, locale: Locale, tables: readonly FieldLabels[]): string {
  const last = path
    .split('.')
    .filter((s) => !/^\d+$/.test(s))
    .pop();
  for (const key of last === undefined || last === path ? [path] : [path, last]) {
    for (const t of tables) if (Object.hasOwn(t, key)) return t[key]![locale];
  }
  return path;
}

const TYPE_LABELS = {
  string: { vi: 'chuỗi', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'đúng/sai', en: 'true/false' },
  object: { vi: 'bản ghi', en: 'a record' },
  array: { vi: 'danh sách', en: 'a list' },
  date: { vi: 'ngày', en: 'a date' },
  bigint: { vi: 'số nguyên lớn', en: 'a big integer' },
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'không có giá trị', en: 'no value' },
} as const satisfies Record<string, Message>;

/** A zod type name (`string`, `int`, …) in words. */
const typeName = (t: unknown, locale: Locale): string =>
  typeof t === 'string' && Object.hasOwn(TYPE_LABELS, t)
    ? TYPE_LABELS[t as keyof typeof TYPE_LABELS][locale]
    : String(t);

const FORMAT_LABELS = {
  date: { vi: 'ngày YYYY-MM-DD', en: 'date YYYY-MM-DD' },
  datetime: { vi: 'thời điểm ISO 8601', en: 'ISO 8601 timestamp' },
  email: { vi: 'thư điện tử', en: 'email address' },
  regex: { vi: 'theo mẫu', en: 'pattern' },
} as const satisfies Record<string, Message>;

const formatName = (f: unknown, locale: Locale): string =>
  typeof f === 'string' && Object.hasOwn(FORMAT_LABELS, f)
    ? FORMAT_LABELS[f as keyof typeof FORMAT_LABELS][locale]
    : String(f);

/**
 * Messages for the checks every schema shares: wrong types, bad formats, values out of a list.
 * Domain catalogues add their own codes. Parameters are raw (`expected: 'int'`, `received: '1.5'` as written,
 * `path: 'dueDate'`) and translated when the message is rendered.
 *
 * @example
 * renderMessage(CORE_MESSAGES['vn.not_integer'], { path: 'n', received: '1.5' }, 'en')
 * // => 'Field "n" must be an integer, got 1.5.'
 */
export const CORE_MESSAGES = /* @__PURE__ */ (() =>
  ({
    'vn.required': /* @__PURE__ */ defineMessage(
      { path: param.field },
      {
        vi: (p, c) => `Thiếu trường bắt buộc «${c.field(p.path)}».`,
        en: (p, c) => `Missing required field "${c.field(p.path)}".`,
      },
    ),
    'vn.invalid_type': /* @__PURE__ */ defineMessage(
      { path: param.field, expected: param.text, received: param.text },
      {
        vi: (p, c) =>
          `Trường «${c.field(p.path)}» sai kiểu: cần ${typeName(p.expected, 'vi')}, nhận được ${p.received}.`,
        en: (p, c) =>
          `Field "${c.field(p.path)}" has the wrong type: expected ${typeName(p.expected, 'en')}, got ${p.received}.`,
      },
    ),
    'vn.invalid_date': /* @__PURE__ */ defineMessage(
      { path: param.field, received: param.text },
      {
        vi: (p, c) => `Trường «${c.field(p.path)}» không phải ngày có thật (dạng YYYY-MM-DD): ${p.received}.`,
        en: (p, c) => `Field "${c.field(p.path)}" is not a real date (YYYY-MM-DD): ${p.received}.`,
      },
    ),
    'vn.invalid_instant': /* @__PURE__ */ defineMessage(
      { path: param.field, received: param.text },
      {
        vi: (p, c) =>
          `Trường «${c.field(p.path)}» không phải ngày hoặc thời điểm hợp lệ (YYYY-MM-DD hoặc ISO 8601 có múi giờ): ${p.received}.`,
        en: (p, c) =>
          `Field "${c.field(p.path)}" is not a valid date or timestamp (YYYY-MM-DD or ISO 8601 with offset): ${p.received}.`,
      },
    ),
    'vn.invalid_format': /* @__PURE__ */ defineMessage(
      { path: param.field, format: param.text, received: param.text },
      {
        vi: (p, c) =>
          `Trường «${c.field(p.path)}» sai định dạng (${formatName(p.format, 'vi')}): ${p.received}.`,
        en: (p, c) =>
          `Field "${c.field(p.path)}" has an invalid format (${formatName(p.format, 'en')}): ${p.received}.`,
      },
    ),
    'vn.invalid_value': /* @__PURE__ */ defineMessage(
      { path: param.field, expected: param.text, received: param.text },
      {
        vi: (p, c) =>
          `Trường «${c.field(p.path)}» có giá trị ${p.received} không thuộc danh mục: ${p.expected}.`,
        en: (p, c) =>
          `Field "${c.field(p.path)}" has value ${p.received}, which is not one of: ${p.expected}.`,
      },
    ),
    'vn.too_small': /* @__PURE__ */ defineMessage(
      { path: param.field, minimum: param.text, received: param.text },
      {
        vi: (p, c) => `Trường «${c.field(p.path)}» quá nhỏ: cần ≥ ${p.minimum}, nhận được ${p.received}.`,
        en: (p, c) => `Field "${c.field(p.path)}" is too small: expected ≥ ${p.minimum}, got ${p.received}.`,
      },
    ),
    'vn.too_big': /* @__PURE__ */ defineMessage(
      { path: param.field, maximum: param.text, received: param.text },
      {
        vi: (p, c) => `Trường «${c.field(p.path)}» quá lớn: cần ≤ ${p.maximum}, nhận được ${p.received}.`,
        en: (p, c) => `Field "${c.field(p.path)}" is too big: expected ≤ ${p.maximum}, got ${p.received}.`,
      },
    ),
    'vn.not_integer': /* @__PURE__ */ defineMessage(
      { path: param.field, received: param.text },
      {
        vi: (p, c) => `Trường «${c.field(p.path)}» phải là số nguyên, nhận được ${p.received}.`,
        en: (p, c) => `Field "${c.field(p.path)}" must be an integer, got ${p.received}.`,
      },
    ),
    'vn.unrecognized_keys': /* @__PURE__ */ defineMessage(
      { keys: param.text },
      {
        vi: (p) => `Bản ghi có trường không được hỗ trợ: ${p.keys}.`,
        en: (p) => `The record has unsupported fields: ${p.keys}.`,
      },
    ),
    'vn.invalid_union': /* @__PURE__ */ defineMessage(
      { path: param.field, received: param.text },
      {
        vi: (p, c) => `Trường «${c.field(p.path)}» không khớp dạng nào được chấp nhận: ${p.received}.`,
        en: (p, c) => `Field "${c.field(p.path)}" matches none of the accepted shapes: ${p.received}.`,
      },
    ),
    'vn.invalid_record': /* @__PURE__ */ defineMessage(
      { path: param.field },
      {
        vi: (p, c) => `Dòng dữ liệu không hợp lệ ở «${c.field(p.path)}».`,
        en: (p, c) => `Invalid row at "${c.field(p.path)}".`,
      },
    ),
  }) as const)();

/** The issues every schema shares, with their parameters. */
export type CoreIssue = IssueOf<typeof CORE_MESSAGES>;

/**
 * Fill a message template with params: `{name}` → `params.name`. Unknown placeholders stay.
 *
 * @example
 * fillMessage('cần {a}', { a: 3 }) // => 'cần 3'
 */
export function fillMessage(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!Object.hasOwn(params, key)) return whole;
    const v = params[key];
    return typeof v === 'string' ? v : v === undefined ? '' : (JSON.stringify(v) ?? String(v));
  });
}

/** Options of {@link renderMessage} and {@link messageFor}. */
export interface RenderMessageOptions {
  /** Labels of field paths, searched in order (a domain's `*_FIELD_LABELS`). */
  readonly fields?: readonly FieldLabels[];
}

/**
 * A message rendered in a language from the issue's raw parameters (hiển thị thông báo theo ngôn
 * ngữ): a function is called, a template is filled.
 *
 * @param message - The message (an entry of a catalogue).
 * @param params - The issue's parameters.
 * @param locale - `vi` or `en`.
 * @param options - Field labels.
 * @returns The text.
 * @example
 * renderMessage(CORE_MESSAGES['vn.required'], { path: 'dueDate' }, 'vi', { fields: [{ dueDate: { vi: 'Ngày hẹn trả', en: 'Due date' } }] })
 * // => 'Thiếu trường bắt buộc «Ngày hẹn trả».'
 */
export function renderMessage<P>(
  message: IssueMessage<P>,
  params: P,
  locale: Locale,
  options: RenderMessageOptions = {},
): string {
  const text = message[locale];
  if (typeof text === 'string') return fillMessage(text, params as MessageParams);
  const fields = options.fields ?? [];
  return text(params, { locale, field: (path) => fieldLabel(path, locale, fields) });
}

/**
 * The message for a code in a language, looked up in the given catalogues in order, falling
 * back to the code itself when no catalogue knows it.
 *
 * @example
 * messageFor('vn.required', { path: 'dueDate' }, 'en', [CORE_MESSAGES])
 * // => 'Missing required field "dueDate".'
 */
export function messageFor(
  code: string,
  params: Readonly<Record<string, unknown>>,
  locale: Locale,
  catalogs: readonly MessageCatalog[],
  options: RenderMessageOptions = {},
): string {
  for (const c of catalogs) {
    if (Object.hasOwn(c, code))
      return renderMessage(c[code] as IssueMessage<MessageParams>, params, locale, options);
  }
  return code;
}
