import type { BackReference } from '../types';
import type { FoundReference } from './find-references';
import { approvedBy, docTypeNames, docTypeSpellings, vietnameseName } from './vocabulary';

/**
 * Back-references: a later short mention of a document cited in full, by type and number only
 * (`Nghị quyết số 09`, `Quyết định 348`, `Resolution 57`). It points to the full reference of the
 * same type and number cited most recently before it; a mention before any full citation (a page
 * title) points to the first one after it. A scheme or programme is approved by a decision with its
 * number, so `Đề án 06` falls back to `06/QĐ-TTg` when no scheme 06 is cited.
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');
const MENTION = new RegExp(
  `(?<![\\p{L}])(${docTypeSpellings.map(escape).join('|')})[ \\t\\u00a0]{1,3}(?:(?:số|No\\.?)[ \\t\\u00a0]{0,2})?(\\d{1,5}[a-zđ]?)(?![\\p{L}\\p{N}]|[ \\t]{0,2}[-–/][ \\t]{0,2}[\\p{L}\\p{N}])`,
  'giu',
);

const stripZeros = (n: string): string => n.replace(/^0+(?=\d)/, '');

/** Both names of a type, or the type its symbol code stands for, in Vietnamese. */
function typeOf(reference: FoundReference): string[] {
  const types: string[] = [];
  if (reference.docType) types.push(vietnameseName.get(reference.docType) ?? reference.docType);
  if (reference.symbolType) types.push(reference.symbolType);
  return types;
}

export function findBackrefs(text: string, references: FoundReference[]): BackReference[] {
  if (references.length === 0) return [];
  const out: BackReference[] = [];
  let inside = 0;
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (inside < references.length && references[inside]!.end <= start) inside++;
    if (inside < references.length && references[inside]!.start < end) continue;
    const written = docTypeNames.get(m[1]!.normalize('NFC').toLowerCase().replace(/\s+/g, ' '))!;
    const type = vietnameseName.get(written) ?? written;
    const number = stripZeros(m[2]!);
    const approver = approvedBy.get(type);
    const target =
      pointedTo(references, start, (r) => r.number === number && typeOf(r).includes(type)) ??
      (approver ? pointedTo(references, start, (r) => r.number === number && typeOf(r).includes(approver)) : undefined);
    if (!target) continue;
    out.push({ text: m[0], symbol: target.symbol, docType: written, start, end });
  }
  return out;
}

/** The latest matching reference before `start`, else the first after it. */
function pointedTo(references: FoundReference[], start: number, same: (r: FoundReference) => boolean): FoundReference | undefined {
  let earlier: FoundReference | undefined;
  for (const r of references) {
    if (r.start < start) {
      if (same(r)) earlier = r;
    } else if (earlier) {
      return earlier;
    } else if (same(r)) {
      return r;
    }
  }
  return earlier;
}
