import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestStemcells, type TestStemcells } from '../stemcell/buildTestStemcells.js';
import type { GuestBoot } from '../stemcell/parseGuestReport.js';
import { waitForGuestReport } from '../stemcell/waitForGuestReport.js';
import { E2eRun } from './support/E2eRun.js';
import { networkProblems, type SentNetwork, type SentVm, settingsMacs, settingsProblems } from './support/guestChecks.js';
import { interfacesOf, libvirtHost } from './support/LibvirtHost.js';
import { BOOT_TIMEOUT_MS } from './support/lifecycleSteps.js';
import { randomStaticIp } from './support/randomStaticIp.js';
import { readStemcellManifest } from './support/readStemcellManifest.js';

// One VM (OpenStack stemcell) on three BOSH networks: a static manual network on libvirt's
// `default` network carrying the default gateway, a second static manual network on an isolated
// libvirt network this test creates (cloud_properties.name), and a dynamic network on `default`.
// The guest must find each network on the NIC whose MAC the settings name, with the static
// addresses as sent. Through the built executable; needs the libvirt daemon and `npm run build`.

let stemcells: TestStemcells;
let run: E2eRun;
let secondNetwork: string;
let octet: number;
let stemcellCid: string;
let vmCid: string;
let sent: SentVm;
let boot: GuestBoot;

beforeAll(async () => {
  await libvirtHost.version();
  stemcells = await buildTestStemcells();
  run = await E2eRun.create('nets');
  const used = await libvirtHost.usedSubnets();
  do octet = randomInt(256);
  while (used.has(octet));
  secondNetwork = `${run.id}-2nd`;
  run.trackNetwork(secondNetwork);
  await libvirtHost.createIsolatedNetwork(secondNetwork, octet);
  const manifest = await readStemcellManifest(stemcells.openstack.manifestPath);
  stemcellCid = await run.cpi.call<string>('create_stemcell', [stemcells.openstack.imagePath, manifest.cloudProperties]);
  run.track('stemcell', stemcellCid);
});

afterAll(async () => {
  const forced = await run.cleanup();
  expect(forced, 'what the CPI left behind and the test had to remove').toEqual([]);
  expect(await libvirtHost.networkActive(secondNetwork)).toBe(false);
});

describe('a VM on two manual networks and a dynamic one', () => {
  it('create_vm gives the domain one NIC per network, each on its libvirt network', async () => {
    const first: SentNetwork = {
      type: 'manual',
      ip: await randomStaticIp(),
      netmask: '255.255.255.0',
      gateway: '192.168.122.1',
      dns: ['192.168.122.1'],
      default: ['dns', 'gateway'],
      cloud_properties: {},
    };
    const second: SentNetwork = {
      type: 'manual',
      ip: `10.253.${octet}.10`,
      netmask: '255.255.255.0',
      gateway: `10.253.${octet}.1`,
      cloud_properties: { name: secondNetwork },
    };
    const dynamic: SentNetwork = { type: 'dynamic', dns: ['192.168.122.1'], cloud_properties: {} };
    sent = { agentId: randomUUID(), networks: { first, second, dynamic }, env: { bosh: { group: run.id } } };
    const [cid] = await run.cpi.call<[string, unknown]>(
      'create_vm',
      [sent.agentId, stemcellCid, { cpus: 1, memory: 256, ephemeral_disk: 64 }, sent.networks, [], sent.env],
      { stemcellApiVersion: 3 },
    );
    vmCid = cid;
    run.track('vm', vmCid);
    const interfaces = interfacesOf((await libvirtHost.domainXml(vmCid)) ?? '');
    expect(interfaces.map((i) => i.network).sort()).toEqual(['default', 'default', secondNetwork].sort());
    expect(new Set(interfaces.map((i) => i.mac)).size).toBe(3);
  });

  it('the guest reads the settings: every network with its own MAC, as sent', async () => {
    boot = (await waitForGuestReport(run.serialLogOf(vmCid), (r) => r.lastBoot?.reportDone === true, BOOT_TIMEOUT_MS))
      .lastBoot as GuestBoot;
    expect(settingsProblems(boot, sent, 'config-drive')).toEqual([]);
    const macs = settingsMacs(boot);
    expect(new Set(Object.values(macs)).size).toBe(3);
  });

  it('the guest configures each network on the NIC with its MAC: static addresses, default route on the first, no address on the dynamic one', async () => {
    expect(boot.nics).toHaveLength(3);
    expect(networkProblems(boot, sent, (await libvirtHost.domainXml(vmCid)) ?? '', 'default')).toEqual([]);
    const byName = Object.fromEntries(boot.networks.map((n) => [n.network, n]));
    expect(byName['first']).toMatchObject({ ip: sent.networks['first']?.ip, prefixLength: 24, defaultGateway: true, pingGateway: 'ok' });
    expect(byName['second']).toMatchObject({ ip: `10.253.${octet}.10`, prefixLength: 24, defaultGateway: false });
    expect(byName['dynamic']).toMatchObject({ type: 'dynamic', dhcp: 'not-attempted', ip: undefined });
    expect(new Set(boot.networks.map((n) => n.dev)).size).toBe(3);
  });

  it('delete_vm and delete_stemcell leave nothing of ours in libvirt', async () => {
    await run.cpi.call('delete_vm', [vmCid]);
    run.forget(vmCid);
    await run.cpi.call('delete_stemcell', [stemcellCid]);
    run.forget(stemcellCid);
    expect(await run.leftovers()).toEqual({ domains: [], volumes: [] });
  });
});
