// GraphML for Gephi and yEd: one <key> per property name and kind, typed.
import type { GraphDocument } from '../model';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function typeOf(v: unknown): string {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

export function toGraphML(doc: GraphDocument): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const key = (kind: 'node' | 'edge', name: string, v: unknown) => {
    const id = `${kind[0]}_${name}`;
    const type = typeOf(v);
    const prev = keys.get(id);
    if (!prev) keys.set(id, { for: kind, name, type });
    else if (prev.type !== type) prev.type = prev.type === 'long' && type === 'double' ? 'double' : 'string';
    return id;
  };
  const data = (kind: 'node' | 'edge', props: Record<string, unknown>) =>
    Object.entries(props)
      .map(([k, v]) => `      <data key="${key(kind, k, v)}">${esc(String(v))}</data>`)
      .join('\n');
  const nodes = doc.nodes.map(
    (n) =>
      `    <node id="${esc(n.id)}" labels=":${esc(n.labels.join(':'))}">\n      <data key="${key('node', 'labels', '')}">${esc(n.labels.join(':'))}</data>\n${data('node', n.properties)}\n    </node>`,
  );
  const edges = doc.edges.map(
    (e) =>
      `    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}" label="${esc(e.type)}">\n      <data key="${key('edge', 'type', '')}">${esc(e.type)}</data>\n${data('edge', e.properties)}\n    </edge>`,
  );
  const keyLines = [...keys.entries()].map(
    ([id, k]) => `  <key id="${id}" for="${k.for}" attr.name="${esc(k.name)}" attr.type="${k.type}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyLines,
    '  <graph id="landscape" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
