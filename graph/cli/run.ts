// Shared CLI plumbing: print problems (seed errors as file:line lines) and exit.
import { GraphError } from '../errors';
import { SeedError } from '../seed/parse';

export async function main(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof SeedError) {
      for (const p of err.problems) process.stderr.write(`${p}\n`);
      process.stderr.write(`seed failed: ${err.problems.length} problem(s); the database was left as it was\n`);
    } else if (err instanceof GraphError) {
      const at = err.details.position ? ` at line ${err.details.position.line}, column ${err.details.position.column}` : '';
      process.stderr.write(`error${at}: ${err.message}\n`);
    } else {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exitCode = 1;
  }
}
