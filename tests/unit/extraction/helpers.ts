import { extract } from '../../../utils/extraction/extract';

/** The figures of a text as a reader would list them: kind, value, denominator, unit, text. */
export function figuresOf(text: string): Array<Record<string, unknown>> {
  return extract(text).figures.map((f) => ({
    kind: f.kind,
    value: f.value,
    ...(f.of !== undefined ? { of: f.of } : {}),
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    text: f.text,
  }));
}

export function referencesOf(text: string): Array<Record<string, unknown>> {
  return extract(text).references.map((r) => ({
    symbol: r.symbol,
    ...(r.docType ? { docType: r.docType } : {}),
    ...(r.date ? { date: r.date } : {}),
    text: r.text,
  }));
}
