/**
 * Binds each figure to what it measures (indicator), whose it is (subject) and when (period), and
 * marks goals. The page is indexed once (`PageIndex`); then one picker per field reads each figure's
 * site in it. Nearest wins, looking first in the figure's table cell or clause, then its sentence,
 * then — for time and place — the sentences before it in the paragraph, then the heading above.
 * What cannot be told is `unknown`.
 */
import type { Figure } from '../extraction/types';
import { announcedAfter, indicatorOf, isRanking, onScale } from './indicators';
import { PageIndex, siteOf, type PageOptions } from './page-index';
import { otherOf, pickIndicator } from './pick-indicator';
import { pickPeriod, pickTarget } from './pick-period';
import { pickSubject } from './pick-subject';
import { goalPeriod } from './periods';
import type { FigureContext, PageMeta } from './types';

export type AttributedFigure = Figure & FigureContext;

export type AttributeOptions = PageOptions;

/** Every figure with its indicator, subject and period (each a value or `unknown`), and `target` for goals. */
export function attributeFigures(text: string, figures: readonly Figure[], meta: PageMeta, options: AttributeOptions = {}): AttributedFigure[] {
  const page = new PageIndex(text, meta, figures, options);
  return figures.map((fig) => {
    const site = siteOf(page, fig);
    const indicatorId = pickIndicator(site);
    const ranking = indicatorId !== undefined && isRanking(indicatorId) && fig.kind !== 'percent' && fig.kind !== 'money';
    const picked = pickPeriod({ ...site, ranking, lag: indicatorId ? announcedAfter(indicatorId) : 0 });
    const target = pickTarget({ ...site, found: picked.from });
    const period = target && picked.period ? goalPeriod(picked.period) : picked.period;
    const subject = pickSubject({ ...site, period, target });
    // GDP of a province is its GRDP, and GRDP growth of the country is GDP growth.
    // Only for a value of the measure: `16/34 địa phương` with growth above the country's counts provinces.
    const ofValue = fig.kind === 'percent' || fig.kind === 'money' || fig.kind === 'score';
    const scaled = indicatorId && ofValue && subject !== 'unknown' ? onScale(indicatorId, subject.level === 'country') : indicatorId;
    const out: AttributedFigure = {
      ...fig,
      indicator: (scaled && indicatorOf(scaled)) || otherOf(site) || 'unknown',
      subject,
      period: period ?? 'unknown',
    };
    if (target) out.target = true;
    return out;
  });
}
