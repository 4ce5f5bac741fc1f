// The document's comparison of service layers: one row per layer, one column
// per attribute in the document's order; a cell the document leaves empty is "—".
import { localised, nameOf } from '../components/shared/names';
import { strings, type Lang } from '../components/shared/i18n';
import type { LayerTable as Table } from './valueChain';

export default function LayerTable({ table, lang }: { table: Table; lang: Lang }) {
  const t = strings[lang];
  return (
    <section className="layer-table" aria-labelledby="layer-table-title">
      <h2 id="layer-table-title">{t.layerTable}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.layer}</th>
              {table.attributes.map((a) => (
                <th scope="col" key={a.id}>
                  {nameOf(a, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.layers.map((l) => (
              <tr key={l.id}>
                <th scope="row">{nameOf(l, lang)}</th>
                {table.attributes.map((a) => {
                  const edge = table.cells[l.id]?.[a.id];
                  const value = edge ? localised(edge.properties, 'value', lang) : undefined;
                  return (
                    <td key={a.id} className={value ? undefined : 'empty-cell'}>
                      {value ?? '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.sourceSection && <p className="source">{t.source(table.sourceSection)}</p>}
    </section>
  );
}
