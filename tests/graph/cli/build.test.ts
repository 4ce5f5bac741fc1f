import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nextBin, nextEnv } from '../../../graph/cli/build';
import { tempDir } from '../../helpers';

/**
 * What Next.js itself makes of an environment: `next telemetry status` run
 * with a telemetry record of its own (a fresh directory as its working
 * directory, where it keeps the record in a container or on CI, and as
 * XDG_CONFIG_HOME, where it keeps it elsewhere), so a first run prints the
 * notice it prints on a first `next build`.
 */
function telemetryStatus(env: NodeJS.ProcessEnv): string {
  const fresh = tempDir('lg-telemetry-');
  const res = spawnSync(nextBin, ['telemetry', 'status'], { cwd: fresh, env: { ...env, XDG_CONFIG_HOME: fresh, NO_COLOR: '1' }, encoding: 'utf8' });
  expect(res.status).toBe(0);
  return res.stdout + res.stderr;
}

const without = (name: string): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env[name];
  return env;
};

describe('the environment npm start gives next build and next start', () => {
  it('turns Next.js telemetry off when the user has not set NEXT_TELEMETRY_DISABLED: no report and no notice', () => {
    const env = nextEnv(without('NEXT_TELEMETRY_DISABLED'));
    expect(env.NEXT_TELEMETRY_DISABLED).toBe('1');
    const status = telemetryStatus(env);
    expect(status).toMatch(/Status: Disabled/);
    expect(status).not.toMatch(/Attention|collects/);
  });

  it('lets the user opt in with NEXT_TELEMETRY_DISABLED=0 (then Next.js reports, and says so)', () => {
    for (const optIn of ['0', 'false', '']) {
      const env = nextEnv({ ...process.env, NEXT_TELEMETRY_DISABLED: optIn });
      expect(env).not.toHaveProperty('NEXT_TELEMETRY_DISABLED');
    }
    const status = telemetryStatus(nextEnv({ ...process.env, NEXT_TELEMETRY_DISABLED: '0' }));
    expect(status).toMatch(/Attention: Next\.js now collects completely anonymous telemetry/);
    expect(status).toMatch(/Status: Enabled/);
  });

  it('passes any other value the user set on as it is, and keeps the rest of the environment', () => {
    const env = nextEnv({ PATH: '/usr/bin', PORT: '4000', NEXT_TELEMETRY_DISABLED: 'yes' });
    expect(env).toEqual({ PATH: '/usr/bin', PORT: '4000', NEXT_TELEMETRY_DISABLED: 'yes' });
    expect(telemetryStatus(nextEnv({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }))).toMatch(/Status: Disabled/);
  });
});
