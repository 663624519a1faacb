/**
 * Where a clip sits in its page, in the W3C Web Annotation selector model: the quoted text with
 * some context around it (survives edits elsewhere in the page) and its character offsets in the
 * page text (fast, and disambiguates repeated quotes). The `type` names are added on export.
 */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  /** UTF-16 offsets into the page text as read by `readPageText`. */
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}
