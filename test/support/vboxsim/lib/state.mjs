// The simulator's persistent state: one JSON file, read and written under an exclusive lock
// file so that concurrent simulator processes (the CPI runs many calls at once) see a
// consistent VirtualBox, as VBoxSVC would give them.
import fs from 'node:fs';
import path from 'node:path';

const LOCK_WAIT_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export function sleepSync(ms) {
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

export function emptyState() {
  return {
    machines: {},
    media: {},
    hostonlyifs: [],
    hostonlynets: [],
    natnetworks: [],
    bridgedifs: [{ name: 'eth0', ip: '10.0.0.5', mask: '255.255.255.0', mac: '52:54:00:12:34:56' }],
    globalExtradata: {},
    faults: [],
  };
}

/** Takes the state lock; a lock left by a dead process is broken. */
export function acquireLock(statePath) {
  const lockPath = `${statePath}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(fs.readFileSync(lockPath, 'utf8'));
      } catch {
        continue;
      }
      if (Number.isInteger(holder) && holder > 0 && !pidAlive(holder)) {
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`vboxsim: state lock ${lockPath} held by ${holder}`);
      sleepSync(3);
    }
  }
}

export function loadState(statePath) {
  if (!fs.existsSync(statePath)) return emptyState();
  const text = fs.readFileSync(statePath, 'utf8');
  return text.trim() === '' ? emptyState() : { ...emptyState(), ...JSON.parse(text) };
}

export function saveState(statePath, state) {
  const tmp = `${statePath}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(statePath), { recursive: true });
  fs.writeFileSync(tmp, JSON.stringify(state, null, 1));
  fs.renameSync(tmp, statePath);
}

/** Runs `work` on the state under the lock and saves what it changed. */
export function withState(statePath, work) {
  const release = acquireLock(statePath);
  try {
    const state = loadState(statePath);
    const result = work(state);
    saveState(statePath, state);
    return result;
  } finally {
    release();
  }
}
