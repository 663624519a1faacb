/** What a number on the page measures, the one list of figure kinds. See ../shared/corpus/GUIDELINE.md. */
export const FIGURE_KINDS = ['percent', 'rank', 'rank_change', 'ratio', 'count', 'money', 'score'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** An indicator figure as it stands in the page text. Offsets are UTF-16 indexes into that text. */
export interface Figure {
  /** Exactly `pageText.slice(start, end)`: number and unit, with the verb for rank changes (`tăng 6 bậc`). */
  text: string;
  kind: FigureKind;
  /** The number after notation and scale words are read (`1,9 triệu` → 1900000; `giảm 3 bậc` → -3). */
  value: number;
  /** Denominator of a rank or ratio when the page gives one (`10/63` → 63). */
  of?: number;
  /** Head noun counted for count/ratio (`hồ sơ`), `VND` or `USD` for money. */
  unit?: string;
  /** A hedge written before the number (`trên`, `gần`, `khoảng`, `over`, `nearly`…), as written, lower-cased. */
  qualifier?: string;
  start: number;
  end: number;
}

/** A document named by its number and symbol (số và ký hiệu). */
export interface Reference {
  /** Exactly `pageText.slice(start, end)`: `Nghị quyết số 09-NQ/TU ngày 15-10-2021`. */
  text: string;
  /** Canonical symbol, spaces removed, hyphen restored: `09-NQ/TU`, `348/QĐ-TTg`, `47/2020/NĐ-CP`. */
  symbol: string;
  /** Document type as written in full (`Nghị quyết`, `Quyết định`, `Decision`), when the text names it. */
  docType?: string;
  /** Issuing body decoded from the symbol (`TTg` → `Thủ tướng Chính phủ`), when known. */
  issuer?: string;
  /** Document type the symbol's type code stands for (`KH` → `Kế hoạch`), even when the text does not name it. */
  symbolType?: string;
  /** Signing date, ISO `YYYY-MM-DD`, when the text gives one next to the reference or as the sentence's lead. */
  date?: string;
  start: number;
  end: number;
}

/** A later short mention (`Nghị quyết số 09`) of a document cited in full earlier in the page. */
export interface BackReference {
  text: string;
  /** Symbol of the full reference it points to. */
  symbol: string;
  docType?: string;
  start: number;
  end: number;
}

export interface Extraction {
  figures: Figure[];
  references: Reference[];
  backrefs: BackReference[];
}
