// A node's name and summary in the chosen language, falling back to the other.
import type { GraphNode } from '@/graph/model';
import type { Lang } from './i18n';

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

export function nameOf(node: GraphNode | undefined, lang: Lang): string {
  if (!node) return '?';
  const p = node.properties;
  return (lang === 'zh' ? str(p.name_zh) ?? str(p.name_en) : str(p.name_en) ?? str(p.name_zh)) ?? node.id;
}

/** The name in the other language, for showing both ("the Group · 本集團"). */
export function otherNameOf(node: GraphNode | undefined, lang: Lang): string | undefined {
  if (!node) return undefined;
  const other = str(node.properties[lang === 'zh' ? 'name_en' : 'name_zh']);
  return other && other !== nameOf(node, lang) ? other : undefined;
}

export function summaryOf(node: GraphNode | undefined, lang: Lang): string | undefined {
  if (!node) return undefined;
  const p = node.properties;
  return lang === 'zh' ? str(p.summary_zh) ?? str(p.summary_en) : str(p.summary_en) ?? str(p.summary_zh);
}

/** A property that comes as a pair (via_en / via_zh) in the chosen language. */
export function localised(props: Record<string, unknown>, base: string, lang: Lang): string | undefined {
  return str(props[`${base}_${lang}`]) ?? str(props[`${base}_${lang === 'zh' ? 'en' : 'zh'}`]);
}

export const isIndependent = (node: GraphNode | undefined) => node?.properties.independent === true;
export const labelOf = (node: GraphNode | undefined) => node?.labels[0] ?? '';
