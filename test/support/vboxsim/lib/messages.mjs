// Error texts of VBoxManage, as published in bug reports and VirtualBox's sources (see
// /docs/virtualbox.md and the fixtures). Tags: [R] recorded real output, [S] VirtualBox
// source format string, [I] inferred where no recording was found. "Context:" lines carry
// line numbers that vary per build; parsers must never depend on them.

export class SimExit extends Error {
  constructor(code, stderr = '', stdout = '') {
    super(stderr || `exit ${code}`);
    this.code = code;
    this.stderr = stderr;
    this.stdout = stdout;
  }
}

const E = 'VBoxManage: error: ';
const lines = (...parts) => parts.map((p) => `${E}${p}\n`).join('');

export const PROGRESS = '0%...10%...20%...30%...40%...50%...60%...70%...80%...90%...100%\n';

/** [R] cuckoo#1402, packer#10777 (the UUID form: drupal-vm#439). */
export function machineNotFound(nameOrUuid) {
  const uuidLike = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(nameOrUuid);
  const first = uuidLike
    ? `Could not find a registered machine with UUID {${nameOrUuid.replace(/[{}]/g, '')}}`
    : `Could not find a registered machine named '${nameOrUuid}'`;
  return new SimExit(
    1,
    lines(
      first,
      'Details: code VBOX_E_OBJECT_NOT_FOUND (0x80bb0001), component VirtualBoxWrap, interface IVirtualBox, callee nsISupports',
      'Context: "FindMachine(Bstr(VMNameOrUuid).raw(), machine.asOutParam())" at line 2719 of file VBoxManageInfo.cpp',
    ),
  );
}

/** [R] packer#184, malboxes#10: modifyvm/storagectl/storageattach while a session holds the lock. */
export function sessionLocked(name, file = 'VBoxManageModifyVM.cpp') {
  return new SimExit(
    1,
    lines(
      `The machine '${name}' is already locked for a session (or being unlocked)`,
      'Details: code VBOX_E_INVALID_OBJECT_STATE (0x80bb0007), component MachineWrap, interface IMachine, callee nsISupports',
      `Context: "LockMachine(a->session, LockType_Write)" at line 1030 of file ${file}`,
    ),
  );
}

/** [R] packer#12008: startvm while running or locked (note "by a session"). */
export function launchLocked(name) {
  return new SimExit(
    1,
    lines(
      `The machine '${name}' is already locked by a session (or being locked or unlocked)`,
      'Details: code VBOX_E_INVALID_OBJECT_STATE (0x80bb0007), component MachineWrap, interface IMachine, callee nsISupports',
      'Context: "LaunchVMProcess(a->session, sessionType.raw(), ComSafeArrayAsInParam(aBstrEnv), progress.asOutParam())" at line 727 of file VBoxManageMisc.cpp',
    ),
  );
}

/** [I] IMachine::Unregister refuses a machine whose session is not closed. */
export function unregisterLocked(name) {
  return new SimExit(
    1,
    lines(
      `Cannot unregister the machine '${name}' while it is locked`,
      'Details: code VBOX_E_INVALID_OBJECT_STATE (0x80bb0007), component MachineWrap, interface IMachine, callee nsISupports',
      'Context: "Unregister(CleanupMode_DetachAllReturnHardDisksOnly, ComSafeArrayAsOutParam(aMedia))" at line 155 of file VBoxManageMisc.cpp',
    ),
  );
}

/** [R] docker/machine#2494: transient, e.g. while a VM is shutting down. */
export function objectNotReady() {
  return new SimExit(
    1,
    lines(
      'The object is not ready',
      'Details: code E_ACCESSDENIED (0x80070005), callee nsISupports',
      'Context: "COMGETTER(RemoteUSBDevices)(ComSafeArrayAsOutParam(coll))" at line 2022 of file VBoxManageInfo.cpp',
    ),
  );
}

/** [R] concourse-bosh-release#30: controlvm on a VM that is off (5.x and later wording). */
export function notRunning(name) {
  return new SimExit(1, lines(`Machine '${name}' is not currently running`));
}

/** [R] nixops#1431: a medium path that does not exist. */
export function mediumFileNotFound(location) {
  return new SimExit(
    1,
    lines(
      `Could not find file for the medium '${location}' (VERR_FILE_NOT_FOUND)`,
      'Details: code VBOX_E_FILE_ERROR (0x80bb0004), component MediumWrap, interface IMedium, callee nsISupports',
      'Context: "OpenMedium(Bstr(pszFilenameOrUuid).raw(), enmDevType, enmAccessMode, fForceNewUuidOnOpen, pMedium.asOutParam())" at line 187 of file VBoxManageDisk.cpp',
    ),
  );
}

/** [R] veewee#713 (text of VBOX_E_OBJECT_IN_USE for media) — the closemedium wording is [I]. */
export function mediumInUse(location, count) {
  return new SimExit(
    1,
    lines(
      `Medium '${location}' cannot be closed because it is still attached to ${count} virtual machines`,
      'Details: code VBOX_E_OBJECT_IN_USE (0x80bb000c), component MediumWrap, interface IMedium, callee nsISupports',
      'Context: "Close()" at line 1814 of file VBoxManageDisk.cpp',
    ),
  );
}

/** [R] vagrant-persistent-storage#42/#88 (6.x wording); 7.x says "hot-plugging" [S 7.0.14 MachineImpl.cpp]. */
export function noHotplug(controller, version) {
  return new SimExit(
    1,
    lines(
      `Controller '${controller}' does not support ${version?.is7 ? 'hot-plugging' : 'hotplugging'}`,
      'Details: code VBOX_E_INVALID_VM_STATE (0x80bb0002), component SessionMachine, interface IMachine, callee nsISupports',
      'Context: "AttachDevice(Bstr(pszCtl).raw(), port, device, DeviceType_HardDisk, pMedium2Mount)" at line 776 of file VBoxManageStorageController.cpp',
    ),
  );
}

/** [S 7.0.14 MachineImpl.cpp detachDevice] a device attached while the VM was off cannot be unplugged hot. */
export function slotNotHotPluggable(device, port, controller, version) {
  return new SimExit(
    1,
    lines(
      `The device slot ${device} on port ${port} of controller '${controller}' does not support ${version.is7 ? 'hot-plugging' : 'hotplugging'}`,
      'Details: code VBOX_E_NOT_SUPPORTED (0x80bb0009), component SessionMachine, interface IMachine, callee nsISupports',
      'Context: "DetachDevice(Bstr(pszCtl).raw(), port, device)" at line 476 of file VBoxManageStorageController.cpp',
    ),
  );
}

/** [S 7.0.14 MachineImpl.cpp setHotPluggableForDevice] the flag can only change while the VM is off. */
export function invalidMachineState(state) {
  const names = { running: 'Running', paused: 'Paused' };
  return new SimExit(
    1,
    lines(
      `Invalid machine state: ${names[state] ?? state}`,
      'Details: code VBOX_E_INVALID_VM_STATE (0x80bb0002), component SessionMachine, interface IMachine, callee nsISupports',
      'Context: "SetHotPluggableForDevice(Bstr(pszCtl).raw(), port, device, fHotPluggable)" at line 1013 of file VBoxManageStorageController.cpp',
    ),
  );
}

/** [R] NixOS/nixops#1143: VMDK (and other non VDI/VHD) images cannot be resized. */
export function resizeNotImplemented() {
  return new SimExit(
    1,
    `0%...\nProgress state: VBOX_E_NOT_SUPPORTED\n${E}Resize medium operation for this format is not implemented yet!\n`,
  );
}

/** [R] myspaghetti/macos-virtualbox#21: shrinking. */
export function resizeSmaller(bytes, location) {
  return new SimExit(
    1,
    `0%...\nProgress state: VBOX_E_NOT_SUPPORTED\n` +
      lines(
        'Failed to resize medium',
        `Resizing to new size ${bytes} is not yet supported for medium '${location}'`,
        'Details: code VBOX_E_NOT_SUPPORTED (0x80bb0009), component MediumWrap, interface IMedium',
        'Context: "RTEXITCODE handleModifyMedium(HandlerArg *)" at line 768 of file VBoxManageDisk.cpp',
      ),
  );
}

/** [I] VD backend refusing to overwrite an existing file. */
export function mediumExists(location) {
  return new SimExit(
    1,
    `0%...\nProgress state: VBOX_E_FILE_ERROR\n` +
      lines(
        'Failed to create medium',
        `Could not create the medium storage unit '${location}'.`,
        `VD: error VERR_ALREADY_EXISTS creating image file '${location}' (VERR_ALREADY_EXISTS)`,
        'Details: code VBOX_E_FILE_ERROR (0x80bb0004), component MediumWrap, interface IMedium',
      ),
  );
}

/** [S] errorArgument → exit 2. */
export function natNetworkExists() {
  return new SimExit(2, lines('NATNetwork server already exists'));
}
export function natNetworkMissing() {
  return new SimExit(2, lines('NATNetwork server does not exist'));
}

/** [R] vagrant#6120 (Windows wording), [S] 7.2. */
export function hostInterfaceNotFound() {
  return new SimExit(
    1,
    lines(
      'The host network interface with the given name could not be found',
      'Details: code E_INVALIDARG (0x80070057), component HostWrap, interface IHost, callee nsISupports',
      'Context: "FindHostNetworkInterfaceByName(name.raw(), hif.asOutParam())" at line 242 of file VBoxManageHostonly.cpp',
    ),
  );
}

/** [R] terraform-provider-virtualbox#25: startvm with a missing host interface. */
export function nonexistentHostInterface(vmName, ifName) {
  return new SimExit(
    1,
    lines(
      `Nonexistent host networking interface, name '${ifName}' (VERR_INTERNAL_ERROR)`,
      'Details: code NS_ERROR_FAILURE (0x80004005), component ConsoleWrap, interface IConsole',
    ),
    `Waiting for VM "${vmName}" to power on...\n`,
  );
}

/** [R] rdbreak/rhcsa8env#13. */
export function controllerExists(name) {
  return new SimExit(
    1,
    lines(
      `Storage controller named '${name}' already exists`,
      'Details: code VBOX_E_OBJECT_IN_USE (0x80bb000c), component SessionMachine, interface IMachine, callee nsISupports',
      'Context: "AddStorageController(Bstr(pszCtl).raw(), StorageBus_SATA, ctl.asOutParam())" at line 1163 of file VBoxManageStorageController.cpp',
    ),
  );
}

/** [I] storageattach naming a controller the VM does not have. */
export function controllerNotFound(name) {
  return new SimExit(1, lines(`Could not find a controller named '${name}'`));
}

/** [I] clonevm --snapshot with an unknown snapshot name. */
export function snapshotNotFound(name) {
  return new SimExit(
    1,
    lines(
      `Could not find a snapshot named '${name}'`,
      'Details: code VBOX_E_OBJECT_NOT_FOUND (0x80bb0001), component MachineWrap, interface IMachine, callee nsISupports',
      'Context: "FindSnapshot(Bstr(pszSnapshotName).raw(), srcSnapshot.asOutParam())" at line 593 of file VBoxManageMisc.cpp',
    ),
  );
}

/** [I] CreateMachine over an existing settings file. */
export function machineExists(cfgFile) {
  return new SimExit(
    1,
    lines(
      `Machine settings file '${cfgFile}' already exists`,
      'Details: code VBOX_E_FILE_ERROR (0x80bb0004), component MachineWrap, interface IMachine, callee nsISupports',
      'Context: "CreateMachine(bstrSettingsFile.raw(), Bstr(pszTrgName).raw(), ComSafeArrayAsInParam(groups), NULL, Bstr(pszTrgBaseFolder).raw(), trgMachine.asOutParam())" at line 612 of file VBoxManageMisc.cpp',
    ),
  );
}

/** [I] deleting media that other machines (linked clones) still build on. */
export function mediumHasChildren(location, count) {
  return new SimExit(
    1,
    lines(
      `Cannot delete storage: medium '${location}' has ${count} child media`,
      'Details: code VBOX_E_OBJECT_IN_USE (0x80bb000c), component MediumWrap, interface IMedium, callee nsISupports',
      'Context: "DeleteConfig(ComSafeArrayAsInParam(aMedia), pProgress.asOutParam())" at line 180 of file VBoxManageMisc.cpp',
    ),
  );
}

/** [I] a medium attached elsewhere (a normal disk belongs to one machine at a time). */
export function mediumAttachedElsewhere(location, vmName) {
  return new SimExit(
    1,
    lines(
      `Medium '${location}' is already attached to the virtual machine '${vmName}'`,
      'Details: code VBOX_E_OBJECT_IN_USE (0x80bb000c), component SessionMachine, interface IMachine, callee nsISupports',
    ),
  );
}

/** [S 7.2 VBoxManageHelp.cpp] syntax errors print the logo, then the error; exit 2. */
export function syntaxError(version, message) {
  const product = version.is71 ? 'Oracle VirtualBox' : 'Oracle VM VirtualBox';
  const logo = `${product} Command Line Management Interface Version ${version.full.replace(/r\d+$/, '')}\nCopyright (C) 2005-2024 Oracle and/or its affiliates\n\n`;
  return new SimExit(2, `${logo}${E}${message}\n`);
}

/**
 * [R] hashicorp/vagrant#12967 (7.0.2, macOS 11): `hostonlyif create` on VirtualBox 7 for macOS,
 * which has no host-only adapters any more; exit 1, the progress line on stderr.
 */
export function hostOnlyAdapterUnsupported() {
  return new SimExit(
    1,
    `0%...NS_ERROR_FAILURE\n${lines(
      'Failed to create the host-only adapter',
      'VBoxNetAdpCtl: Error while adding new interface: failed to open /dev/vboxnetctl: No such file or directory',
      'Details: code NS_ERROR_FAILURE (0x80004005), component HostNetworkInterfaceWrap, interface IHostNetworkInterface',
      'Context: "RTEXITCODE handleCreate(HandlerArg *)" at line 95 of file VBoxManageHostonly.cpp',
    )}`,
  );
}

/** [S 7.x VBoxManageHostonly.cpp, handleNetAdd: errorArgument, so exit 2] a missing mandatory option. */
export function hostOnlyNetOptionMissing(option) {
  return new SimExit(2, lines(`The ${option} parameter must be specified`));
}

/** [I] IVirtualBox::CreateHostOnlyNetwork with a name already taken (the wording is not recorded). */
export function hostOnlyNetworkExists(name) {
  return new SimExit(
    1,
    lines(
      `Host-only network named '${name}' already exists`,
      'Details: code E_INVALIDARG (0x80070057), component VirtualBoxWrap, interface IVirtualBox, callee nsISupports',
      'Context: "CreateHostOnlyNetwork(options.bstrNetworkName.raw(), hostOnlyNetwork.asOutParam())" at line 288 of file VBoxManageHostonly.cpp',
    ),
  );
}

/** [I] FindHostOnlyNetworkByName for a missing network (the wording is not recorded). */
export function hostOnlyNetworkNotFound(name) {
  return new SimExit(
    1,
    lines(
      `Could not find a host-only network named '${name}'`,
      'Details: code VBOX_E_OBJECT_NOT_FOUND (0x80bb0001), component VirtualBoxWrap, interface IVirtualBox, callee nsISupports',
      'Context: "FindHostOnlyNetworkByName(options.bstrNetworkName.raw(), hostOnlyNetwork.asOutParam())" at line 305 of file VBoxManageHostonly.cpp',
    ),
  );
}
