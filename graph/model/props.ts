// Property builders. Each one is a zod schema that also records how it is
// stored, so the Kuzu DDL, the Neo4j constraints and the UI's units are all
// read off the same object instead of being written a second time.
import { z } from 'zod';

export type StorageType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN';

export interface PropMeta {
  storage: StorageType;
  /** Unit of a figure (a number stated in the document), e.g. "RMB bn" or "%". */
  unit?: string;
  /** True for numbers that are figures of the document and need provenance. */
  figure?: boolean;
}

export const propRegistry = z.registry<PropMeta>();

export const text = () => z.string().min(1).register(propRegistry, { storage: 'STRING' });
export const bool = () => z.boolean().register(propRegistry, { storage: 'BOOLEAN' });
export const int = () => z.number().int().register(propRegistry, { storage: 'INT64' });
export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).register(propRegistry, { storage: 'STRING' });

/** A year as the document states it (founding, listing, a milestone). */
export const year = () =>
  z.number().int().min(1990).max(2035).register(propRegistry, { storage: 'INT64', unit: 'year', figure: true });
/** A number written in the document, in the given unit. */
export const figure = (unit: string) =>
  z.number().finite().register(propRegistry, { storage: 'DOUBLE', unit, figure: true });
/** A whole-number figure such as a rank. */
export const count = (unit: string) =>
  z.number().int().register(propRegistry, { storage: 'INT64', unit, figure: true });

/** Reads the storage metadata of a property schema, unwrapping optional(). */
export function propMeta(schema: z.ZodType): PropMeta {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  const meta = propRegistry.get(s);
  if (!meta) throw new Error('property schema was not built with graph/model/props.ts');
  return meta;
}
