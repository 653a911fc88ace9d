import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SshHost } from '../../../../../src/adapters/virtualbox/host/SshHost.js';
import type { CommandOptions, CommandResult, CommandRunner } from '../../../../../src/ports/CommandRunner.js';

class RecordingRunner implements CommandRunner {
  readonly calls: { bin: string; args: readonly string[]; options: CommandOptions }[] = [];
  constructor(private readonly result: Partial<CommandResult> = {}) {}
  async run(bin: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
    this.calls.push({ bin, args, options });
    return { exitCode: 0, stdout: '', stderr: '', ...this.result };
  }
}

const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n';
const target = {
  host: 'vbox.example',
  port: 2222,
  user: 'vcap',
  privateKey: KEY,
  knownHosts: '[vbox.example]:2222 ssh-ed25519 AAAAC3Nza',
  connectTimeoutSeconds: 7,
};

describe('SshHost', () => {
  it('verifies the host key strictly, with only the configured known_hosts, and quotes every argument', async () => {
    const runner = new RecordingRunner();
    const host = new SshHost(runner, target);
    await host.run(['/usr/bin/VBoxManage', 'showvminfo', "vm with 'quote'", '--machinereadable'], { timeoutMs: 1000 });
    const { bin, args } = runner.calls[0]!;
    expect(bin).toBe('ssh');
    const options = args.filter((_, i) => args[i - 1] === '-o');
    expect(options).toEqual(
      expect.arrayContaining(['BatchMode=yes', 'StrictHostKeyChecking=yes', 'GlobalKnownHostsFile=/dev/null', 'ConnectTimeout=7']),
    );
    expect(options.some((o) => /StrictHostKeyChecking=(no|accept-new)/.test(o))).toBe(false);
    const knownHosts = options.find((o) => o.startsWith('UserKnownHostsFile='))!.slice('UserKnownHostsFile='.length);
    expect(readFileSync(knownHosts, 'utf8')).toBe(`${target.knownHosts}\n`);
    const key = args[args.indexOf('-i') + 1]!;
    expect(readFileSync(key, 'utf8')).toBe(KEY);
    expect(statSync(key).mode & 0o077).toBe(0);
    expect(args.slice(args.indexOf('-p'), args.indexOf('-p') + 2)).toEqual(['-p', '2222']);
    // `--` ends ssh's options before the host; the remote command is one quoted line.
    expect(args.slice(-3)).toEqual(['--', 'vbox.example', `/usr/bin/VBoxManage showvminfo 'vm with '\\''quote'\\''' --machinereadable`]);
    await host.close();
    expect(() => statSync(key)).toThrow();
  });

  it('uses key and known_hosts files in place when given as paths', async () => {
    const runner = new RecordingRunner();
    const host = new SshHost(runner, { ...target, privateKey: '/etc/cpi/id_ed25519', knownHosts: '/etc/cpi/known_hosts' });
    await host.run(['true'], { timeoutMs: 1000 });
    const { args } = runner.calls[0]!;
    expect(args).toContain('/etc/cpi/id_ed25519');
    expect(args).toContain('UserKnownHostsFile=/etc/cpi/known_hosts');
  });

  it('turns an ssh failure (exit 255) into an unavailable error that may be retried', async () => {
    const host = new SshHost(new RecordingRunner({ exitCode: 255, stderr: 'Host key verification failed.\n' }), target);
    await expect(host.run(['VBoxManage', 'list', 'vms'], { timeoutMs: 1000 })).rejects.toMatchObject({
      kind: 'unavailable',
      okToRetry: true,
      message: expect.stringContaining('Host key verification failed'),
    });
    await host.close();
  });

  it('writes files through cat with the bytes on stdin', async () => {
    const runner = new RecordingRunner();
    const host = new SshHost(runner, target);
    await host.writeFile('/home/vcap/store/vms/vm x/env.iso', new Uint8Array([1, 2, 3]));
    const call = runner.calls[0]!;
    expect(call.args.at(-1)).toBe(`cat > '/home/vcap/store/vms/vm x/env.iso'`);
    expect(call.options.input).toEqual(new Uint8Array([1, 2, 3]));
    await host.close();
  });
});
