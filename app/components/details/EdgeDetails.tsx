// Details of one relationship: its type, both ends as links, its figures
// with unit and year, and the heading they come from.
import type { GraphEdge, GraphNode } from '@/graph/model';
import FigureList from './FigureList';
import PropList from './PropList';
import { figuresOf, otherProps, type Units } from './figures';
import { relName, strings, type Lang } from '../shared/i18n';
import NodeLink from './NodeLink';

export interface EdgeDetailsProps {
  edge: GraphEdge;
  source?: GraphNode;
  target?: GraphNode;
  lang: Lang;
  units: Units;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
}

export default function EdgeDetails({ edge, source, target, lang, units, hrefFor, onOpen }: EdgeDetailsProps) {
  const t = strings[lang];
  const figures = figuresOf(edge.type, edge.properties, units, lang);
  const others = otherProps(edge.type, edge.properties, units, lang);
  return (
    <article className="details" aria-labelledby="details-title">
      <p className="details-kind">{edge.type}</p>
      <h2 id="details-title">{relName(edge.type, lang)}</h2>
      <p className="edge-ends">
        {source && <NodeLink node={source} lang={lang} href={hrefFor(source.id)} onOpen={onOpen} />}
        <span aria-hidden="true"> → </span>
        {target && <NodeLink node={target} lang={lang} href={hrefFor(target.id)} onOpen={onOpen} />}
      </p>
      {figures.length > 0 && <h3>{t.figures}</h3>}
      <FigureList figures={figures} t={t} />
      <PropList props={others} />
      {typeof edge.properties.sourceSection === 'string' && <p className="source">{t.source(edge.properties.sourceSection)}</p>}
    </article>
  );
}
