import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibvirtClient, LibvirtConnectionError } from '../../../src/adapters/libvirt/rpc/index.js';
import { requireDaemon } from './libvirtFixture.js';

const dir = mkdtempSync(join(tmpdir(), 't-rpc-sshd-'));
let sshd: ChildProcess | undefined;
let port = 0;
let sshdLog = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: chosen } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return chosen;
}

async function waitForPort(target: number, timeoutMs: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(target, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() - start > timeoutMs) throw new Error(`sshd did not listen on ${target}: ${sshdLog}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  requireDaemon();
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host_key')]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'client_key')]);
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')));
  port = await freePort();
  const hostKey = readFileSync(join(dir, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  writeFileSync(join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${hostKey}\n`);
  writeFileSync(join(dir, 'empty_known_hosts'), '');
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
      '',
    ].join('\n'),
  );
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 }); // sshd's privilege separation folder
  sshd = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  sshd.stderr!.on('data', (chunk: Buffer) => {
    sshdLog = (sshdLog + chunk.toString()).slice(-4000);
  });
  await waitForPort(port, 10_000);
});

afterAll(() => {
  if (sshd?.pid !== undefined && sshd.exitCode === null) process.kill(sshd.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('the ssh transport (qemu+ssh)', () => {
  it('reaches the daemon through the system ssh client and lists domains', async () => {
    const uri =
      `qemu+ssh://root@127.0.0.1:${port}/system?keyfile=${join(dir, 'client_key')}` +
      `&known_hosts=${join(dir, 'known_hosts')}`;
    const client = await LibvirtClient.connect(uri, { connectTimeoutMs: 20_000 });
    try {
      expect(await client.getUri()).toBe('qemu:///system');
      const domains = await client.listAllDomains();
      expect(Array.isArray(domains)).toBe(true);
      expect(await (await client.lookupNetworkByName('default')).isActive()).toBe(true);
    } finally {
      await client.close();
    }
  });

  it('refuses a host whose key is not in known_hosts', async () => {
    const uri =
      `qemu+ssh://root@127.0.0.1:${port}/system?keyfile=${join(dir, 'client_key')}` +
      `&known_hosts=${join(dir, 'empty_known_hosts')}`;
    const error = await LibvirtClient.connect(uri, { connectTimeoutMs: 20_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtConnectionError);
    expect((error as Error).message).toMatch(/Host key verification failed/);
  });
});
