import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyContextOverrides } from '../../../src/app/config/applyContextOverrides.js';
import { buildTestStemcells } from '../../stemcell/buildTestStemcells.js';
import { waitForGuestReport } from '../../stemcell/waitForGuestReport.js';
import { DIRECTOR_ERROR_TYPES } from '../../support/directorErrorTypes.js';
import { PrivateLibvirtd } from '../../support/libvirt/PrivateLibvirtd.js';
import { buildStemcellImage } from '../../support/libvirt/stemcellFixtures.js';
import { leftovers, removePool } from '../../support/libvirt/testPool.js';
import { runCpi } from '../../support/runCpi.js';
import { CpiConfigCpi, type CpiConfigEntry } from '../support/CpiConfigCpi.js';

// One director, two libvirt hosts, one availability zone on each, as docs/operators.md describes:
// the `libvirt_cpi` job's cpi.json holds what every host shares, and each cpi-config entry only
// what differs (URI, network, pool folder). Host 1 is this machine's daemon (shared with other
// work: only our own pool is touched). Host 2 is a second libvirtd that this test starts in a
// mount and network namespace of its own, reached through its socket. Every call goes through the
// built `cpi` executable with the request the director builds for that AZ's CPI.

const run = `t-e2e-hosts-${randomBytes(3).toString('hex')}`;
/** The same pool name on both hosts, as with `libvirt.pool` among the job's shared properties. */
const POOL = run;
const Z2_NETWORK = 'bosh-z2';
const Z2_GATEWAY = '10.244.2.1';
const BOOT_TIMEOUT_MS = 240_000;
const noBootProps = { cpus: 1, memory: 128, ephemeral_disk: 0 };
const dynamic = { default: { type: 'dynamic', cloud_properties: {} } };

let scratch: string;
let host2: PrivateLibvirtd;
let z1: CpiConfigCpi;
let z2: CpiConfigCpi;
let configPath: string;
let jobConfig: Record<string, unknown>;

interface Made {
  stemcell: string;
  vms: string[];
  disks: string[];
}
const made: Record<'z1' | 'z2', Made> = { z1: { stemcell: '', vms: [], disks: [] }, z2: { stemcell: '', vms: [], disks: [] } };
let bootStemcell = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), `${run}-`));
  await chmod(scratch, 0o755);
  host2 = await PrivateLibvirtd.start({ label: `${run}-host2` });
  // An isolated network without DHCP or DNS: no dnsmasq, no NAT needed inside the namespace.
  await host2.withClient((client) =>
    client.createNetwork(
      `<network><name>${Z2_NETWORK}</name><bridge name='virbr-z2'/><dns enable='no'/><ip address='${Z2_GATEWAY}' netmask='255.255.255.0'/></network>`,
    ),
  );
  await mkdir(join(host2.sharedDir, 'serial'), { mode: 0o755 });

  // The job's properties, rendered into cpi.json: shared by every host.
  configPath = join(scratch, 'cpi.json');
  jobConfig = {
    driver: 'libvirt',
    agent: { mbus: 'nats://nats:e2e-secret@10.0.0.6:4222' },
    locks: { dir: join(scratch, 'locks') },
    libvirt: { pool: POOL, domain_type: 'qemu', serial_log_dir: '', timeouts: { attach_s: 20, detach_s: 20 } },
  };
  await writeFile(configPath, JSON.stringify(jobConfig, null, 2));
  // The cpi-config: what differs per host.
  const cpis: CpiConfigEntry[] = [
    { name: 'kvm-1', type: 'libvirt', properties: { libvirt: { uri: 'qemu:///system', network: 'default' } } },
    {
      name: 'kvm-2',
      type: 'libvirt',
      properties: {
        libvirt: {
          uri: host2.uri,
          network: Z2_NETWORK,
          pool_path: join(host2.sharedDir, 'pool'),
          serial_log_dir: join(host2.sharedDir, 'serial'),
        },
      },
    },
  ];
  const directorUuid = randomUUID();
  z1 = new CpiConfigCpi(cpis[0]!, configPath, directorUuid, 3);
  z2 = new CpiConfigCpi(cpis[1]!, configPath, directorUuid, 3);
});

afterAll(async () => {
  await removePool(POOL).catch(() => undefined);
  await host2?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Names of host 2's domains and of the volumes in its pool. */
async function host2Objects(): Promise<{ domains: string[]; volumes: string[] }> {
  return host2.withClient(async (client) => {
    const domains = (await client.listAllDomains(0)).map((d) => d.name).sort();
    const pool = await client.lookupStoragePoolByName(POOL).catch(() => undefined);
    if (pool) await pool.refresh().catch(() => undefined);
    const volumes = pool ? (await pool.listAllVolumes(0)).map((v) => v.name).sort() : [];
    return { domains, volumes };
  });
}

describe('one director, two libvirt hosts as availability zones', () => {
  it('the director’s request carries the cpi-config entry’s properties at the top of the context', () => {
    const request = z2.request('has_vm', ['vm_x']);
    const context = request['context'] as Record<string, unknown>;
    expect(Object.keys(context)).toEqual(['director_uuid', 'request_id', 'vm', 'libvirt']);
    expect(context['request_id']).toMatch(/^cpi-\d{6}$/);
    expect(context['libvirt']).toEqual(z2.entry.properties['libvirt']);
  });

  it('imports a stemcell into each host: one volume on each, in each host’s own pool', async () => {
    const image = buildStemcellImage(scratch, 'openstack-qcow2', 16);
    made.z1.stemcell = await z1.call<string>('create_stemcell', image, {});
    made.z2.stemcell = await z2.call<string>('create_stemcell', image, {});
    expect(made.z1.stemcell).not.toBe(made.z2.stemcell);
    expect((await leftovers(POOL)).volumes).toEqual([`${made.z1.stemcell}-openstack.qcow2`]);
    expect((await host2Objects()).volumes).toEqual([`${made.z2.stemcell}-openstack.qcow2`]);
    // host 2's pool lies where its cpi-config entry said, the rest comes from the job's cpi.json
    const poolXml = await host2.virsh('pool-dumpxml', POOL);
    expect(poolXml).toContain(`<path>${join(host2.sharedDir, 'pool')}</path>`);
  });

  it('creates VMs and disks on both hosts: CIDs never collide, each host knows only its own', async () => {
    for (const [az, cpi] of [
      ['z1', z1],
      ['z2', z2],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const [vm] = await cpi.call<[string, unknown]>('create_vm', `agent-${az}-${i}`, made[az].stemcell, noBootProps, dynamic, [], {});
        made[az].vms.push(vm);
        made[az].disks.push(await cpi.call<string>('create_disk', 32, {}, vm));
      }
    }
    const all = [...made.z1.vms, ...made.z2.vms, ...made.z1.disks, ...made.z2.disks, made.z1.stemcell, made.z2.stemcell];
    expect(new Set(all).size).toBe(all.length);

    for (const [own, other, mine] of [
      [z1, z2, made.z1],
      [z2, z1, made.z2],
    ] as const) {
      for (const vm of mine.vms) {
        expect(await own.call('has_vm', vm)).toBe(true);
        expect(await other.call('has_vm', vm)).toBe(false);
      }
      for (const disk of mine.disks) {
        expect(await own.call('has_disk', disk)).toBe(true);
        expect(await other.call('has_disk', disk)).toBe(false);
      }
    }
    expect((await leftovers(POOL)).domains.sort()).toEqual([...made.z1.vms].sort());
    expect((await host2Objects()).domains).toEqual([...made.z2.vms].sort());
    // each VM's NIC joined its own host's network: the cpi-config entry's `network`
    const z2Xml = await host2.virsh('dumpxml', made.z2.vms[0]!);
    expect(z2Xml).toMatch(new RegExp(`<source network=['"]${Z2_NETWORK}['"]`));
    expect(z2Xml).toMatch(/<domain type=['"]qemu['"]/);
  });

  it('refuses a disk of the other host with a well-formed DiskNotFound that names the disk, the pool and the host', async () => {
    for (const [cpi, vm, foreignDisk, uri] of [
      [z2, made.z2.vms[0]!, made.z1.disks[0]!, host2.uri],
      [z1, made.z1.vms[0]!, made.z2.disks[0]!, 'qemu:///system'],
    ] as const) {
      const exchange = await cpi.exchange('attach_disk', [vm, foreignDisk]);
      expect(exchange.exitCode).toBe(0);
      const { result, error, log } = exchange.response;
      // Bosh::Clouds::ExternalCpi::RESPONSE_SCHEMA: result, error {type, message, ok_to_retry}, log
      expect(result).toBeNull();
      expect(typeof log).toBe('string');
      expect(error).toEqual({ type: 'Bosh::Clouds::DiskNotFound', message: expect.any(String), ok_to_retry: false });
      expect(DIRECTOR_ERROR_TYPES).toContain(error!.type);
      expect(error!.message).toContain(foreignDisk);
      expect(error!.message).toContain(`storage pool ${POOL}`);
      expect(error!.message).toContain(`libvirt host ${uri}`);
      // nothing changed: the VM has no disk, the foreign disk is still free on its own host
      expect(await cpi.call('get_disks', vm)).toEqual([]);
    }
  });

  it('attaches and detaches a disk on its own host (the second one)', async () => {
    const [vm, disk] = [made.z2.vms[0]!, made.z2.disks[0]!];
    const hint = await z2.call('attach_disk', vm, disk);
    // the hint's form is the single-host tests' business; here: an answer, and the disk is on the VM
    expect(hint).toBeTruthy();
    expect(await z2.call('get_disks', vm)).toEqual([disk]);
    await z2.call('detach_disk', vm, disk);
    expect(await z2.call('get_disks', vm)).toEqual([]);
  });

  it('boots the test stemcell on the second host: the guest reads its settings and reaches that host’s bridge', async () => {
    const stemcells = await buildTestStemcells();
    bootStemcell = await z2.call<string>('create_stemcell', stemcells.openstack.imagePath, {});
    const agentId = `agent-boot-${randomBytes(3).toString('hex')}`;
    const networks = {
      z2: {
        type: 'manual',
        ip: '10.244.2.10',
        netmask: '255.255.255.0',
        gateway: Z2_GATEWAY,
        dns: [],
        default: ['dns', 'gateway'],
        cloud_properties: {},
      },
    };
    const [vm] = await z2.call<[string, unknown]>(
      'create_vm',
      agentId,
      bootStemcell,
      { cpus: 1, memory: 256, ephemeral_disk: 0 },
      networks,
      [],
      {},
    );
    made.z2.vms.push(vm);
    const log = join(host2.sharedDir, 'serial', `${vm}.serial.log`);
    const report = await waitForGuestReport(log, (r) => r.lastBoot?.reportDone === true, BOOT_TIMEOUT_MS);
    const boot = report.lastBoot!;
    expect(boot.settings?.found && boot.settings.agentId).toBe(agentId);
    const nic = boot.networks.find((n) => n.network === 'z2');
    expect(nic?.ip).toBe('10.244.2.10');
    expect(nic?.pingGateway).toBe('ok');
    await z2.call('delete_vm', vm);
    made.z2.vms.pop();
    expect(await z2.call('has_vm', vm)).toBe(false);
  });

  it('cpi doctor, with each host’s merged config, passes on both hosts and fails on the wrong one', async () => {
    const doctor = async (label: string, properties: Readonly<Record<string, unknown>>) => {
      const path = join(scratch, `doctor-${label}.json`);
      // what a request's context does to cpi.json in the CPI, written to a file for the doctor
      await writeFile(path, JSON.stringify(applyContextOverrides(jobConfig, properties)));
      const outcome = await runCpi('', { argv: ['doctor', '--json', '--config', path] });
      return JSON.parse(outcome.stdout) as { findings: { check: string; status: string; detail: string }[]; exit_code: number };
    };
    for (const cpi of [z1, z2]) {
      const report = await doctor(cpi.entry.name, cpi.entry.properties);
      expect(report.exit_code, JSON.stringify(report.findings)).toBe(0);
      const network = (cpi.entry.properties['libvirt'] as { network: string }).network;
      expect(report.findings.find((f) => f.check === `network ${network}`)?.status).toBe('ok');
    }
    // host 2's network does not exist on host 1: the doctor looks at the host the URI names
    const wrong = await doctor('wrong-host', { libvirt: { ...(z2.entry.properties['libvirt'] as object), uri: 'qemu:///system' } });
    expect(wrong.exit_code).not.toBe(0);
    expect(wrong.findings.find((f) => f.check === `network ${Z2_NETWORK}`)?.status).toBe('fail');
  });

  it('deletes everything through each host’s CPI and leaves both hosts empty', async () => {
    for (const [az, cpi] of [
      ['z1', z1],
      ['z2', z2],
    ] as const) {
      for (const vm of made[az].vms) await cpi.call('delete_vm', vm);
      for (const disk of made[az].disks) await cpi.call('delete_disk', disk);
      await cpi.call('delete_stemcell', made[az].stemcell);
    }
    if (bootStemcell) await z2.call('delete_stemcell', bootStemcell);
    expect(await leftovers(POOL)).toEqual({ domains: [], volumes: [] });
    expect(await host2Objects()).toEqual({ domains: [], volumes: [] });
  });
});
