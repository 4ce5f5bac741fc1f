// Checks parsed seed elements against the zod model before anything is loaded,
// so a bad seed is reported as file:line and never reaches a database.
import type { z } from 'zod';
import {
  compact,
  nodeSchemas,
  propMeta,
  relSchemas,
  validateEdge,
  validateNode,
  type GraphDocument,
  type NodeLabel,
  type RelType,
} from '../model';
import type { Assignment, Location, SeedEdge, SeedElement, SeedNode } from './parse';

const at = (loc: Location, msg: string) => `${loc.file}:${loc.line}: ${msg}`;

export { edgeId } from '../model/format.mjs';
import { edgeId } from '../model/format.mjs';

function checkProps(
  owner: string,
  props: Assignment[],
  shape: z.ZodRawShape,
  problems: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of props) {
    const schema = shape[a.key] as z.ZodType | undefined;
    if (!schema) {
      problems.push(at(a, `${owner} has no property "${a.key}" in the model`));
      continue;
    }
    if (a.key in out) problems.push(at(a, `property "${a.key}" is set twice`));
    const { storage } = propMeta(schema);
    const wrongType =
      (storage === 'STRING' && typeof a.value !== 'string') ||
      (storage === 'BOOLEAN' && typeof a.value !== 'boolean') ||
      (storage === 'INT64' && (typeof a.value !== 'number' || a.decimal)) ||
      (storage === 'DOUBLE' && (typeof a.value !== 'number' || !a.decimal));
    if (wrongType) {
      const hint = storage === 'DOUBLE' ? ' written with a decimal point' : '';
      problems.push(at(a, `${owner}.${a.key} must be ${storage}${hint}, found ${JSON.stringify(a.value)}`));
    }
    out[a.key] = a.value;
  }
  return out;
}

function locate(issue: string, props: Assignment[], fallback: Location): Location {
  const key = issue.split(/[.:]/)[0];
  return props.find((p) => p.key === key) ?? fallback;
}

/** Validates elements in order; returns the graph they define, or the problems. */
export function checkElements(elements: SeedElement[]): { graph: GraphDocument; problems: string[] } {
  const problems: string[] = [];
  const defined = new Map<string, SeedNode>();
  const edges = new Map<string, SeedEdge>();
  const graph: GraphDocument = { nodes: [], edges: [] };

  for (const el of elements) {
    if (el.kind === 'node') {
      const schema = nodeSchemas[el.label as NodeLabel];
      if (!schema) {
        problems.push(at(el.at, `unknown label "${el.label}" (the model has ${Object.keys(nodeSchemas).join(', ')})`));
        continue;
      }
      const first = defined.get(el.id);
      if (first) {
        problems.push(at(el.at, `duplicate id '${el.id}' (first defined at ${first.at.file}:${first.at.line})`));
        continue;
      }
      const props = { id: el.id, ...checkProps(el.label, el.props, schema.shape, problems) };
      const node = { id: el.id, labels: [el.label], properties: props };
      for (const issue of validateNode(node)) problems.push(at(locate(issue, el.props, el.at), `${el.label} '${el.id}': ${issue}`));
      defined.set(el.id, el);
      graph.nodes.push(node);
    } else {
      const def = relSchemas[el.type as RelType];
      if (!def) {
        problems.push(at(el.at, `unknown relationship type "${el.type}"`));
        continue;
      }
      let ok = true;
      for (const end of [el.from, el.to]) {
        const node = defined.get(end.id);
        if (!node) {
          problems.push(at(el.at, `${end.label} '${end.id}' is not defined above this statement`));
          ok = false;
        } else if (node.label !== end.label) {
          problems.push(at(el.at, `'${end.id}' is a ${node.label}, not a ${end.label}`));
          ok = false;
        }
      }
      if (!ok) continue;
      const id = edgeId(el.type, el.from.id, el.to.id);
      const first = edges.get(id);
      if (first) {
        problems.push(at(el.at, `duplicate relationship ${id} (first at ${first.at.file}:${first.at.line})`));
        continue;
      }
      const props = checkProps(el.type, el.props, def.props.shape, problems);
      const edge = { id, type: el.type, source: el.from.id, target: el.to.id, properties: compact(props) };
      const labelOf = (nid: string) => defined.get(nid)?.label;
      for (const issue of validateEdge(edge, labelOf)) problems.push(at(locate(issue, el.props, el.at), `${id}: ${issue}`));
      edges.set(id, el);
      graph.edges.push(edge);
    }
  }
  return { graph, problems };
}
