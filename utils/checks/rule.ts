/**
 * A check rule: one file, one `defineRule({ id, check })`, listed once in `rules.ts`. The id is what
 * `npm run check` prints and the side panel groups by; every id needs its messages
 * (`utils/i18n/messages/checks.ts`) and its fixtures (`tests/fixtures/checks/<id>*.json`).
 */
import type { Page } from './page';
import type { RuleFinding } from './types';

export interface Rule<Id extends string = string> {
  id: Id;
  /** Every relation of this kind the page makes clear, judged; silent where the text leaves it unclear. */
  check(page: Page): RuleFinding[];
}

export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
