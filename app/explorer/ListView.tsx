// The visible elements as tables: the non-visual alternative to the canvas,
// with the same selection (each name opens its details).
import type { GraphDocument } from '@/graph/model';
import { edgeCaption } from '../components/details/figures';
import { labelName, relName, strings, type Lang } from '../components/shared/i18n';
import { isIndependent, labelOf, nameOf, otherNameOf } from '../components/shared/names';
import ShapeIcon from '../components/canvas/ShapeIcon';

export interface ListViewProps {
  doc: GraphDocument;
  lang: Lang;
  selected?: string;
  onSelect: (id: string) => void;
}

export default function ListView({ doc, lang, selected, onSelect }: ListViewProps) {
  const t = strings[lang];
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const nodes = [...doc.nodes].sort(
    (a, b) => labelOf(a).localeCompare(labelOf(b)) || nameOf(a, lang).localeCompare(nameOf(b, lang)),
  );
  return (
    <div className="list-view">
      <table aria-label={t.nodesTable}>
        <caption>{`${t.nodesTable} (${doc.nodes.length})`}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.type}</th>
            <th scope="col">{t.independent}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => (
            <tr key={n.id} aria-selected={selected === n.id} className={selected === n.id ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onSelect(n.id)}>
                  {nameOf(n, lang)}
                </button>
                {otherNameOf(n, lang) && <span className="muted">{` · ${otherNameOf(n, lang)}`}</span>}
              </th>
              <td>
                <ShapeIcon label={labelOf(n)} />
                {labelName(labelOf(n), lang)}
              </td>
              <td>{labelOf(n) === 'Provider' ? (isIndependent(n) ? `✓ ${t.independentBadge}` : `✗ ${t.dependentBadge}`) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label={t.edgesTable}>
        <caption>{`${t.edgesTable} (${doc.edges.length})`}</caption>
        <thead>
          <tr>
            <th scope="col">{t.from}</th>
            <th scope="col">{t.type}</th>
            <th scope="col">{t.to}</th>
            <th scope="col">{t.properties}</th>
          </tr>
        </thead>
        <tbody>
          {doc.edges.map((e) => (
            <tr key={e.id} className={selected === e.id ? 'selected' : undefined}>
              <td>{nameOf(byId.get(e.source), lang)}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onSelect(e.id)}>
                  {relName(e.type, lang)}
                </button>
              </td>
              <td>{nameOf(byId.get(e.target), lang)}</td>
              <td>{edgeCaption(e, lang) === relName(e.type, lang) ? '' : edgeCaption(e, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
