// Zoom, fit and re-layout buttons over the canvas.
import type { Core } from 'cytoscape';
import type { Strings } from '../shared/i18n';
import { fit, zoomBy } from './viewport';

export default function CanvasControls({ cy, t, onRelayout }: { cy: Core | null; t: Strings; onRelayout: () => void }) {
  return (
    <div className="canvas-controls" role="toolbar" aria-label={`${t.zoomIn} / ${t.zoomOut} / ${t.fit}`}>
      <button type="button" onClick={() => cy && zoomBy(cy, 1.25)} disabled={!cy} aria-label={t.zoomIn} title={t.zoomIn}>
        +
      </button>
      <button type="button" onClick={() => cy && zoomBy(cy, 0.8)} disabled={!cy} aria-label={t.zoomOut} title={t.zoomOut}>
        −
      </button>
      <button type="button" onClick={() => cy && fit(cy)} disabled={!cy}>
        {t.fit}
      </button>
      <button type="button" onClick={onRelayout} disabled={!cy}>
        {t.relayout}
      </button>
    </div>
  );
}
