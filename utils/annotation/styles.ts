/**
 * How marks look. Colours are mid-tones with at least 3:1 contrast against both white and black
 * (amber #d97706 ≈ 3.2 / 6.6, blue #2f80ed ≈ 3.9 / 5.4, red #e5484d ≈ 3.8 / 5.5,
 * violet #9333ea ≈ 5.4 / 3.9), so a mark stays visible on light and dark pages. The difference
 * between kinds is carried by the line style too (solid, dotted, dashed, wavy), not by colour alone.
 */
export const HIGHLIGHT = {
  figure: 'soi-figure',
  reference: 'soi-reference',
  backref: 'soi-backref',
  warning: 'soi-warning',
  focus: 'soi-focus',
} as const;

export type HighlightName = keyof typeof HIGHLIGHT;

const look: Record<HighlightName, string> = {
  figure: 'background-color: rgb(250 204 21 / 0.26); text-decoration: underline solid #d97706 2px; text-underline-offset: 2px;',
  reference: 'background-color: rgb(47 128 237 / 0.16); text-decoration: underline dotted #2f80ed 2px; text-underline-offset: 2px;',
  backref: 'text-decoration: underline dashed #2f80ed 2px; text-underline-offset: 2px;',
  warning: 'text-decoration: underline wavy #e5484d 2px; text-underline-offset: 3px;',
  focus: 'background-color: rgb(147 51 234 / 0.32); text-decoration: underline solid #9333ea 3px; text-underline-offset: 2px;',
};

/** `::highlight()` rules for the Custom Highlight API. */
export function highlightCss(): string {
  return (Object.keys(HIGHLIGHT) as HighlightName[]).map((name) => `::highlight(${HIGHLIGHT[name]}) { ${look[name]} }`).join('\n');
}

/**
 * Whether the page already has Soi's `::highlight()` rules: the manifest declares them with the
 * reader (highlights.css) on the reading list; a page read on demand gets them from `installStyles`.
 */
export function isStyled(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  const colour = view.getComputedStyle(doc.documentElement, `::highlight(${HIGHLIGHT.figure})`).backgroundColor;
  return Boolean(colour) && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent';
}

/**
 * Rules for the `<mark>` fallback: inline, no box of its own, the page's colour and font, so the
 * page's layout does not move.
 */
export function wrapperCss(): string {
  const base =
    'mark[data-soi-mark] { all: unset; display: inline; color: inherit; font: inherit; cursor: help; }\n' +
    'mark[data-soi-mark]:focus-visible { outline: 2px solid #9333ea; outline-offset: 1px; }';
  const kinds = (['figure', 'reference', 'backref'] as const).map((kind) => `mark[data-soi-mark="${kind}"] { ${look[kind]} }`);
  const notes = [`mark[data-soi-mark][data-soi-check="warning"] { ${look.warning} }`, `mark[data-soi-mark][data-soi-focus] { ${look.focus} }`];
  return [base, ...kinds, ...notes].join('\n');
}

/**
 * Adds a stylesheet to the page without touching its DOM where the browser allows it (adopted
 * sheets), else as a `<style data-soi-ui>` that Soi's own reader and observer ignore.
 */
export function installStyles(doc: Document, css: string): () => void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in doc) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      // Some engines refuse sheets made in an extension's world: fall through to a <style>.
    }
  }
  const style = doc.createElement('style');
  style.setAttribute('data-soi-ui', '');
  style.textContent = css;
  doc.documentElement.append(style);
  return () => style.remove();
}
