import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCleanupCommand } from '../../../../src/app/cli/runCleanupCommand.js';
import { describeLeftover } from '../../../../src/app/cli/describeLeftover.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCleanupCommand({ argv, write: (text) => (out += text), logger: quiet });
  return { code, out };
}

describe('cpi cleanup', () => {
  it('without a config prints its usage and exits 2', async () => {
    expect(await run(['--dry-run'])).toEqual({ code: 2, out: 'usage: cpi cleanup [--dry-run] [--json] --config PATH/TO/cpi.json\n' });
  });

  it('a bad config is exit 1 with the reason', async () => {
    const { code, out } = await run(['--config', '/nonexistent/cpi.json']);
    expect(code).toBe(1);
    expect(out).toMatch(/^cpi cleanup: cannot read the CPI config \/nonexistent\/cpi.json/);
  });

  it('a driver without creation marks says so and removes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpi-cleanup-'));
    const config = join(dir, 'cpi.json');
    await writeFile(config, JSON.stringify({ driver: 'memory', agent: { mbus: 'nats://10.0.0.6:4222' } }));
    expect(await run(['--config', config])).toEqual({ code: 0, out: 'the memory driver keeps no creation marks\n0 leftovers removed\n' });
    expect(JSON.parse((await run(['--json', '--dry-run', '--config', config])).out)).toEqual({ found: [] });
  });

  it('asks a driver loaded on demand for its leftovers: the VirtualBox driver keeps marks in store_dir', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpi-cleanup-'));
    const config = join(dir, 'cpi.json');
    // no marks folder yet: nothing to list, and VBoxManage (absent here) is never run
    const virtualbox = { bin: join(dir, 'no-VBoxManage'), store_dir: join(dir, 'store') };
    await writeFile(
      config,
      JSON.stringify({ driver: 'virtualbox', agent: { mbus: 'nats://10.0.0.6:4222' }, locks: { dir: join(dir, 'locks') }, virtualbox }),
    );
    expect(await run(['--dry-run', '--config', config])).toEqual({ code: 0, out: '0 leftovers found (nothing removed: --dry-run)\n' });
  });

  it('describes a leftover by what, since when, why, and its cost', () => {
    expect(
      describeLeftover({
        what: 'vm vm_1',
        objects: ['domain vm_1 (running)', 'volume vm_1-root.qcow2'],
        since: '2026-12-06T23:00:00.000Z',
        reason: 'its creating process is dead',
        diskBytes: 3 * 1024 * 1024,
        memoryBytes: 128 * 1024 * 1024,
      }),
    ).toBe(
      'vm vm_1: since 2026-12-06T23:00:00.000Z, its creating process is dead; 3 MiB disk, 128 MiB RAM (running); domain vm_1 (running), volume vm_1-root.qcow2',
    );
  });
});
