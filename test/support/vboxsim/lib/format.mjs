// Output formats of the subcommands, per simulated version. Each difference between 6.1, 7.0
// and 7.1 printed here is a documented one (docs/virtualbox.md lists the sources); the
// fixtures under ../fixtures/<version>/ are produced by these functions and checked against
// the published samples they imitate.

const OS_TYPES = { Ubuntu_64: 'Ubuntu (64-bit)', Other_64: 'Other/Unknown (64-bit)' };
const FIRMWARE = { bios: 'BIOS', efi: 'EFI', efi32: 'EFI32', efi64: 'EFI64', efidual: 'EFIDUAL' };
export const NIC_SLOTS = 8;

const q = (value) => `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const kv = (key, value) => `${key}=${q(value)}`;
const qkv = (key, value) => `${q(key)}=${q(value)}`;
// VirtualBox before 7.0 printed storage slots, controller names and NIC attachments with a plain
// RTPrintf("...=\"%ls\"") (VBoxManageInfo.cpp, showVMInfo, 6.x): no escaping at all. 7.0 sends
// them through outputMachineReadableString like every other value.
const rawKv = (key, value) => `${key}="${value}"`;
const rawQkv = (key, value) => `"${key}"="${value}"`;

/** VirtualBox prints nine fraction digits and no zone. */
export function stateChangeTime(ms) {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000');
}

export function slotDevices(controller) {
  return controller.bus === 'ide' ? 2 : 1;
}

function storageLines(vm, media, version, paths) {
  const slot = version.is7 ? qkv : rawQkv;
  const out = [];
  vm.controllers.forEach((c, i) => {
    out.push((version.is7 ? kv : rawKv)(`storagecontrollername${i}`, c.name));
    out.push(kv(`storagecontrollertype${i}`, c.type));
    out.push(kv(`storagecontrollerinstance${i}`, c.instance));
    out.push(kv(`storagecontrollermaxportcount${i}`, c.maxPorts));
    out.push(kv(`storagecontrollerportcount${i}`, c.portcount));
    out.push(kv(`storagecontrollerbootable${i}`, c.bootable ? 'on' : 'off'));
  });
  for (const c of vm.controllers) {
    const namedForHotplug = /^(sata|usb)$/i.test(c.name);
    for (let port = 0; port < c.portcount; port++) {
      for (let device = 0; device < slotDevices(c); device++) {
        const a = vm.attachments.find((x) => x.controller === c.name && x.port === port && x.device === device);
        if (!a) {
          out.push(slot(`${c.name}-${port}-${device}`, 'none'));
          continue;
        }
        const medium = a.medium ? media[a.medium] : undefined;
        out.push(slot(`${c.name}-${port}-${device}`, medium ? paths.show(medium.location) : 'emptydrive'));
        if (medium) out.push(slot(`${c.name}-ImageUUID-${port}-${device}`, medium.uuid));
        if (a.kind === 'dvddrive') {
          if (version.is7) {
            if (medium) out.push(qkv(`${c.name}-tempeject-${port}-${device}`, 'off'));
            out.push(qkv(`${c.name}-IsEjected-${port}-${device}`, 'off'));
          } else {
            if (medium) out.push(rawQkv(`${c.name}-tempeject`, 'off'));
            out.push(rawQkv(`${c.name}-IsEjected`, 'off'));
          }
        }
        if (version.is7) {
          if (namedForHotplug) out.push(qkv(`${c.name}-hot-pluggable-${port}-${device}`, a.hotpluggable ? 'on' : 'off'));
          if (medium) {
            out.push(qkv(`${c.name}-nonrotational-${port}-${device}`, 'off'));
            out.push(qkv(`${c.name}-discard-${port}-${device}`, 'off'));
          }
        }
      }
    }
  }
  return out;
}

function nicLines(vm, version) {
  const attach = version.is7 ? kv : rawKv;
  const out = [];
  for (let n = 1; n <= NIC_SLOTS; n++) {
    const nic = vm.nics[n - 1];
    if (!nic || nic.type === 'none') {
      out.push(kv(`nic${n}`, 'none'));
      continue;
    }
    if (nic.type === 'nat') out.push(kv(`natnet${n}`, 'nat'));
    if (nic.type === 'hostonly') out.push(attach(`hostonlyadapter${n}`, nic.attachment));
    if (nic.type === 'bridged') out.push(attach(`bridgeadapter${n}`, nic.attachment));
    if (nic.type === 'natnetwork') out.push(attach(`nat-network${n}`, nic.attachment));
    // 7.x on macOS (VBOX_WITH_VMNET): `hostonly-network<N>`, and nic<N> says "hostonlynetwork"
    // where modifyvm said "hostonlynet" [S 7.x showVMInfo; R vagrant 7.x VBOX_GUEST_HOSTONLYVNETS_INFO].
    if (nic.type === 'hostonlynet') out.push(kv(`hostonly-network${n}`, nic.attachment));
    out.push(kv(`macaddress${n}`, nic.mac));
    out.push(kv(`cableconnected${n}`, nic.cable === false ? 'off' : 'on'));
    out.push(kv(`nic${n}`, nic.type === 'hostonlynet' ? 'hostonlynetwork' : nic.type));
    out.push(kv(`nictype${n}`, nic.nictype ?? '82540EM'));
    out.push(kv(`nicspeed${n}`, '0'));
    if (nic.type === 'nat') {
      out.push(kv('mtu', '0'), kv('sockSnd', '64'), kv('sockRcv', '64'), kv('tcpWndSnd', '64'), kv('tcpWndRcv', '64'));
    }
  }
  return out;
}

function snapshotLines(vm) {
  if (vm.snapshots.length === 0) return [];
  // Snapshots of these machines form one chain: the root has no suffix, each child adds "-1".
  const out = [];
  let suffix = '';
  let currentNode = '';
  for (const s of vm.snapshots) {
    out.push(kv(`SnapshotName${suffix}`, s.name));
    out.push(kv(`SnapshotUUID${suffix}`, s.uuid));
    if (s.description) out.push(kv(`SnapshotDescription${suffix}`, s.description));
    if (s.uuid === vm.currentSnapshot) currentNode = `SnapshotName${suffix}`;
    suffix += '-1';
  }
  const current = vm.snapshots.find((s) => s.uuid === vm.currentSnapshot);
  if (current) {
    out.push(kv('CurrentSnapshotName', current.name));
    out.push(kv('CurrentSnapshotUUID', current.uuid));
    out.push(kv('CurrentSnapshotNode', currentNode));
  }
  return out;
}

/**
 * The recording block of 7.x (VBoxManageInfo.cpp, showVMInfo, VBOX_WITH_RECORDING): note the bare
 * ` rec_screen0` line, printed with RTPrintf(" %s\n") even in machine-readable mode, and an
 * option string holding `=` inside its value. The default settings are [I].
 */
function recordingLines(vm, paths) {
  return [
    kv('recording_enabled', 'off'),
    'recording_screens=1',
    ' rec_screen0',
    kv('rec_screen_enabled', 'on'),
    'rec_screen_id=0',
    kv('rec_screen_video_enabled', 'on'),
    kv('rec_screen_audio_enabled', 'off'),
    kv('rec_screen_dest', 'File'),
    kv('rec_screen_dest_filename', paths.show(`${vm.folder}/${vm.name}-screen0.webm`)),
    kv('rec_screen_opts', 'vc_enabled=true,ac_enabled=false,ac_profile=med'),
    kv('rec_screen_video_res_xy', '1024x768'),
    'rec_screen_video_rate_kbps=512',
    'rec_screen_video_fps=25',
  ];
}

/** `showvminfo <vm> --machinereadable`. */
export function formatShowVmInfo(vm, media, version, paths = { show: (p) => p }) {
  const efi = vm.firmware !== 'bios';
  const running = vm.state === 'running' || vm.state === 'paused';
  const out = [kv('name', vm.name)];
  if (version.is71) out.push(kv('encryption', 'disabled'));
  else if (version.is7) out.push('Encryption:     disabled');
  out.push(kv('groups', '/'));
  if (version.is71) out.push(kv('platformArchitecture', 'x86'));
  out.push(
    kv('ostype', OS_TYPES[vm.ostype] ?? vm.ostype),
    kv('UUID', vm.uuid),
    kv('CfgFile', paths.show(`${vm.folder}/${vm.name}.vbox`)),
    kv('SnapFldr', paths.show(`${vm.folder}/Snapshots`)),
    kv('LogFldr', paths.show(`${vm.folder}/Logs`)),
    kv('hardwareuuid', vm.uuid),
    `memory=${vm.memory}`,
    kv('pagefusion', 'off'),
    'vram=16',
    'cpuexecutioncap=100',
  );
  if (!version.is71) out.push(kv('hpet', 'off'));
  out.push(
    kv('cpu-profile', 'host'),
    kv('chipset', vm.chipset ?? 'piix3'),
    kv('firmware', FIRMWARE[vm.firmware] ?? 'BIOS'),
    `cpus=${vm.cpus}`,
  );
  if (version.is71) out.push(kv('hpet', 'off'));
  out.push(
    kv('pae', 'on'),
    kv('longmode', 'on'),
    kv('triplefaultreset', 'off'),
    kv('apic', 'on'),
    kv('x2apic', 'on'),
    kv('nested-hw-virt', 'off'),
  );
  // 7.2 prints the hardware-virtualization keys inside its x86 platform block, right after the
  // CPU properties (VirtualBox/virtualbox VBoxManageInfo.cpp, showVMInfo); earlier versions later.
  const hwVirt = [kv('hwvirtex', 'on'), kv('nestedpaging', 'on'), kv('largepages', 'off'), kv('vtxvpid', 'on'), kv('vtxux', 'on')];
  if (version.is7) hwVirt.push(kv('virtvmsavevmload', 'on'));
  if (version.is72) out.push(...hwVirt);
  out.push(
    'cpuid-portability-level=0',
    kv('bootmenu', 'messageandmenu'),
    kv('boot1', 'floppy'),
    kv('boot2', 'dvd'),
    kv('boot3', 'disk'),
    kv('boot4', 'none'),
    kv('acpi', 'on'),
    kv('ioapic', 'on'),
    kv('biosapic', 'apic'),
    'biossystemtimeoffset=0',
  );
  const nvram = paths.show(`${vm.folder}/${vm.name}.nvram`);
  if (efi) out.push(version.is71 ? kv('NvramFile', nvram) : `BIOS NVRAM File=${q(nvram)}`);
  // 7.2 reports UEFI Secure Boot for EFI machines (same source).
  if (efi && version.is72) out.push(kv('SecureBoot', 'off'));
  out.push(kv('rtcuseutc', 'on'));
  if (!version.is72) out.push(...hwVirt);
  out.push(
    kv('paravirtprovider', vm.paravirt ?? 'default'),
    kv('effparavirtprovider', 'kvm'),
    kv('VMState', vm.state),
    kv('VMStateChangeTime', stateChangeTime(vm.stateChangeTime)),
    kv('graphicscontroller', 'vmsvga'),
    'monitorcount=1',
    kv('accelerate3d', 'off'),
  );
  if (!version.is7) out.push(kv('accelerate2dvideo', 'off'));
  out.push(
    kv('teleporterenabled', 'off'),
    'teleporterport=0',
    kv('teleporteraddress', ''),
    kv('teleporterpassword', ''),
    kv('tracing-enabled', 'off'),
    kv('tracing-allow-vm-access', 'off'),
    kv('tracing-config', ''),
    kv('autostart-enabled', 'off'),
    'autostart-delay=0',
    kv('defaultfrontend', ''),
    kv('vmprocpriority', 'default'),
  );
  out.push(...storageLines(vm, media, version, paths));
  out.push(...nicLines(vm, version));
  out.push(
    kv('hidpointing', 'ps2mouse'),
    kv('hidkeyboard', 'ps2kbd'),
    kv('uart1', 'off'),
    kv('uart2', 'off'),
    kv('lpt1', 'off'),
    kv('lpt2', 'off'),
  );
  out.push(kv('audio', vm.audio ?? 'none'));
  if (version.is7) out.push(kv('audio_out', 'off'), kv('audio_in', 'off'));
  out.push(kv('clipboard', 'disabled'), kv('draganddrop', 'disabled'));
  if (running) out.push(kv('SessionName', vm.sessionName ?? 'headless'), kv('VideoMode', '720,400,0@0,0 1'));
  out.push(kv('vrde', 'off'), kv('usb', 'off'), kv('ehci', 'off'), kv('xhci', 'off'));
  if (version.is7) out.push(...recordingLines(vm, paths));
  // outputMachineReadableString escapes the description in every version.
  if (vm.description) out.push(kv('description', vm.description));
  out.push(...snapshotLines(vm));
  if (running) out.push('GuestMemoryBalloon=0');
  return `${out.join('\n')}\n`;
}

/** `list vms` / `list runningvms`. */
export function formatListVms(vms) {
  return vms.map((vm) => `"${vm.name}" {${vm.uuid}}\n`).join('');
}

const pad = (label, width) => label.padEnd(width, ' ');

function interfaceBlock(iface, prefix) {
  const col = (label, value) => `${pad(label, 17)}${value}`;
  return [
    col('Name:', iface.name),
    col('GUID:', iface.guid),
    col('DHCP:', iface.dhcp ? 'Enabled' : 'Disabled'),
    col('IPAddress:', iface.ip ?? ''),
    col('NetworkMask:', iface.mask ?? ''),
    col('IPV6Address:', ''),
    'IPV6NetworkMaskPrefixLength: 0',
    col('HardwareAddress:', iface.mac),
    col('MediumType:', 'Ethernet'),
    col('Wireless:', 'No'),
    col('Status:', iface.status ?? 'Up'),
    col('VBoxNetworkName:', `${prefix}-${iface.name}`),
    '',
    '',
  ].join('\n');
}

/** `list hostonlyifs` (Linux and Windows hosts; one block per adapter, each ending with a blank line). */
export function formatHostOnlyIfs(ifs) {
  return ifs.map((i) => interfaceBlock(i, 'HostInterfaceNetworking')).join('');
}

/** `list bridgedifs`: the same block format. */
export function formatBridgedIfs(ifs) {
  return ifs
    .map((i) => interfaceBlock({ ...i, guid: i.guid ?? '00000000-0000-0000-0000-000000000000', dhcp: false }, 'HostInterfaceNetworking'))
    .join('');
}

/** `list [--long] natnetworks`: 6.x keys vs the 7.x renames; `Enabled:` after `Name:` from 7.0.14 on. */
export function formatNatNetworks(nets, version, long) {
  return nets
    .map((n) => {
      if (!version.is7) {
        const col = (label, value) => `${pad(label, 16)}${value}`;
        return [
          col('NetworkName:', n.name),
          col('IP:', n.gateway),
          col('Network:', n.network),
          col('IPv6 Enabled:', 'No'),
          col('IPv6 Prefix:', 'fd17:625c:f037:2::/64'),
          col('DHCP Enabled:', n.dhcp ? 'Yes' : 'No'),
          col('Enabled:', n.enabled ? 'Yes' : 'No'),
          'loopback mappings (ipv4)',
          '        127.0.0.1=2',
          '',
          '',
        ].join('\n');
      }
      const col = (label, value) => `${pad(label, 14)}${value}`;
      const rows = [col('Name:', n.name)];
      if (long) rows.push(col('Enabled:', n.enabled ? 'Yes' : 'No'));
      rows.push(
        col('Network:', n.network),
        col('Gateway:', n.gateway),
        col('DHCP Server:', n.dhcp ? 'Yes' : 'No'),
        col('IPv6:', 'No'),
        col('IPv6 Prefix:', 'fd17:625c:f037:2::/64'),
        col('IPv6 Default:', 'No'),
      );
      if (long) rows.push('loopback mappings (ipv4)', '        127.0.0.1=2');
      rows.push('', '');
      return rows.join('\n');
    })
    .join('');
}

/** `showmediuminfo [disk|dvd] <medium>`. */
export function formatMediumInfo(medium, media, machines, paths = { show: (p) => p }) {
  const col = (label, value) => `${pad(label, 16)}${value}`;
  // A machine uses the medium in its current state or in snapshots; the snapshots follow on the
  // same line, ` [<snapshot> (UUID: …)]` each (VBoxManageDisk.cpp, showMediumInfo; R a 5.1
  // Windows showmediuminfo of a linked-clone base quoted in a public blog post).
  const users = Object.values(machines).filter(
    (vm) =>
      vm.attachments.some((a) => a.medium === medium.uuid) || vm.snapshots.some((s) => s.attachments.some((a) => a.medium === medium.uuid)),
  );
  const userLine = (vm) =>
    `${vm.name} (UUID: ${vm.uuid})${vm.snapshots
      .filter((s) => s.attachments.some((a) => a.medium === medium.uuid))
      .map((s) => ` [${s.name} (UUID: ${s.uuid})]`)
      .join('')}`;
  const children = Object.values(media).filter((m) => m.parent === medium.uuid);
  const type = medium.kind === 'dvd' ? 'readonly' : medium.parent ? 'normal (differencing)' : 'normal (base)';
  const rows = [
    col('UUID:', medium.uuid),
    col('Parent UUID:', medium.parent ?? 'base'),
    col('State:', 'created'),
    col('Type:', type),
    col('Location:', paths.show(medium.location)),
  ];
  if (medium.description) rows.push(col('Description:', medium.description));
  rows.push(
    col('Storage format:', medium.format),
    col('Format variant:', medium.kind === 'dvd' ? 'fixed default' : 'dynamic default'),
    col('Capacity:', `${medium.capacityMB} MBytes`),
    col('Size on disk:', `${Math.min(2, medium.capacityMB)} MBytes`),
    col('Encryption:', 'disabled'),
  );
  users.forEach((vm, i) => rows.push(i === 0 ? col('In use by VMs:', userLine(vm)) : `${pad('', 16)}${userLine(vm)}`));
  children.forEach((c, i) => rows.push(i === 0 ? col('Child UUIDs:', c.uuid) : `${pad('', 16)}${c.uuid}`));
  return `${rows.join('\n')}\n`;
}

/** The stdout of `import` (the `Interpreting…`/`OK.` and progress lines go to stderr). */
export function formatImportPlan(plan, version) {
  const rows = ['Disks:'];
  plan.disks.forEach((d) => rows.push(`  ${d.id}\t${d.capacityBytes}\t-1\t${d.format}\t${d.file}\t-1\t-1`));
  rows.push('', 'Virtual system 0:');
  const items = [];
  items.push([
    `Suggested OS type: "${plan.ostype}"`,
    '(change with "--vsys 0 --ostype <type>"; use "list ostypes" to list all possible values)',
  ]);
  items.push(
    plan.nameGiven
      ? [`VM name specified with --vmname: "${plan.name}"`]
      : [`Suggested VM name "${plan.name}"`, '(change with "--vsys 0 --vmname <name>")'],
  );
  items.push(['Suggested VM group "/"', '(change with "--vsys 0 --group <group>")']);
  items.push([`Number of CPUs: ${plan.cpus}`, '(change with "--vsys 0 --cpus <n>")']);
  items.push([`Guest memory: ${plan.memory} MB`, '(change with "--vsys 0 --memory <MB>")']);
  plan.controllers.forEach((c) =>
    items.push([`${c.label} controller, type ${c.type}`, `(disable with "--vsys 0 --unit ${items.length} --ignore")`]),
  );
  plan.disks.forEach((d) => {
    const where = version.is7 ? `controller=${d.controllerUnit};port=${d.port}` : `controller=${d.controllerUnit};channel=${d.port}`;
    items.push([
      `Hard disk image: source image=${d.file}, target path=${d.target}, ${where}`,
      `(change target path with "--vsys 0 --unit ${items.length} --disk path";`,
      `disable with "--vsys 0 --unit ${items.length} --ignore")`,
    ]);
  });
  items.forEach((lines, i) => {
    rows.push(`${String(i).padStart(2, ' ')}: ${lines[0]}`);
    lines.slice(1).forEach((l) => rows.push(`    ${l}`));
  });
  return `${rows.join('\n')}\nSuccessfully imported the appliance.\n`;
}

/**
 * `list hostonlynets` (VBoxManageList.cpp, listHostOnlyNetworks, 7.x macOS): the GUID line ends
 * with a blank line inside the block [S; R vagrant 7.x fixture], then State/NetworkMask/LowerIP/
 * UpperIP and `VBoxNetworkName: hostonly-<name>`, and a blank line after each block.
 */
export function formatHostOnlyNets(nets) {
  const col = (label, value) => `${pad(label, 17)}${value}`;
  return nets
    .map((n) =>
      [
        col('Name:', n.name),
        col('GUID:', n.id),
        '',
        col('State:', n.enabled ? 'Enabled' : 'Disabled'),
        col('NetworkMask:', n.netmask),
        col('LowerIP:', n.lowerIp),
        col('UpperIP:', n.upperIp),
        col('VBoxNetworkName:', `hostonly-${n.name}`),
        '',
        '',
      ].join('\n'),
    )
    .join('');
}

const HOST_OS = {
  // IPRT's RTSystemQueryOSInfo(RTSYSOSINFO_PRODUCT): uname's sysname on POSIX, a product name on Windows.
  linux: ['Linux', '6.1.0-18-amd64'],
  macos: ['Darwin', '23.6.0'],
  windows: ['Windows 10', '10.0.19045'],
};

/** `list hostinfo` (VBoxManageList.cpp, listHostInfo); processor and memory figures are [I]. */
export function formatHostInfo(version) {
  const [os, osVersion] = HOST_OS[version.host];
  const features = ['HW virtualization', 'PAE', 'long mode', 'nested paging', 'unrestricted guest', 'nested HW virtualization'];
  if (version.is7) features.push('virt. vmsave/vmload');
  return [
    'Host Information:',
    '',
    `Host time: ${new Date(Date.UTC(2024, 5, 1, 10, 30)).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z')}`,
    'Processor online count: 1',
    'Processor count: 1',
    'Processor online core count: 1',
    'Processor core count: 1',
    ...features.map((f) => `Processor supports ${f}: ${f.startsWith('virt.') ? 'no' : 'yes'}`),
    'Processor#0 speed: 2600 MHz',
    'Processor#0 description: Intel(R) Core(TM) i7-8850H CPU @ 2.60GHz',
    'Memory size: 16384 MByte',
    'Memory available: 8192 MByte',
    `Operating system: ${os}`,
    `Operating system version: ${osVersion}`,
    '',
  ].join('\n');
}
