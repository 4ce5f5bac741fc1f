// A provider's name with its independence shown by marker and border, not by colour alone.
import type { GraphNode } from '@/graph/model';
import { strings, type Lang } from '../components/shared/i18n';
import { isIndependent, nameOf } from '../components/shared/names';

export default function ProviderChip({ node, lang, href }: { node: GraphNode; lang: Lang; href: string }) {
  const t = strings[lang];
  const ind = isIndependent(node);
  return (
    <a href={href} className={ind ? 'chip independent' : 'chip dependent'} title={ind ? t.independentBadge : t.dependentBadge}>
      <span aria-hidden="true">{ind ? '✓ ' : '✗ '}</span>
      {nameOf(node, lang)}
      <span className="visually-hidden">{` (${ind ? t.independentBadge : t.dependentBadge})`}</span>
    </a>
  );
}
