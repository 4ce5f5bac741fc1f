// Runs a CLI command of package.json the way a user does, in a subprocess.
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../../helpers';

export function npmRun(args: string[], env: Record<string, string> = {}) {
  const res = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}
