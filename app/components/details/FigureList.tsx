// A list of figures (name, value, unit, year) and, when known, their source heading.
import type { FigureRow } from './figures';
import { figureText } from './figures';
import type { Strings } from '../shared/i18n';

export default function FigureList({ figures, source, t }: { figures: FigureRow[]; source?: unknown; t: Strings }) {
  return (
    <>
      {figures.length > 0 && (
        <ul className="figures">
          {figures.map((f) => (
            <li key={f.key}>{figureText(f)}</li>
          ))}
        </ul>
      )}
      {typeof source === 'string' && source && <p className="source">{t.source(source)}</p>}
    </>
  );
}
