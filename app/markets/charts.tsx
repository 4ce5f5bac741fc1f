'use client';
// The charts of /markets, drawn with recharts (SVG). Every bar is an SVG
// link to its node in the landscape. Independent providers are marked by
// outline and ✓/✗ (as on the canvas), not by colour alone; estimates and
// computed remainders are hatched. Loaded on demand (next/dynamic).
import type { ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis, type BarShapeProps, type YAxisTickContentProps } from 'recharts';
import { styleOf } from '@/app/components/canvas/graphStyle';

export interface RankingBar {
  id: string;
  href: string;
  name: string;
  /** true / false for a provider, null for the rest of the market. */
  independent: boolean | null;
  revenue: number;
  share: number;
  label: string;
}

export interface SizeBar {
  id: string;
  href: string;
  name: string;
  size_2023: number | null;
  size_2028e: number | null;
  label_2023: string;
  label_2028e: string;
  /** Lines under the name: the CAGR, what the text does not state. */
  notes: string[];
}

const PROVIDER = styleOf('Provider');
const SEGMENT = styleOf('Segment');
const INK = '#1b1f24';

/** Patterns the bars fill with, defined once per page. */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        <pattern id="hatch-rest" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#e4e1df" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#8a817c" strokeWidth="3" />
        </pattern>
        <pattern id="hatch-estimate" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#c9d7e8" />
          <line x1="0" y1="0" x2="0" y2="8" stroke={SEGMENT.fill} strokeWidth="4" />
        </pattern>
      </defs>
    </svg>
  );
}

function LinkedRect({ x, y, width, height, href, title, children }: { x: number; y: number; width: number; height: number; href: string; title: string; children: ReactElement | ReactElement[] }) {
  if (!(width > 0) || !(height > 0)) return <g />;
  return (
    <a href={href} aria-label={title} className="chart-link">
      <title>{title}</title>
      {children}
      <rect x={x} y={y} width={width} height={height} fill="transparent" />
    </a>
  );
}

function rankingShape(props: BarShapeProps) {
  const { x, y, width, height } = props;
  const bar = props.payload as RankingBar;
  let body: ReactElement | ReactElement[];
  if (bar.independent === null) {
    body = <rect x={x} y={y} width={width} height={height} fill="url(#hatch-rest)" stroke="#4d4542" strokeWidth={1} />;
  } else if (bar.independent) {
    body = [
      <rect key="outer" x={x} y={y} width={width} height={height} fill={PROVIDER.fill} stroke={PROVIDER.border} strokeWidth={1.5} />,
      width > 8 ? <rect key="inner" x={x + 3} y={y + 3} width={width - 6} height={height - 6} fill="none" stroke={PROVIDER.border} strokeWidth={1.5} /> : <g key="inner" />,
    ];
  } else {
    body = <rect x={x} y={y} width={width} height={height} fill={PROVIDER.fill} stroke={PROVIDER.border} strokeWidth={2} strokeDasharray="5 3" />;
  }
  return (
    <LinkedRect x={x} y={y} width={width} height={height} href={bar.href} title={`${bar.name}: ${bar.label}`}>
      {body}
    </LinkedRect>
  );
}

/** The parts of a y-axis tick that the ticks below read. */
const tickOf = (p: YAxisTickContentProps) => ({ x: Number(p.x), y: Number(p.y), value: String(p.payload.value), index: p.index });

function wrap(text: string, max: number): string[] {
  const words = text.split(/(?<=\s)|(?<=[\u3000-\u9fff])/u);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + w).trim().length > max && line) {
      lines.push(line.trim());
      line = w;
    } else line += w;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.slice(0, 3);
}

export function RankingChart({ bars, axisLabel }: { bars: RankingBar[]; axisLabel: string }) {
  const tick = (p: YAxisTickContentProps) => {
    const { x, y, value, index } = tickOf(p);
    const bar = bars[index];
    const mark = bar?.independent === null ? '' : bar?.independent ? ' ✓' : ' ✗';
    return (
      <text x={x - 6} y={y} dy={4} textAnchor="end" fill={INK} fontSize={13} fontWeight={bar?.independent === null ? 400 : 600} fontStyle={bar?.independent === null ? 'italic' : 'normal'}>
        {`${value}${mark}`}
      </text>
    );
  };
  return (
    <div className="chart" style={{ height: bars.length * 42 + 56 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 120, bottom: 22, left: 4 }} barCategoryGap="22%">
          <CartesianGrid horizontal={false} stroke="#e1e4e8" />
          <XAxis type="number" tick={{ fill: '#57606a', fontSize: 12 }} label={{ value: axisLabel, position: 'insideBottom', offset: -14, fill: '#57606a', fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={170} tick={tick} tickLine={false} interval={0} />
          <Bar dataKey="revenue" shape={rankingShape} isAnimationActive={false}>
            <LabelList dataKey="label" position="right" fill={INK} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function sizeShape(estimate: boolean) {
  return function SizeShape(props: BarShapeProps) {
    const { x, y, width, height } = props;
    const bar = props.payload as SizeBar;
    return (
      <LinkedRect x={x} y={y} width={width} height={height} href={bar.href} title={`${bar.name}: ${estimate ? bar.label_2028e : bar.label_2023}`}>
        <rect x={x} y={y} width={width} height={height} fill={estimate ? 'url(#hatch-estimate)' : SEGMENT.fill} stroke={SEGMENT.border} strokeWidth={1} strokeDasharray={estimate ? '4 2' : undefined} />
      </LinkedRect>
    );
  };
}
const size2023Shape = sizeShape(false);
const size2028Shape = sizeShape(true);

export function SizesChart({ bars, axisLabel }: { bars: SizeBar[]; axisLabel: string }) {
  const tick = (p: YAxisTickContentProps) => {
    const { x, y, value, index } = tickOf(p);
    const bar = bars[index];
    const lines = wrap(value, 26);
    const total = lines.length + (bar?.notes.length ?? 0);
    return (
      <text x={x - 6} y={y} textAnchor="end" fill={INK} fontSize={12}>
        {lines.map((l, i) => (
          <tspan key={i} x={x - 6} dy={i === 0 ? -((total - 1) * 14) / 2 + 4 : 14} fontWeight={600}>
            {l}
          </tspan>
        ))}
        {(bar?.notes ?? []).map((n, i) => (
          <tspan key={`n${i}`} x={x - 6} dy={14} fill="#57606a">
            {n}
          </tspan>
        ))}
      </text>
    );
  };
  return (
    <div className="chart" style={{ height: bars.length * 70 + 56 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 110, bottom: 22, left: 4 }} barCategoryGap="18%" barGap={2}>
          <CartesianGrid horizontal={false} stroke="#e1e4e8" />
          <XAxis type="number" tick={{ fill: '#57606a', fontSize: 12 }} label={{ value: axisLabel, position: 'insideBottom', offset: -14, fill: '#57606a', fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={230} tick={tick} tickLine={false} interval={0} />
          <Bar dataKey="size_2023" shape={size2023Shape} isAnimationActive={false}>
            <LabelList dataKey="label_2023" position="right" fill={INK} fontSize={12} />
          </Bar>
          <Bar dataKey="size_2028e" shape={size2028Shape} isAnimationActive={false}>
            <LabelList dataKey="label_2028e" position="right" fill={INK} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
