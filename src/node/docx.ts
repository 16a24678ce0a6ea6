import { readFile } from 'node:fs/promises';
import { loadPeer } from './peer';

type ExtractRawText = (input: { path: string } | { buffer: Buffer }) => Promise<{ value: string }>;

/**
 * An error of the `.docx` reader, with a stable `vn.*` code and messages in Vietnamese and English.
 *
 * @example
 * let code = '';
 * try {
 *   await readDocxText(new TextEncoder().encode('không phải tệp Word'));
 * } catch (e) {
 *   if (e instanceof DocxReadError) code = e.code;
 * }
 * code // => 'vn.node.docx.unreadable'
 */
export class DocxReadError extends Error {
  /** `vn.node.docx.reader_missing` (the optional package `mammoth` is not installed) or `vn.node.docx.unreadable`. */
  readonly code: 'vn.node.docx.reader_missing' | 'vn.node.docx.unreadable';
  /** The message in both languages. */
  readonly messages: { readonly vi: string; readonly en: string };
  /**
   * An error with its code and both messages.
   *
   * @param code - The error's code.
   * @param messages - The message in Vietnamese and English.
   * @param options - The cause.
   */
  constructor(
    code: DocxReadError['code'],
    messages: { readonly vi: string; readonly en: string },
    options?: { cause?: unknown },
  ) {
    super(`[commune-kpi] ${messages.en}`, options);
    this.name = 'DocxReadError';
    this.code = code;
    this.messages = messages;
  }
}

/**
 * `mammoth` is an optional peer dependency: loaded on the first `.docx`, so that the Node entry
 * works without it, and a missing install is named.
 */
async function loadMammoth(): Promise<ExtractRawText> {
  const m = await loadPeer(
    () => import('mammoth'),
    (cause) =>
      new DocxReadError(
        'vn.node.docx.reader_missing',
        {
          vi: 'Đọc tệp Word .docx cần gói tùy chọn mammoth: npm install mammoth',
          en: 'reading Word .docx files needs the optional package mammoth: npm install mammoth',
        },
        { cause },
      ),
  );
  const mod = m as unknown as {
    extractRawText?: ExtractRawText;
    default?: { extractRawText: ExtractRawText };
  };
  const fn = mod.extractRawText ?? mod.default?.extractRawText;
  if (fn === undefined) throw new Error('mammoth.extractRawText not found');
  return fn;
}

/**
 * The text of a Word report (`.docx`, văn bản báo cáo), paragraphs separated by blank lines, as
 * `auditReportText` and `extractReportFigures` read it. Uses the optional peer dependency
 * [`mammoth`](https://www.npmjs.com/package/mammoth), loaded on first use.
 *
 * @param input - A file path, or the file's bytes.
 * @returns The document's raw text.
 * @throws DocxReadError `vn.node.docx.reader_missing` when `mammoth` is not installed,
 *   `vn.node.docx.unreadable` when the file is not a Word document.
 * @example
 * // A one-paragraph Word file, built here with jszip (which comes with mammoth)
 * import JSZip from 'jszip';
 * const zip = new JSZip();
 * zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
 * zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
 * zip.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
 *   '<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p>' +
 *   '<w:p><w:r><w:t>Đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn 3.008 hồ sơ, trễ hạn 22 hồ sơ).</w:t></w:r></w:p>' +
 *   '</w:body></w:document>');
 * const text = await readDocxText(await zip.generateAsync({ type: 'uint8array' })); // or a path
 * text // => 'BÁO CÁO\n\nĐã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn 3.008 hồ sơ, trễ hạn 22 hồ sơ).\n\n'
 * auditReportText(text).verdict // => 'inconsistent'   (3.008 + 22 is 3.030, not 3.927)
 */
export async function readDocxText(input: string | Uint8Array): Promise<string> {
  const extract = await loadMammoth();
  const buffer = typeof input === 'string' ? await readFile(input) : Buffer.from(input);
  try {
    const { value } = await extract({ buffer });
    return value;
  } catch (e) {
    throw new DocxReadError(
      'vn.node.docx.unreadable',
      {
        vi: 'Không đọc được tệp Word .docx (tệp hỏng hoặc không phải .docx).',
        en: 'cannot read the Word .docx file (damaged, or not a .docx).',
      },
      { cause: e },
    );
  }
}
