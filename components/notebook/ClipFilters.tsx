/** Search and filters over the clips. Every control is labelled; changes go straight to the caller. */
import { getLanguage, t } from '../../utils/i18n';
import type { ClipFilter, Facets } from '../../utils/notebook/queries';
import { ProvinceSelect, type ProvinceChoices } from './ProvinceSelect';

export interface ClipFiltersProps {
  filter: ClipFilter;
  facets: Facets;
  /** Every province of each map, so a filter can name one the notebook does not hold yet. */
  provinces: ProvinceChoices;
  onChange: (filter: ClipFilter) => void;
}

function Choice(props: { label: string; value: string | undefined; options: ReadonlyArray<[string, string]>; onChange: (value: string | undefined) => void }) {
  return (
    <label class="nb-field">
      <span>{props.label}</span>
      <select value={props.value ?? ''} onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value || undefined)}>
        <option value="">{t('notebookAll')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ClipFilters({ filter, facets, provinces, onChange }: ClipFiltersProps) {
  const set = (change: Partial<ClipFilter>) => onChange({ ...filter, ...change });
  const english = getLanguage() === 'en';
  return (
    <form class="nb-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="nb-field nb-search">
        <span>{t('notebookSearch')}</span>
        <input
          type="search"
          value={filter.search ?? ''}
          placeholder={t('notebookSearchPlaceholder')}
          onInput={(event) => set({ search: (event.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <details class="nb-filter-more" open={Boolean(filter.indicator || filter.province || filter.period || filter.site || filter.tag)}>
        <summary>{t('notebookFilters')}</summary>
        <div class="nb-filter-grid">
          <Choice
            label={t('notebookIndicator')}
            value={filter.indicator}
            options={facets.indicators.map((i) => [i.id, english && i.en ? i.en : i.name])}
            onChange={(indicator) => set({ indicator })}
          />
          <ProvinceSelect
            value={filter.province ?? ''}
            provinces={provinces}
            emptyLabel={t('notebookAll')}
            onChange={(province) => set({ province: province || undefined })}
          />
          <label class="nb-field">
            <span>{t('notebookPeriod')}</span>
            <input
              value={filter.period ?? ''}
              placeholder="2023"
              translate={false}
              onInput={(event) => set({ period: (event.currentTarget as HTMLInputElement).value.trim() || undefined })}
            />
          </label>
          <Choice label={t('notebookSite')} value={filter.site} options={facets.sites.map((s) => [s, s])} onChange={(site) => set({ site })} />
          <Choice label={t('notebookTag')} value={filter.tag} options={facets.tags.map((tag) => [tag, tag])} onChange={(tag) => set({ tag })} />
        </div>
      </details>
    </form>
  );
}
