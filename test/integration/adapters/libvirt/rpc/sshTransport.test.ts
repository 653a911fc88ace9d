import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibvirtClient, LibvirtConnectionError } from '../../../../../src/adapters/libvirt/rpc/index.js';
import { LoopbackSshd } from '../../../../support/LoopbackSshd.js';
import { requireDaemon } from './libvirtFixture.js';

const sshd = new LoopbackSshd('t-rpc-sshd');
const uriWith = (knownHosts: string) =>
  `qemu+ssh://${sshd.user}@127.0.0.1:${sshd.port}/system?keyfile=${sshd.clientKey}&known_hosts=${knownHosts}`;

beforeAll(async () => {
  requireDaemon();
  await sshd.start();
  writeFileSync(join(sshd.dir, 'empty_known_hosts'), '');
});

afterAll(() => sshd.stop());

describe('the ssh transport (qemu+ssh)', () => {
  it('reaches the daemon through the system ssh client and lists domains', async () => {
    const uri = uriWith(sshd.knownHosts);
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
    const uri = uriWith(join(sshd.dir, 'empty_known_hosts'));
    const error = await LibvirtClient.connect(uri, { connectTimeoutMs: 20_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibvirtConnectionError);
    expect((error as Error).message).toMatch(/Host key verification failed/);
  });
});
