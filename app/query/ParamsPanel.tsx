'use client';
// The workbench's parameters: a JSON object typed beside the query, checked as
// it is typed (params.ts) so a query never runs with parameters it would refuse.
import type { ParamsCheck } from './params';
import type { WorkbenchStrings } from './strings';

export default function ParamsPanel({
  params,
  check,
  t,
  onChange,
  onRun,
}: {
  params: string;
  check: ParamsCheck;
  t: WorkbenchStrings;
  onChange: (text: string) => void;
  onRun: () => void;
}) {
  return (
    <details className="params" open={params.trim() !== '' || !check.ok}>
      <summary>{t.params}</summary>
      <textarea
        aria-label={t.params}
        aria-invalid={!check.ok}
        aria-describedby="params-status"
        spellCheck={false}
        rows={Math.min(8, Math.max(3, params.split('\n').length))}
        value={params}
        placeholder='{"independent": true}'
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onRun();
          }
        }}
      />
      <p id="params-status" className={check.ok ? 'params-ok small' : 'params-bad small'} role={check.ok ? undefined : 'alert'}>
        {check.ok ? `✓ ${t.paramsOk}` : `✗ ${check.message}`}
      </p>
      <p className="muted small">{t.paramsHint}</p>
    </details>
  );
}
