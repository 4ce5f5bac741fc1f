// `npm run neo4j` on a machine without Java or Maven: one line saying which is
// missing and how to get it, exit code 1, no stack trace. Runs the real CLI
// with a PATH that holds only what the case leaves in.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../helpers';

const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const which = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();

/** A bin directory with only these tools (symlinked from this machine). */
function pathWith(tools: Record<string, string>): string {
  const dir = tempDir('lg-path-');
  for (const [name, target] of Object.entries(tools)) fs.symlinkSync(target, path.join(dir, name));
  return dir;
}

function runNeo4jCli(binDir: string) {
  return spawnSync(process.execPath, [tsx, 'tools/neo4j/cli.ts', '--data', tempDir('lg-neo4j-cli-')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { HOME: process.env.HOME, PATH: binDir, NODE_ENV: 'test' },
    timeout: 60_000,
  });
}

describe('npm run neo4j without the tools it needs', () => {
  it('says in one line that Java is missing, and what to install', () => {
    const r = runNeo4jCli(pathWith({ node: process.execPath }));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe(
      'error: java was not found on PATH: Neo4j needs Java 17 or newer (e.g. `apt-get install openjdk-17-jre-headless`)',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says in one line that Maven is missing when Java is there', () => {
    const java = fs.realpathSync(which('java'));
    const r = runNeo4jCli(pathWith({ node: process.execPath, java }));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe(
      'error: mvn was not found on PATH: Maven fetches Neo4j from Maven Central on the first start (e.g. `apt-get install maven`)',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
