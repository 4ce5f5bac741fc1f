// The legend: each node label's shape and colour, a checkbox that shows or
// hides it, how independence is drawn, and what sizes the providers.
import { defaultLabels } from '../components/canvas/graphStyle';
import { labelName, strings, type Lang } from '../components/shared/i18n';
import ShapeIcon from '../components/canvas/ShapeIcon';
import { sizeBys, type Sizing } from '../components/canvas/sizing';

export interface LegendProps {
  lang: Lang;
  /** label → number of nodes in the whole landscape, in legend order. */
  counts: [string, number][];
  shown?: string[];
  onLabels: (labels: string[] | undefined) => void;
  sizing: Sizing;
  onSizing: (s: Sizing) => void;
  markets: { id: string; name: string }[];
}

export default function Legend({ lang, counts, shown, onLabels, sizing, onSizing, markets }: LegendProps) {
  const t = strings[lang];
  const all = counts.map(([l]) => l);
  const isShown = (l: string) => (shown ?? defaultLabels).includes(l);
  const toggle = (l: string) => {
    const next = isShown(l) ? all.filter((x) => x !== l && isShown(x)) : all.filter((x) => x === l || isShown(x));
    const isDefault = next.length === defaultLabels.length && next.every((x) => defaultLabels.includes(x));
    onLabels(isDefault ? undefined : next);
  };
  return (
    <aside className="legend" aria-label={t.legend}>
      <fieldset>
        <legend>{t.labels}</legend>
        <ul className="label-toggles">
          {counts.map(([label, n]) => (
            <li key={label}>
              <label>
                <input type="checkbox" checked={isShown(label)} onChange={() => toggle(label)} />
                <ShapeIcon label={label} />
                <span>{labelName(label, lang)}</span>
                <span className="count">{n}</span>
              </label>
            </li>
          ))}
        </ul>
        <div className="row-buttons">
          <button type="button" className="link-button" onClick={() => onLabels(all)}>
            {t.showAll}
          </button>
          <button type="button" className="link-button" onClick={() => onLabels([])}>
            {t.showNone}
          </button>
          <button type="button" className="link-button" onClick={() => onLabels(undefined)}>
            {t.labelsDefault}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.independenceKey}</legend>
        <p className="key-row">
          <ShapeIcon label="Provider" double />
          <span>{t.independentKey}</span>
        </p>
        <p className="key-row">
          <ShapeIcon label="Provider" dashed />
          <span>{t.dependentKey}</span>
        </p>
      </fieldset>
      <fieldset>
        <legend>{t.sizeBy}</legend>
        <div className="radio-list">
          {sizeBys.map((by) => (
            <label key={by}>
              <input type="radio" name="size-by" checked={sizing.by === by} onChange={() => onSizing({ ...sizing, by })} />
              {t.sizeNames[by]}
            </label>
          ))}
        </div>
        <label className="stacked">
          <span>{t.sizeMarket}</span>
          <select value={sizing.market} onChange={(e) => onSizing({ ...sizing, market: e.target.value })} disabled={sizing.by === 'none'}>
            {markets.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <p className="muted small">{t.edgesKey}</p>
    </aside>
  );
}
