'use client';
// The Cypher editor: Neo4j's own (@neo4j-cypher/react-codemirror, CodeMirror 6)
// with syntax highlighting and autocomplete from the schema, plus two
// extensions of ours: Ctrl/Cmd+Enter runs the query, and the server's error
// is marked at its position (wavy underline, line tint, the message on hover).
// Loaded on the client only (next/dynamic, ssr: false): CodeMirror needs the DOM.
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec, RangeSetBuilder, StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, keymap, type DecorationSet } from '@codemirror/view';
import type { EditorApi } from '@neo4j-cypher/codemirror';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { useEffect, useMemo, useRef } from 'react';

export interface ServerErrorMark {
  /** 0-based character offset of the error in the query. */
  offset: number;
  message: string;
}

export interface QueryEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  schema?: EditorSupportSchema;
  error?: ServerErrorMark;
  ariaLabel: string;
  onEditor?: (api: EditorApi) => void;
}

const setError = StateEffect.define<ServerErrorMark | null>();

class EndMarker extends WidgetType {
  constructor(readonly message: string) {
    super();
  }
  eq(other: EndMarker) {
    return other.message === this.message;
  }
  toDOM() {
    const span = document.createElement('span');
    span.className = 'cm-server-error-end';
    span.title = this.message;
    span.textContent = '⚠';
    return span;
  }
}

function decorationsFor(doc: Text, mark: ServerErrorMark): DecorationSet {
  const from = Math.max(0, Math.min(mark.offset, doc.length));
  const line = doc.lineAt(from);
  // Mark the token at the position: a word, or one character.
  const rest = doc.sliceString(from, line.to);
  const token = /^[\p{L}\p{N}_$`]+/u.exec(rest)?.[0] ?? rest.slice(0, 1);
  const to = from + token.length;
  const builder = new RangeSetBuilder<Decoration>();
  builder.add(line.from, line.from, Decoration.line({ class: 'cm-server-error-line' }));
  if (to > from) builder.add(from, to, Decoration.mark({ class: 'cm-server-error', attributes: { title: mark.message } }));
  else builder.add(from, from, Decoration.widget({ widget: new EndMarker(mark.message), side: 1 }));
  return builder.finish();
}

const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const e of tr.effects) {
      if (e.is(setError)) return e.value ? decorationsFor(tr.state.doc, e.value) : Decoration.none;
    }
    // Any edit makes the server's verdict stale.
    return tr.docChanged ? Decoration.none : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Ctrl/Cmd+Enter: tells the page through a DOM event, so the extension is made once. */
export const RUN_EVENT = 'lg-run-query';
const runKey = Prec.highest(
  keymap.of([
    {
      key: 'Mod-Enter',
      preventDefault: true,
      run: (view) => {
        view.dom.dispatchEvent(new CustomEvent(RUN_EVENT, { bubbles: true }));
        return true;
      },
    },
  ]),
);

const errorTheme = EditorView.baseTheme({
  '.cm-server-error': {
    textDecoration: 'underline wavy #b3261e',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
    backgroundColor: 'rgba(179, 38, 30, 0.12)',
  },
  '.cm-server-error-line': { backgroundColor: 'rgba(179, 38, 30, 0.06)' },
  '.cm-server-error-end': { color: '#b3261e', fontWeight: 'bold', paddingLeft: '2px' },
});

const lineNumber = (line: number) => String(line);

export default function QueryEditor({ value, onChange, onRun, schema, error, ariaLabel, onEditor }: QueryEditorProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const api = useRef<EditorApi | null>(null);
  const run = useRef(onRun);
  useEffect(() => {
    run.current = onRun;
  });
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const go = () => run.current();
    el.addEventListener(RUN_EVENT, go);
    return () => el.removeEventListener(RUN_EVENT, go);
  }, []);

  // Made once per label: the editor reconfigures whenever the list changes.
  const postExtensions = useMemo<Extension[]>(
    () => [runKey, errorField, errorTheme, EditorView.contentAttributes.of({ 'aria-label': ariaLabel })],
    [ariaLabel],
  );

  useEffect(() => {
    const view = api.current?.codemirror;
    if (!view) return;
    if (!error) {
      view.dispatch({ effects: setError.of(null) });
      return;
    }
    const at = Math.min(error.offset, view.state.doc.length);
    view.dispatch({ effects: [setError.of(error), EditorView.scrollIntoView(at, { y: 'center' })] });
  }, [error]);

  return (
    <div ref={wrap} className="query-editor-wrap">
      <CypherEditor
        className="query-editor"
        value={value}
        onValueChanged={(v) => onChange(v)}
        schema={schema}
        theme="light"
        lineWrapping
        lineNumberFormatter={lineNumber}
        lint={false}
        autofocus
        autofocusProps={[]}
        tooltipAbsolute={false}
        postExtensions={postExtensions}
        onEditorCreated={(e) => {
          api.current = e;
          onEditor?.(e);
        }}
      />
    </div>
  );
}
