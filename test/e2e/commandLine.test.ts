// The `cpi` command for a person at a terminal: --help, --version, and a terminal on stdin,
// through both builds a user may run (the unbundled build and the single-file bundle that the
// npm package's bin and the BOSH release ship).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CPI_MAIN } from '../support/runCpi.js';

const BUNDLE = fileURLToPath(new URL('../../dist/cpi.cjs', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const builds = [
  ['the unbundled build', CPI_MAIN],
  ['the bundle', BUNDLE],
] as const;

function run(program: string, args: string[], input = '') {
  if (!existsSync(program)) throw new Error(`${program} is missing: run \`npm run build\` first`);
  return spawnSync(process.execPath, [program, ...args], {
    input,
    encoding: 'utf8',
    timeout: 20_000,
    env: { PATH: process.env['PATH'] ?? '' },
  });
}

describe.each(builds)('cpi through %s', (_name, program) => {
  it('prints its usage for --help: the request format, doctor and --config', () => {
    const result = run(program, ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`cpi ${VERSION}`);
    expect(result.stdout).toContain('"method": "calculate_vm_cloud_properties"');
    expect(result.stdout).toContain('cpi doctor [--json] --config');
    expect(result.stdout).toContain('--config PATH/TO/cpi.json');
  });

  it('prints the package version for --version', () => {
    const result = run(program, ['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${VERSION}\n`);
  });

  it('says what it expects, rather than waiting, when stdin is a terminal', () => {
    // script(1) gives the command a pseudo-terminal as stdin; -e passes its exit status on.
    const result = spawnSync('script', ['-qec', `${process.execPath} ${program} --config /nonexistent/cpi.json`, '/dev/null'], {
      input: '',
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.stdout).toContain('cpi reads one JSON request on stdin, and stdin is a terminal.');
    expect(result.stdout).toContain('usage:');
    expect(result.status).toBe(2);
  });
});
