// Shared CLI plumbing: print problems (seed errors as file:line lines) and exit.
import { SeedError } from '../seed/parse';

export async function main(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof SeedError) {
      for (const p of err.problems) process.stderr.write(`${p}\n`);
      process.stderr.write(`seed failed: ${err.problems.length} problem(s); the database was left as it was\n`);
    } else {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exitCode = 1;
  }
}
