// The subcommands the VirtualBox driver uses, acting on the simulator's state with the rules
// of real VirtualBox that matter to a CPI: a running VM holds its session lock (modifyvm and
// storagectl fail), only SATA hot-plugs disks, `unregistervm --delete` deletes attached hard
// disks but not DVD images, linked clones build differencing disks on a snapshot's disks,
// `modifymedium --resize` works for VDI only and never shrinks.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  PROGRESS,
  SimExit,
  controllerExists,
  invalidMachineState,
  slotNotHotPluggable,
  controllerNotFound,
  hostInterfaceNotFound,
  hostOnlyAdapterUnsupported,
  hostOnlyNetOptionMissing,
  hostOnlyNetworkExists,
  hostOnlyNetworkNotFound,
  launchLocked,
  machineExists,
  machineNotFound,
  mediumAttachedElsewhere,
  mediumExists,
  mediumFileNotFound,
  mediumHasChildren,
  mediumInUse,
  natNetworkExists,
  natNetworkMissing,
  noHotplug,
  nonexistentHostInterface,
  notRunning,
  resizeNotImplemented,
  resizeSmaller,
  sessionLocked,
  snapshotNotFound,
  syntaxError,
  unregisterLocked,
} from './messages.mjs';
import {
  NIC_SLOTS,
  formatBridgedIfs,
  formatHostInfo,
  formatHostOnlyIfs,
  formatHostOnlyNets,
  formatImportPlan,
  formatListVms,
  formatMediumInfo,
  formatNatNetworks,
  formatShowVmInfo,
  slotDevices,
} from './format.mjs';
import { parseOvf } from './ovf.mjs';

const FLAGS = new Set([
  '--register',
  '--machinereadable',
  '--delete',
  '--delete-all',
  '--long',
  '-l',
  '--sorted',
  '-s',
  '--enable',
  '--disable',
  '-n',
  '--dry-run',
  '--live',
  '--forceunmount',
  '--compact',
  '--remove',
]);

/** `--key value`, `--key=value`, flags and positionals, in order. */
export function parseArgs(args, extraFlags = []) {
  const flags = new Set([...FLAGS, ...extraFlags]);
  const positional = [];
  const options = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) options.push([arg.slice(0, eq), arg.slice(eq + 1)]);
    else if (flags.has(arg)) options.push([arg, true]);
    else {
      if (i + 1 >= args.length) throw new SimExit(2, `VBoxManage: error: Missing argument to '${arg}'\n`);
      options.push([arg, args[++i]]);
    }
  }
  const get = (...names) => options.find(([k]) => names.includes(k))?.[1];
  return { positional, options, get, has: (...names) => options.some(([k]) => names.includes(k)) };
}

const newUuid = () => crypto.randomUUID();
const randomMac = () => `080027${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
const isRunning = (vm) => vm.state === 'running' || vm.state === 'paused';

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Another session holds the machine: a concurrent command, or a VM process still unlocking. */
export function leaseHeldByOther(vm, now = Date.now()) {
  if (!vm.lockUntil || vm.lockUntil <= now || vm.lockPid === process.pid) return false;
  return vm.lockPid === 0 || pidAlive(vm.lockPid);
}

export function findMachine(state, ref) {
  const bare = ref.replace(/^\{|\}$/g, '').toLowerCase();
  return Object.values(state.machines).find((vm) => vm.name === ref || vm.uuid === bare);
}

function machine(ctx, ref) {
  if (!ref) throw syntaxError(ctx.version, 'Missing VM name or UUID');
  const vm = findMachine(ctx.state, ref);
  if (!vm) throw machineNotFound(ref);
  return vm;
}

function requireWriteSession(ctx, vm, file) {
  if (isRunning(vm) || leaseHeldByOther(vm)) throw sessionLocked(vm.name, file);
}

function writeMediumFile(location, medium) {
  fs.writeFileSync(location, `VBOXSIM-MEDIUM ${JSON.stringify({ uuid: medium.uuid, capacityMB: medium.capacityMB })}\n`);
}

function formatFor(location) {
  const ext = path.extname(location).toLowerCase();
  return { '.vdi': 'VDI', '.vmdk': 'VMDK', '.vhd': 'VHD', '.iso': 'RAW' }[ext] ?? 'RAW';
}

/** A medium by UUID or path; an unregistered existing file is opened (and so registered), as VirtualBox does. */
function openMedium(ctx, ref, kind) {
  const { media } = ctx.state;
  const bare = ref.replace(/^\{|\}$/g, '').toLowerCase();
  const byUuid = media[bare];
  if (byUuid) return byUuid;
  const location = path.resolve(ctx.cwd, ctx.paths.resolve(ref));
  const known = Object.values(media).find((m) => m.location === location);
  if (known) return known;
  if (!fs.existsSync(location)) throw mediumFileNotFound(location);
  const text = fs.readFileSync(location, 'latin1').slice(0, 200);
  const header = /^VBOXSIM-MEDIUM (\{.*\})/.exec(text);
  const info = header ? JSON.parse(header[1]) : {};
  const medium = {
    uuid: info.uuid && !media[info.uuid] ? info.uuid : newUuid(),
    location,
    format: formatFor(location),
    kind: kind ?? (formatFor(location) === 'RAW' ? 'dvd' : 'hdd'),
    capacityMB: info.capacityMB ?? Math.max(1, Math.ceil(fs.statSync(location).size / 2 ** 20)),
    parent: null,
    description: '',
  };
  media[medium.uuid] = medium;
  return medium;
}

function mediumUsers(state, uuid) {
  return Object.values(state.machines).filter(
    (vm) => vm.attachments.some((a) => a.medium === uuid) || vm.snapshots.some((s) => s.attachments.some((a) => a.medium === uuid)),
  );
}

// ---------------------------------------------------------------------------------- commands

function list(ctx) {
  const a = parseArgs(ctx.args);
  const long = a.has('--long', '-l');
  const what = a.positional[0];
  const vms = Object.values(ctx.state.machines);
  switch (what) {
    case 'vms':
      return ctx.print(formatListVms(a.has('--sorted', '-s') ? [...vms].sort((x, y) => x.name.localeCompare(y.name)) : vms));
    case 'runningvms':
      return ctx.print(formatListVms(vms.filter(isRunning)));
    case 'hostonlyifs':
      // [I] VirtualBox 7 for macOS has no host-only adapters; what it lists is not recorded.
      return ctx.print(ctx.version.hostOnlyNetworks ? '' : formatHostOnlyIfs(ctx.state.hostonlyifs));
    case 'hostonlynets':
      // Only built with VBOX_WITH_VMNET (macOS, 7.0 on); elsewhere an unknown list [S 7.x VBoxManageList.cpp].
      if (!ctx.version.hostOnlyNetworks) throw syntaxError(ctx.version, `Invalid parameter '${what}'`);
      return ctx.print(formatHostOnlyNets(ctx.state.hostonlynets));
    case 'hostinfo':
      return ctx.print(formatHostInfo(ctx.version));
    case 'bridgedifs':
      return ctx.print(formatBridgedIfs(ctx.state.bridgedifs));
    case 'natnets':
    case 'natnetworks':
      return ctx.print(formatNatNetworks(ctx.state.natnetworks, ctx.version, long));
    default:
      throw syntaxError(ctx.version, `Invalid parameter '${what ?? ''}'`);
  }
}

function showvminfo(ctx) {
  const a = parseArgs(ctx.args, ['--details']);
  const vm = machine(ctx, a.positional[0]);
  if (!a.has('--machinereadable')) {
    return ctx.print(
      `Name:                        ${vm.name}\nUUID:                        ${vm.uuid}\nState:                       ${vm.state}\n`,
    );
  }
  ctx.print(formatShowVmInfo(vm, ctx.state.media, ctx.version, ctx.paths));
}

function importAppliance(ctx) {
  const a = parseArgs(ctx.args);
  const ovfPath = path.resolve(ctx.cwd, a.positional[0] ?? '');
  if (!fs.existsSync(ovfPath)) {
    throw new SimExit(
      1,
      `VBoxManage: error: Appliance read failed\nVBoxManage: error: File '${ovfPath}' not found (VERR_FILE_NOT_FOUND)\n`,
    );
  }
  const ovf = parseOvf(fs.readFileSync(ovfPath, 'utf8'));
  const dir = path.dirname(ovfPath);
  const missing = ovf.disks.find((d) => !d.file || !fs.existsSync(path.join(dir, d.file)));
  if (missing) {
    throw new SimExit(
      1,
      `VBoxManage: error: Appliance import failed\nVBoxManage: error: Could not find file for the medium '${path.join(dir, missing.file ?? '')}' (VERR_FILE_NOT_FOUND)\n`,
    );
  }
  const nameGiven = a.get('--vmname');
  const name = nameGiven ?? ovf.name ?? 'vm';
  const folder = path.join(ctx.vmRoot, name);
  if (findMachine(ctx.state, name) || fs.existsSync(path.join(folder, `${name}.vbox`)))
    throw machineExists(path.join(folder, `${name}.vbox`));
  const controllers = ovf.controllers.map((c) => ({
    name: c.name,
    bus: c.bus,
    type: c.type,
    instance: 0,
    maxPorts: { ide: 2, sata: 30, scsi: 16 }[c.bus],
    portcount: { ide: 2, sata: 1, scsi: 16 }[c.bus],
    bootable: true,
    ovfInstance: c.instanceId,
  }));
  const plan = {
    name,
    nameGiven: Boolean(nameGiven),
    ostype: 'Ubuntu_64',
    cpus: ovf.cpus,
    memory: ovf.memory,
    controllers: ovf.controllers,
    disks: [],
  };
  const attachments = [];
  const created = [];
  ovf.disks.forEach((d, i) => {
    const item = ovf.diskItems.find((x) => x.diskId === d.id);
    const controller = controllers.find((c) => c.ovfInstance === item?.parent) ?? controllers[0];
    const target = path.join(folder, `${name}-disk${String(i + 1).padStart(3, '0')}.vmdk`);
    const medium = {
      uuid: newUuid(),
      location: target,
      format: 'VMDK',
      kind: 'hdd',
      capacityMB: Math.ceil(d.capacityBytes / 2 ** 20),
      parent: null,
      description: '',
    };
    created.push(medium);
    const port = controller?.bus === 'ide' ? Math.floor((item?.port ?? 0) / 2) : (item?.port ?? 0);
    const device = controller?.bus === 'ide' ? (item?.port ?? 0) % 2 : 0;
    if (controller && controller.portcount <= port) controller.portcount = port + 1;
    if (controller) attachments.push({ controller: controller.name, port, device, kind: 'hdd', medium: medium.uuid, hotpluggable: false });
    plan.disks.push({ ...d, target: ctx.paths.show(target), controllerUnit: 5 + controllers.indexOf(controller), port });
  });
  if (a.has('-n', '--dry-run'))
    return ctx.print(formatImportPlan(plan, ctx.version).replace(/Successfully imported the appliance\.\n$/, ''));
  fs.mkdirSync(folder, { recursive: true });
  for (const medium of created) {
    writeMediumFile(medium.location, medium);
    ctx.state.media[medium.uuid] = medium;
  }
  const vm = newMachine(name, folder, {
    memory: ovf.memory,
    cpus: ovf.cpus,
    controllers: controllers.map(({ ovfInstance, ...c }) => c),
    attachments,
    nics: Array.from({ length: ovf.nics }, () => ({ type: 'nat', attachment: '', mac: randomMac() })),
  });
  ctx.state.machines[vm.uuid] = vm;
  ctx.printErr(`${PROGRESS}Interpreting ${ovfPath}...\nOK.\n${PROGRESS}`);
  ctx.print(formatImportPlan(plan, ctx.version));
}

function newMachine(name, folder, hardware) {
  fs.mkdirSync(folder, { recursive: true });
  const uuid = newUuid();
  fs.writeFileSync(path.join(folder, `${name}.vbox`), `<!-- vboxsim machine ${uuid} -->\n`);
  return {
    uuid,
    name,
    folder,
    ostype: 'Ubuntu_64',
    chipset: 'piix3',
    firmware: 'bios',
    paravirt: 'default',
    audio: 'none',
    description: '',
    state: 'poweroff',
    stateChangeTime: Date.now(),
    controllers: [],
    attachments: [],
    nics: [],
    extradata: {},
    snapshots: [],
    currentSnapshot: null,
    lockUntil: 0,
    lockPid: 0,
    ...hardware,
  };
}

const NIC_TYPES = new Set(['none', 'null', 'nat', 'bridged', 'intnet', 'hostonly', 'natnetwork', 'generic']);
const FIRMWARES = new Set(['bios', 'efi', 'efi32', 'efi64', 'efidual']);

function modifyvm(ctx) {
  const a = parseArgs(ctx.args);
  const vm = machine(ctx, a.positional[0]);
  requireWriteSession(ctx, vm);
  const v7 = ctx.version.is7;
  const nicOption = (key) => {
    const m =
      /^--(nic|hostonlyadapter|host-only-adapter|hostonlynet|host-only-net|bridgeadapter|bridge-adapter|nat-network|natnetwork|macaddress|mac-address|cableconnected|cable-connected|nictype|nic-type)(\d+)$/.exec(
        key,
      );
    if (!m) return undefined;
    // --host-only-net<N> (alias --hostonlynet<N>) exists with VBOX_WITH_VMNET only [S 7.x VBoxManageModifyVM.cpp].
    if (/^host-?only-?net$/.test(m[1]) && !ctx.version.hostOnlyNetworks) return undefined;
    const hyphenated = ['host-only-adapter', 'bridge-adapter', 'mac-address', 'cable-connected', 'nic-type'].includes(m[1]);
    if (hyphenated && !v7) return undefined;
    const index = Number(m[2]);
    if (index < 1 || index > NIC_SLOTS) return undefined;
    return { option: m[1].replace(/-/g, ''), index };
  };
  // Validate every option before changing anything: VBoxManage stops at the first bad one.
  for (const [key, value] of a.options) {
    const nic = nicOption(key);
    if (nic) {
      const hostOnlyNet = value === 'hostonlynet' && ctx.version.hostOnlyNetworks;
      if (nic.option === 'nic' && !NIC_TYPES.has(value) && !hostOnlyNet)
        throw syntaxError(ctx.version, `Invalid type '${value}' specfied for NIC ${nic.index}`);
      if (nic.option === 'macaddress' && value !== 'auto' && !/^[0-9A-Fa-f]{12}$/.test(value))
        throw syntaxError(ctx.version, `Invalid MAC address format '${value}'`);
      continue;
    }
    const known = [
      '--name',
      '--memory',
      '--cpus',
      '--firmware',
      '--paravirtprovider',
      '--description',
      '--ostype',
      '--audio',
      '--boot1',
      '--boot2',
      '--boot3',
      '--boot4',
    ];
    if (v7) known.push('--audio-driver', '--audio-enabled', '--audio-out', '--audio-in');
    if (!known.includes(key)) throw syntaxError(ctx.version, `Unknown option: ${key}`);
    if (key === '--firmware' && !FIRMWARES.has(String(value).toLowerCase()))
      throw syntaxError(ctx.version, `Invalid --firmware argument '${value}'`);
    if ((key === '--memory' || key === '--cpus') && !/^\d+$/.test(String(value)))
      throw syntaxError(ctx.version, `Invalid ${key} argument '${value}'`);
    if (key === '--name') {
      const clash = findMachine(ctx.state, value);
      if (clash && clash !== vm) throw machineExists(path.join(ctx.vmRoot, value, `${value}.vbox`));
    }
  }
  for (const [key, value] of a.options) {
    const nic = nicOption(key);
    if (nic) {
      const slot = (vm.nics[nic.index - 1] ??= { type: 'none', attachment: '', mac: randomMac() });
      if (nic.option === 'nic') slot.type = value === 'null' ? 'null' : value;
      else if (nic.option === 'macaddress') slot.mac = value === 'auto' ? randomMac() : value.toUpperCase();
      else if (nic.option === 'cableconnected') slot.cable = value === 'on';
      else if (nic.option === 'nictype') slot.nictype = value;
      else slot.attachment = value;
      continue;
    }
    if (key === '--name') vm.name = value;
    if (key === '--memory') vm.memory = Number(value);
    if (key === '--cpus') vm.cpus = Number(value);
    if (key === '--firmware') vm.firmware = String(value).toLowerCase();
    if (key === '--paravirtprovider') vm.paravirt = value;
    if (key === '--description') vm.description = value;
    if (key === '--ostype') vm.ostype = value;
    if (key === '--audio' || key === '--audio-driver') vm.audio = value;
  }
}

function storagectl(ctx) {
  const a = parseArgs(ctx.args);
  const vm = machine(ctx, a.positional[0]);
  requireWriteSession(ctx, vm, 'VBoxManageStorageController.cpp');
  const name = a.get('--name');
  if (!name) throw syntaxError(ctx.version, 'Storage controller name not specified');
  const existing = vm.controllers.find((c) => c.name === name);
  if (a.has('--remove')) {
    if (!existing) throw controllerNotFound(name);
    vm.controllers = vm.controllers.filter((c) => c !== existing);
    vm.attachments = vm.attachments.filter((x) => x.controller !== name);
    return;
  }
  const bus = a.get('--add');
  let controller = existing;
  if (bus) {
    if (existing) throw controllerExists(name);
    const defaults = { ide: ['PIIX4', 2], sata: ['IntelAhci', 30], scsi: ['LsiLogic', 16], sas: ['LsiLogicSas', 255] }[bus];
    if (!defaults) throw syntaxError(ctx.version, `Invalid --add argument '${bus}'`);
    const instance = vm.controllers.filter((c) => c.bus === bus).length;
    controller = {
      name,
      bus,
      type: a.get('--controller') ?? defaults[0],
      instance,
      maxPorts: defaults[1],
      portcount: bus === 'sata' ? 30 : defaults[1],
      bootable: true,
    };
    vm.controllers.push(controller);
  } else if (!existing) throw controllerNotFound(name);
  const portcount = a.get('--portcount');
  if (portcount !== undefined) {
    const n = Number(portcount);
    if (!Number.isInteger(n) || n < 1 || n > controller.maxPorts)
      throw new SimExit(1, `VBoxManage: error: Invalid port count ${portcount} for controller '${name}'\n`);
    if (controller.bus === 'sata') controller.portcount = n;
  }
  const bootable = a.get('--bootable');
  if (bootable !== undefined) controller.bootable = bootable === 'on';
}

function storageattach(ctx) {
  const a = parseArgs(ctx.args);
  const vm = machine(ctx, a.positional[0]);
  const running = isRunning(vm);
  if (!running) requireWriteSession(ctx, vm, 'VBoxManageStorageController.cpp');
  const name = a.get('--storagectl');
  const controller = vm.controllers.find((c) => c.name === name);
  if (!controller) throw controllerNotFound(name ?? '');
  const port = Number(a.get('--port') ?? 0);
  const device = Number(a.get('--device') ?? 0);
  if (!(port >= 0 && port < controller.portcount && device >= 0 && device < slotDevices(controller))) {
    throw new SimExit(
      1,
      `VBoxManage: error: The port and/or device parameter are out of range: port=${port} (must be in range [0, ${controller.portcount - 1}]), device=${device} (must be in range [0, ${slotDevices(controller) - 1}])\n`,
    );
  }
  const type = a.get('--type');
  const mediumRef = a.get('--medium');
  const existing = vm.attachments.find((x) => x.controller === name && x.port === port && x.device === device);
  const canHotplug = controller.bus === 'sata';
  const dvdChange = existing?.kind === 'dvddrive' && (type === undefined || type === 'dvddrive') && mediumRef !== 'none';
  if (running && !canHotplug && !dvdChange) throw noHotplug(controller.name, ctx.version);
  if (mediumRef === 'none' || mediumRef === undefined) {
    // A hot unplug needs a device attached hot or marked hot-pluggable while the VM was off.
    if (running && existing?.kind === 'hdd' && !existing.hotpluggable)
      throw slotNotHotPluggable(device, port, controller.name, ctx.version);
    vm.attachments = vm.attachments.filter((x) => x !== existing);
    return;
  }
  const kind = type ?? existing?.kind;
  if (kind !== 'hdd' && kind !== 'dvddrive') throw syntaxError(ctx.version, `Invalid --type argument '${type ?? ''}'`);
  let medium = null;
  if (mediumRef === 'emptydrive') {
    if (kind !== 'dvddrive') throw syntaxError(ctx.version, 'emptydrive is only valid for DVD drives');
  } else {
    medium = openMedium(ctx, mediumRef, kind === 'hdd' ? 'hdd' : 'dvd');
    if (kind === 'hdd') {
      const other = mediumUsers(ctx.state, medium.uuid).find((u) => u !== vm);
      if (other) throw mediumAttachedElsewhere(medium.location, other.name);
    }
  }
  if (dvdChange && existing) {
    existing.medium = medium?.uuid ?? null;
    return;
  }
  // A device attached while the VM runs is hot-pluggable (AttachDevice sets the flag itself).
  const attachment = {
    controller: name,
    port,
    device,
    kind,
    medium: medium?.uuid ?? null,
    hotpluggable: running || a.get('--hotpluggable') === 'on',
  };
  vm.attachments = vm.attachments.filter((x) => x !== existing);
  vm.attachments.push(attachment);
  // VBoxManage attaches first and sets the flag after, so on a running VM it fails with the
  // device already attached.
  if (a.has('--hotpluggable') && running) {
    ctx.keepStateOnError = true;
    throw invalidMachineState(vm.state);
  }
}

function createmedium(ctx) {
  const args = ['disk', 'dvd', 'floppy'].includes(ctx.args[0]) ? ctx.args.slice(1) : ctx.args;
  const a = parseArgs(args);
  const filename = a.get('--filename');
  if (!filename) throw syntaxError(ctx.version, 'Parameters --filename is required');
  const location = path.resolve(ctx.cwd, filename);
  const sizeMB = a.has('--sizebyte') ? Math.ceil(Number(a.get('--sizebyte')) / 2 ** 20) : Number(a.get('--size'));
  if (!Number.isInteger(sizeMB) || sizeMB <= 0) throw syntaxError(ctx.version, 'Invalid or missing --size');
  const format = String(a.get('--format') ?? 'VDI').toUpperCase();
  if (!['VDI', 'VMDK', 'VHD'].includes(format)) throw syntaxError(ctx.version, `Invalid medium format '${format}'`);
  if (fs.existsSync(location) || Object.values(ctx.state.media).some((m) => m.location === location)) throw mediumExists(location);
  if (!fs.existsSync(path.dirname(location))) {
    throw new SimExit(
      1,
      `0%...\nProgress state: VBOX_E_IPRT_ERROR\nVBoxManage: error: Failed to create medium\nVBoxManage: error: Could not create the medium storage unit '${location}'.\nVBoxManage: error: VD: error VERR_PATH_NOT_FOUND creating image file '${location}' (VERR_PATH_NOT_FOUND)\n`,
    );
  }
  const medium = { uuid: newUuid(), location, format, kind: 'hdd', capacityMB: sizeMB, parent: null, description: '' };
  writeMediumFile(location, medium);
  ctx.state.media[medium.uuid] = medium;
  ctx.printErr(PROGRESS);
  ctx.print(`Medium created. UUID: ${medium.uuid}\n`);
}

function closemedium(ctx) {
  const kind = ['disk', 'dvd', 'floppy'].includes(ctx.args[0]) ? ctx.args[0] : undefined;
  const a = parseArgs(kind ? ctx.args.slice(1) : ctx.args);
  const medium = openMedium(ctx, a.positional[0] ?? '', kind === 'dvd' ? 'dvd' : kind === 'disk' ? 'hdd' : undefined);
  const users = mediumUsers(ctx.state, medium.uuid);
  if (users.length > 0) throw mediumInUse(medium.location, users.length);
  const children = Object.values(ctx.state.media).filter((m) => m.parent === medium.uuid);
  if (children.length > 0) throw mediumHasChildren(medium.location, children.length);
  delete ctx.state.media[medium.uuid];
  if (a.has('--delete')) {
    fs.rmSync(medium.location, { force: true });
    ctx.printErr(PROGRESS);
  }
}

function modifymedium(ctx) {
  const kind = ['disk', 'dvd', 'floppy'].includes(ctx.args[0]) ? ctx.args[0] : undefined;
  const a = parseArgs(kind ? ctx.args.slice(1) : ctx.args);
  const medium = openMedium(ctx, a.positional[0] ?? '', kind === 'dvd' ? 'dvd' : 'hdd');
  const description = a.get('--description');
  if (description !== undefined) medium.description = description;
  const resizeMB = a.has('--resizebyte')
    ? Math.ceil(Number(a.get('--resizebyte')) / 2 ** 20)
    : a.has('--resize')
      ? Number(a.get('--resize'))
      : undefined;
  if (resizeMB === undefined) return;
  if (!Number.isInteger(resizeMB) || resizeMB <= 0) throw syntaxError(ctx.version, 'Invalid --resize argument');
  if (medium.format !== 'VDI' && medium.format !== 'VHD') throw resizeNotImplemented();
  if (resizeMB < medium.capacityMB) throw resizeSmaller(resizeMB * 2 ** 20, medium.location);
  medium.capacityMB = resizeMB;
  writeMediumFile(medium.location, medium);
  ctx.printErr(PROGRESS);
}

function showmediuminfo(ctx) {
  const kind = ['disk', 'dvd', 'floppy'].includes(ctx.args[0]) ? ctx.args[0] : undefined;
  const a = parseArgs(kind ? ctx.args.slice(1) : ctx.args);
  const medium = openMedium(ctx, a.positional[0] ?? '', kind === 'dvd' ? 'dvd' : kind === 'disk' ? 'hdd' : undefined);
  ctx.print(formatMediumInfo(medium, ctx.state.media, ctx.state.machines, ctx.paths));
}

function extradataTarget(ctx, ref, write = false) {
  if (ref === 'global') return ctx.state.globalExtradata;
  const vm = machine(ctx, ref);
  // setextradata opens a shared session: fine next to a running VM, not next to a write session.
  if (write && leaseHeldByOther(vm)) throw sessionLocked(vm.name, 'VBoxManageMisc.cpp');
  return vm.extradata;
}

function setextradata(ctx) {
  const [ref, key, value] = ctx.args;
  if (!key) throw syntaxError(ctx.version, 'Incorrect number of parameters');
  const data = extradataTarget(ctx, ref, true);
  if (value === undefined || value === '') delete data[key];
  else data[key] = value;
}

function getextradata(ctx) {
  const [ref, key] = ctx.args;
  if (!key) throw syntaxError(ctx.version, 'Incorrect number of parameters');
  const data = extradataTarget(ctx, ref);
  if (key === 'enumerate')
    return ctx.print(
      Object.entries(data)
        .map(([k, v]) => `Key: ${k}, Value: ${v}\n`)
        .join(''),
    );
  ctx.print(key in data ? `Value: ${data[key]}\n` : 'No value set!\n');
}

function diffMedium(ctx, parent, folder) {
  const ext = parent.format === 'VMDK' ? 'vmdk' : 'vdi';
  const uuid = newUuid();
  const location = path.join(folder, 'Snapshots', `{${uuid}}.${ext}`);
  fs.mkdirSync(path.dirname(location), { recursive: true });
  const medium = {
    uuid,
    location,
    format: parent.format,
    kind: 'hdd',
    capacityMB: parent.capacityMB,
    parent: parent.uuid,
    description: '',
  };
  writeMediumFile(location, medium);
  ctx.state.media[uuid] = medium;
  return medium;
}

function snapshot(ctx) {
  const [ref, action, ...rest] = ctx.args;
  const vm = machine(ctx, ref);
  const a = parseArgs(rest);
  if (action !== 'take') throw syntaxError(ctx.version, `Invalid parameter '${action ?? ''}'`);
  if (!isRunning(vm)) requireWriteSession(ctx, vm, 'VBoxManageSnapshot.cpp');
  const name = a.positional[0];
  if (!name) throw syntaxError(ctx.version, 'Missing snapshot name');
  const snap = { uuid: newUuid(), name, description: a.get('--description') ?? '', attachments: vm.attachments.map((x) => ({ ...x })) };
  vm.attachments = vm.attachments.map((x) =>
    x.kind === 'hdd' && x.medium ? { ...x, medium: diffMedium(ctx, ctx.state.media[x.medium], vm.folder).uuid } : x,
  );
  vm.snapshots.push(snap);
  vm.currentSnapshot = snap.uuid;
  ctx.printErr(PROGRESS);
  ctx.print(`Snapshot taken. UUID: ${snap.uuid}\n`);
}

function clonevm(ctx) {
  const a = parseArgs(ctx.args);
  const source = machine(ctx, a.positional[0]);
  const snapRef = a.get('--snapshot');
  const link = /(^|,)link(,|$)/i.test(String(a.get('--options') ?? ''));
  if (link && !snapRef) throw new SimExit(1, 'VBoxManage: error: Linked clone can only be created from a snapshot\n');
  const snap = snapRef ? source.snapshots.find((s) => s.name === snapRef || s.uuid === snapRef.replace(/[{}]/g, '')) : undefined;
  if (snapRef && !snap) throw snapshotNotFound(snapRef);
  const name = a.get('--name') ?? `${source.name} Clone`;
  const folder = path.join(a.get('--basefolder') ?? ctx.vmRoot, name);
  if (findMachine(ctx.state, name) || fs.existsSync(path.join(folder, `${name}.vbox`)))
    throw machineExists(path.join(folder, `${name}.vbox`));
  const keepMacs = /keepallmacs/i.test(String(a.get('--options') ?? ''));
  const from = snap ? snap.attachments : source.attachments;
  const vm = newMachine(name, folder, {
    memory: source.memory,
    cpus: source.cpus,
    firmware: source.firmware,
    ostype: source.ostype,
    chipset: source.chipset,
    paravirt: source.paravirt,
    audio: source.audio,
    description: source.description,
    controllers: source.controllers.map((c) => ({ ...c })),
    nics: source.nics.map((n) => ({ ...n, mac: keepMacs ? n.mac : randomMac() })),
    extradata: { ...source.extradata },
  });
  const uuid = a.get('--uuid');
  if (uuid) vm.uuid = uuid.replace(/[{}]/g, '').toLowerCase();
  vm.attachments = from.map((x) => {
    if (x.kind !== 'hdd' || !x.medium) return { ...x };
    const base = ctx.state.media[x.medium];
    return { ...x, medium: link ? diffMedium(ctx, base, folder).uuid : fullCopy(ctx, base, folder, name).uuid };
  });
  if (a.has('--register')) ctx.state.machines[vm.uuid] = vm;
  ctx.printErr(PROGRESS);
  ctx.print(`Machine has been successfully cloned as "${name}"\n`);
}

function fullCopy(ctx, base, folder, name) {
  const uuid = newUuid();
  const location = path.join(folder, `${name}-disk001.${base.format.toLowerCase()}`);
  const medium = { ...base, uuid, location, parent: null };
  writeMediumFile(location, medium);
  ctx.state.media[uuid] = medium;
  return medium;
}

function startvm(ctx) {
  const a = parseArgs(ctx.args);
  const vm = machine(ctx, a.positional[0]);
  if (isRunning(vm) || leaseHeldByOther(vm)) throw launchLocked(vm.name);
  for (const nic of vm.nics) {
    if (nic.type === 'hostonly' && !ctx.state.hostonlyifs.some((i) => i.name === nic.attachment))
      throw nonexistentHostInterface(vm.name, nic.attachment);
    // [I] the failure of a start on a missing host-only network is not recorded; the adapter one stands in.
    if (nic.type === 'hostonlynet' && !ctx.state.hostonlynets.some((n) => n.name === nic.attachment))
      throw nonexistentHostInterface(vm.name, nic.attachment);
    if (nic.type === 'bridged' && !ctx.state.bridgedifs.some((i) => i.name === nic.attachment))
      throw nonexistentHostInterface(vm.name, nic.attachment);
    if (nic.type === 'natnetwork' && !ctx.state.natnetworks.some((n) => n.name === nic.attachment)) {
      throw new SimExit(
        1,
        `VBoxManage: error: The NAT network '${nic.attachment}' does not exist (VERR_NOT_FOUND)\n`,
        `Waiting for VM "${vm.name}" to power on...\n`,
      );
    }
  }
  for (const x of vm.attachments) {
    const medium = x.medium ? ctx.state.media[x.medium] : undefined;
    if (medium && !fs.existsSync(medium.location)) throw mediumFileNotFound(medium.location);
  }
  vm.state = 'running';
  vm.sessionName = a.get('--type') ?? 'gui';
  vm.stateChangeTime = Date.now();
  vm.boots = (vm.boots ?? 0) + 1;
  ctx.print(`Waiting for VM "${vm.name}" to power on...\nVM "${vm.name}" has been successfully started.\n`);
}

function controlvm(ctx) {
  const [ref, action] = ctx.args;
  const vm = machine(ctx, ref);
  if (!isRunning(vm)) throw notRunning(vm.name);
  switch (action) {
    case 'poweroff':
      vm.state = 'poweroff';
      vm.stateChangeTime = Date.now();
      // The VM process releases its session lock a moment after the VM is off.
      vm.lockUntil = Date.now() + ctx.unlockMs;
      vm.lockPid = 0;
      ctx.printErr(PROGRESS);
      return;
    case 'pause':
      vm.state = 'paused';
      return;
    case 'resume':
      vm.state = 'running';
      return;
    case 'reset':
      vm.resets = (vm.resets ?? 0) + 1;
      return;
    case 'acpipowerbutton':
      return; // a guest without an OS ignores the power button
    default:
      throw syntaxError(ctx.version, `Invalid parameter '${action ?? ''}'`);
  }
}

function unregistervm(ctx) {
  const a = parseArgs(ctx.args);
  const vm = machine(ctx, a.positional[0]);
  if (isRunning(vm) || leaseHeldByOther(vm)) throw unregisterLocked(vm.name);
  if (a.has('--delete', '--delete-all')) {
    const own = new Set();
    for (const x of [...vm.attachments, ...vm.snapshots.flatMap((s) => s.attachments)]) {
      if (x.kind === 'hdd' && x.medium) own.add(x.medium);
    }
    for (const uuid of own) {
      const foreign = Object.values(ctx.state.media).filter((m) => m.parent === uuid && !own.has(m.uuid));
      if (foreign.length > 0) throw mediumHasChildren(ctx.state.media[uuid].location, foreign.length);
    }
    for (const uuid of own) {
      fs.rmSync(ctx.state.media[uuid].location, { force: true });
      delete ctx.state.media[uuid];
    }
    fs.rmSync(path.join(vm.folder, `${vm.name}.vbox`), { force: true });
    fs.rmSync(path.join(vm.folder, 'Snapshots'), { recursive: true, force: true });
    try {
      fs.rmdirSync(vm.folder);
    } catch {
      // Files the simulator did not make stay, as VirtualBox leaves them.
    }
    ctx.printErr(PROGRESS);
  }
  delete ctx.state.machines[vm.uuid];
}

function hostonlyif(ctx) {
  const [action, ...rest] = ctx.args;
  const a = parseArgs(rest, ['--dhcp']);
  const ifs = ctx.state.hostonlyifs;
  if (action === 'create') {
    if (ctx.version.hostOnlyNetworks) throw hostOnlyAdapterUnsupported();
    let n = 0;
    while (ifs.some((i) => i.name === `vboxnet${n}`)) n++;
    const name = `vboxnet${n}`;
    ifs.push({
      name,
      guid: `786f6276-656e-4${String(n).padStart(3, '0')}-8000-0a0027000000`.slice(0, 36),
      dhcp: false,
      ip: `192.168.${56 + n}.1`,
      mask: '255.255.255.0',
      mac: `0a:00:27:00:00:${n.toString(16).padStart(2, '0')}`,
      status: 'Up',
    });
    ctx.printErr(PROGRESS);
    ctx.print(`Interface '${name}' was successfully created\n`);
    return;
  }
  const iface = ifs.find((i) => i.name === a.positional[0]);
  if (action === 'remove') {
    if (!iface) throw hostInterfaceNotFound();
    ctx.state.hostonlyifs = ifs.filter((i) => i !== iface);
    ctx.printErr(PROGRESS);
    return;
  }
  if (action === 'ipconfig') {
    if (!iface) throw hostInterfaceNotFound();
    if (a.has('--dhcp')) iface.dhcp = true;
    else {
      iface.ip = a.get('--ip') ?? iface.ip;
      iface.mask = a.get('--netmask') ?? iface.mask;
      iface.dhcp = false;
    }
    return;
  }
  throw syntaxError(ctx.version, `Invalid parameter '${action ?? ''}'`);
}

function natnetwork(ctx) {
  const [action, ...rest] = ctx.args;
  const a = parseArgs(rest);
  const nets = ctx.state.natnetworks;
  const name = a.get('--netname');
  const net = nets.find((n) => n.name === name);
  switch (action) {
    case 'add': {
      if (!name) throw syntaxError(ctx.version, 'A NAT network name must be specified');
      const cidr = a.get('--network', '--ipv4-prefix');
      const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr ?? '');
      if (!m) throw new SimExit(2, `VBoxManage: error: Invalid IPv4 prefix '${cidr ?? ''}'\n`);
      if (net) throw natNetworkExists();
      nets.push({
        name,
        network: cidr,
        gateway: `${m[1]}.${m[2]}.${m[3]}.1`,
        dhcp: a.get('--dhcp') !== 'off',
        enabled: !a.has('--disable'),
      });
      return;
    }
    case 'remove':
      if (!net) throw natNetworkMissing();
      ctx.state.natnetworks = nets.filter((n) => n !== net);
      return;
    case 'start':
    case 'stop':
    case 'modify':
      if (!net) throw natNetworkMissing();
      if (a.has('--enable')) net.enabled = true;
      if (a.has('--disable')) net.enabled = false;
      return;
    case 'list': {
      if (!ctx.version.is7) throw syntaxError(ctx.version, `Invalid parameter 'list'`);
      const blocks = formatNatNetworks(nets, ctx.version, true);
      ctx.print(`NAT Networks:\n\n${blocks}${nets.length} network${nets.length === 1 ? '' : 's'} found\n`);
      return;
    }
    default:
      throw syntaxError(ctx.version, `Invalid parameter '${action ?? ''}'`);
  }
}

/**
 * `hostonlynet add|modify|remove` (VBoxManageHostonly.cpp, handleHostonlyNet, VBOX_WITH_VMNET
 * only): `--name`, `--id`, `--netmask`, `--lower-ip`/`--lowerip`, `--upper-ip`/`--upperip`,
 * `--enable`, `--disable`; add needs name, netmask and both bounds (errorArgument, exit 2).
 * Success prints nothing.
 */
function hostonlynet(ctx) {
  if (!ctx.version.hostOnlyNetworks) throw syntaxError(ctx.version, `Invalid command 'hostonlynet'`);
  const [action, ...rest] = ctx.args;
  const a = parseArgs(rest, ['--enable', '--disable']);
  const nets = ctx.state.hostonlynets;
  const name = a.get('--name');
  const net = nets.find((n) => n.name === name || (a.get('--id') && n.id === a.get('--id')));
  const apply = (target) => {
    if (a.get('--netmask')) target.netmask = a.get('--netmask');
    if (a.get('--lower-ip', '--lowerip')) target.lowerIp = a.get('--lower-ip', '--lowerip');
    if (a.get('--upper-ip', '--upperip')) target.upperIp = a.get('--upper-ip', '--upperip');
    if (a.has('--enable')) target.enabled = true;
    if (a.has('--disable')) target.enabled = false;
  };
  switch (action) {
    case 'add': {
      if (!name) throw hostOnlyNetOptionMissing('--name');
      if (!a.get('--netmask')) throw hostOnlyNetOptionMissing('--netmask');
      if (!a.get('--lower-ip', '--lowerip')) throw hostOnlyNetOptionMissing('--lower-ip');
      if (!a.get('--upper-ip', '--upperip')) throw hostOnlyNetOptionMissing('--upper-ip');
      if (net) throw hostOnlyNetworkExists(name);
      const created = { name, id: newUuid(), enabled: false, netmask: '', lowerIp: '', upperIp: '' };
      apply(created);
      nets.push(created);
      return;
    }
    case 'modify':
      if (!net) throw hostOnlyNetworkNotFound(name ?? a.get('--id') ?? '');
      apply(net);
      return;
    case 'remove':
      if (!net) throw hostOnlyNetworkNotFound(name ?? a.get('--id') ?? '');
      ctx.state.hostonlynets = nets.filter((n) => n !== net);
      return;
    default:
      throw syntaxError(ctx.version, `Unknown sub-command '${action ?? ''}'`);
  }
}

export const COMMANDS = {
  list,
  showvminfo,
  import: importAppliance,
  modifyvm,
  storagectl,
  storageattach,
  createmedium,
  createhd: createmedium,
  closemedium,
  modifymedium,
  modifyhd: modifymedium,
  showmediuminfo,
  showhdinfo: showmediuminfo,
  setextradata,
  getextradata,
  snapshot,
  clonevm,
  startvm,
  controlvm,
  unregistervm,
  hostonlyif,
  hostonlynet,
  natnetwork,
};

/** Commands that open a write session on the machine named by their first argument. */
export const SESSION_COMMANDS = new Set(['modifyvm', 'storagectl', 'storageattach', 'snapshot']);
