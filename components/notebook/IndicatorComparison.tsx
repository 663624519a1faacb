/**
 * One indicator across provinces and periods: every source's value in its cell, cells where
 * sources disagree flagged in words and colour, then the charts.
 */
import { useState } from 'preact/hooks';
import { getLanguage, t } from '../../utils/i18n';
import { rankOverTime, valuesAcrossProvinces, type GridCell, type IndicatorGrid } from '../../utils/notebook/grid';
import { webLink } from '../../utils/links';
import type { FigureClip } from '../../utils/notebook/types';
import { valueLabel } from './labels';
import { ProvinceValuesChart } from './ProvinceValuesChart';
import { RankChart } from './RankChart';

/** Sources shown in a cell before the rest fold away behind "N more". */
const SHOWN_SOURCES = 4;

function Source({ clip, disputed }: { clip: FigureClip; disputed: boolean }) {
  const link = webLink(clip.url);
  return (
    <li class={disputed ? 'nb-disputed' : undefined}>
      <span class="nb-cell-value">{valueLabel(clip)}</span>
      {clip.attribution.target && <span class="nb-target"> ({t('notebookTarget')})</span>}{' '}
      {link ? (
        <a href={link} target="_blank" rel="noreferrer" title={clip.title}>
          {clip.site}
        </a>
      ) : (
        <span title={clip.title}>{clip.site}</span>
      )}
    </li>
  );
}

/** The sources past the first few, rendered only once the reader opens them (a busy notebook has thousands). */
function MoreSources({ rest, disputed }: { rest: readonly FigureClip[]; disputed: ReadonlySet<number> }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t('notebookMoreSources', { count: rest.length })}</summary>
      {open && (
        <ul>
          {rest.map((clip) => (
            <Source key={clip.id} clip={clip} disputed={disputed.has(clip.id)} />
          ))}
        </ul>
      )}
    </details>
  );
}

function Cell({ cell }: { cell: GridCell | undefined }) {
  if (!cell) return <td class="nb-cell-empty" />;
  const disputed = new Set(cell.disagreements.flat());
  const conflict = disputed.size > 0;
  // Disputed sources first, so the flag and the values it is about are seen together.
  const entries = [...cell.entries].sort((a, b) => Number(disputed.has(b.id)) - Number(disputed.has(a.id)));
  const rest = entries.slice(SHOWN_SOURCES);
  return (
    <td class={conflict ? 'nb-cell nb-conflict' : 'nb-cell'} data-conflict={conflict ? 'true' : undefined}>
      {conflict && <span class="nb-conflict-flag">⚠ {t('notebookConflict')}</span>}
      <ul>
        {entries.slice(0, SHOWN_SOURCES).map((clip) => (
          <Source key={clip.id} clip={clip} disputed={disputed.has(clip.id)} />
        ))}
      </ul>
      {rest.length > 0 && <MoreSources rest={rest} disputed={disputed} />}
    </td>
  );
}

export function IndicatorComparison({ grid }: { grid: IndicatorGrid }) {
  const name = getLanguage() === 'en' && grid.indicator.en ? grid.indicator.en : grid.indicator.name;
  const ranks = rankOverTime(grid);
  const values = valuesAcrossProvinces(grid);
  return (
    <section class="nb-indicator" aria-labelledby={`ind-${grid.indicator.id}`}>
      <h2 id={`ind-${grid.indicator.id}`}>
        {name}{' '}
        {grid.conflicts > 0 ? (
          <span class="nb-badge nb-badge-conflict">{t('notebookConflicts', { count: grid.conflicts })}</span>
        ) : (
          <span class="nb-badge">{t('notebookAgree')}</span>
        )}
      </h2>
      <div class="nb-grid-scroll" tabIndex={0} aria-label={name}>
        <table class="nb-grid">
          <thead>
            <tr>
              <th scope="col">{t('notebookProvince')}</th>
              {grid.periods.map((period) => (
                <th key={period} scope="col">
                  {period}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.place.id}>
                <th scope="row">
                  {row.place.name}
                  {row.place.lineage.length > 1 && <small class="nb-lineage">{t('notebookFormedFrom', { names: row.place.lineage.join(', ') })}</small>}
                </th>
                {grid.periods.map((period) => (
                  <Cell key={period} cell={row.cells.get(period)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ranks.series.length > 0 && ranks.periods.length > 1 && <RankChart ranks={ranks} />}
      {values && <ProvinceValuesChart values={values} />}
    </section>
  );
}
