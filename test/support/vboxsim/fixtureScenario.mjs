// A fixed VirtualBox host (fixed UUIDs, MACs and times) and the simulator calls whose outputs
// are the parser fixtures in fixtures/<set>/ (a version on Linux, or `<host>-<version>`). `node makeFixtures.mjs` writes them; the
// golden test runs the same calls and compares, so the simulator and the fixtures cannot drift.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIMULATOR = fileURLToPath(new URL('./VBoxManage.mjs', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** Fixture set → simulated host and version. */
export const FIXTURE_SETS = {
  6.1: { version: '6.1', host: 'linux' },
  '7.0': { version: '7.0', host: 'linux' },
  7.1: { version: '7.1', host: 'linux' },
  7.2: { version: '7.2', host: 'linux' },
  'macos-7.2': { version: '7.2', host: 'macos' },
  'windows-6.1': { version: '6.1', host: 'windows' },
};
export const VERSIONS = Object.keys(FIXTURE_SETS);

const ROOT = '/home/vcap/VirtualBox VMs';
const STORE = '/home/vcap/.bosh_virtualbox_cpi';
const SC = 'sc_0123456789abcdef01234567';
const VM = 'vm_89abcdef0123456789abcdef';
const DISK = 'disk_fedcba9876543210fedcba98';
const T = Date.UTC(2024, 5, 1, 10, 30, 0, 123);

function media() {
  const m = (uuid, location, extra) => ({
    uuid,
    location,
    format: 'VMDK',
    kind: 'hdd',
    capacityMB: 5120,
    parent: null,
    description: '',
    ...extra,
  });
  return {
    '1b0a3e54-5c1a-4b7e-9c43-0a2d3b4c5d6e': m('1b0a3e54-5c1a-4b7e-9c43-0a2d3b4c5d6e', `${ROOT}/${SC}/${SC}-disk001.vmdk`),
    '2c1b4f65-6d2b-4c8f-8d54-1b3e4c5d6e7f': m(
      '2c1b4f65-6d2b-4c8f-8d54-1b3e4c5d6e7f',
      `${ROOT}/${SC}/Snapshots/{2c1b4f65-6d2b-4c8f-8d54-1b3e4c5d6e7f}.vmdk`,
      {
        parent: '1b0a3e54-5c1a-4b7e-9c43-0a2d3b4c5d6e',
      },
    ),
    '3d2c5076-7e3c-4d90-9e65-2c4f5d6e7f80': m(
      '3d2c5076-7e3c-4d90-9e65-2c4f5d6e7f80',
      `${ROOT}/${VM}/Snapshots/{3d2c5076-7e3c-4d90-9e65-2c4f5d6e7f80}.vmdk`,
      {
        parent: '1b0a3e54-5c1a-4b7e-9c43-0a2d3b4c5d6e',
      },
    ),
    '4e3d6187-8f4d-4ea1-8f76-3d506e7f8091': m('4e3d6187-8f4d-4ea1-8f76-3d506e7f8091', `${STORE}/vms/${VM}/ephemeral.vdi`, {
      format: 'VDI',
      capacityMB: 2048,
    }),
    '5f4e7298-904e-4fb2-9087-4e617f809102': m('5f4e7298-904e-4fb2-9087-4e617f809102', `${STORE}/vms/${VM}/env-00000001.iso`, {
      format: 'RAW',
      kind: 'dvd',
      capacityMB: 1,
    }),
    '6a5f83a9-a15f-40c3-a198-5f72809102a3': m('6a5f83a9-a15f-40c3-a198-5f72809102a3', `${STORE}/disks/${DISK}.vdi`, {
      format: 'VDI',
      capacityMB: 10240,
    }),
  };
}

function machine(name, uuid, extra) {
  return {
    uuid,
    name,
    folder: `${ROOT}/${name}`,
    ostype: 'Ubuntu_64',
    chipset: 'piix3',
    firmware: 'bios',
    paravirt: 'default',
    audio: 'none',
    description: '',
    state: 'poweroff',
    stateChangeTime: T,
    controllers: [
      { name: 'SCSI', bus: 'scsi', type: 'LsiLogic', instance: 0, maxPorts: 16, portcount: 16, bootable: true },
      { name: 'IDE', bus: 'ide', type: 'PIIX4', instance: 0, maxPorts: 2, portcount: 2, bootable: true },
    ],
    attachments: [],
    nics: [{ type: 'nat', attachment: '', mac: '080027EE1DF7' }],
    extradata: {},
    snapshots: [],
    currentSnapshot: null,
    lockUntil: 0,
    lockPid: 0,
    ...extra,
  };
}

export function fixtureState(host = 'linux') {
  const stemcell = machine(SC, 'a1b2c3d4-0000-4000-8000-000000000001', {
    attachments: [
      { controller: 'SCSI', port: 0, device: 0, kind: 'hdd', medium: '2c1b4f65-6d2b-4c8f-8d54-1b3e4c5d6e7f', hotpluggable: false },
    ],
    snapshots: [
      {
        uuid: '7e5b4165-91ec-4091-a74c-a5709d584530',
        name: 'prepared-clone',
        description: '',
        attachments: [
          { controller: 'SCSI', port: 0, device: 0, kind: 'hdd', medium: '1b0a3e54-5c1a-4b7e-9c43-0a2d3b4c5d6e', hotpluggable: false },
        ],
      },
    ],
    currentSnapshot: '7e5b4165-91ec-4091-a74c-a5709d584530',
    extradata: { 'bosh-cpi/stemcell/size-bytes': '5368709120' },
  });
  const vm = machine(VM, 'a1b2c3d4-0000-4000-8000-000000000002', {
    state: 'running',
    sessionName: 'headless',
    firmware: 'efi64',
    memory: 1024,
    cpus: 2,
    controllers: [
      ...stemcell.controllers,
      { name: 'SATA', bus: 'sata', type: 'IntelAhci', instance: 0, maxPorts: 30, portcount: 4, bootable: true },
    ],
    attachments: [
      { controller: 'SCSI', port: 0, device: 0, kind: 'hdd', medium: '3d2c5076-7e3c-4d90-9e65-2c4f5d6e7f80', hotpluggable: false },
      { controller: 'SATA', port: 0, device: 0, kind: 'hdd', medium: '4e3d6187-8f4d-4ea1-8f76-3d506e7f8091', hotpluggable: false },
      { controller: 'SATA', port: 1, device: 0, kind: 'dvddrive', medium: '5f4e7298-904e-4fb2-9087-4e617f809102', hotpluggable: false },
      { controller: 'SATA', port: 2, device: 0, kind: 'hdd', medium: '6a5f83a9-a15f-40c3-a198-5f72809102a3', hotpluggable: true },
      { controller: 'IDE', port: 1, device: 0, kind: 'dvddrive', medium: null, hotpluggable: false },
    ],
    nics: [
      host === 'macos'
        ? { type: 'hostonlynet', attachment: 'vboxnet0', mac: '020A0B0C0D0E' }
        : { type: 'hostonly', attachment: 'vboxnet0', mac: '020A0B0C0D0E' },
      { type: 'natnetwork', attachment: 'NatNetwork', mac: '021A1B1C1D1E' },
      { type: 'nat', attachment: '', mac: '022A2B2C2D2E' },
    ],
    extradata: {
      'bosh-cpi/vm/cid': VM,
      'bosh-cpi/vm/agent-id': 'agent-1',
      'bosh-cpi/vm/disks': JSON.stringify([DISK]),
      'VBoxInternal/Devices/ahci/0/Config/Port0/SerialNumber': 'BOSHEPHEMERAL',
    },
  });
  return {
    machines: { [stemcell.uuid]: stemcell, [vm.uuid]: vm },
    media: media(),
    hostonlynets:
      host === 'macos'
        ? [
            {
              name: 'vboxnet0',
              id: '10000000-0000-0000-0000-000000000000',
              enabled: true,
              netmask: '255.255.255.0',
              lowerIp: '192.168.56.0',
              upperIp: '192.168.56.0',
            },
            {
              name: 'bosh-lite net',
              id: '10000000-0000-0000-0000-000000000001',
              enabled: false,
              netmask: '255.255.0.0',
              lowerIp: '10.244.0.1',
              upperIp: '10.244.255.254',
            },
          ]
        : [],
    hostonlyifs: [
      {
        name: 'vboxnet0',
        guid: '786f6276-656e-4074-8000-0a0027000000',
        dhcp: false,
        ip: '192.168.56.1',
        mask: '255.255.255.0',
        mac: '0a:00:27:00:00:00',
        status: 'Up',
      },
      {
        name: 'vboxnet1',
        guid: '786f6276-656e-4174-8000-0a0027000001',
        dhcp: true,
        ip: '192.168.57.1',
        mask: '255.255.255.0',
        mac: '0a:00:27:00:00:01',
        status: 'Down',
      },
    ],
    natnetworks: [
      { name: 'NatNetwork', network: '10.0.2.0/24', gateway: '10.0.2.1', dhcp: true, enabled: true },
      { name: 'bosh-outbound', network: '10.0.5.0/24', gateway: '10.0.5.1', dhcp: false, enabled: false },
    ],
    bridgedifs: [
      { name: 'eth0', guid: '00000000-0000-0000-0000-000000000001', ip: '10.0.0.5', mask: '255.255.255.0', mac: '52:54:00:12:34:56' },
      {
        name: 'en0: Wi-Fi (AirPort)',
        guid: '00000000-0000-0000-0000-000000000002',
        ip: '',
        mask: '',
        mac: 'a4:83:e7:00:00:01',
        status: 'Down',
      },
    ],
    globalExtradata: {},
    faults: [],
  };
}

/** fixture file → simulator call (argv, and the stream kept). */
export const SCENARIO = [
  ['version.txt', ['--version'], 'stdout'],
  ['version-warning.txt', ['--version'], 'stdout', { VBOXSIM_WARN: 'always' }],
  ['showvminfo-vm.txt', ['showvminfo', VM, '--machinereadable'], 'stdout'],
  ['showvminfo-stemcell.txt', ['showvminfo', SC, '--machinereadable'], 'stdout'],
  ['list-vms.txt', ['list', 'vms'], 'stdout'],
  ['list-hostonlyifs.txt', ['list', 'hostonlyifs'], 'stdout'],
  ['list-bridgedifs.txt', ['list', 'bridgedifs'], 'stdout'],
  ['list-natnetworks.txt', ['list', 'natnetworks'], 'stdout'],
  ['list-natnetworks-long.txt', ['list', '--long', 'natnetworks'], 'stdout'],
  ['showmediuminfo-disk.txt', ['showmediuminfo', 'disk', `${STORE}/disks/${DISK}.vdi`], 'stdout'],
  ['getextradata-enumerate.txt', ['getextradata', VM, 'enumerate'], 'stdout'],
  ['getextradata-missing.txt', ['getextradata', VM, 'no/such/key'], 'stdout'],
  ['error-vm-not-found.txt', ['showvminfo', 'vm_000000000000000000000000', '--machinereadable'], 'stderr'],
  ['error-medium-not-found.txt', ['showmediuminfo', 'disk', `${STORE}/disks/disk_000000000000000000000000.vdi`], 'stderr'],
  ['error-session-locked.txt', ['modifyvm', VM, '--cpus', '4'], 'stderr'],
  ['error-launch-locked.txt', ['startvm', VM, '--type', 'headless'], 'stderr'],
  ['error-not-running.txt', ['controlvm', SC, 'poweroff'], 'stderr'],
  ['error-medium-in-use.txt', ['closemedium', 'disk', `${STORE}/disks/${DISK}.vdi`], 'stderr'],
  ['error-resize-smaller.txt', ['modifymedium', 'disk', `${STORE}/disks/${DISK}.vdi`, '--resize', '1024'], 'stderr'],
  ['error-resize-vmdk.txt', ['modifymedium', 'disk', `${ROOT}/${SC}/${SC}-disk001.vmdk`, '--resize', '8192'], 'stderr'],
  ['error-natnetwork-exists.txt', ['natnetwork', 'add', '--netname', 'NatNetwork', '--network', '10.0.2.0/24'], 'stderr'],
  ['error-syntax.txt', ['frobnicate'], 'stderr'],
  ['list-hostinfo.txt', ['list', 'hostinfo'], 'stdout'],
];

/** Calls only a macOS VirtualBox 7 answers this way. */
const MACOS_SCENARIO = [
  ['list-hostonlynets.txt', ['list', 'hostonlynets'], 'stdout'],
  ['error-hostonlyif-create.txt', ['hostonlyif', 'create'], 'stderr'],
];

/** Runs the scenario for one version in a scratch copy of the state; returns file → output. */
export function runScenario(set) {
  const { version, host } = FIXTURE_SETS[set];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 't-vbox-fixtures-'));
  try {
    const statePath = path.join(dir, 'state.json');
    const outputs = new Map();
    for (const [file, argv, stream, extraEnv] of [...SCENARIO, ...(host === 'macos' ? MACOS_SCENARIO : [])]) {
      // Every call starts from the same state: fixtures must not depend on their order.
      fs.writeFileSync(statePath, JSON.stringify(fixtureState(host)));
      let stdout = '';
      let stderr = '';
      try {
        stdout = execFileSync(process.execPath, [SIMULATOR, ...argv], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          // VBOXSIM_HOME puts the machine folder where the fixed machines live (/home/vcap).
          env: {
            PATH: process.env.PATH ?? '',
            VBOXSIM_STATE: statePath,
            VBOXSIM_VERSION: version,
            VBOXSIM_HOST: host,
            VBOXSIM_HOME: '/home/vcap',
            VBOXSIM_WARN: 'never',
            ...extraEnv,
          },
        });
      } catch (error) {
        stdout = String(error.stdout ?? '');
        stderr = String(error.stderr ?? '');
      }
      outputs.set(file, stream === 'stdout' ? stdout : stderr);
    }
    return outputs;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
