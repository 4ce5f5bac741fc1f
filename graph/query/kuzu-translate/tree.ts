// The gate's parse tree with spans, parents and depths, for the translation to walk and edit.
import type { SimpleTree } from '@neo4j-cypher/language-support';
import type { Located } from '../gate';

export interface Tree {
  name: string;
  start: number;
  end: number;
  terminal: boolean;
  depth: number;
  children: Tree[];
  parent?: Tree;
}

/** The parse tree with the span of every rule and terminal, so a node's parent and children can be asked for. */
export function treeOf(nodes: Located[], terminals: Map<SimpleTree, { start: number; end: number }>): Tree | undefined {
  const rules = new Map(nodes.map((n) => [n.node, n]));
  const build = (node: SimpleTree, depth: number, parent?: Tree): Tree | undefined => {
    const span = rules.get(node) ?? terminals.get(node);
    if (!span) return undefined;
    const t: Tree = { name: node.name, start: span.start, end: span.end, terminal: !rules.has(node), depth, children: [], parent };
    for (const c of node.children ?? []) {
      const ct = build(c, depth + 1, t);
      if (ct) t.children.push(ct);
    }
    return t;
  };
  const root = nodes[nodes.length - 1];
  return root ? build(root.node, 0) : undefined;
}


export const find = (t: Tree, name: string): Tree[] => (t.name === name && !t.terminal ? [t] : t.children.flatMap((c) => find(c, name)));
export const child = (t: Tree, name: string) => t.children.find((c) => c.name === name);
export const keyword = (t: Tree, word: string) => t.children.find((c) => c.terminal && c.name.toUpperCase() === word);
