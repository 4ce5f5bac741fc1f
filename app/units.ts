// Units of every figure, read off the zod model on the server and handed to
// the client components (which must not load the model and zod).
import type { z } from 'zod';
import { nodeSchemas, propMeta, relSchemas } from '@/graph/model';
import type { Units } from './components/details/figures';

export function modelUnits(): Units {
  const out: Units = {};
  const add = (owner: string, shape: Record<string, unknown>) => {
    for (const [key, schema] of Object.entries(shape)) {
      const meta = propMeta(schema as z.ZodType);
      if (meta.figure && meta.unit) (out[owner] ??= {})[key] = meta.unit;
    }
  };
  for (const [label, schema] of Object.entries(nodeSchemas)) add(label, schema.shape);
  for (const [type, def] of Object.entries(relSchemas)) add(type, def.props.shape);
  return out;
}
