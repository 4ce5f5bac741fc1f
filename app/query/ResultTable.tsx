'use client';
// The rows as a sortable table. Nodes and relationships show as chips (the
// label's shape and colour, as on the canvas) that open the details panel.
import { useMemo, useState } from 'react';
import type { GraphEdge, GraphNode } from '@/graph/model';
import type { Lang } from '@/app/components/shared/i18n';
import { relName } from '@/app/components/shared/i18n';
import { nameOf } from '@/app/components/shared/names';
import ShapeIcon from '@/app/components/canvas/ShapeIcon';
import type { WorkbenchStrings } from './strings';
import { compareCells, isEdge, isNode, isPath, type Cell, type QueryResult } from './values';

const PAGE = 500;

function NodeChip({ node, lang, t, onOpen }: { node: GraphNode; lang: Lang; t: WorkbenchStrings; onOpen: (id: string) => void }) {
  const label = node.labels[0] ?? '';
  const independent = label === 'Provider' ? node.properties.independent === true : undefined;
  const name = nameOf(node, lang);
  return (
    <button type="button" className="chip node-chip" onClick={() => onOpen(node.id)} title={t.nodeOpen(name)}>
      <ShapeIcon label={label} double={independent === true} dashed={independent === false} />
      {name}
      {independent !== undefined && <span className="chip-mark">{independent ? ' ✓' : ' ✗'}</span>}
    </button>
  );
}

function EdgeChip({ edge, lang, onOpen }: { edge: GraphEdge; lang: Lang; onOpen: (id: string) => void }) {
  return (
    <button type="button" className="chip edge-chip" onClick={() => onOpen(edge.id)} title={edge.id}>
      {`:${edge.type}`}
      <span className="muted">{` ${relName(edge.type, lang)}`}</span>
    </button>
  );
}

export function CellView({ v, lang, t, onOpen }: { v: Cell; lang: Lang; t: WorkbenchStrings; onOpen: (id: string) => void }) {
  if (v === null || v === undefined) return <span className="null">{t.nullValue}</span>;
  if (typeof v === 'boolean') return <span className="bool">{String(v)}</span>;
  if (typeof v === 'number' || typeof v === 'string') return <>{String(v)}</>;
  if (isNode(v)) return <NodeChip node={v} lang={lang} t={t} onOpen={onOpen} />;
  if (isEdge(v)) return <EdgeChip edge={v} lang={lang} onOpen={onOpen} />;
  if (isPath(v))
    return (
      <span className="path">
        {v.nodes.map((n, i) => (
          <span key={`${n.id}-${i}`}>
            {i > 0 && (
              <span className="path-arrow" aria-hidden="true">
                {v.edges[i - 1] ? ` —${v.edges[i - 1]!.type}→ ` : ' → '}
              </span>
            )}
            <NodeChip node={n} lang={lang} t={t} onOpen={onOpen} />
          </span>
        ))}
      </span>
    );
  if (Array.isArray(v))
    return (
      <span className="list">
        [
        {v.map((x, i) => (
          <span key={i}>
            {i > 0 && ', '}
            <CellView v={x} lang={lang} t={t} onOpen={onOpen} />
          </span>
        ))}
        ]
      </span>
    );
  return <code>{JSON.stringify(v)}</code>;
}

export default function ResultTable({ result, lang, t, onOpen }: { result: QueryResult; lang: Lang; t: WorkbenchStrings; onOpen: (id: string) => void }) {
  const [sort, setSort] = useState<{ col: string; dir: 1 | -1 } | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const rows = useMemo(() => {
    const indexed = result.rows.map((row, i) => ({ row, i }));
    if (!sort) return indexed;
    return [...indexed].sort((a, b) => sort.dir * compareCells(a.row[sort.col], b.row[sort.col], lang) || a.i - b.i);
  }, [result.rows, sort, lang]);
  const toggle = (col: string) =>
    setSort((s) => (s?.col !== col ? { col, dir: 1 } : s.dir === 1 ? { col, dir: -1 } : null));
  const numeric = useMemo(
    () => new Set(result.columns.filter((c) => result.rows.some((r) => typeof r[c] === 'number') && result.rows.every((r) => r[c] === null || typeof r[c] === 'number'))),
    [result],
  );
  return (
    <div className="table-wrap">
      <table className="result-table" data-rows={result.rows.length}>
        <thead>
          <tr>
            <th scope="col" className="row-no">
              #
            </th>
            {result.columns.map((c) => (
              <th key={c} scope="col" aria-sort={sort?.col === c ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort-button" onClick={() => toggle(c)} title={t.sortBy(c)}>
                  {c}
                  <span aria-hidden="true" className="sort-mark">
                    {sort?.col === c ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ⇅'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map(({ row, i }) => (
            <tr key={i}>
              <td className="row-no">{i + 1}</td>
              {result.columns.map((c) => (
                <td key={c} className={numeric.has(c) ? 'num' : undefined}>
                  <CellView v={row[c]} lang={lang} t={t} onOpen={onOpen} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <button type="button" onClick={() => setLimit(rows.length)}>
          {t.showAll(limit, rows.length)}
        </button>
      )}
    </div>
  );
}
