'use client';
// The slicers: for a numeric property of the visible elements, a histogram
// with a two-thumb range (two labelled range inputs and two number fields,
// all keyboard-operable); what falls outside fades or hides; "play" steps
// through the years the data states. The data shaping is slicer.ts's.
import { useEffect, useId, useState } from 'react';
import type { GraphDocument, GraphNode } from '@/graph/model';
import type { Units } from '../components/details/figures';
import type { Lang } from '../components/shared/i18n';
import { nameOf } from '../components/shared/names';
import { exploreStrings } from './exploreStrings';
import { applyStep, histogram, playSteps, refOf, sliceDomain, sliceModes, sliceOptions, sliceTargets, sliceValues, type SliceMode, type Slicer } from './slicer';
import { refName } from './styleRules';

/** A step of "play" every so long: time to read the canvas. */
const PLAY_MS = 1500;

export interface SlicerPanelProps {
  lang: Lang;
  /** The visible elements before any slicer. */
  doc: GraphDocument;
  byId: Map<string, GraphNode>;
  units: Units;
  slicers: Slicer[];
  mode: SliceMode;
  onChange: (slicers: Slicer[], opts?: { transient?: boolean }) => void;
  onMode: (mode: SliceMode) => void;
}

export default function SlicerPanel({ lang, doc, byId, units, slicers, mode, onChange, onMode }: SlicerPanelProps) {
  const x = exploreStrings[lang];
  const options = sliceOptions(doc, units);
  const add = (ref: string) => {
    const o = options.find((p) => `${p.owner}.${p.prop}` === ref);
    if (!o) return;
    const d = sliceDomain(sliceValues(doc, o));
    onChange([...slicers, { owner: o.owner, prop: o.prop, lo: d.min, hi: d.max }]);
  };
  const set = (i: number, s: Slicer, opts?: { transient?: boolean }) => onChange(slicers.map((old, j) => (j === i ? s : old)), opts);
  return (
    <fieldset className="slicers">
      <legend>{x.slicers}</legend>
      <label className="stacked">
        <span>{x.addSlicer}</span>
        <select value="" onChange={(e) => add(e.target.value)}>
          <option value="">{x.chooseProperty}</option>
          {options.map((o) => (
            <option key={`${o.owner}.${o.prop}`} value={`${o.owner}.${o.prop}`}>
              {refName(`${o.owner}.${o.prop}`, lang, byId)}
            </option>
          ))}
        </select>
      </label>
      {slicers.length > 0 && (
        <div className="segmented" role="radiogroup" aria-label={x.outside}>
          <span className="muted small">{`${x.outside}: `}</span>
          {sliceModes.map((m) => (
            <label key={m}>
              <input type="radio" name="slice-mode" checked={mode === m} onChange={() => onMode(m)} />
              {m === 'fade' ? x.fade : x.hide}
            </label>
          ))}
        </div>
      )}
      {slicers.map((s, i) => (
        <Slice key={`${i}-${s.owner}.${s.prop}`} lang={lang} doc={doc} byId={byId} units={units} slicer={s} onChange={(n, o) => set(i, n, o)} onRemove={() => onChange(slicers.filter((_, j) => j !== i))} />
      ))}
      {slicers.length > 0 && <p className="muted small">{x.sliceHint}</p>}
    </fieldset>
  );
}

interface SliceProps {
  lang: Lang;
  doc: GraphDocument;
  byId: Map<string, GraphNode>;
  units: Units;
  slicer: Slicer;
  onChange: (s: Slicer, opts?: { transient?: boolean }) => void;
  onRemove: () => void;
}

function Slice({ lang, doc, byId, units, slicer, onChange, onRemove }: SliceProps) {
  const x = exploreStrings[lang];
  const id = useId();
  const name = refName(refOf(slicer), lang, byId);
  const values = sliceValues(doc, slicer);
  const domain = sliceDomain(values);
  const bins = histogram(values, domain);
  const targets = sliceTargets(doc, slicer);
  const steps = playSteps(doc, slicer, units);
  const inRange = values.filter((v) => v >= slicer.lo && v <= slicer.hi).length;
  const [playing, setPlaying] = useState(false);
  const stepAt = steps.findIndex((st) => ('prop' in st ? st.prop === slicer.prop : st.lo === slicer.lo && st.hi === slicer.hi));

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = steps[stepAt + 1];
      if (!next) return setPlaying(false);
      // The first year played is a step of the history, the ones after replace it: undo leaves "play" at once.
      onChange(applyStep(slicer, next), { transient: stepAt > 0 });
    }, PLAY_MS);
    return () => window.clearTimeout(timer);
  }, [playing, stepAt, steps, slicer, onChange]);

  const setRange = (lo: number, hi: number) => Number.isFinite(lo) && Number.isFinite(hi) && onChange({ ...slicer, lo: Math.min(lo, hi), hi: Math.max(lo, hi) });
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const W = 200;
  const H = 48;
  const bw = W / bins.length;
  const binsText = bins.map((b) => `${b.x0}–${b.x1}: ${b.count}`).join(', ');
  return (
    <section className="slice" aria-labelledby={`${id}-name`} data-slicer={refOf(slicer)}>
      <div className="slice-head">
        <h4 id={`${id}-name`}>{name}</h4>
        <button type="button" className="link-button" aria-label={x.removeSlicer(name)} onClick={onRemove}>
          ×
        </button>
      </div>
      {targets.length > 0 && (
        <div className="stacked">
          <label htmlFor={`${id}-in`}>{x.sliceIn}</label>
          <select id={`${id}-in`} value={slicer.at ?? ''} onChange={(e) => onChange({ ...slicer, at: e.target.value || undefined })}>
            <option value="">{x.anyNode}</option>
            {targets.map((t) => (
              <option key={t} value={t}>
                {nameOf(byId.get(t), lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      <svg className="histogram" viewBox={`0 0 ${W} ${H + 14}`} role="img" aria-label={x.histogramOf(name, binsText)}>
        {bins.map((b, i) => {
          const h = (b.count / peak) * H;
          const inside = b.x1 > slicer.lo && b.x0 <= slicer.hi;
          return <rect key={i} x={i * bw + 1} y={H - h} width={bw - 2} height={h} className={inside ? 'bin in' : 'bin'} />;
        })}
        <text x={0} y={H + 12} className="axis">
          {domain.min}
        </text>
        <text x={W} y={H + 12} className="axis" textAnchor="end">
          {domain.max}
        </text>
      </svg>
      <div className="range-thumbs">
        <input type="range" aria-label={`${name}: ${x.from}`} min={domain.min} max={domain.max} step={domain.step / 10} value={Math.max(domain.min, Math.min(domain.max, slicer.lo))} onChange={(e) => setRange(Math.min(Number(e.target.value), slicer.hi), slicer.hi)} />
        <input type="range" aria-label={`${name}: ${x.to}`} min={domain.min} max={domain.max} step={domain.step / 10} value={Math.max(domain.min, Math.min(domain.max, slicer.hi))} onChange={(e) => setRange(slicer.lo, Math.max(Number(e.target.value), slicer.lo))} />
      </div>
      <div className="range-fields">
        <label>
          {`${x.from} `}
          <NumberField value={slicer.lo} onValue={(v) => setRange(v, slicer.hi)} />
        </label>
        <label>
          {`${x.to} `}
          <NumberField value={slicer.hi} onValue={(v) => setRange(slicer.lo, v)} />
        </label>
      </div>
      <p className="muted small" aria-live="polite">
        {x.passing(inRange, values.length)}
      </p>
      {steps.length > 1 && (
        <div className="row-buttons">
          <button type="button" aria-pressed={playing} onClick={() => (playing ? setPlaying(false) : (onChange(applyStep(slicer, steps[0]!)), setPlaying(true)))}>
            {playing ? `⏸ ${x.pause}` : `▶ ${x.play}`}
          </button>
          <output aria-live="polite">{x.yearShown(steps[stepAt]?.year ?? steps.map((st) => st.year).join(' / '))}</output>
        </div>
      )}
    </section>
  );
}

/** A number field that lets the user type ("1", "1.", "15") and reports only numbers. */
function NumberField({ value, onValue }: { value: number; onValue: (v: number) => void }) {
  const [text, setText] = useState(String(value));
  const [was, setWas] = useState(value);
  if (value !== was) {
    setWas(value);
    if (Number(text) !== value) setText(String(value));
  }
  return (
    <input
      type="number"
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (e.target.value !== '' && Number.isFinite(Number(e.target.value))) onValue(Number(e.target.value));
      }}
    />
  );
}
