// Starts a real Neo4j 5 (LandscapeNeo4j.java on the classpath Maven resolves
// from pom.xml) and hands back what a client needs. Used by `npm run neo4j`,
// the test setup of `npm run test:neo4j` and the bench. The first start
// downloads Neo4j's artifacts into ~/.m2 once; later starts reuse the
// classpath file kept next to the data.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const pom = path.join(here, 'pom.xml');
const source = path.join(here, 'LandscapeNeo4j.java');

/** A missing tool or a server that would not start: one line for the user, no stack trace. */
export class LauncherError extends Error {
  override name = 'LauncherError';
}

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  dataDir: string;
  port: number;
  pid: number;
  /** Milliseconds from spawn to READY. */
  readyMs: number;
  /** SIGTERM, then waits for the store to close (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
  /** Everything the JVM printed, for failures. */
  log(): string;
}

export interface StartOptions {
  /** Where the store lives (created if missing). */
  dataDir: string;
  /** 0 (default) picks a free loopback port. */
  port?: number;
  /** Kept in `<dataDir>/password` when not given, so a restart uses the same one. */
  password?: string;
  /** JVM heap, e.g. '1g' (default). A 100k-node load in one transaction wants more. */
  heap?: string;
  pagecache?: string;
  /** Where the classpath file is cached; default `<dataDir>/..`. */
  cacheDir?: string;
  /** How long to wait for READY (the first start downloads Neo4j). */
  timeoutMs?: number;
}

function need(tool: string, args: string[], what: string): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new LauncherError(`${tool} was not found on PATH: ${what}`);
  }
  if (r.status !== 0) throw new LauncherError(`\`${tool} ${args.join(' ')}\` failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
  return `${r.stdout}${r.stderr}`;
}

/** Java 17+ and Maven, or a one-line LauncherError saying which is missing. */
export function checkTools(): { java: string; maven: string } {
  const javaOut = need('java', ['-version'], 'Neo4j needs Java 17 or newer (e.g. `apt-get install openjdk-17-jre-headless`)');
  const major = Number(javaOut.match(/version "(\d+)/)?.[1] ?? 0);
  if (major < 17) throw new LauncherError(`Neo4j 5 needs Java 17 or newer; \`java -version\` says ${javaOut.split('\n')[0]}`);
  const mvnOut = need('mvn', ['-v', '-B'], 'Maven fetches Neo4j from Maven Central on the first start (e.g. `apt-get install maven`)');
  return { java: javaOut.split('\n')[0]!.trim(), maven: mvnOut.split('\n')[0]!.replace(/\u001b\[[0-9;]*m/g, '').trim() };
}

/** The runtime classpath of pom.xml, resolved by Maven once per pom version. */
export function classpath(cacheDir: string): string {
  const key = crypto.createHash('sha256').update(fs.readFileSync(pom)).digest('hex').slice(0, 12);
  const file = path.join(cacheDir, `classpath-${key}.txt`);
  const cached = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  // A cleaned ~/.m2 makes a cached classpath point at nothing: resolve again.
  if (cached && cached.split(':').every((jar) => fs.existsSync(jar))) return cached;
  const tmp = `${file}.${process.pid}.tmp`;
  const r = spawnSync('mvn', ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`, '-Dmdep.includeScope=runtime'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) {
    const why = `${r.stdout}${r.stderr}`.split('\n').find((l) => l.includes('[ERROR]')) ?? `${r.stdout}${r.stderr}`.trim().split('\n').pop();
    throw new LauncherError(`Maven could not resolve Neo4j from ${pom}: ${why?.replace(/\u001b\[[0-9;]*m/g, '').trim()}`);
  }
  fs.renameSync(tmp, file);
  return fs.readFileSync(file, 'utf8').trim();
}

function passwordFor(dataDir: string, given?: string): string {
  if (given) return given;
  const file = path.join(dataDir, 'password');
  const kept = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  if (kept) return kept;
  const made = `lg-${crypto.randomBytes(12).toString('base64url')}`;
  fs.writeFileSync(file, `${made}\n`, { mode: 0o600 });
  return made;
}

export async function startNeo4j(opts: StartOptions): Promise<Neo4jServer> {
  checkTools();
  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const cacheDir = path.resolve(opts.cacheDir ?? path.dirname(dataDir));
  fs.mkdirSync(cacheDir, { recursive: true });
  const cp = classpath(cacheDir);
  const password = passwordFor(dataDir, opts.password);
  const started = performance.now();
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xmx${opts.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      // What Neo4j's own launcher passes, so the page cache uses direct buffers.
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-cp',
      cp,
      source,
      '--data',
      path.join(dataDir, 'store'),
      '--port',
      String(opts.port ?? 0),
      '--password',
      password,
      '--pagecache',
      opts.pagecache ?? '256m',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (graceMs = 30_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(1_000);
      reject(new LauncherError(`Neo4j did not start within ${(opts.timeoutMs ?? 180_000) / 1000} s:\n${out.slice(-2000)}`));
    }, opts.timeoutMs ?? 180_000);
    const onData = () => {
      const m = out.match(/^READY (bolt:\/\/\S+)$/m);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new LauncherError(`Neo4j exited before it was ready (${signal ?? `code ${code}`}):\n${out.slice(-2000)}`));
    });
  });
  return {
    uri,
    user: 'neo4j',
    password,
    dataDir,
    port: Number(new URL(uri.replace(/^bolt:/, 'http:')).port),
    pid: child.pid!,
    readyMs: performance.now() - started,
    stop,
    log: () => out,
  };
}

/** The environment that points the app, the CLI and the tests at `server`. */
export const neo4jEnv = (server: Pick<Neo4jServer, 'uri' | 'user' | 'password'>) => ({
  NEO4J_URI: server.uri,
  NEO4J_USER: server.user,
  NEO4J_PASSWORD: server.password,
});
