import { rangeError, show, typeError } from '../_lib/errors';
import type { Locale } from '../core/messages';
import { type DocumentFinding, finding } from './messages';
import { normalizeDocumentText } from './normalize';
import {
  COMMON_ISSUER_ABBREVIATIONS,
  DECREE_30_2020_DOCUMENT_TYPES,
  DERIVED_TYPE_ABBREVIATIONS,
  type DocumentTypeInfo,
  LEGAL_NORMATIVE_DOCUMENT_TYPES,
  PARTY_DOCUMENT_TYPES,
  UNOFFICIAL_TYPE_ABBREVIATIONS,
} from './types';

/**
 * How a symbol reads: a named administrative document (`06/QĐ-UBND`), a copy (`05/SY-UBND`), a
 * công văn without type abbreviation (`123/UBND-VP`), a legal normative document with its year
 * (`07/2021/NĐ-CP`), or a symbol whose first group is an abbreviation nobody defined (`12/CV-UBND`).
 */
export type DocumentSymbolKind =
  | 'administrative'
  | 'copy'
  | 'official-letter'
  | 'legal-normative'
  | 'unknown';

/**
 * The parts of a document number and symbol (số, ký hiệu văn bản): of a state document as
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 3 and Nghị định 78/2025/NĐ-CP, Phụ lục I lay them out,
 * or of a Party document as Hướng dẫn 36-HD/VPTW, mục II điểm 1.3 does (`system: 'party'`).
 */
export interface DocumentSymbol {
  /** Số: the ordinal in the year (for the Party, in the committee's term), ≥ 1. */
  readonly number: number;
  /** Year in the symbol of a legal normative document (`2021` in `07/2021/NĐ-CP`), else `null`. */
  readonly year: number | null;
  /** How the symbol reads. */
  readonly kind: DocumentSymbolKind;
  /**
   * Type abbreviation (`QĐ`, `NĐ`, `SY`), spelled as in the table; for kind `unknown` the
   * abbreviation as written (`CV`); `null` for a công văn or a law (`77/2015/QH13`).
   */
  readonly typeCode: string | null;
  /** Abbreviation of the issuing body (`UBND`, `CP`, `TTg`), or `null` when missing. */
  readonly issuer: string | null;
  /** Further groups: the drafting unit of a công văn (`VP`), sub-units (`NHNo.ĐT`, `TH`). */
  readonly units: readonly string[];
  /**
   * `party` for a symbol of the Party's grammar (Hướng dẫn 36-HD/VPTW: `09-NQ/TU`, number, hyphen,
   * type, slash, issuer); absent for a state symbol.
   */
  readonly system?: 'party';
  /** Letters written after the number (`30a/2008/NQ-CP` → `a`); absent when there are none. */
  readonly numberSuffix?: string;
}

/** Options of {@link parseDocumentSymbol}. */
export interface ParseDocumentSymbolOptions {
  /** Language of finding messages (default `vi`). */
  readonly locale?: Locale;
  /** More issuing-body abbreviations that mark the first group as an issuer (see {@link COMMON_ISSUER_ABBREVIATIONS}). */
  readonly issuers?: readonly string[];
}

/** The result of {@link parseDocumentSymbol}. */
export interface ParseDocumentSymbolResult {
  /** `true` when `value` is set (there may still be warnings). */
  readonly ok: boolean;
  /** The parts, or `null` when an error prevents reading them. */
  readonly value: DocumentSymbol | null;
  /** The number as written (`6`, `06`, `''`), useful for the leading-zero rule. */
  readonly numberText: string;
  /** Errors and warnings, in the order found. */
  readonly findings: readonly DocumentFinding[];
}

/**
 * Longest number and symbol {@link parseDocumentSymbol} reads, in characters (the edXML fields
 * `CodeNumber` 11 + `CodeNotation` 30 of Nghị định 30/2020/NĐ-CP, Phụ lục VI, allow 42).
 *
 * @example
 * parseDocumentSymbol('x'.repeat(MAX_DOCUMENT_SYMBOL_LENGTH + 1)).findings[0]?.code // => 'vn.document.symbol_too_long'
 */
export const MAX_DOCUMENT_SYMBOL_LENGTH = 120;

const ADMIN_BY_ABBR = new Map<string, DocumentTypeInfo>();
const ADMIN_BY_UPPER = new Map<string, DocumentTypeInfo>();
const LEGAL_BY_ABBR = new Map<string, DocumentTypeInfo>();
const LEGAL_BY_UPPER = new Map<string, DocumentTypeInfo>();
const PARTY_BY_ABBR = new Map<string, DocumentTypeInfo>();
const PARTY_BY_UPPER = new Map<string, DocumentTypeInfo>();
const DERIVED_BY_UPPER = new Map<string, DocumentTypeInfo>();
for (const ty of DECREE_30_2020_DOCUMENT_TYPES.types) {
  if (ty.abbreviation !== null) {
    ADMIN_BY_ABBR.set(ty.abbreviation, ty);
    ADMIN_BY_UPPER.set(ty.abbreviation.toUpperCase(), ty);
  }
}
for (const ty of LEGAL_NORMATIVE_DOCUMENT_TYPES.types) {
  if (ty.abbreviation !== null) {
    LEGAL_BY_ABBR.set(ty.abbreviation, ty);
    LEGAL_BY_UPPER.set(ty.abbreviation.toUpperCase(), ty);
  }
}
for (const ty of PARTY_DOCUMENT_TYPES.types) {
  if (ty.abbreviation !== null) {
    PARTY_BY_ABBR.set(ty.abbreviation, ty);
    PARTY_BY_UPPER.set(ty.abbreviation.toUpperCase(), ty);
  }
}
for (const ty of DERIVED_TYPE_ABBREVIATIONS) {
  if (ty.abbreviation !== null) DERIVED_BY_UPPER.set(ty.abbreviation.toUpperCase(), ty);
}
const UNOFFICIAL_UPPER = new Set(UNOFFICIAL_TYPE_ABBREVIATIONS.map((a) => a.toUpperCase()));
const ISSUER_SPELLING = new Map(COMMON_ISSUER_ABBREVIATIONS.map((a) => [a.toUpperCase(), a] as const));

/** @internal Look a type abbreviation up: exact spelling first, then ignoring case. */
export function lookupTypeAbbreviation(
  written: string,
  legal: boolean,
): { readonly type: DocumentTypeInfo; readonly exact: boolean } | null {
  const exactMap = legal ? LEGAL_BY_ABBR : ADMIN_BY_ABBR;
  const upperMap = legal ? LEGAL_BY_UPPER : ADMIN_BY_UPPER;
  const e = exactMap.get(written);
  if (e) return { type: e, exact: true };
  const u = upperMap.get(written.toUpperCase());
  return u ? { type: u, exact: false } : null;
}

/** @internal Look a Party type abbreviation up (Hướng dẫn 36-HD/VPTW), ignoring case. */
export function lookupPartyTypeAbbreviation(
  written: string,
): { readonly type: DocumentTypeInfo; readonly exact: boolean } | null {
  const e = PARTY_BY_ABBR.get(written);
  if (e) return { type: e, exact: true };
  const u = PARTY_BY_UPPER.get(written.toUpperCase());
  return u ? { type: u, exact: false } : null;
}

/** @internal A letter (any script) — Vietnamese letters included. */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return c.toLowerCase() !== c.toUpperCase();
}

/** @internal An ASCII digit. */
export function isDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** @internal A slash or one of its look-alikes; `odd` when not ASCII. */
export function slashAt(c: string | undefined): 0 | 1 | 2 {
  if (c === '/') return 1;
  if (c === '\uFF0F' || c === '\u2215' || c === '\u2044') return 2;
  return 0;
}

/** @internal A hyphen or one of its look-alikes: 1 ASCII, 2 other. */
export function dashAt(c: string | undefined): 0 | 1 | 2 {
  if (c === '-') return 1;
  if (
    c === '\u2010' ||
    c === '\u2011' ||
    c === '\u2012' ||
    c === '\u2013' ||
    c === '\u2014' ||
    c === '\u2212'
  )
    return 2;
  return 0;
}

function isGroupChar(c: string | undefined): boolean {
  return isLetter(c) || isDigit(c) || c === '.' || c === '&';
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function isLowerAscii(c: string | undefined): boolean {
  return c !== undefined && c >= 'a' && c <= 'z';
}

function isUpperStart(c: string | undefined): boolean {
  return isLetter(c) && c === c!.toUpperCase();
}

/** @internal The pieces of a symbol read from a position in a string. */
export interface RawSymbol {
  readonly start: number;
  readonly end: number;
  readonly numberText: string;
  /** Letters right after the number (`30a`), or `''`. */
  readonly numberSuffix: string;
  readonly yearText: string | null;
  readonly groups: readonly string[];
  readonly spaced: boolean;
  readonly oddPunctuation: boolean;
  /** A slash between letter groups of a state symbol (`183/2010/TTLT/BTC-BNN`). */
  readonly slashBetweenGroups: boolean;
  /** Read in the Party's grammar (`09-NQ/TU`): `groups[0]` is the type, the rest issuer and units. */
  readonly party: boolean;
  /** Party symbol: how the number is joined to the type (`hyphen` as prescribed, `dash`, `space`). */
  readonly partySeparator: 'hyphen' | 'dash' | 'space' | null;
  /** Party symbol without `/` and issuer (`159-TB`). */
  readonly partyNoIssuer: boolean;
}

const MAX_SPACES = 3;

function skipSpaces(s: string, i: number): number {
  let k = 0;
  while (k < MAX_SPACES && isSpace(s[i + k])) k++;
  return i + k;
}

/** Read one abbreviation group starting at a letter; trailing dots are not part of it. */
function groupEnd(s: string, p: number): number {
  let e = p;
  while (isGroupChar(s[e])) e++;
  while (e > p + 1 && s[e - 1] === '.') e--;
  return e;
}

/**
 * @internal Read a state number and symbol starting at `i` (a digit, or the slash of a symbol whose
 * number is blank). Every loop is bounded by the characters it consumes, and spaces by
 * {@link MAX_SPACES}, so the work is linear in the length of the returned span plus a constant.
 * In `text` mode a spaced hyphen, and a slash between letter groups, only continue the symbol when
 * an uppercase letter follows.
 */
export function readSymbolAt(s: string, i: number, text: boolean): RawSymbol | null {
  const start = i;
  let spaced = false;
  let odd = false;
  let slashBetweenGroups = false;
  let p = i;
  while (isDigit(s[p])) p++;
  const numberText = s.slice(i, p);
  let numberSuffix = '';
  if (p > i && isLowerAscii(s[p])) {
    let e = p;
    while (e - p < 2 && isLowerAscii(s[e])) e++;
    if (slashAt(s[skipSpaces(s, e)]) !== 0) {
      numberSuffix = s.slice(p, e);
      p = e;
    }
  }
  let q = skipSpaces(s, p);
  if (q !== p) spaced = true;
  const sl = slashAt(s[q]);
  if (sl === 0) return null;
  if (sl === 2) odd = true;
  p = q + 1;
  q = skipSpaces(s, p);
  if (q !== p) spaced = true;
  p = q;
  let yearText: string | null = null;
  if (isDigit(s[p])) {
    let e = p;
    while (isDigit(s[e])) e++;
    if (e - p !== 4) return null;
    const after = skipSpaces(s, e);
    const sl2 = slashAt(s[after]);
    if (sl2 === 0) return null;
    if (sl2 === 2) odd = true;
    if (after !== e) spaced = true;
    yearText = s.slice(p, e);
    p = after + 1;
    q = skipSpaces(s, p);
    if (q !== p) spaced = true;
    p = q;
  }
  const base = {
    start,
    numberText,
    numberSuffix,
    yearText,
    party: false,
    partySeparator: null,
    partyNoIssuer: false,
  };
  const groups: string[] = [];
  if (!isLetter(s[p])) {
    return text ? null : { ...base, end: p, groups, spaced, oddPunctuation: odd, slashBetweenGroups };
  }
  for (;;) {
    const e = groupEnd(s, p);
    groups.push(s.slice(p, e));
    p = e;
    const a = skipSpaces(s, p);
    const d = dashAt(s[a]);
    const sl3 = d === 0 ? slashAt(s[a]) : 0;
    if (d === 0 && sl3 === 0) break;
    const b = skipSpaces(s, a + 1);
    const c = s[b];
    if (!isLetter(c)) break;
    const spacedHere = a !== p || b !== a + 1;
    if (sl3 !== 0) {
      // A slash between letter groups: only with an uppercase group after it, no spaces.
      if (spacedHere || !isUpperStart(c)) break;
      slashBetweenGroups = true;
      if (sl3 === 2) odd = true;
      p = b;
      continue;
    }
    if (text && spacedHere && !isUpperStart(c)) break;
    if (spacedHere) spaced = true;
    if (d === 2) odd = true;
    p = b;
  }
  return { ...base, end: p, groups, spaced, oddPunctuation: odd, slashBetweenGroups };
}

/**
 * @internal Read a number and symbol in the Party's grammar (Hướng dẫn 36-HD/VPTW) starting at the
 * digit `i`: number, a hyphen (or a dash, or only a space), the type abbreviation, a slash, the
 * issuer and further groups joined by hyphens (`09-NQ/TU`, `05 – CT/TW`, `84 QĐ/TWĐTN`,
 * `367 - QĐ/TWĐTN-VP`). A symbol without the slash and issuer (`159-TB`) is returned with
 * `partyNoIssuer`; a space-only separator needs the slash. Linear in the span read.
 */
export function readPartySymbolAt(s: string, i: number, text: boolean): RawSymbol | null {
  let p = i;
  while (isDigit(s[p]) && p - i < 7) p++;
  if (p === i || isDigit(s[p])) return null;
  const numberText = s.slice(i, p);
  let spaced = false;
  let odd = false;
  let q = skipSpaces(s, p);
  const d = dashAt(s[q]);
  let separator: 'hyphen' | 'dash' | 'space';
  if (d !== 0) {
    separator = d === 1 ? 'hyphen' : 'dash';
    if (q !== p) spaced = true;
    const r = skipSpaces(s, q + 1);
    if (r !== q + 1) spaced = true;
    q = r;
  } else {
    if (q === p) return null;
    separator = 'space';
  }
  if (!isLetter(s[q])) return null;
  let e = q;
  while (isLetter(s[e]) && e - q < 6) e++;
  if (isLetter(s[e]) || isDigit(s[e]) || e - q > 5) return null;
  const type = s.slice(q, e);
  const known = lookupPartyTypeAbbreviation(type) !== null;
  if (text && !known && !isUpperStart(type[0])) return null;
  let a = skipSpaces(s, e);
  const sl = slashAt(s[a]);
  const base = {
    start: i,
    numberText,
    numberSuffix: '',
    yearText: null,
    slashBetweenGroups: false,
    party: true,
  };
  if (sl === 0) {
    if (separator === 'space' || !known) return null;
    return {
      ...base,
      end: e,
      groups: [type],
      spaced,
      oddPunctuation: odd || separator === 'dash',
      partySeparator: separator,
      partyNoIssuer: true,
    };
  }
  if (separator === 'space' && !known) return null;
  if (a !== e) spaced = true;
  if (sl === 2) odd = true;
  let b = skipSpaces(s, a + 1);
  if (b !== a + 1) spaced = true;
  if (!isLetter(s[b])) return null;
  const groups = [type];
  for (;;) {
    const ge = groupEnd(s, b);
    groups.push(s.slice(b, ge));
    b = ge;
    a = skipSpaces(s, b);
    const dd = dashAt(s[a]);
    if (dd === 0) break;
    const c = skipSpaces(s, a + 1);
    if (!isLetter(s[c])) break;
    const spacedHere = a !== b || c !== a + 1;
    if (text && spacedHere && !isUpperStart(s[c])) break;
    if (spacedHere) spaced = true;
    if (dd === 2) odd = true;
    b = c;
  }
  return {
    ...base,
    end: b,
    groups,
    spaced,
    oddPunctuation: odd || separator === 'dash',
    partySeparator: separator,
    partyNoIssuer: false,
  };
}

function stripHeader(s: string): string {
  // "Số:" / "Số" / "SỐ:" before the number, as written on a document.
  const lower = s.slice(0, 3).toLowerCase();
  if (lower.startsWith('số')) {
    let i = 2;
    if (s[i] === ':') i++;
    while (isSpace(s[i])) i++;
    if (isDigit(s[i]) || slashAt(s[i]) !== 0) return s.slice(i);
  }
  return s;
}

function numberFindings(raw: RawSymbol, text: string, locale: Locale, findings: DocumentFinding[]): void {
  if (raw.spaced) findings.push(finding('vn.document.symbol_spacing', 'warning', { text }, locale));
  if (raw.oddPunctuation) {
    findings.push(
      finding(
        raw.party ? 'vn.document.party_separator' : 'vn.document.symbol_punctuation',
        'warning',
        { text },
        locale,
      ),
    );
  } else if (raw.partySeparator === 'space') {
    findings.push(finding('vn.document.party_separator', 'warning', { text }, locale));
  }
  if (raw.numberText === '') {
    findings.push(finding('vn.document.missing_number', 'error', { text }, locale));
  } else if (raw.numberText.length > 9 || Number(raw.numberText) === 0) {
    findings.push(finding('vn.document.invalid_number', 'error', { number: raw.numberText }, locale));
  } else if (raw.numberSuffix === '') {
    const n = Number(raw.numberText);
    if (n < 10 && raw.numberText.length === 1) {
      findings.push(
        finding('vn.document.missing_leading_zero', 'warning', { number: raw.numberText }, locale),
      );
    } else if (raw.numberText.length > 2 && raw.numberText[0] === '0') {
      findings.push(finding('vn.document.extra_leading_zero', 'warning', { number: raw.numberText }, locale));
    }
  }
}

function withNumber(
  number: number,
  raw: RawSymbol,
  rest: Omit<DocumentSymbol, 'number' | 'system' | 'numberSuffix'>,
  party: boolean,
): DocumentSymbol {
  const out: {
    -readonly [K in keyof DocumentSymbol]: DocumentSymbol[K];
  } = { number, ...rest };
  if (party) out.system = 'party';
  if (raw.numberSuffix !== '') out.numberSuffix = raw.numberSuffix;
  return out;
}

function interpretParty(
  raw: RawSymbol,
  text: string,
  locale: Locale,
): { value: DocumentSymbol | null; findings: DocumentFinding[] } {
  const findings: DocumentFinding[] = [];
  numberFindings(raw, text, locale, findings);
  if (findings.some((f) => f.severity === 'error')) return { value: null, findings };
  const written = raw.groups[0]!;
  const found = lookupPartyTypeAbbreviation(written);
  let kind: DocumentSymbolKind;
  let typeCode: string;
  if (found) {
    typeCode = found.type.abbreviation!;
    if (!found.exact) {
      findings.push(finding('vn.document.type_case', 'warning', { written, abbreviation: typeCode }, locale));
    }
    kind =
      found.type.id === 'ban-sao-y'
        ? 'copy'
        : found.type.id === 'cong-van'
          ? 'official-letter'
          : 'administrative';
  } else {
    typeCode = written;
    kind = 'unknown';
    findings.push(finding('vn.document.unknown_type', 'warning', { abbreviation: written }, locale));
  }
  const upper = raw.groups.slice(1).map((g) => g.toUpperCase());
  const changed = raw.groups.slice(1).find((g) => g !== g.toUpperCase());
  if (changed !== undefined) {
    findings.push(
      finding(
        'vn.document.issuer_case',
        'warning',
        { written: changed, abbreviation: changed.toUpperCase() },
        locale,
      ),
    );
  }
  if (raw.partyNoIssuer)
    findings.push(finding('vn.document.party_missing_issuer', 'warning', { text }, locale));
  const value = withNumber(
    Number(raw.numberText),
    raw,
    { year: null, kind, typeCode, issuer: upper[0] ?? null, units: upper.slice(1) },
    true,
  );
  return { value, findings };
}

/**
 * A single first group that runs a type abbreviation and a known issuer together (`NĐCP`,
 * `QĐUBND`, `TTVPCP`): the two groups, or `null`.
 */
function splitGlued(group: string, legal: boolean): [string, string] | null {
  if (ISSUER_SPELLING.has(group.toUpperCase())) return null;
  for (let k = Math.min(4, group.length - 2); k >= 2; k--) {
    const head = group.slice(0, k);
    const tail = group.slice(k);
    const t =
      (legal ? LEGAL_BY_ABBR : ADMIN_BY_ABBR).get(head) ?? (legal ? undefined : LEGAL_BY_ABBR.get(head));
    if (t && ISSUER_SPELLING.has(tail.toUpperCase())) return [head, tail];
  }
  return null;
}

/** @internal Interpret raw pieces as a symbol, adding findings. */
export function interpretSymbol(
  raw: RawSymbol,
  displayText: string,
  locale: Locale,
  extraIssuers: readonly string[] = [],
): { value: DocumentSymbol | null; findings: DocumentFinding[] } {
  if (raw.party) return interpretParty(raw, displayText, locale);
  const findings: DocumentFinding[] = [];
  const text = displayText;
  numberFindings(raw, text, locale, findings);
  if (raw.groups.length === 0) {
    findings.push(finding('vn.document.missing_abbreviation', 'error', { text }, locale));
  }
  if (findings.some((f) => f.severity === 'error')) return { value: null, findings };
  if (raw.slashBetweenGroups)
    findings.push(finding('vn.document.slash_between_groups', 'warning', { text }, locale));

  const number = Number(raw.numberText);
  const year = raw.yearText === null ? null : Number(raw.yearText);
  let g = raw.groups;
  if (g.length === 1 || !lookupTypeAbbreviation(g[0]!, year !== null)) {
    const split = splitGlued(g[0]!, year !== null);
    if (split && !(year !== null && g.length === 1 && !LEGAL_BY_ABBR.has(split[0]))) {
      findings.push(
        finding('vn.document.glued_groups', 'warning', { written: g[0], canonical: split.join('-') }, locale),
      );
      g = [split[0], split[1], ...g.slice(1)];
    }
  }
  const first = g[0]!;
  const rest = g.slice(1);
  const isIssuer = (x: string | undefined): boolean =>
    x !== undefined &&
    (ISSUER_SPELLING.has(x.toUpperCase()) || extraIssuers.some((e) => e.toUpperCase() === x.toUpperCase()));
  let kind: DocumentSymbolKind;
  let typeCode: string | null = null;
  let issuer: string | null;
  let units: string[];

  const legal = lookupTypeAbbreviation(first, true);
  const admin = lookupTypeAbbreviation(first, false);
  const derived = g.length > 1 ? DERIVED_BY_UPPER.get(first.toUpperCase()) : undefined;
  if (year !== null) {
    if (legal) {
      kind = 'legal-normative';
      typeCode = legal.type.abbreviation;
      if (!legal.exact) {
        findings.push(
          finding('vn.document.type_case', 'warning', { written: first, abbreviation: typeCode }, locale),
        );
      }
      issuer = rest[0] ?? null;
      units = rest.slice(1);
    } else if (g.length === 1) {
      kind = 'legal-normative';
      issuer = first;
      units = [];
    } else if (derived && derived.category === 'legal-normative') {
      kind = 'legal-normative';
      typeCode = derived.abbreviation;
      issuer = rest[0] ?? null;
      units = rest.slice(1);
    } else {
      kind = 'unknown';
      typeCode = first;
      issuer = rest[0] ?? null;
      units = rest.slice(1);
      findings.push(finding('vn.document.unknown_type', 'warning', { abbreviation: first }, locale));
    }
  } else if (admin && (g.length > 1 || !isIssuer(first))) {
    kind = admin.type.category === 'copy' ? 'copy' : 'administrative';
    typeCode = admin.type.abbreviation;
    if (!admin.exact) {
      findings.push(
        finding('vn.document.type_case', 'warning', { written: first, abbreviation: typeCode }, locale),
      );
    }
    issuer = rest[0] ?? null;
    units = rest.slice(1);
  } else if (legal && g.length > 1) {
    kind = 'legal-normative';
    typeCode = legal.type.abbreviation;
    issuer = rest[0] ?? null;
    units = rest.slice(1);
    findings.push(finding('vn.document.missing_year', 'warning', { text }, locale));
  } else if (derived && derived.category !== 'legal-normative') {
    kind = 'administrative';
    typeCode = derived.abbreviation;
    issuer = rest[0] ?? null;
    units = rest.slice(1);
  } else if (UNOFFICIAL_UPPER.has(first.toUpperCase())) {
    kind = 'unknown';
    typeCode = first;
    issuer = rest[0] ?? null;
    units = rest.slice(1);
    findings.push(finding('vn.document.unofficial_type', 'warning', { abbreviation: first }, locale));
  } else if (g.length > 1 && !isIssuer(first) && isIssuer(rest[0])) {
    kind = 'unknown';
    typeCode = first;
    issuer = rest[0] ?? null;
    units = rest.slice(1);
    findings.push(finding('vn.document.unknown_type', 'warning', { abbreviation: first }, locale));
  } else {
    kind = 'official-letter';
    issuer = first;
    units = rest;
    if (units.length === 0)
      findings.push(finding('vn.document.missing_drafting_unit', 'warning', { text }, locale));
  }
  if (issuer === null) {
    findings.push(finding('vn.document.missing_issuer', 'warning', { text }, locale));
  } else {
    const spelled = ISSUER_SPELLING.get(issuer.toUpperCase());
    if (spelled !== undefined && spelled !== issuer) {
      findings.push(
        finding('vn.document.issuer_case', 'warning', { written: issuer, abbreviation: spelled }, locale),
      );
      issuer = spelled;
    }
  }
  return { value: withNumber(number, raw, { year, kind, typeCode, issuer, units }, false), findings };
}

/**
 * Read a document number and symbol (đọc số, ký hiệu văn bản) of a state document — `06/QĐ-UBND`,
 * `123/UBND-VP` (a công văn: no type abbreviation), `07/2021/NĐ-CP` (a legal normative document with
 * its year), `30a/2008/NQ-CP` (a number with a letter) — or of a Party document: `09-NQ/TU`,
 * `05-CT/TW`, `256-QĐ/TW`, `01-KL/TW`, `8011-CV/BTCTW`, `08-QĐi/TW` (number, hyphen, type, slash,
 * issuer). The text is normalised first (NFC, every form of Đ), a leading `Số:` is allowed, and the
 * type abbreviation is looked up in the tables of Nghị định 30/2020/NĐ-CP (Phụ lục III), of legal
 * normative documents and of the Party's documents. An abbreviation outside the tables (the
 * unofficial `CV` of a state document) is kept with kind `unknown` and a finding; it is never mapped
 * to a type.
 *
 * Irregular forms a reader still recognises are read, each with a warning, and
 * {@link formatDocumentSymbol} writes their canonical form: spaces around the slash or hyphen
 * (`06/QĐ - UBND`), a non-ASCII slash or dash (`1478⁄CĐ-TTg`, `05 – CT/TW`), a type and issuer run
 * together (`61/2018/NĐCP` → `61/2018/NĐ-CP`), a slash between letter groups
 * (`183/2010/TTLT/BTC-BNN` → `183/2010/TTLT-BTC-BNN`), the wrong case (`03-ct/tw` → `03-CT/TW`,
 * `34/2014/QĐ-TTG` → `34/2014/QĐ-TTg`), a space instead of the Party's hyphen (`84 QĐ/TWĐTN`).
 * Never throws on a string.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Điều 15 and Phụ lục I mục 3, Phụ lục III; Nghị định
 * 78/2025/NĐ-CP, Điều 71 and Phụ lục I; Hướng dẫn 36-HD/VPTW ngày 03/04/2018, mục II điểm 1.3.
 *
 * @param text - The number and symbol as written.
 * @param options - Message language and extra issuer abbreviations.
 * @returns The parts (or `null` on an error), the number as written and the findings.
 * @throws TypeError if `text` is not a string.
 * @example
 * parseDocumentSymbol('06/QĐ-UBND').value
 * // => { number: 6, year: null, kind: 'administrative', typeCode: 'QĐ', issuer: 'UBND', units: [] }
 * parseDocumentSymbol('07/2021/TT-BLĐTBXH').value
 * // => { number: 7, year: 2021, kind: 'legal-normative', typeCode: 'TT', issuer: 'BLĐTBXH', units: [] }
 * parseDocumentSymbol('09-NQ/TU').value
 * // => { number: 9, year: null, kind: 'administrative', typeCode: 'NQ', issuer: 'TU', units: [], system: 'party' }
 * parseDocumentSymbol('12/CV-UBND').findings[0]?.code // => 'vn.document.unofficial_type'
 * parseDocumentSymbol('0/QĐ-UBND').ok // => false ('vn.document.invalid_number')
 */
export function parseDocumentSymbol(
  text: string,
  options: ParseDocumentSymbolOptions = {},
): ParseDocumentSymbolResult {
  if (typeof text !== 'string') typeError(`document symbol must be a string, got ${show(text)}.`);
  const locale = options.locale ?? 'vi';
  const fail = (f: DocumentFinding, numberText = ''): ParseDocumentSymbolResult => ({
    ok: false,
    value: null,
    numberText,
    findings: [f],
  });
  if (text.length > MAX_DOCUMENT_SYMBOL_LENGTH * 4) {
    return fail(
      finding(
        'vn.document.symbol_too_long',
        'error',
        { length: text.length, maximum: MAX_DOCUMENT_SYMBOL_LENGTH },
        locale,
      ),
    );
  }
  const s = stripHeader(normalizeDocumentText(text).trim());
  if (s === '') return fail(finding('vn.document.empty_symbol', 'error', {}, locale));
  if (s.length > MAX_DOCUMENT_SYMBOL_LENGTH) {
    return fail(
      finding(
        'vn.document.symbol_too_long',
        'error',
        { length: s.length, maximum: MAX_DOCUMENT_SYMBOL_LENGTH },
        locale,
      ),
    );
  }
  const display = s;
  const party = isDigit(s[0]) ? readPartySymbolAt(s, 0, false) : null;
  if (party !== null && party.end === s.length) {
    const { value, findings } = interpretSymbol(party, display, locale, options.issuers ?? []);
    return { ok: value !== null, value, numberText: party.numberText, findings };
  }
  const raw = isDigit(s[0]) || slashAt(s[0]) !== 0 ? readSymbolAt(s, 0, false) : null;
  if (raw === null || raw.end !== s.length) {
    let pos = raw === null ? 0 : raw.end;
    if (raw === null) {
      // Point at the first character that breaks "digits [spaces] /".
      while (isDigit(s[pos])) pos++;
      while (isSpace(s[pos])) pos++;
      if (pos > 0 && slashAt(s[pos]) !== 0) pos++;
    }
    let numberText = '';
    let k = 0;
    while (isDigit(s[k])) k++;
    numberText = s.slice(0, k);
    return fail(
      finding(
        'vn.document.malformed_symbol',
        'error',
        { text: display, char: s[pos] ?? '', position: pos + 1 },
        locale,
      ),
      numberText,
    );
  }
  const { value, findings } = interpretSymbol(raw, display, locale, options.issuers ?? []);
  return { ok: value !== null, value, numberText: raw.numberText, findings };
}

function checkGroup(name: string, g: unknown): string {
  if (typeof g !== 'string' || g.length === 0 || !isLetter(g[0])) {
    rangeError(`${name} must be a non-empty abbreviation starting with a letter, got ${show(g)}.`);
  }
  const n = normalizeDocumentText(g);
  for (let i = 0; i < n.length; i++) {
    if (!isGroupChar(n[i]) || (i === n.length - 1 && n[i] === '.')) {
      rangeError(`${name} may hold letters, digits, '.' and '&' only, got ${show(g)}.`);
    }
  }
  return n;
}

/**
 * Write a number and symbol the way the rules prescribe (trình bày số, ký hiệu), which is also the
 * canonical form of every irregular spelling {@link parseDocumentSymbol} reads.
 *
 * - A state symbol (Nghị định 30/2020/NĐ-CP, Phụ lục I mục 3): the number with a leading zero below
 *   10, a slash, the year and a slash for a legal normative document, then the type abbreviation,
 *   the issuer and the units joined by hyphens, no spaces (`06/QĐ-UBND`, `07/2021/NĐ-CP`). A number
 *   with a letter suffix is written as it stands (`30a/2008/NQ-CP`, `3e/2000/NQ-HĐND4`).
 * - A Party symbol (`system: 'party'`, Hướng dẫn 36-HD/VPTW mục II điểm 1.3): the number (from 01),
 *   a hyphen, the type abbreviation, a slash, the issuer and its units joined by hyphens
 *   (`09-NQ/TU`, `367-QĐ/TWĐTN-VP`); without an issuer, `159-TB`.
 *
 * All in NFC.
 *
 * @param symbol - The parts, as returned by {@link parseDocumentSymbol}.
 * @returns The symbol text, e.g. `06/QĐ-UBND`.
 * @throws RangeError if the number is not an integer ≥ 1, the year is not an integer 1000–9999 or
 * set on a Party symbol, the suffix is not one or two lower-case letters, a Party symbol has no type
 * or has units without an issuer, or a group is empty or holds other characters than letters,
 * digits, `.` and `&`.
 * @example
 * formatDocumentSymbol({ number: 6, year: null, kind: 'administrative', typeCode: 'QĐ', issuer: 'UBND', units: [] })
 * // => '06/QĐ-UBND'
 * formatDocumentSymbol({ number: 123, year: null, kind: 'official-letter', typeCode: null, issuer: 'UBND', units: ['VP'] })
 * // => '123/UBND-VP'
 * formatDocumentSymbol({ number: 5, year: null, kind: 'administrative', typeCode: 'CT', issuer: 'TW', units: [], system: 'party' })
 * // => '05-CT/TW'
 */
export function formatDocumentSymbol(symbol: DocumentSymbol): string {
  const { number, year } = symbol;
  if (!Number.isSafeInteger(number) || number < 1)
    rangeError(`document number must be an integer ≥ 1, got ${show(number)}.`);
  if (year !== null && (!Number.isInteger(year) || year < 1000 || year > 9999)) {
    rangeError(`symbol year must be an integer 1000–9999 or null, got ${show(year)}.`);
  }
  const suffix = symbol.numberSuffix ?? '';
  if (suffix !== '' && !/^[a-z]{1,2}$/.test(suffix)) {
    rangeError(`numberSuffix must be one or two lower-case letters, got ${show(suffix)}.`);
  }
  const num = suffix !== '' ? `${number}${suffix}` : number < 10 ? `0${number}` : String(number);
  if (symbol.system === 'party') {
    if (year !== null) rangeError('a Party symbol has no year.');
    if (symbol.typeCode === null) rangeError('a Party symbol needs a type abbreviation.');
    const type = checkGroup('typeCode', symbol.typeCode);
    if (symbol.issuer === null) {
      if (symbol.units.length > 0) rangeError('a Party symbol cannot have units without an issuer.');
      return `${num}-${type}`;
    }
    const groups = [checkGroup('issuer', symbol.issuer), ...symbol.units.map((u) => checkGroup('unit', u))];
    return `${num}-${type}/${groups.join('-')}`;
  }
  const groups: string[] = [];
  if (symbol.typeCode !== null) groups.push(checkGroup('typeCode', symbol.typeCode));
  if (symbol.issuer !== null) groups.push(checkGroup('issuer', symbol.issuer));
  for (const u of symbol.units) groups.push(checkGroup('unit', u));
  if (groups.length === 0) rangeError('a symbol needs at least one abbreviation (type, issuer or unit).');
  return `${num}/${year === null ? '' : `${year}/`}${groups.join('-')}`;
}
