import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import type { PrivateLibvirtd } from '../libvirt/PrivateLibvirtd.js';

/**
 * SIGKILL and restart of a PrivateLibvirtd's libvirtd, as when the daemon crashes and systemd
 * starts it again: definitions, pools and running guests survive, connections do not. The new
 * libvirtd runs in the same namespaces (entered through virtlogd, which outlives it) and writes
 * the same PID file, so PrivateLibvirtd.stop() still ends exactly our processes. Never the
 * host's daemon: every PID is checked to carry the private daemon's folder on its command line.
 */
export async function killLibvirtd(daemon: PrivateLibvirtd): Promise<void> {
  const pid = (await daemon.pids()).libvirtd;
  if (pid === undefined || !(await belongsTo(pid, daemon.dir))) throw new Error(`no libvirtd of ${daemon.dir} to kill`);
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100 && (await belongsTo(pid, daemon.dir)); i++) await sleep(50);
}

export async function restartLibvirtd(daemon: PrivateLibvirtd, timeoutMs = 60_000): Promise<void> {
  const virtlogd = (await daemon.pids()).virtlogd;
  if (virtlogd === undefined || !(await belongsTo(virtlogd, daemon.dir)))
    throw new Error(`virtlogd of ${daemon.dir} is gone: cannot enter its namespaces`);
  await execa(
    'nsenter',
    [
      '--target',
      String(virtlogd),
      '--mount',
      '--net',
      '--',
      '/usr/sbin/libvirtd',
      '--daemon',
      '--pid-file',
      join(daemon.dir, 'libvirtd.pid'),
    ],
    {
      stdin: 'ignore',
      stdout: 'ignore',
      stderr: 'ignore',
      env: { LIBVIRT_LOG_OUTPUTS: '3:file:/var/log/libvirt/libvirtd.log' },
    },
  );
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await daemon
        .withClient((client) => client.getLibVersion())
        .then(
          () => true,
          () => false,
        )
    )
      return;
    await sleep(200);
  }
  throw new Error(`the restarted libvirtd did not answer within ${timeoutMs} ms:\n${await daemon.logTail()}`);
}

async function belongsTo(pid: number, dir: string): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  if (/^\d+ \(.*\) Z/.test(stat)) return false;
  return cmdline.split('\0').some((arg) => arg.includes(dir));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
