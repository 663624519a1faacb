/**
 * A tiny PDF writer for the pipeline's tests: pages of text lines placed where we say, in fonts
 * named as we say (a `.VnTime` font with TCVN3 bytes, like a document typed in the 1990s). Text
 * is written as Latin-1 bytes under WinAnsiEncoding, so only characters of Latin-1 can be placed.
 */

export interface TinyLine {
  text: string;
  x: number;
  /** Baseline, from the page's bottom (A4 is 842 high). */
  y: number;
  size?: number;
  /** The font's PostScript name (default Times-Roman). */
  font?: string;
}

export function tinyPdf(pages: TinyLine[][], info: { title?: string } = {}): Uint8Array {
  const fonts = [...new Set(pages.flat().map((line) => line.font ?? 'Times-Roman'))];
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pageTree = add('');
  const fontIds = fonts.map((name) => add(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`));
  const fontRes = fonts.map((_, k) => `/F${k} ${fontIds[k]} 0 R`).join(' ');
  const pageIds = pages.map((lines) => {
    const ops = lines
      .map((line) => `BT /F${fonts.indexOf(line.font ?? 'Times-Roman')} ${line.size ?? 12} Tf ${line.x} ${line.y} Td (${escape(line.text)}) Tj ET`)
      .join('\n');
    const content = add(`<< /Length ${latin1(ops).length} >>\nstream\n${ops}\nendstream`);
    return add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${fontRes} >> >> /Contents ${content} 0 R >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const infoId = info.title ? add(`<< /Title (${escape(info.title)}) >>`) : undefined;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(latin1(out).length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = latin1(out).length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${infoId ? ` /Info ${infoId} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

function escape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code > 0xff) throw new Error(`tinyPdf writes Latin-1 only, not ${text[k]}`);
    bytes[k] = code;
  }
  return bytes;
}
