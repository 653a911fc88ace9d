#!/usr/bin/env node
// A VBoxManage simulator for the VirtualBox driver's tests: VirtualBox cannot be installed on
// the machines that run them. It keeps VirtualBox-like state (machines, media, snapshots,
// networks, extradata) in a JSON file and answers the subcommands the driver uses with the
// output of VirtualBox 6.1, 7.0, 7.1 or 7.2 on Linux, macOS or Windows. See docs/virtualbox.md.
//
// Environment:
//   VBOXSIM_STATE        state file (required); machines live in "<its folder>/VirtualBox VMs"
//   VBOXSIM_VERSION      6.1 | 7.0 | 7.1 (default) | 7.2 | a full version such as 7.0.14r161095
//   VBOXSIM_HOST         linux (default) | macos (7.x: host-only networks, no host-only adapters)
//                        | windows (VBoxManage.exe errors, Windows paths for the machine folder)
//   VBOXSIM_WARN         auto (default: 7.0.16+ warns when LOGNAME/USER is not the effective user)
//                        | always | never | vboxdrv (the multi-line kernel-module warning)
//   VBOXSIM_SESSION_MS   how long a write session is held, so concurrent calls meet lock errors
//   VBOXSIM_UNLOCK_MS    how long a powered-off VM keeps its session lock (default 0)
//   VBOXSIM_LOG          file that gets one JSON line per call (argv, pid, time)
//
// Faults planted in the state file (`faults: [{command, kind, times, vm?}]`) make the next
// `times` calls of `command` fail: locked, launch-locked, unregister-locked, not-ready,
// exit0-error (error text, exit 0), fatal, or started-exit1 (startvm works but exits 1).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMANDS, SESSION_COMMANDS, findMachine, leaseHeldByOther } from './lib/commands.mjs';
import { SimExit, launchLocked, objectNotReady, sessionLocked, syntaxError, unregisterLocked } from './lib/messages.mjs';
import { acquireLock, loadState, saveState, sleepSync } from './lib/state.mjs';
import { hostPaths } from './lib/hostPaths.mjs';
import { simulatedVersion } from './lib/version.mjs';

const USER_WARNING = 'WARNING: Environment variable LOGNAME or USER does not correspond to effective user id.\n';
const VBOXDRV_WARNING = `WARNING: The vboxdrv kernel module is not loaded. Either there is no module
         available for the current kernel (6.1.0-18-amd64) or it failed to
         load. Please recompile the kernel module and install it by

           sudo /sbin/vboxconfig

         You will not be able to start VMs until this problem is fixed.
`;

/**
 * VBoxManage names itself by its binary in error lines, `VBoxManage.exe` on Windows, and COM
 * there reports `callee IUnknown` [R hfiref0x/VBoxHardenedLoader#103, docker/machine#528].
 */
function asWindowsErrors(stderr) {
  return stderr.replace(/^VBoxManage: /gm, 'VBoxManage.exe: ').replace(/callee nsISupports/g, 'callee IUnknown');
}

function warningFor(version) {
  const mode = process.env.VBOXSIM_WARN ?? 'auto';
  if (mode === 'never') return '';
  if (mode === 'always') return USER_WARNING;
  if (mode === 'vboxdrv') return VBOXDRV_WARNING;
  const me = os.userInfo().username;
  const mismatch = process.env.LOGNAME !== me || process.env.USER !== me;
  // Both warnings come from the Linux wrapper script (VBox.sh), which macOS and Windows lack.
  return version.checksUserEnv && version.host === 'linux' && mismatch ? USER_WARNING : '';
}

function faultError(fault, vmName, version) {
  switch (fault.kind) {
    case 'locked':
      return sessionLocked(vmName ?? 'unknown');
    case 'launch-locked':
      return launchLocked(vmName ?? 'unknown');
    case 'unregister-locked':
      return unregisterLocked(vmName ?? 'unknown');
    case 'not-ready':
      return objectNotReady();
    case 'exit0-error':
      return new SimExit(
        0,
        'VBoxManage: error: Failed to create the host-only adapter\nVBoxManage: error: VBoxNetAdpCtl: Error while adding new interface: failed to open /dev/vboxnetctl: No such file or directory\n',
      );
    case 'fatal':
      return new SimExit(
        1,
        'VBoxManage: error: Internal error (simulated fault)\nVBoxManage: error: Details: code E_FAIL (0x80004005), component MachineWrap, interface IMachine\n',
      );
    default:
      return syntaxError(version, `vboxsim: unknown fault kind ${fault.kind}`);
  }
}

/** Takes a fault planted by a test for this command, if any (the count persists across calls). */
function takeFault(state, command, vmRef) {
  const fault = state.faults.find((f) => f.command === command && f.times > 0 && (!f.vm || f.vm === vmRef));
  if (fault) fault.times -= 1;
  state.faults = state.faults.filter((f) => f.times > 0);
  return fault;
}

function run() {
  const args = process.argv.slice(2);
  const version = simulatedVersion();
  const statePath = process.env.VBOXSIM_STATE;
  if (!statePath) return { code: 1, stdout: '', stderr: 'vboxsim: VBOXSIM_STATE is not set\n' };
  if (process.env.VBOXSIM_LOG) {
    fs.appendFileSync(process.env.VBOXSIM_LOG, `${JSON.stringify({ argv: args, pid: process.pid, time: Date.now() })}\n`);
  }
  const warning = warningFor(version);
  const finish = (code, stdout, stderr) => ({ code, stdout: warning + stdout, stderr: version.windows ? asWindowsErrors(stderr) : stderr });
  if (args[0] === '--version' || args[0] === '-v' || args[0] === '-V') return finish(0, `${version.full}\n`, '');
  const command = args[0];
  const handler = COMMANDS[command];
  if (!handler) return finish(2, '', syntaxError(version, command ? `Invalid command '${command}'` : 'No command given').stderr);
  const rest = args.slice(1);
  const vmRef = [
    'hostonlyif',
    'hostonlynet',
    'natnetwork',
    'list',
    'import',
    'createmedium',
    'createhd',
    'closemedium',
    'modifymedium',
    'modifyhd',
    'showmediuminfo',
    'showhdinfo',
  ].includes(command)
    ? undefined
    : rest[0];
  const sessionMs = Number(process.env.VBOXSIM_SESSION_MS ?? 0);
  const unlockMs = Number(process.env.VBOXSIM_UNLOCK_MS ?? 0);

  // A write session is held for a while, so that another process meets the lock error real
  // VirtualBox gives when two VBoxManage calls change one machine at once.
  if (sessionMs > 0 && SESSION_COMMANDS.has(command) && vmRef) {
    const release = acquireLock(statePath);
    let blocked;
    try {
      const state = loadState(statePath);
      const vm = findMachine(state, vmRef);
      if (vm && vm.state !== 'running' && vm.state !== 'paused') {
        if (leaseHeldByOther(vm)) blocked = sessionLocked(vm.name);
        else {
          vm.lockUntil = Date.now() + sessionMs * 20;
          vm.lockPid = process.pid;
          saveState(statePath, state);
        }
      }
    } finally {
      release();
    }
    if (blocked) return finish(blocked.code, blocked.stdout, blocked.stderr);
    sleepSync(sessionMs);
  }

  const release = acquireLock(statePath);
  try {
    const original = loadState(statePath);
    const state = structuredClone(original);
    const stdout = [];
    const stderr = [];
    const vmRoot = path.join(process.env.VBOXSIM_HOME ?? path.dirname(path.resolve(statePath)), 'VirtualBox VMs');
    const ctx = {
      args: rest,
      state,
      version,
      cwd: process.cwd(),
      vmRoot,
      paths: hostPaths(version, vmRoot),
      unlockMs,
      print: (text) => stdout.push(text),
      printErr: (text) => stderr.push(text),
    };
    const clearOwnLease = (s) => {
      const vm = vmRef ? findMachine(s, vmRef) : undefined;
      if (vm && vm.lockPid === process.pid) {
        vm.lockUntil = 0;
        vm.lockPid = 0;
      }
    };
    const fault = takeFault(state, command, vmRef);
    // "Some systems return an exit code 1" after starting the VM (vagrant's version_5_0.rb).
    const startedButExit1 = fault?.kind === 'started-exit1';
    if (fault && !startedButExit1) {
      original.faults = state.faults;
      clearOwnLease(original);
      saveState(statePath, original);
      const error = faultError(fault, vmRef ? (findMachine(state, vmRef)?.name ?? vmRef) : undefined, version);
      return finish(error.code, error.stdout, error.stderr);
    }
    try {
      handler(ctx);
    } catch (error) {
      if (!(error instanceof SimExit)) throw error;
      // Most commands change nothing when they fail; a few fail after a first step took effect.
      const kept = ctx.keepStateOnError ? state : original;
      clearOwnLease(kept);
      saveState(statePath, kept);
      return finish(error.code, error.stdout || stdout.join(''), stderr.join('') + error.stderr);
    }
    clearOwnLease(state);
    saveState(statePath, state);
    return finish(startedButExit1 ? 1 : 0, stdout.join(''), stderr.join(''));
  } finally {
    release();
  }
}

let result;
try {
  result = run();
} catch (error) {
  result = { code: 1, stdout: '', stderr: `vboxsim: internal error: ${error?.stack ?? error}\n` };
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
