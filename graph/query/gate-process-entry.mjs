// Starts the gate's process (gate-process-main.ts) through tsx's scoped
// loader: with `--import tsx` the parser's 20 MB CommonJS bundle went through
// tsx's require hook too, and the process took 280 MB of RSS against 175 MB.
import { tsImport } from 'tsx/esm/api';

await tsImport('./gate-process-main.ts', import.meta.url);
