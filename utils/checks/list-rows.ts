/**
 * Lines of a list as a page writes them (`- Vốn tín dụng: 31,8%;`): each row names its own item, so two
 * rows with different labels hold the values of two things, whatever indicator the heading suggests.
 */
import { type Page, figure } from './page';
import { norm } from './words';

/** A line that opens with a list marker: `- `, `+ `, `• `, `– `, `* `. */
export const LIST_ITEM = /^\s*[-+•–*]\s/u;

/**
 * The label the figure's row gives it, when the figure stands on a list line or right after a label and
 * a colon (`Vốn tín dụng: 31,8%` → `vốn tín dụng`); undefined for a figure inside running text.
 */
export function rowLabel(page: Page, i: number): string | undefined {
  const f = figure(page, i);
  const before = page.text.slice(page.text.lastIndexOf('\n', f.start - 1) + 1, f.start);
  if (!LIST_ITEM.test(before) && !/:\s*$/u.test(before)) return undefined;
  const label = norm(before.replace(LIST_ITEM, ''))
    .replace(/[\s:]+$/u, '')
    .trim();
  return label === '' ? undefined : label;
}
