// Processes and their memory, for the benchmark's memory measurement.
import fs from 'node:fs';

// ---- Processes and their memory, from /proc (Linux) ----

function status(pid: number): Record<string, string> | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Object.fromEntries(text.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  } catch {
    return undefined; // exited
  }
}

const kb = (v: string | undefined) => (v ? Number(v.replace(/\s*kB$/, '')) : 0);

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const ppid = Number(status(Number(d))?.PPid ?? -1);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return out;
}

export interface ProcessMemory {
  pid: number;
  name: string;
  /** Current resident set, MB. */
  rssMb: number;
  /** Peak resident set (VmHWM), MB. */
  peakMb: number;
}

export function memoryOf(pids: number[]): ProcessMemory[] {
  return pids.flatMap((pid) => {
    const s = status(pid);
    return s ? [{ pid, name: s.Name ?? '?', rssMb: kb(s.VmRSS) / 1024, peakMb: kb(s.VmHWM) / 1024 }] : [];
  });
}

/** Samples the summed RSS of a process tree until stopped; returns the peak seen, in MB. */
export function sampleTreeRss(pid: number, everyMs = 200): { stop(): number } {
  let peak = 0;
  let tree = processTree(pid);
  let ticks = 0;
  const sample = () => {
    if (++ticks % 10 === 0) tree = processTree(pid); // workers come and go
    peak = Math.max(peak, memoryOf(tree).reduce((a, p) => a + p.rssMb, 0));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
