'use client';
// The results' heading: how many rows in how long, whether the row cap cut
// them, and the answer as CSV or JSON.
import { download } from '@/app/components/canvas/exportView';
import Loading from '@/app/components/shared/Loading';
import type { WorkbenchStrings } from './strings';
import { toCsv, type QueryResult } from './values';

export default function ResultsHead({ result, running, t }: { result?: QueryResult; running: boolean; t: WorkbenchStrings }) {
  const exportName = `landscape-query-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
  return (
    <div className="results-head">
      <h2 id="results-title">{t.results}</h2>
      {result && (
        <p className="summary-line" data-rows={result.summary.rowCount} data-truncated={result.summary.truncated}>
          {t.summary(result.summary.rowCount, result.summary.ms)}
          {' · '}
          <span className={result.summary.truncated ? 'warn' : undefined}>{result.summary.truncated ? `⚠ ${t.truncated}` : t.complete}</span>
        </p>
      )}
      {running && <Loading text={t.running} />}
      <span className="spacer" />
      {result && (
        <div className="row-buttons">
          <button type="button" onClick={() => download(new Blob([toCsv(result)], { type: 'text/csv;charset=utf-8' }), `${exportName}.csv`)}>
            {t.exportCsv}
          </button>
          <button type="button" onClick={() => download(new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' }), `${exportName}.json`)}>
            {t.exportJson}
          </button>
        </div>
      )}
    </div>
  );
}
