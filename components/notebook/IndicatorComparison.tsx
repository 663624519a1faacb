/**
 * One indicator across provinces and periods: every source's value in its cell, cells where
 * sources disagree flagged in words and colour, then the charts.
 */
import { useState } from 'preact/hooks';
import { getLanguage, t } from '../../utils/i18n';
import type { CellView, GridSource, GridView } from '../../utils/notebook/grid';
import { webLink } from '../../utils/links';
import { valueLabel } from './labels';
import { ProvinceValuesChart } from './ProvinceValuesChart';
import { RankChart } from './RankChart';
import { periodName } from '../../utils/i18n/period';

/** Sources shown in a cell before the rest fold away behind "N more". */
export const SHOWN_SOURCES = 4;

type LoadSources = (ids: readonly number[]) => Promise<GridSource[]>;

function Source({ clip, disputed }: { clip: GridSource; disputed: boolean }) {
  const link = webLink(clip.url);
  return (
    <li class={disputed ? 'nb-disputed' : undefined}>
      <span class="nb-cell-value">{valueLabel(clip)}</span>
      {clip.target && <span class="nb-target"> ({t('notebookTarget')})</span>}{' '}
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

/** The sources past the first few, read and rendered only once the reader opens them (a busy notebook has thousands). */
function MoreSources({ ids, disputed, loadSources }: { ids: readonly number[]; disputed: ReadonlySet<number>; loadSources: LoadSources }) {
  const [rest, setRest] = useState<GridSource[]>();
  return (
    <details
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open && !rest) void loadSources(ids).then(setRest);
      }}
    >
      <summary>{t('notebookMoreSources', { count: ids.length })}</summary>
      {rest && (
        <ul>
          {rest.map((clip) => (
            <Source key={clip.id} clip={clip} disputed={disputed.has(clip.id)} />
          ))}
        </ul>
      )}
    </details>
  );
}

function Cell({ cell, loadSources }: { cell: CellView | undefined; loadSources: LoadSources }) {
  if (!cell) return <td class="nb-cell-empty" />;
  const disputed = new Set(cell.disputed);
  const conflict = disputed.size > 0;
  return (
    <td class={conflict ? 'nb-cell nb-conflict' : 'nb-cell'} data-conflict={conflict ? 'true' : undefined}>
      {conflict && <span class="nb-conflict-flag">⚠ {t('notebookConflict')}</span>}
      <ul>
        {cell.sources.map((clip) => (
          <Source key={clip.id} clip={clip} disputed={disputed.has(clip.id)} />
        ))}
      </ul>
      {cell.more.length > 0 && <MoreSources ids={cell.more} disputed={disputed} loadSources={loadSources} />}
    </td>
  );
}

export function IndicatorComparison({ view: grid, loadSources }: { view: GridView; loadSources: LoadSources }) {
  const name = getLanguage() === 'en' && grid.indicator.en ? grid.indicator.en : grid.indicator.name;
  const { ranks, values } = grid;
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
                  {periodName(period)}
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
                  <Cell key={period} cell={row.cells.get(period)} loadSources={loadSources} />
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
