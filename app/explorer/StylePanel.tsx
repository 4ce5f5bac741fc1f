'use client';
// The style rules' controls: colour, size and caption by a property of the
// visible nodes, and the presets for the questions analysts ask. The rules
// themselves (values, palette, scale) are styleRules.ts's; the legend shows
// their keys (RuleKeys).
import type { GraphDocument, GraphNode } from '@/graph/model';
import type { Units } from '../components/details/figures';
import type { Lang } from '../components/shared/i18n';
import { exploreStrings } from './exploreStrings';
import { presets, refName, ruleOptions, type Channel, type RuleKey, type StyleRules } from './styleRules';

export interface StylePanelProps {
  lang: Lang;
  doc: GraphDocument;
  byId: Map<string, GraphNode>;
  units: Units;
  rules: StyleRules;
  /** The market "share in the market chosen" uses: the legend's sizing market. */
  market: string;
  onRules: (rules: StyleRules) => void;
}

export default function StylePanel({ lang, doc, byId, units, rules, market, onRules }: StylePanelProps) {
  const x = exploreStrings[lang];
  const options = ruleOptions(doc, units);
  const labels: Record<Channel, string> = { colour: x.colourBy, size: x.sizeByRule, caption: x.captionBy };
  const named = options.map((o) => ({ ...o, name: refName(o.ref, lang, byId) })).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className="style-rules">
      <legend>{x.styleRules}</legend>
      <div className="row-buttons" role="group" aria-label={x.presets}>
        <button type="button" onClick={() => onRules(presets.independence())}>
          {x.presetIndependence}
        </button>
        <button type="button" onClick={() => onRules(presets.share(market))}>
          {x.presetShare}
        </button>
        <button type="button" onClick={() => onRules(presets.layer())}>
          {x.presetLayer}
        </button>
      </div>
      {(Object.keys(labels) as Channel[]).map((channel) => {
        const current = rules[channel];
        const list = named.filter((o) => channel !== 'size' || o.numeric);
        return (
          <label key={channel} className="stacked">
            <span>{labels[channel]}</span>
            <select value={current ?? ''} onChange={(e) => onRules({ ...rules, [channel]: e.target.value || undefined })}>
              <option value="">{x.byLabel}</option>
              {current && !list.some((o) => o.ref === current) && <option value={current}>{refName(current, lang, byId)}</option>}
              {list.map((o) => (
                <option key={o.ref} value={o.ref}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {Object.values(rules).some(Boolean) && (
        <button type="button" className="link-button" onClick={() => onRules({})}>
          {x.clearRules}
        </button>
      )}
    </fieldset>
  );
}

/** The legend's keys of the rules in force: each colour with its words and count, the size's span, the caption. */
export function RuleKeys({ lang, keys }: { lang: Lang; keys: RuleKey[] }) {
  const x = exploreStrings[lang];
  if (!keys.length) return null;
  const channelName: Record<Channel, string> = { colour: x.colourBy, size: x.sizeByRule, caption: x.captionBy };
  return (
    <div className="rule-keys" aria-label={x.styleRules} role="group">
      {keys.map((k) => (
        <div key={`${k.channel}-${k.title}`} className="rule-key" data-channel={k.channel}>
          <p className="small">
            <strong>{`${channelName[k.channel]}: `}</strong>
            {k.title}
          </p>
          {k.entries.length > 0 && (
            <ul className="rule-entries">
              {k.entries.map((e) => (
                <li key={e.text}>
                  {e.fill && <span className="swatch" style={{ background: e.fill }} aria-hidden="true" />}
                  <span>{e.text}</span> <span className="count">{e.count}</span>
                </li>
              ))}
            </ul>
          )}
          {k.channel === 'size' && <p className="muted small">{x.ruleSizeWins}</p>}
        </div>
      ))}
    </div>
  );
}
