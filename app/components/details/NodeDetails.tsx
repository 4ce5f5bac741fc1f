'use client';
// Details of one node, read from GET /api/nodes/:id: names in both languages,
// summary, every figure with unit and year and its source heading, the
// figures on its relationships, and its neighbours as links.
import { useEffect } from 'react';
import type { GraphEdge, GraphNode } from '@/graph/model';
import ErrorMessage from '../shared/ErrorMessage';
import FigureList from './FigureList';
import PropList from './PropList';
import { figuresOf, keyName, otherProps, type Units } from './figures';
import { labelName, relName, strings, type Lang } from '../shared/i18n';
import Loading from '../shared/Loading';
import { isIndependent, labelOf, nameOf, otherNameOf, summaryOf } from '../shared/names';
import NodeLink from './NodeLink';
import ShapeIcon from '../canvas/ShapeIcon';
import { useApi } from '../shared/useApi';

/** Relationship figures in the order a reader looks for them: rankings first. */
const order = ['RANKED_IN', 'PART_OF', 'HAS_ATTRIBUTE', 'SUPPLIES', 'LISTED_ON'];
const priority = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);

export interface NodeAnswer {
  node: GraphNode;
  provenance: { sourceSection: string | null };
  neighbours: { edge: GraphEdge; node: GraphNode }[];
}

export interface NodeActions {
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  onExpand: (id: string) => void;
  /** Takes back what expanding the node brought into the view; absent when it brought nothing. */
  onCollapse?: (id: string) => void;
  onHide: (id: string) => void;
  onPin: (id: string) => void;
  pinned: boolean;
  /** Gets the node and its relationships once loaded (the explorer adds them to a capped view that lacks them). */
  onLoaded?: (answer: NodeAnswer) => void;
}

/** Links listed per group: a hub of a big landscape has thousands; the canvas's expansion shows them. */
const LIST_MAX = 50;

export default function NodeDetails({ id, lang, units, actions }: { id: string; lang: Lang; units: Units; actions: NodeActions }) {
  const t = strings[lang];
  const { data, error, loading, retry } = useApi<NodeAnswer>(`/api/nodes/${encodeURIComponent(id)}`);
  const onLoaded = actions.onLoaded;
  useEffect(() => {
    if (data) onLoaded?.(data);
  }, [data, onLoaded]);
  if (loading) return <Loading text={t.loading} />;
  if (error || !data) return <ErrorMessage message={t.failed(t.whatNode, error ?? '')} retryLabel={t.retry} onRetry={retry} />;
  const { node, neighbours } = data;
  const label = labelOf(node);
  const figures = figuresOf(label, node.properties, units, lang);
  const others = otherProps(label, node.properties, units, lang).filter(([k]) => k !== keyName('independent', lang));
  const withFigures = neighbours
    .filter((n) => figuresOf(n.edge.type, n.edge.properties, units, lang).length > 0)
    .sort((a, b) => priority(a.edge.type) - priority(b.edge.type));
  const groups = new Map<string, { edge: GraphEdge; node: GraphNode }[]>();
  for (const n of neighbours) {
    const list = groups.get(n.edge.type) ?? [];
    list.push(n);
    groups.set(n.edge.type, list);
  }
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kind">
        <ShapeIcon label={label} double={label === 'Provider' && isIndependent(node)} dashed={label === 'Provider' && !isIndependent(node)} />
        {labelName(label, lang)}
      </p>
      <h2 id="details-title">{nameOf(node, lang)}</h2>
      {otherNameOf(node, lang) && <p className="other-name">{otherNameOf(node, lang)}</p>}
      {label === 'Provider' && (
        <p>
          <span className={isIndependent(node) ? 'badge independent' : 'badge dependent'}>
            {isIndependent(node) ? `✓ ${t.independentBadge}` : `✗ ${t.dependentBadge}`}
          </span>
        </p>
      )}
      {summaryOf(node, lang) && <p className="summary">{summaryOf(node, lang)}</p>}
      <div className="row-buttons">
        <button type="button" onClick={() => actions.onExpand(node.id)}>
          {t.expand}
        </button>
        {actions.onCollapse && (
          <button type="button" onClick={() => actions.onCollapse?.(node.id)}>
            {t.collapse}
          </button>
        )}
        <button type="button" onClick={() => actions.onPin(node.id)} aria-pressed={actions.pinned}>
          {actions.pinned ? t.unpin : t.pin}
        </button>
        <button type="button" onClick={() => actions.onHide(node.id)}>
          {t.hide}
        </button>
        {labelOf(node) === 'Provider' && (
          <a className="button-link" href={`/compare?ids=${encodeURIComponent(node.id)}&lang=${lang}`}>
            {t.compareWith}
          </a>
        )}
      </div>
      {figures.length > 0 && <h3>{t.figures}</h3>}
      {figures.length === 0 && withFigures.length === 0 && <p className="muted">{t.noFigures}</p>}
      <FigureList figures={figures} source={figures.length ? node.properties.sourceSection : undefined} t={t} />
      <PropList props={others} />
      {!figures.length && typeof node.properties.sourceSection === 'string' && (
        <p className="source">{t.source(node.properties.sourceSection)}</p>
      )}
      {withFigures.length > 0 && (
        <>
          <h3>{t.relFigures}</h3>
          <ul className="rel-figures">
            {withFigures.slice(0, LIST_MAX).map(({ edge, node: other }) => (
              <li key={edge.id}>
                <p className="rel-title">
                  {`${relName(edge.type, lang)} · `}
                  <NodeLink node={other} lang={lang} href={actions.hrefFor(other.id)} onOpen={actions.onOpen} />
                </p>
                <FigureList figures={figuresOf(edge.type, edge.properties, units, lang)} source={edge.properties.sourceSection} t={t} />
              </li>
            ))}
          </ul>
          {withFigures.length > LIST_MAX && <p className="muted">{t.andMore(withFigures.length - LIST_MAX)}</p>}
        </>
      )}
      <h3>{`${t.neighbours} (${neighbours.length})`}</h3>
      {[...groups].map(([type, list]) => (
        <section key={type} className="neighbour-group">
          <h4>{relName(type, lang)}</h4>
          <ul>
            {list.slice(0, LIST_MAX).map(({ edge, node: other }) => (
              <li key={edge.id}>
                <NodeLink node={other} lang={lang} href={actions.hrefFor(other.id)} onOpen={actions.onOpen} />
              </li>
            ))}
          </ul>
          {list.length > LIST_MAX && <p className="muted">{t.andMore(list.length - LIST_MAX)}</p>}
        </section>
      ))}
    </article>
  );
}
