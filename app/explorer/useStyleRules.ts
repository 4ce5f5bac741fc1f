'use client';
// The style rules of the view: each node's look for the canvas, and the keys
// the legend shows (styleRules.ts), recomputed when the view or the rules change.
import { useMemo } from 'react';
import type { GraphDocument } from '@/graph/model';
import type { ElementExtras } from '../components/canvas/elements';
import type { Units } from '../components/details/figures';
import type { Lang } from '../components/shared/i18n';
import { applyRules, type RuleKey, type StyleRules } from './styleRules';

export function useStyleRules(doc: GraphDocument, rules: StyleRules, lang: Lang, units: Units, faded?: Set<string>): { extras: ElementExtras; keys: RuleKey[] } {
  const applied = useMemo(() => (Object.values(rules).some(Boolean) ? applyRules(doc, rules, lang, units) : undefined), [doc, rules, lang, units]);
  return useMemo(() => ({ extras: { styles: applied?.styles, faded }, keys: applied?.legend ?? [] }), [applied, faded]);
}
