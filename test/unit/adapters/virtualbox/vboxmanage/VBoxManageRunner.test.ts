import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../../src/domain/errors/DomainError.js';
import type { CommandResult } from '../../../../../src/ports/CommandRunner.js';
import type { VBoxHost } from '../../../../../src/adapters/virtualbox/host/VBoxHost.js';
import { VBoxManageFailure } from '../../../../../src/adapters/virtualbox/vboxmanage/VBoxManageFailure.js';
import { VBoxManageRunner } from '../../../../../src/adapters/virtualbox/vboxmanage/VBoxManageRunner.js';
import { FakeClock, MemoryLogger } from '../../../../support/virtualbox/fakes.js';
import { fixture } from './fixtures.js';

/** A host that answers VBoxManage calls from a script, one result per call. */
function scriptedHost(results: Partial<CommandResult>[]): VBoxHost & { argv: string[][] } {
  const argv: string[][] = [];
  const host = {
    description: 'scripted',
    argv,
    async run(command: readonly string[]) {
      argv.push([...command]);
      const next = results.shift();
      if (!next) throw new Error('no more scripted results');
      return { exitCode: 0, stdout: '', stderr: '', ...next };
    },
  };
  return host as unknown as VBoxHost & { argv: string[][] };
}

const policy = { attempts: 4, initialDelayMs: 100, maxDelayMs: 250 };
const locked = { exitCode: 1, stderr: fixture('7.1', 'error-session-locked.txt') };

function runnerFor(results: Partial<CommandResult>[]) {
  const host = scriptedHost(results);
  const clock = new FakeClock();
  const logger = new MemoryLogger();
  return { host, clock, logger, runner: new VBoxManageRunner(host, '/opt/vbox/VBoxManage', clock, logger, policy, 5_000) };
}

describe('VBoxManageRunner', () => {
  it('runs the configured binary with argv and strips the warning line from stdout', async () => {
    const { runner, host } = runnerFor([{ stdout: fixture('7.1', 'version-warning.txt') }]);
    const out = await runner.call(['--version']);
    expect(host.argv).toEqual([['/opt/vbox/VBoxManage', '--version']]);
    expect(out.stdout).toBe('7.1.4r165100\n');
  });

  it('retries retryable output with growing, capped pauses on the clock, then succeeds', async () => {
    const { runner, host, clock } = runnerFor([locked, locked, locked, { stdout: 'ok\n' }]);
    await expect(runner.call(['modifyvm', 'vm_x', '--cpus', '2'])).resolves.toEqual({ stdout: 'ok\n', stderr: '' });
    expect(host.argv).toHaveLength(4);
    expect(clock.sleeps).toEqual([100, 200, 250]);
  });

  it('gives up after the bounded number of attempts, saying a retry may help', async () => {
    const { runner, host } = runnerFor([locked, locked, locked, locked, locked]);
    const error = await runner.call(['modifyvm', 'vm_x']).catch((e: unknown) => e);
    expect(host.argv).toHaveLength(4);
    expect(error).toBeInstanceOf(VBoxManageFailure);
    expect(error).toMatchObject({ failureClass: 'retryable', okToRetry: true, kind: 'infrastructure', exitCode: 1 });
    expect((error as Error).message).toContain('is already locked for a session');
    expect((error as Error).message).not.toContain('Context:');
  });

  it('never retries not-found or fatal output', async () => {
    for (const [stderr, failureClass] of [
      [fixture('7.1', 'error-vm-not-found.txt'), 'not_found'],
      [fixture('7.1', 'error-resize-vmdk.txt'), 'fatal'],
    ] as const) {
      const { runner, host, clock } = runnerFor([{ exitCode: 1, stderr }]);
      await expect(runner.call(['showvminfo', 'x'])).rejects.toMatchObject({ failureClass, okToRetry: false });
      expect(host.argv).toHaveLength(1);
      expect(clock.sleeps).toEqual([]);
    }
  });

  it('treats error text printed with exit status 0 as a failure', async () => {
    const stderr =
      'VBoxManage: error: Failed to create the host-only adapter\nVBoxManage: error: VBoxNetAdpCtl: Error while adding new interface: failed to open /dev/vboxnetctl: No such file or directory\n';
    const { runner } = runnerFor([{ exitCode: 0, stdout: "Interface 'vboxnet0' was successfully created\n", stderr }]);
    await expect(runner.call(['hostonlyif', 'create'])).rejects.toMatchObject({ failureClass: 'fatal', exitCode: 0 });
  });

  it('accepts a non-zero exit the caller knows to be success', async () => {
    const { runner } = runnerFor([{ exitCode: 1, stdout: 'Waiting for VM "v" to power on...\nVM "v" has been successfully started.\n' }]);
    await expect(
      runner.call(['startvm', 'v'], { successDespiteExit: (r) => /successfully started/.test(r.stdout) }),
    ).resolves.toBeDefined();
  });

  it('reports a binary that cannot run (exit 126/127) without classifying it', async () => {
    const { runner } = runnerFor([{ exitCode: 127, stderr: 'sh: VBoxManage: not found' }]);
    const error = await runner.call(['list', 'vms']).catch((e: unknown) => e);
    expect(DomainError.is(error) && error.kind).toBe('infrastructure');
    expect(error).not.toBeInstanceOf(VBoxManageFailure);
    expect((error as Error).message).toContain('/opt/vbox/VBoxManage');
  });

  it("puts a host warning in the call's log at warning level, once however many calls print it", async () => {
    const warned = { stdout: `${fixture('recorded', 'hostonlyifs-vboxdrv-warning-6.0.txt')}` };
    const { runner, logger } = runnerFor([warned, warned, { stdout: fixture('7.1', 'version-warning.txt') }]);
    await runner.call(['list', 'hostonlyifs']);
    await runner.call(['list', 'hostonlyifs']);
    await runner.call(['--version']);
    const warnings = logger.lines.filter((l) => l.level === 'warn');
    expect(warnings.map((l) => String(l.fields?.warning).split('\n')[0])).toEqual([
      'WARNING: The vboxdrv kernel module is not loaded. Either there is no module',
      'WARNING: Environment variable LOGNAME or USER does not correspond to effective user id.',
    ]);
    expect(warnings[0]?.fields).toMatchObject({ host: 'scripted', warning: expect.stringContaining('You will not be able to start VMs') });
    expect(runner.warnings).toHaveLength(2);
  });

  it('logs secret arguments by their length only', async () => {
    const { runner, logger } = runnerFor([{}]);
    await runner.call(['setextradata', 'vm_x', 'bosh-cpi/vm/settings', '{"env":{"bosh":{"password":"secret"}}}'], { secretArgs: [3] });
    const logged = JSON.stringify(logger.lines);
    expect(logged).not.toContain('secret');
    expect(logged).toContain('<38 bytes>');
  });
});
