// Relationship types: which labels each may connect, and the properties it
// carries. Figures that belong to a pair (a rank, a share of a parent market)
// live here, on the relationship, with their own provenance.
import { z } from 'zod';
import type { NodeLabel } from './nodes';
import { choice, count, figure, text, year } from './props';

const provenance = { sourceSection: text().optional() };

interface RelDef {
  pairs: ReadonlyArray<readonly [NodeLabel, NodeLabel]>;
  props: z.ZodObject;
}

const rel = <P extends z.ZodRawShape>(pairs: RelDef['pairs'], shape: P) => ({
  pairs,
  props: z.object({ ...provenance, ...shape }),
});

export const relSchemas = {
  RANKED_IN: rel([['Provider', 'Segment']], {
    year: year(),
    rank: count('rank'),
    revenue: figure('RMB bn'),
    revenue_unit: text(),
    share: figure('%'),
  }),
  LISTED_ON: rel([['Provider', 'Exchange']], {
    year: year(),
    listing: choice(['primary', 'secondary']),
    /** Whether the provider itself or its parent company is listed. */
    entity: choice(['self', 'parent']),
  }),
  OFFERS: rel([['Provider', 'Layer']], {}),
  PLAYS_ROLE: rel([['Provider', 'ValueChainRole']], {}),
  PART_OF: rel([['Segment', 'Segment'], ['Layer', 'Layer']], {
    share_2023: figure('%').optional(),
    share_2028e: figure('%').optional(),
  }),
  AT_LAYER: rel([['Segment', 'Layer'], ['ValueChainRole', 'Layer']], {}),
  HAS_ATTRIBUTE: rel([['Layer', 'LayerAttribute']], {
    value_en: text(),
    value_zh: text(),
  }),
  SUPPLIES: rel([['ValueChainRole', 'ValueChainRole']], {
    flow: choice(['cloud-resources', 'api-sdk', 'apaas', 'applications']),
    via_en: text(),
    via_zh: text(),
  }),
  AFFECTS: rel([['Factor', 'Segment']], {}),
  INVOLVES: rel([['Factor', 'Technology']], {}),
  RANKS: rel([['Ranking', 'Segment']], {}),
  APPLIES_TO: rel([['PriceFact', 'Segment']], {}),
  SOURCED_FROM: rel(
    [
      ['Segment', 'Source'],
      ['Ranking', 'Source'],
      ['PriceFact', 'Source'],
    ],
    {},
  ),
  MILESTONE_OF: rel([['Milestone', 'Segment']], {}),
  FOLLOWED_BY: rel([['Milestone', 'Milestone']], {}),
} as const satisfies Record<string, RelDef>;

export type RelType = keyof typeof relSchemas;
export const relTypes = Object.keys(relSchemas) as RelType[];
export type RelProps<T extends RelType = RelType> = z.infer<(typeof relSchemas)[T]['props']>;
