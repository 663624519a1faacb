/** Every check rule, listed once: the checks run them in this order and the rule ids come from here. */
import { countPercent } from './count-percent';
import { growth } from './growth';
import { partOverWhole } from './part-over-whole';
import { partsTotal } from './parts-total';
import { planPercent } from './plan-percent';
import { rankChange } from './rank-change';
import { rankOverTotal } from './rank-over-total';
import { ratioPercent } from './ratio-percent';
import { sameIndicator } from './same-indicator';
import { shareOver100 } from './share-over-100';
import { sharesSum } from './shares-sum';

export const RULES = [
  partsTotal,
  countPercent,
  ratioPercent,
  growth,
  planPercent,
  rankChange,
  rankOverTotal,
  shareOver100,
  sharesSum,
  partOverWhole,
  sameIndicator,
] as const;

export type CheckRule = (typeof RULES)[number]['id'];
