// A link to a node of the landscape: a real URL (open in a new tab, share),
// and in place it selects the node without reloading.
import type { GraphNode } from '@/graph/model';
import type { Lang } from '../shared/i18n';
import { nameOf } from '../shared/names';
import ShapeIcon from '../canvas/ShapeIcon';

export default function NodeLink({ node, lang, href, onOpen }: { node: GraphNode; lang: Lang; href: string; onOpen: (id: string) => void }) {
  return (
    <a
      href={href}
      className="node-link"
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        onOpen(node.id);
      }}
    >
      <ShapeIcon label={node.labels[0] ?? ''} />
      {nameOf(node, lang)}
    </a>
  );
}
