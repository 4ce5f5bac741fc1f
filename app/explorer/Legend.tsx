// The legend: each node label's shape and colour, a checkbox that shows or
// hides it, how independence is drawn, and what sizes the nodes: providers'
// figures in a market, or every node's centrality in the view, with the most
// central listed; the style rules' keys first, and their controls and the
// slicers below.
import type { ReactNode } from 'react';
import { defaultLabels } from '../components/canvas/graphStyle';
import { labelName, strings, type Lang } from '../components/shared/i18n';
import ShapeIcon from '../components/canvas/ShapeIcon';
import { byMarket, isMetric, sizeBys, type Sizing } from '../components/canvas/sizing';

export interface LegendProps {
  lang: Lang;
  /** label → number of nodes in the whole landscape, in legend order. */
  counts: [string, number][];
  shown?: string[];
  onLabels: (labels: string[] | undefined) => void;
  sizing: Sizing;
  onSizing: (s: Sizing) => void;
  markets: { id: string; name: string }[];
  /** With a centrality sizing: the most central nodes of the view (undefined while computed). */
  central?: { id: string; name: string; score: number }[];
  onSelect?: (id: string) => void;
  /** The style rules' keys (StylePanel's RuleKeys), shown first: they say what the colours mean. */
  ruleKeys?: ReactNode;
  /** Controls under the legend: style rules, slicers. */
  children?: ReactNode;
}

export default function Legend({ lang, counts, shown, onLabels, sizing, onSizing, markets, central, onSelect, ruleKeys, children }: LegendProps) {
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
      {ruleKeys}
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
          <select value={sizing.market} onChange={(e) => onSizing({ ...sizing, market: e.target.value })} disabled={!byMarket(sizing.by)}>
            {markets.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        {isMetric(sizing.by) && (
          <div className="central">
            <p className="muted small">{t.sizeMetricHint}</p>
            {!central ? (
              <p className="muted small">{t.computing}</p>
            ) : (
              <table className="central-table">
                <caption>{t.mostCentral}</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t.name}</th>
                    <th scope="col">{t.centralScore}</th>
                  </tr>
                </thead>
                <tbody>
                  {central.map((c, i) => (
                    <tr key={c.id} data-node={c.id}>
                      <td>{i + 1}</td>
                      <td>
                        <button type="button" className="link-button" onClick={() => onSelect?.(c.id)}>
                          {c.name}
                        </button>
                      </td>
                      <td>{sizing.by === 'degree' ? c.score : c.score.toFixed(3)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </fieldset>
      <p className="muted small">{t.edgesKey}</p>
      {children}
    </aside>
  );
}
