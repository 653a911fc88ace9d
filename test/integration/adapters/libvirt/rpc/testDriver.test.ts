import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainLifecycleEventType, DomainState, LibvirtClient, isNoSupport } from '../../../../../src/adapters/libvirt/rpc/index.js';
import { requireDaemon, uniqueName } from './libvirtFixture.js';

let client: LibvirtClient;

beforeAll(async () => {
  requireDaemon();
  client = await LibvirtClient.connect('test:///default');
});

afterAll(async () => {
  await client?.close();
});

describe('the test:///default driver through the daemon', () => {
  it('has its preloaded objects', async () => {
    expect(await client.getUri()).toBe('test:///default');
    expect((await client.listAllDomains()).map((d) => d.name)).toContain('test');
    expect((await client.listAllStoragePools()).map((p) => p.name)).toContain('default-pool');
    expect(await (await client.lookupNetworkByName('default')).isActive()).toBe(true);
  });

  it('runs a domain lifecycle with events, and says attach is unsupported', async () => {
    const name = uniqueName('testdrv');
    const events = await client.subscribeDomainEvents(['lifecycle']);
    const domain = await client.defineDomain(
      `<domain type='test'><name>${name}</name><memory>8192</memory><os><type>hvm</type></os></domain>`,
    );
    await domain.create();
    expect((await domain.getState()).state).toBe(DomainState.RUNNING);
    const attach = await domain
      .attachDevice(`<disk type='file' device='disk'><source file='/x'/><target dev='sdb' bus='scsi'/></disk>`)
      .catch((e: unknown) => e);
    expect(isNoSupport(attach)).toBe(true);
    await domain.destroy();
    await domain.undefine();
    const seen = [];
    for (const type of [
      DomainLifecycleEventType.DEFINED,
      DomainLifecycleEventType.STARTED,
      DomainLifecycleEventType.STOPPED,
      DomainLifecycleEventType.UNDEFINED,
    ]) {
      seen.push(await events.waitFor((e) => e.kind === 'lifecycle' && e.domainName === name && e.event === type, 5000));
    }
    expect(seen).toHaveLength(4);
    await events.close();
  });
});
