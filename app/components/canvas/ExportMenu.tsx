// Export buttons: the view as PNG or SVG, its elements as JSON.
import type { Core } from 'cytoscape';
import type { GraphDocument } from '@/graph/model';
import { exportJson, exportPng, exportSvg } from './exportView';
import type { Strings } from '../shared/i18n';

export default function ExportMenu({ cy, doc, t, name }: { cy: Core | null; doc: GraphDocument; t: Strings; name: string }) {
  return (
    <div className="segmented" role="group" aria-label={t.exportLabel}>
      <span className="group-label" aria-hidden="true">
        {t.exportLabel}
      </span>
      <button type="button" disabled={!cy} onClick={() => cy && exportPng(cy, name)} aria-label={`${t.exportLabel} PNG`}>
        {t.exportPng}
      </button>
      <button type="button" disabled={!cy} onClick={() => cy && void exportSvg(cy, name)} aria-label={`${t.exportLabel} SVG`}>
        {t.exportSvg}
      </button>
      <button type="button" onClick={() => exportJson(doc, name)} aria-label={`${t.exportLabel} JSON`}>
        {t.exportJson}
      </button>
    </div>
  );
}
