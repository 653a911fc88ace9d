/**
 * create_vm through the executable against its floor: the same libvirt operations (stemcell
 * lookup, overlay + ephemeral + settings volumes side by side, settings upload, define, start)
 * done directly with the protocol client in one warm process, with the very same XML. Also the
 * process overhead: `info` through the executable against `node -e ''`.
 * Run: npm run build && npm run bench -- libvirt/createVm
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDomainXml } from '../../src/adapters/libvirt/domainXml/buildDomainXml.js';
import { overlayVolumeXml, volumeXml } from '../../src/adapters/libvirt/storage/storageXml.js';
import { volumeNames } from '../../src/adapters/libvirt/storage/volumeNames.js';
import { LibvirtClient } from '../../src/adapters/libvirt/rpc/index.js';
import { Iso9660SettingsMedium } from '../../src/adapters/iso9660/Iso9660SettingsMedium.js';
import type { StemcellCid, VmCid } from '../../src/domain/cid/Cid.js';
import type { AgentSettings } from '../../src/domain/settings/AgentSettings.js';
import { buildStemcellImage } from '../../test/support/libvirt/stemcellFixtures.js';
import { testPool } from '../../test/support/libvirt/testPool.js';
import { cpiCall, fmt, median, msSince, now, report, requireBuild, timed, writeConfig } from './benchSupport.js';

requireBuild();
const RUNS = Number(process.env['LIBVIRT_BENCH_RUNS'] ?? 7);
const pool = testPool('libvirt-bench');
const dir = mkdtempSync(join(tmpdir(), 't-libvirt-bench-'));
const config = writeConfig(dir, pool.libvirtConfig);
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 64 };
const networks = { default: { type: 'dynamic', cloud_properties: {} } };
const client = await LibvirtClient.connect('qemu:///system');

async function removeVm(cid: string): Promise<void> {
  const domain = await client.lookupDomainByName(cid).catch(() => undefined);
  await domain?.destroy().catch(() => undefined);
  await domain?.undefine(7).catch(() => undefined);
  const p = await client.lookupStoragePoolByName(pool.name);
  for (const name of volumeNames.vmVolumes(cid as VmCid)) await (await p.lookupVolumeByName(name).catch(() => undefined))?.delete(0);
}

try {
  const stemcell = (await cpiCall(config, 'create_stemcell', [buildStemcellImage(dir, 'openstack-qcow2', 200), {}])).result as StemcellCid;
  const storage = await client.lookupStoragePoolByName(pool.name);
  const settings: AgentSettings = {
    agent_id: 'agent-floor',
    vm: { name: 'x' },
    mbus: 'nats://127.0.0.1:4222',
    ntp: [],
    networks: { default: { type: 'dynamic', mac: '52:54:00:aa:bb:cc', preconfigured: false } },
    disks: { system: '/dev/vda', ephemeral: { path: '/dev/vdb', id: 'bosh_ephemeral' }, persistent: {} },
    env: {},
  };
  const iso = new Iso9660SettingsMedium().build('config-drive', settings);

  /** The floor: what create_vm asks of libvirt, from a warm connection, nothing else. */
  async function floorCreate(i: number): Promise<number> {
    const cid = `vm_${'f'.repeat(20)}${i.toString(16).padStart(4, '0')}` as VmCid;
    const start = now();
    const sc = await storage.lookupVolumeByName(volumeNames.stemcell(stemcell, 'openstack'));
    const [info, path] = await Promise.all([sc.getInfo(), sc.getPath()]);
    await Promise.all([
      storage.createVolume(overlayVolumeXml(volumeNames.root(cid), info.capacityBytes, path, 'qcow2')),
      storage.createVolume(volumeXml(volumeNames.ephemeral(cid), 64 * 1024 * 1024, 'qcow2')),
      (async () => {
        const v = await storage.createVolume(volumeXml(volumeNames.settings(cid), iso.length, 'raw'));
        await v.upload(
          (async function* () {
            yield iso;
          })(),
          { length: iso.length },
        );
      })(),
    ]);
    const domain = await client.defineDomain(
      buildDomainXml({
        name: cid,
        type: 'qemu',
        machine: 'pc',
        memoryMiB: 128,
        cpus: 1,
        pool: pool.name,
        rootVolume: volumeNames.root(cid),
        ephemeralVolume: volumeNames.ephemeral(cid),
        settingsVolume: volumeNames.settings(cid),
        nics: [{ mac: '52:54:00:aa:bb:cc', network: 'default' }],
        metadata: {
          vmCid: cid,
          agentId: 'agent-floor',
          stemcell: { cid: stemcell, kind: 'openstack' },
          medium: 'config-drive',
          volumes: { root: volumeNames.root(cid), ephemeral: volumeNames.ephemeral(cid), settings: volumeNames.settings(cid) },
          settings,
          boshMetadata: {},
        },
      }),
    );
    await domain.create();
    const ms = msSince(start);
    await removeVm(cid);
    return ms;
  }

  async function cpiCreate(): Promise<number> {
    const { result, run } = await cpiCall(config, 'create_vm', ['agent-bench', stemcell, vmProps, networks, [], {}]);
    await removeVm((result as [string])[0]);
    return run.ms;
  }

  await floorCreate(999); // warm-up: JIT, daemon caches
  await cpiCreate();
  const floor: number[] = [];
  const cpi: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    floor.push(await floorCreate(i));
    cpi.push(await cpiCreate());
  }
  console.log(`create_vm, median of ${RUNS} (interleaved), TCG guest without an OS`);
  report('cpi executable (process start to exit)', median(cpi), 'floor (same libvirt calls, warm client)', median(floor), '<= 1.15x');

  const info: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    bare.push((await timed(process.execPath, ['-e', ''])).ms);
    info.push((await cpiCall(config, 'info', [])).run.ms);
  }
  console.log(`process overhead, median of ${RUNS + 3}`);
  report('info through the executable', median(info), "node -e ''", median(bare), '<= 1.5x');
  console.log(
    `  (create_vm minus its floor: ${fmt(median(cpi) - median(floor))} ms; info minus node: ${fmt(median(info) - median(bare))} ms)`,
  );
  await cpiCall(config, 'delete_stemcell', [stemcell]);
} finally {
  await client.close();
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
}
