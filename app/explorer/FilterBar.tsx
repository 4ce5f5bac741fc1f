// Filters: independent / non-independent / all providers, market, layer and
// value-chain stage. Combinable; the explorer puts them in the URL.
import type { ProvidersFilter } from './urlState';
import { strings, type Lang } from '../components/shared/i18n';
import type { Option } from './options';


export interface FilterValues {
  providers: ProvidersFilter;
  segment?: string;
  layer?: string;
  stage?: string;
}

export interface FilterBarProps {
  lang: Lang;
  values: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  segments: Option[];
  layers: Option[];
  stages: Option[];
}

const providerChoices: ProvidersFilter[] = ['all', 'independent', 'non-independent'];

function Select({ label, value, options, any, onChange }: { label: string; value?: string; options: Option[]; any: string; onChange: (v?: string) => void }) {
  return (
    <label className="stacked">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function FilterBar({ lang, values, onChange, segments, layers, stages }: FilterBarProps) {
  const t = strings[lang];
  const names: Record<ProvidersFilter, string> = { all: t.all, independent: t.independent, 'non-independent': t.nonIndependent };
  return (
    <div className="filters" role="group" aria-label={t.filters}>
      <div className="stacked">
        <span id="providers-filter-label">{t.providers}</span>
        <div className="segmented" role="radiogroup" aria-labelledby="providers-filter-label">
          {providerChoices.map((p) => (
            <button key={p} type="button" role="radio" aria-checked={values.providers === p} onClick={() => onChange({ providers: p })}>
              {names[p]}
            </button>
          ))}
        </div>
      </div>
      <Select label={t.segment} value={values.segment} options={segments} any={t.any} onChange={(segment) => onChange({ segment })} />
      <Select label={t.layer} value={values.layer} options={layers} any={t.any} onChange={(layer) => onChange({ layer })} />
      <Select label={t.stage} value={values.stage} options={stages} any={t.any} onChange={(stage) => onChange({ stage })} />
    </div>
  );
}
