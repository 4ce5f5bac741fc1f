// Node labels of a landscape. Every node has a stable string id and names in
// English and Chinese; nodes that carry figures must say where they come from.
import { z } from 'zod';
import { bool, choice, figure, int, propRegistry, text, year } from './props';

export const nodeId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by "-"')
  .register(propRegistry, { storage: 'STRING' });

const common = {
  id: nodeId,
  name_en: text(),
  name_zh: text(),
  summary_en: text().optional(),
  summary_zh: text().optional(),
  /** Exact heading of the document section the node's figures come from. */
  sourceSection: text().optional(),
};

export const factorKinds = ['driver', 'barrier', 'trend', 'challenge'] as const;

export const nodeSchemas = {
  Provider: z.object({
    ...common,
    /** The document's own classification: independent audio/video cloud provider or not. */
    independent: bool(),
    corporate_status: choice(['issuer', 'listed', 'subsidiary-of-listed', 'private']).optional(),
    founded: year().optional(),
    funding_round: text().optional(),
    funding_year: year().optional(),
    funding_rmb_m: figure('RMB m').optional(),
  }),
  Segment: z.object({
    ...common,
    level: choice(['market', 'sub-market']),
    size_unit: text().optional(),
    size_2023: figure('RMB bn').optional(),
    size_2028e: figure('RMB bn').optional(),
    cagr_2023_2028e: figure('%').optional(),
    penetration_2023: figure('%').optional(),
    penetration_2028e: figure('%').optional(),
    penetration_base_en: text().optional(),
    penetration_base_zh: text().optional(),
  }),
  Layer: z.object({
    ...common,
    abbr: text(),
  }),
  LayerAttribute: z.object({
    ...common,
    /** Column order in the document's comparison table. */
    position: int(),
  }),
  ValueChainRole: z.object({
    ...common,
    /** Left-to-right position on the chain: infrastructure first, end users last. */
    stage: int(),
  }),
  Factor: z.object({
    ...common,
    kind: choice(factorKinds),
  }),
  Technology: z.object({
    ...common,
  }),
  Ranking: z.object({
    ...common,
    year: year(),
    basis_en: text(),
    basis_zh: text(),
    top5_revenue: figure('RMB bn'),
    top5_share: figure('%'),
    market_total: figure('RMB bn'),
  }),
  PriceFact: z.object({
    ...common,
    kind: choice(['price', 'cost']),
    scope: choice(['China', 'global']),
    trend: choice(['down', 'up', 'stable', 'varies', 'up-then-down', 'fluctuating']).optional(),
    billing_en: text().optional(),
    billing_zh: text().optional(),
    /** Unit of low/high/start_value/end_value, e.g. "RMB/GB". */
    unit: text().optional(),
    year: year().optional(),
    year_from: year().optional(),
    year_to: year().optional(),
    low: figure('unit').optional(),
    high: figure('unit').optional(),
    start_value: figure('unit').optional(),
    end_value: figure('unit').optional(),
    change_pct: figure('%').optional(),
    cagr: figure('%').optional(),
  }),
  Source: z.object({
    ...common,
    kind: choice(['research-firm', 'government', 'industry-body', 'market-data', 'interviews']),
    founded: year().optional(),
    fee_rmb: figure('RMB').optional(),
  }),
  Milestone: z.object({
    ...common,
    year: year(),
    year_end: year().optional(),
  }),
  Exchange: z.object({
    ...common,
    country: text(),
  }),
} as const;

export type NodeLabel = keyof typeof nodeSchemas;
export const nodeLabels = Object.keys(nodeSchemas) as NodeLabel[];
export type NodeProps<L extends NodeLabel = NodeLabel> = z.infer<(typeof nodeSchemas)[L]>;

