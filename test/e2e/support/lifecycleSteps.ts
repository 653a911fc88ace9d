import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { GuestBoot, GuestReport } from '../../stemcell/parseGuestReport.js';
import { readGuestReport, serialLogSize, waitForGuestReport } from '../../stemcell/waitForGuestReport.js';
import type { E2eRun } from './E2eRun.js';
import { AgentPersistentDisks } from '../../support/agentDiskResolvers.js';
import { describeNetworks, serialNames, networkProblems, type SentNetwork, type SentVm, settingsProblems } from './guestChecks.js';
import { libvirtHost } from './LibvirtHost.js';
import { readSettingsMedium } from './readSettingsMedium.js';
import { readStemcellManifest } from './readStemcellManifest.js';
import { type DevicePathResolution, mountDiskLikeAgent } from './mountDiskLikeAgent.js';
import { expectThat, ok, type Step, type StepOutcome } from './Step.js';

/** Boots take ~5 s on an idle machine under TCG; far longer when the two cores are busy. */
export const BOOT_TIMEOUT_MS = 180_000;
/** The guest polls for disks every 0.5 s; a marker or a removal shows within a second when idle. */
export const DISK_TIMEOUT_MS = 90_000;
const DISK_MIB = 64;
const MiB = 1024 * 1024;

export interface LifecycleOptions {
  readonly format: 'openstack-qcow2' | 'vsphere-ova';
  /** the `image` file of the stemcell tarball, and its stemcell.MF */
  readonly imagePath: string;
  readonly manifestPath: string;
  /**
   * What the director tells the CPI of the stemcell (`context.vm.stemcell.api_version`), for VM 1
   * and for VM 2, the VM the disk moves to (as after a stemcell update). Below 2 the CPI must also
   * write each disk hint into the settings medium, and the guest then resolves the hint itself, as
   * the agent's mount_disk does after re-reading its settings; from 2 on the hint goes to the agent
   * through the director (add_persistent_disk), and the test resolves it against the disks the
   * guest reported, by the agent's rules. Giving the two VMs different versions checks both paths
   * with the same boots.
   */
  readonly stemcellApiVersions: { readonly vm1: number; readonly vm2: number };
  /** static address on the `default` network (192.168.122.0/24) */
  readonly ip: string;
}

interface VmState {
  cid: string;
  /** `context.vm.stemcell.api_version` of every call about this VM */
  stemcellApiVersion: number;
  sent: SentVm;
  log: string;
  /** where the current boot starts in the serial log */
  bootOffset: number;
  bootId: string | undefined;
}

/**
 * The lifecycle a director drives, for one stemcell format, with the guest's view checked at
 * each step: create_stemcell, create_vm (static manual network), the guest's settings, metadata,
 * create_disk, attach_disk (the guest finds the disk where the hint says and writes its marker),
 * detach_disk, reboot_vm, attach again (marker intact), delete_vm keeping the attached disk, a new
 * VM that gets the disk and reads the marker, and every VM, disk and stemcell deleted, with
 * nothing of ours left in libvirt.
 */
export function lifecycleSteps(setup: () => { readonly run: E2eRun; readonly options: LifecycleOptions }): Step[] {
  // Known when the first step runs (the tests name their steps before the stemcells are built).
  let run!: E2eRun;
  let options!: LifecycleOptions;
  let cpi!: E2eRun['cpi'];
  let source!: 'cdrom' | 'config-drive';
  let resolution!: DevicePathResolution;
  const init = () => {
    if (run !== undefined) return;
    ({ run, options } = setup());
    cpi = run.cpi;
    source = options.format === 'openstack-qcow2' ? 'config-drive' : 'cdrom';
    resolution = options.format === 'openstack-qcow2' ? 'virtio' : 'scsi';
  };
  const callOptions = (current: VmState) => ({ stemcellApiVersion: current.stemcellApiVersion });
  /** Below API version 2 the agent reads persistent disks from the settings the CPI keeps. */
  const hintsInSettings = (current: VmState) => current.stemcellApiVersion < 2;
  let stemcellCid: string | undefined;
  let diskCid: string | undefined;
  let vm: VmState | undefined;
  /** boot_id the marker was written under: the proof that later reads find the same data */
  let markerBootId: string | undefined;
  let markerDev: string | undefined;

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is missing: an earlier step failed`);
    return value;
  };

  const createVm = (label: string, which: 'vm1' | 'vm2', diskCids: () => string[]): Step => ({
    name: `create_vm (${label})`,
    async run() {
      const sc = need(stemcellCid, 'the stemcell');
      const sent = sentVm(run.id, options.ip);
      const stemcellApiVersion = options.stemcellApiVersions[which];
      const result = await cpi.call<[string, unknown]>(
        'create_vm',
        [sent.agentId, sc, { cpus: 1, memory: 256, ephemeral_disk: 64 }, sent.networks, diskCids(), sent.env],
        { stemcellApiVersion },
      );
      const cid = Array.isArray(result) ? result[0] : undefined;
      if (typeof cid !== 'string')
        return ok(JSON.stringify(result), [`create_vm returned ${JSON.stringify(result)}, not [vm_cid, networks]`]);
      run.track('vm', cid);
      vm = { cid, stemcellApiVersion, sent, log: run.serialLogOf(cid), bootOffset: 0, bootId: undefined };
      const [has, state, xml] = await Promise.all([cpi.call('has_vm', [cid]), libvirtHost.domainState(cid), libvirtHost.domainXml(cid)]);
      return ok(cid, [
        ...expectThat(/^vm_[0-9a-f]{24}$/.test(cid), `VM CID ${cid} has not the vm_ form`),
        ...expectThat(has === true, `has_vm says ${JSON.stringify(has)}`),
        ...expectThat(state === 'running', `the domain is ${state}, not running`),
        ...expectThat(/<domain type=['"]qemu['"]/.test(xml ?? ''), 'the domain is not of type qemu (software emulation)'),
      ]);
    },
  });

  const guestBoots = (label: string): Step => ({
    name: `guest boots and reports (${label})`,
    async run() {
      const current = need(vm, 'the VM');
      const report = await waitForGuestReport(current.log, (r) => r.lastBoot?.reportDone === true, BOOT_TIMEOUT_MS);
      return checkBoot(current, report, 0);
    },
  });

  const checkBoot = async (current: VmState, report: GuestReport, fromOffset: number): Promise<StepOutcome> => {
    const boot = report.lastBoot as GuestBoot;
    current.bootOffset = boot.lines[0]?.offset ?? fromOffset;
    current.bootId = boot.bootId;
    const xml = (await libvirtHost.domainXml(current.cid)) ?? '';
    const problems = [
      ...expectThat(boot.complete, 'the boot line is missing'),
      ...expectThat(boot.failedModules.length === 0, `modules failed to load: ${boot.failedModules.join(',')}`),
      ...settingsProblems(boot, current.sent, source),
      ...networkProblems(boot, current.sent, xml, 'default'),
      ...expectThat(boot.ephemeral.length === 1, `ephemeral disks found: ${JSON.stringify(boot.ephemeral)}`),
    ];
    const settings = boot.settings?.found ? boot.settings : undefined;
    const guest = [
      `report at ${boot.reportDoneUptime ?? '?'} s uptime`,
      `settings via ${settings?.source ?? 'nothing'} (agent_id ${settings?.agentId === current.sent.agentId ? 'matches' : 'WRONG'})`,
      describeNetworks(boot),
      `ephemeral ${boot.ephemeral.map((e) => e.dev).join(',') || 'none'}`,
    ].join('; ');
    return ok(`boot_id ${boot.bootId?.slice(0, 8)}`, problems, guest);
  };

  /**
   * attach_disk, then the guest's marker on the disk, and the disk the agent's mount_disk would
   * mount, by the path the VM's stemcell API version takes:
   * - below 2, the CPI rewrites the settings medium; the guest reads it again (as mount_disk
   *   does) and resolves the hint stored there under the disk CID by the agent's rules itself;
   * - from 2 on, the director hands the hint to the agent (add_persistent_disk stores it under
   *   the disk CID) and asks it to mount_disk: the test resolves it by the same rules against
   *   the disks the guest reported, and the settings medium must not change.
   * For `virtio`, the rule of agents before v2.524.0 (CID[0:20]) must find the same disk.
   */
  const attach = (label: string, expectPrevious: boolean): Step => ({
    name: `attach_disk (${label})`,
    async run() {
      const current = need(vm, 'the VM');
      const disk = need(diskCid, 'the disk');
      const viaSettings = hintsInSettings(current);
      const actionOffset = await serialLogSize(current.log);
      const hint = await cpi.call('attach_disk', [current.cid, disk], callOptions(current));
      // the only disk that appears in this step: its serial is checked below, not assumed
      const newMarker = (boot: GuestBoot | undefined) => (boot?.markers ?? []).filter((m) => m.offset >= actionOffset).at(-1);
      const guestResolved = (boot: GuestBoot | undefined, dev: string | undefined) =>
        (boot?.resolutions ?? []).filter((r) => r.dev === dev && r.cid === disk && r.offset >= actionOffset).at(-1);
      const fromBoot = { fromOffset: current.bootOffset };
      let report = await waitForGuestReport(current.log, (r) => newMarker(r.lastBoot) !== undefined, DISK_TIMEOUT_MS, fromBoot);
      if (viaSettings) {
        // the guest looks again for a minute; if it never finds the disk, the checks below say so
        report = await waitForGuestReport(
          current.log,
          (r) => guestResolved(r.lastBoot, newMarker(r.lastBoot)?.dev) !== undefined,
          DISK_TIMEOUT_MS,
          fromBoot,
        ).catch(() => readGuestReport(current.log, current.bootOffset));
      }
      const boot = report.lastBoot as GuestBoot;
      const marker = newMarker(boot);
      if (!marker) return ok(JSON.stringify(hint), ['no marker']);
      const guestDisk = boot.disks.find((d) => d.name === marker.dev);
      const attached = await cpi.call<string[]>('get_disks', [current.cid]);
      const onMedium =
        ((await readSettingsMedium(current.cid, options.format))['disks'] as Record<string, Record<string, unknown>>)['persistent'] ?? {};
      const rule = resolution === 'scsi' ? 'scsi-id' : 'virtio-id';
      const problems = [
        ...expectThat(
          hint !== null && hint !== '' && !isDeepStrictEqual(hint, {}),
          `attach_disk returned an empty hint ${JSON.stringify(hint)}`,
        ),
        ...expectThat(marker.error === undefined, `marker error ${marker.error}`),
        ...expectThat(guestDisk?.serial === disk, `the guest sees serial ${guestDisk?.serial}, not the disk CID ${disk}`),
        ...expectThat(guestDisk?.sizeBytes === DISK_MIB * MiB, `the guest sees ${guestDisk?.sizeBytes} bytes, created ${DISK_MIB} MiB`),
        ...expectThat(isDeepStrictEqual(attached, [disk]), `get_disks says ${JSON.stringify(attached)}`),
        ...expectThat(marker.previous === expectPrevious, `marker previous=${marker.previous}, expected ${expectPrevious}`),
      ];
      // The agent's persistent disk settings, filled the way this stemcell API version fills them.
      let store: AgentPersistentDisks;
      let found: string;
      if (viaSettings) {
        problems.push(
          ...expectThat(
            isDeepStrictEqual(onMedium[disk], hint),
            `the settings medium holds ${JSON.stringify(onMedium)}, not the hint for ${disk}`,
          ),
        );
        store = AgentPersistentDisks.fromSettings(onMedium);
        const byGuest = guestResolved(boot, marker.dev);
        problems.push(
          ...expectThat(
            byGuest?.rule === rule,
            `the guest resolved the settings hint for ${disk} as ${JSON.stringify(byGuest)}, expected ${marker.dev} by ${rule}`,
          ),
          ...expectThat(
            resolution === 'scsi' || byGuest === undefined || byGuest.first20 === true,
            `by the guest's rules an agent before v2.524.0 would not find ${disk} (first20=${byGuest?.first20})`,
          ),
        );
        found = `settings hint found by the guest itself (${byGuest?.rule ?? 'nothing'}${byGuest?.first20 ? ', by CID[0:20] too' : ''})`;
      } else {
        problems.push(
          ...expectThat(
            onMedium[disk] === undefined,
            `the settings medium names the disk, though the director hands hints over: ${JSON.stringify(onMedium)}`,
          ),
        );
        store = new AgentPersistentDisks();
        store.add(disk, hint); // the director's add_persistent_disk(disk CID, hint)
        found = 'hint handed over by add_persistent_disk';
      }
      const mounted = mountDiskLikeAgent(store, disk, resolution, boot.disks);
      problems.push(
        ...expectThat(
          mounted.current?.dev === marker.dev && mounted.current.rule === rule,
          `mount_disk (${resolution} rules) finds ${JSON.stringify(mounted.current)}, but the disk is ${marker.dev} (by-id ${guestDisk?.byId.join(',') || 'none'}), expected by ${rule}`,
        ),
        ...expectThat(
          mounted.beforeV2524?.dev === marker.dev,
          `an agent before v2.524.0 finds ${JSON.stringify(mounted.beforeV2524)}, but the disk is ${marker.dev}`,
        ),
      );
      found += `; mount_disk finds ${mounted.current?.dev ?? 'nothing'} (${mounted.current?.rule ?? '-'}), before v2.524.0 ${mounted.beforeV2524?.dev ?? 'nothing'}`;
      if (expectPrevious) {
        problems.push(
          ...expectThat(
            marker.record?.bootId === markerBootId,
            `the marker was written in boot ${marker.record?.bootId}, expected ${markerBootId}`,
          ),
          ...expectThat(serialNames(marker.record?.serial, disk), `the marker names serial ${marker.record?.serial}`),
        );
      } else {
        problems.push(...expectThat(marker.readback === 'ok', `marker readback ${marker.readback}`));
        markerBootId = marker.record?.bootId;
      }
      markerDev = marker.dev;
      const guest = `${marker.dev} ${(guestDisk?.sizeBytes ?? 0) / MiB} MiB, stemcell API ${current.stemcellApiVersion}: ${found}; marker ${marker.previous ? `intact (written in boot ${marker.record?.bootId?.slice(0, 8)})` : `written, readback ${marker.readback}`}`;
      return ok(JSON.stringify(hint), problems, guest);
    },
  });

  const deleteVm = (label: string): Step => ({
    name: `delete_vm (${label}, disk still attached)`,
    async run() {
      const current = need(vm, 'the VM');
      const disk = need(diskCid, 'the disk');
      await cpi.call('delete_vm', [current.cid]);
      run.forget(current.cid);
      const [has, state, hasDisk, volumes] = await Promise.all([
        cpi.call('has_vm', [current.cid]),
        libvirtHost.domainState(current.cid),
        cpi.call('has_disk', [disk]),
        libvirtHost.volumes(run.pool),
      ]);
      const names = volumes.map((v) => v.name);
      return ok('ok', [
        ...expectThat(has === false, `has_vm says ${JSON.stringify(has)} after delete_vm`),
        ...expectThat(state === undefined, `the domain is still defined (${state})`),
        ...expectThat(hasDisk === true, `has_disk says ${JSON.stringify(hasDisk)}: the persistent disk went with the VM`),
        ...expectThat(
          names.some((n) => n.startsWith(disk)),
          `the disk's volume is gone: ${names.join(', ')}`,
        ),
        ...expectThat(
          !names.some((n) => n.startsWith(current.cid)),
          `volumes of the VM are left: ${names.filter((n) => n.startsWith(current.cid)).join(', ')}`,
        ),
      ]);
    },
  });

  return [
    {
      name: 'create_stemcell',
      async run() {
        const manifest = await readStemcellManifest(options.manifestPath);
        const cid = await cpi.call<string>('create_stemcell', [options.imagePath, manifest.cloudProperties]);
        run.track('stemcell', cid);
        stemcellCid = cid;
        const volumes = (await libvirtHost.volumes(run.pool)).filter((v) => v.name.startsWith(cid));
        return ok(`${cid} (${manifest.name}, ${manifest.formats.join('/')})`, [
          ...expectThat(/^sc_[0-9a-f]{24}$/.test(cid), `stemcell CID ${cid} has not the sc_ form`),
          ...expectThat(volumes.length === 1, `volumes for the stemcell: ${volumes.map((v) => v.name).join(', ') || 'none'}`),
        ]);
      },
    },
    createVm('VM 1, static IP', 'vm1', () => []),
    guestBoots('VM 1'),
    {
      name: 'set_vm_metadata',
      async run() {
        const current = need(vm, 'the VM');
        const instance = `lifecycle/${randomUUID()}`;
        const metadata = {
          director: 'e2e-director',
          deployment: run.id,
          job: 'lifecycle',
          instance_group: 'lifecycle',
          index: '0',
          name: instance,
          created_at: new Date().toISOString(),
        };
        await cpi.call('set_vm_metadata', [current.cid, metadata], callOptions(current));
        const xml = (await libvirtHost.domainXml(current.cid)) ?? '';
        return ok(
          `title ${instance}`,
          expectThat(xml.includes(instance) && xml.includes(run.id), 'the domain does not carry the metadata'),
        );
      },
    },
    {
      name: `create_disk (${DISK_MIB} MiB)`,
      async run() {
        const current = need(vm, 'the VM');
        const cid = await cpi.call<string>('create_disk', [DISK_MIB, {}, current.cid], callOptions(current));
        run.track('disk', cid);
        diskCid = cid;
        const [has, volumes] = await Promise.all([cpi.call('has_disk', [cid]), libvirtHost.volumes(run.pool)]);
        const volume = volumes.find((v) => v.name.startsWith(cid) && !v.name.includes('metadata'));
        return ok(cid, [
          ...expectThat(/^disk_[0-9a-f]{15}$/.test(cid), `disk CID ${cid} has not the disk_ form`),
          ...expectThat(has === true, `has_disk says ${JSON.stringify(has)}`),
          ...expectThat(volume?.capacityBytes === DISK_MIB * MiB, `the disk volume holds ${volume?.capacityBytes} bytes`),
        ]);
      },
    },
    attach('VM 1', false),
    {
      name: 'detach_disk',
      async run() {
        const current = need(vm, 'the VM');
        const disk = need(diskCid, 'the disk');
        const dev = need(markerDev, 'the disk in the guest');
        const actionOffset = await serialLogSize(current.log);
        await cpi.call('detach_disk', [current.cid, disk], callOptions(current));
        await waitForGuestReport(
          current.log,
          (r) => r.lines.some((l) => l.key === 'blk-removed' && l.fields['name'] === dev && l.offset >= actionOffset),
          DISK_TIMEOUT_MS,
          {
            fromOffset: current.bootOffset,
          },
        );
        const attached = await cpi.call<string[]>('get_disks', [current.cid]);
        const problems = expectThat(isDeepStrictEqual(attached, []), `get_disks says ${JSON.stringify(attached)}`);
        if (hintsInSettings(current)) {
          const onMedium = ((await readSettingsMedium(current.cid, options.format))['disks'] as Record<string, Record<string, unknown>>)[
            'persistent'
          ];
          problems.push(
            ...expectThat(onMedium?.[disk] === undefined, `the settings medium still names the disk: ${JSON.stringify(onMedium)}`),
          );
        }
        return ok('ok', problems, `${dev} removed`);
      },
    },
    {
      name: 'reboot_vm',
      async run() {
        const current = need(vm, 'the VM');
        const before = current.bootId;
        const actionOffset = await serialLogSize(current.log);
        await cpi.call('reboot_vm', [current.cid], callOptions(current));
        const report = await waitForGuestReport(
          current.log,
          (r) => r.lastBoot?.complete === true && r.lastBoot.reportDone,
          BOOT_TIMEOUT_MS,
          { fromOffset: actionOffset },
        );
        const outcome = await checkBoot(current, report, actionOffset);
        const has = await cpi.call('has_vm', [current.cid]);
        return ok(
          `same CID ${current.cid}`,
          [
            ...outcome.problems,
            ...expectThat(
              current.bootId !== undefined && current.bootId !== before,
              `boot_id ${current.bootId} after the reboot, ${before} before`,
            ),
            ...expectThat(has === true, `has_vm says ${JSON.stringify(has)}`),
          ],
          `back: ${outcome.guest}`,
        );
      },
    },
    attach('VM 1 after reboot', true),
    deleteVm('VM 1'),
    {
      ...createVm('VM 2, disk_cids=[disk]', 'vm2', () => [need(diskCid, 'the disk')]),
      name: 'create_vm (VM 2, with the disk in disk_cids)',
    },
    guestBoots('VM 2'),
    attach('VM 2', true),
    deleteVm('VM 2'),
    {
      name: 'delete_disk',
      async run() {
        const disk = need(diskCid, 'the disk');
        await cpi.call('delete_disk', [disk]);
        run.forget(disk);
        const [has, volumes] = await Promise.all([cpi.call('has_disk', [disk]), libvirtHost.volumes(run.pool)]);
        return ok('ok', [
          ...expectThat(has === false, `has_disk says ${JSON.stringify(has)} after delete_disk`),
          ...expectThat(!volumes.some((v) => v.name.startsWith(disk)), 'the disk volume is still there'),
        ]);
      },
    },
    {
      name: 'delete_stemcell',
      async run() {
        const sc = need(stemcellCid, 'the stemcell');
        await cpi.call('delete_stemcell', [sc]);
        run.forget(sc);
        const { domains, volumes } = await run.leftovers();
        return ok(
          'ok',
          [
            ...expectThat(domains.length === 0, `domains of ours left: ${domains.join(', ')}`),
            ...expectThat(volumes.length === 0, `volumes of ours left: ${volumes.join(', ')}`),
          ],
          'no domain or volume of the run left in libvirt',
        );
      },
    },
  ].map((step) => ({ ...step, run: () => (init(), step.run()) }));
}

/** What the director sends create_vm: a fresh agent id, one static manual network, an env to pass through. */
function sentVm(runId: string, ip: string): SentVm {
  const network: SentNetwork = {
    type: 'manual',
    ip,
    netmask: '255.255.255.0',
    gateway: '192.168.122.1',
    dns: ['192.168.122.1'],
    default: ['dns', 'gateway'],
    cloud_properties: {},
  };
  return {
    agentId: randomUUID(),
    networks: { default: network },
    env: {
      bosh: {
        group: `e2e-director-${runId}-lifecycle`,
        groups: ['e2e-director', runId, 'lifecycle'],
        mbus: { cert: { ca: '-----BEGIN CERTIFICATE-----\nMIIB e2e\n-----END CERTIFICATE-----\n', certificate: 'c', private_key: 'k' } },
        password: '$6$salt$e2e',
        tags: { run: runId, quote: 'it\'s "quoted" & <escaped> ünïcode' },
      },
      persistent_disk_fs: 'ext4',
    },
  };
}
