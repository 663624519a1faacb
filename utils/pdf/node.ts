/**
 * PDF.js in Node, for the command-line tools and tests: its legacy build, plus the two ES2024
 * built-ins it expects and Node 20 lacks (PDF.js 6 targets Node 22).
 */
import { readFile } from 'node:fs/promises';
import { readPdfDocument, DOCUMENT_OPTIONS, type PdfDocumentText } from './read-document';

function installBuiltins(): void {
  if (!Promise.withResolvers) {
    Promise.withResolvers = function withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    };
  }
  const buffers = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (!buffers.transferToFixedLength) {
    buffers.transferToFixedLength = function transferToFixedLength(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    };
  }
}

/** Reads a PDF's bytes into its text, as the viewer does. */
export async function readPdfBytes(data: Uint8Array): Promise<PdfDocumentText> {
  installBuiltins();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data, ...DOCUMENT_OPTIONS, verbosity: pdfjs.VerbosityLevel.ERRORS, useSystemFonts: false });
  const doc = await task.promise;
  try {
    return await readPdfDocument(doc);
  } finally {
    await task.destroy();
  }
}

export async function readPdfFile(path: string): Promise<PdfDocumentText> {
  return readPdfBytes(new Uint8Array(await readFile(path)));
}
