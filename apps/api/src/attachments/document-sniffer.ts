/** What a non-image upload is, decided from its bytes (magic numbers and structure only). */
export interface SniffedDocument {
  contentType: string;
  extension: string;
}

const OOXML: { part: string; contentType: string; extension: string }[] = [
  { part: 'word/document.xml', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  { part: 'xl/workbook.xml', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  { part: 'ppt/presentation.xml', contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
];

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const MARKUP_START = /^\s*<(?:!doctype|html|svg|\?xml|script|head|body|iframe|object|embed|xsl)/i;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Returns the document type, or a description of what it is for a 415. */
export function sniffDocument(bytes: Buffer, fileName: string): SniffedDocument | { refused: string } {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { contentType: 'application/pdf', extension: 'pdf' };
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return sniffZip(bytes);
  return sniffText(bytes, fileName);
}

function sniffZip(bytes: Buffer): SniffedDocument | { refused: string } {
  const names = centralDirectoryNames(bytes);
  if (!names) return { refused: 'a damaged ZIP archive' };
  if (!names.has('[Content_Types].xml')) return { refused: 'a ZIP archive' };
  // Macro-enabled documents renamed to .docx/.xlsx/.pptx carry their code in vbaProject.bin.
  if ([...names].some((name) => name.toLowerCase().endsWith('vbaproject.bin'))) return { refused: 'an Office file with macros' };
  const format = OOXML.find((candidate) => names.has(candidate.part));
  return format ? { contentType: format.contentType, extension: format.extension } : { refused: 'an Office package of a kind we do not accept' };
}

/** The entry names of a ZIP's central directory, or null when it cannot be read. */
function centralDirectoryNames(bytes: Buffer): Set<string> | null {
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= searchFrom; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > bytes.length) return null;
    names.add(bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function sniffText(bytes: Buffer, fileName: string): SniffedDocument | { refused: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { refused: 'a binary file of a kind we do not accept' };
  }
  if (text.includes('\u0000') || CONTROL.test(text)) return { refused: 'a binary file of a kind we do not accept' };
  // Served as text it would be harmless, but HTML or SVG "text" is almost always a disguise.
  if (MARKUP_START.test(text.replace(/^\uFEFF/, ''))) return { refused: 'an HTML, SVG or XML document' };
  const csv = /\.csv$/i.test(fileName);
  return csv ? { contentType: 'text/csv; charset=utf-8', extension: 'csv' } : { contentType: 'text/plain; charset=utf-8', extension: 'txt' };
}
