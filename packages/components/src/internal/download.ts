import { plainDataProblems, ValidationError } from '@peerkit/core';
import { errorMessage } from './error-message.js';

/** Saves a file made on the device through the browser: nothing is uploaded anywhere. */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Larger than any group's records: a file this size is not one of ours. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** A directory's resource list: 100,000 HSDS services with their organisations, phones and places run to a few hundred MB. */
export const MAX_LIST_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Reads a chosen file as UTF-8 text, strictly: a file in another encoding is
 * refused with what it probably is, never "repaired" into replacement characters.
 * Rejects with an Error whose message names the file and the problem.
 */
export async function readTextFile(file: File, maxBytes = MAX_FILE_BYTES): Promise<string> {
  if (file.size > maxBytes) throw new Error(`"${file.name}" is ${(file.size / 1048576).toFixed(0)} MB; files up to ${maxBytes / 1048576} MB are read.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`"${file.name}" is saved as UTF-16 ("Unicode"); save it as UTF-8 and try again.`);
  }
  const binary = binaryKind(bytes);
  if (binary) throw new Error(`"${file.name}" is not a text file (it looks like ${binary}); choose the file saved as text (CSV or JSON).`);
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error(`"${file.name}" is not UTF-8 (saved as Latin-1 or Windows-1252?); save it as UTF-8 and try again.`, { cause: error });
  }
}

/** Files people pick by mistake, known by their first bytes. */
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zipped file, such as an Excel workbook: save it as CSV'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office file, such as an Excel 97 workbook: save it as CSV'],
];

/**
 * What a file that is not text looks like ("a PNG image"), or undefined when it
 * may be text. A stray control character in a text is left to the reader, which
 * names its record and field; a file of which one byte in ten is one is not text.
 */
function binaryKind(bytes: Uint8Array): string | undefined {
  const known = SIGNATURES.find(([signature]) => signature.every((b, i) => bytes[i] === b));
  if (known) return known[1];
  const start = bytes.subarray(0, 4096);
  const control = start.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d).length;
  return control * 10 > start.length ? 'binary data' : undefined;
}

/**
 * Reads a chosen JSON file: strict UTF-8, valid JSON, and plain data (no keys
 * such as __proto__, no nesting deeper than any PeerKit file needs). Resolves to
 * undefined when no file was chosen; rejects with a message naming the problem.
 */
export async function readJsonFile(input: HTMLInputElement, maxBytes = MAX_FILE_BYTES): Promise<unknown> {
  const file = input.files?.[0];
  return file ? readJson(file, maxBytes) : undefined;
}

/** One file read as readJsonFile reads it: for a control that takes several files. */
export async function readJson(file: File, maxBytes = MAX_FILE_BYTES): Promise<unknown> {
  const text = await readTextFile(file, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`"${file.name}" is not JSON: ${errorMessage(error)}`, { cause: error });
  }
  const problems = plainDataProblems(data);
  if (problems.length > 0) throw new ValidationError(`"${file.name}"`, problems);
  return data;
}
