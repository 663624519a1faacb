/** The `npm run check` pipeline for one page file: extraction, attribution, then the checks. */
import { attributeFigures, readPageMeta } from '../utils/attribution';
import { type Finding, checkFigures } from '../utils/checks';
import { extract } from '../utils/extraction';
import { readPageFile } from './page-file';

export async function checkPageFile(file: string): Promise<Finding[]> {
  return checkPage(await readPageFile(file));
}

/** The same pipeline on a page's text already read (its title and meta tags help attribution). */
export function checkPage(page: { text: string; title?: string; meta?: Record<string, string> }): Finding[] {
  const { figures, references } = extract(page.text);
  const meta = readPageMeta({ text: page.text, title: page.title, meta: page.meta });
  const contexts = attributeFigures(page.text, figures, meta, { references });
  return checkFigures({ text: page.text, figures, contexts });
}
