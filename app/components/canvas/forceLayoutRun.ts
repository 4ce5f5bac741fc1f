// Starts forceLayout.worker.ts and relays its frames. Kept apart from the
// pure forceLayout.ts, which the worker itself imports.
import type { ForceFrame, ForceInput } from './forceLayout';

export interface ForceRun {
  stop(): void;
}

/** Runs the layout in a worker; onFrame gets every frame, the last with done. */
export function runForceLayout(input: ForceInput, onFrame: (f: ForceFrame) => void, onError: (message: string) => void): ForceRun {
  const worker = new Worker(new URL('./forceLayout.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<ForceFrame>) => {
    onFrame(e.data);
    if (e.data.done) worker.terminate();
  };
  worker.onerror = (e) => {
    onError(e.message || 'the layout worker failed');
    worker.terminate();
  };
  worker.postMessage(input, [input.links.buffer, input.start.buffer]);
  return { stop: () => worker.terminate() };
}
