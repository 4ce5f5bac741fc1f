// A refused or failed query: the server's own message, where it is (the
// line of the query with a caret under the column), and for a refused write
// why the workbench is read-only. Never a blank result.
import type { WorkbenchStrings } from './strings';
import type { QueryError } from './values';

export default function QueryErrorBox({ error, query, t, onShow }: { error: QueryError; query: string; t: WorkbenchStrings; onShow?: () => void }) {
  const readOnly = error.code === 'READ_ONLY';
  const unsupported = error.code === 'UNSUPPORTED';
  const pos = error.position;
  const line = pos ? (query.split('\n')[pos.line - 1] ?? '') : undefined;
  return (
    <div className={`query-error${readOnly ? ' read-only' : ''}`} role="alert" data-code={error.code}>
      <h3>{readOnly ? t.readOnlyTitle : unsupported ? t.unsupportedTitle : t.errorTitle(error.status ? `${error.status} ${error.code}` : error.code)}</h3>
      <p className="query-error-message">{unsupported ? t.unsupported(error) : error.message}</p>
      {readOnly && <p className="read-only-why">{t.readOnlyWhy}</p>}
      {error.clause && (
        <p>
          {`${t.refusedClause}: `}
          <code>{error.clause}</code>
        </p>
      )}
      {pos && line !== undefined && (
        <div className="error-position">
          <p>
            {`${t.position}: `}
            <strong className="error-at">{t.at(pos.line, pos.column)}</strong>
            {onShow && (
              <>
                {' · '}
                <button type="button" className="link-button" onClick={onShow}>
                  {t.showInEditor}
                </button>
              </>
            )}
          </p>
          <pre className="error-excerpt" aria-hidden="true">
            <span className="excerpt-line-no">{`${pos.line} | `}</span>
            {line}
            {'\n'}
            <span className="excerpt-line-no">{`${' '.repeat(String(pos.line).length)} | `}</span>
            <span className="caret">{`${' '.repeat(Math.max(0, pos.column - 1))}^`}</span>
          </pre>
        </div>
      )}
    </div>
  );
}
