import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibvirtHostProbe, type LibvirtProbeSettings } from '../../../../../src/adapters/libvirt/probe/LibvirtHostProbe.js';
import { doctorVerdict } from '../../../../../src/app/doctor/doctorVerdict.js';
import type { HostFinding } from '../../../../../src/ports/HostProbe.js';
import { directCommandRunner } from '../../../../support/directCommandRunner.js';

// `cpi doctor` for the libvirt driver against the shared daemon: a healthy setup, then one
// broken thing at a time. Everything this file creates is named t-release-<random> and removed.
const unique = `t-release-${Math.random().toString(16).slice(2, 10)}`;
const virsh = (...args: string[]): string => execFileSync('virsh', ['-c', 'qemu:///system', ...args], { encoding: 'utf8' });

const healthy: LibvirtProbeSettings = {
  uri: 'qemu:///system',
  pool: `${unique}-absent`,
  poolPath: `/var/lib/libvirt/images/${unique}-absent`,
  network: 'default',
  domainType: 'qemu',
  connectTimeoutMs: 10_000,
};

const probe = (overrides: Partial<LibvirtProbeSettings>): Promise<HostFinding[]> =>
  new LibvirtHostProbe({ ...healthy, ...overrides }, directCommandRunner).probe();
const row = (findings: HostFinding[], check: string): HostFinding => {
  const found = findings.find((f) => f.check === check);
  if (!found) throw new Error(`no '${check}' row in ${JSON.stringify(findings, null, 2)}`);
  return found;
};

/** Files of this file's own: /proc/cpuinfo look-alikes, a pool_path that is a file. */
const scratch = mkdtempSync(join(tmpdir(), `${unique}-scratch-`));
/** A /proc/cpuinfo look-alike with the given flags line. */
const cpuInfo = (flags: string): string => {
  const path = join(scratch, `cpuinfo-${flags.replace(/\W+/g, '_')}`);
  writeFileSync(path, `processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: ${flags}\n\n`);
  return path;
};
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('LibvirtHostProbe against the real daemon', () => {
  let lockedParent: string;
  const lockedPool = `${unique}-locked`;

  beforeAll(() => {
    // A pool whose folder sits in a root-only directory: libvirt (root) starts it happily,
    // QEMU (libvirt-qemu) could never open a disk in it.
    lockedParent = mkdtempSync(join('/var/tmp', `${unique}-`));
    mkdirSync(join(lockedParent, 'pool'));
    chmodSync(lockedParent, 0o700);
    virsh('pool-create-as', lockedPool, 'dir', '--target', join(lockedParent, 'pool'));
  });
  afterAll(() => {
    try {
      virsh('pool-destroy', lockedPool);
    } catch {
      // not created: nothing to remove
    }
    rmSync(lockedParent, { recursive: true, force: true });
  });

  it('passes a healthy setup, naming the versions it found', async () => {
    const findings = await probe({});
    expect(findings.filter((f) => f.status === 'fail')).toEqual([]);
    expect(row(findings, 'libvirt connection').detail).toMatch(/libvirt \d+\.\d+\.\d+, QEMU \d+\.\d+\.\d+/);
    expect(row(findings, 'network default')).toMatchObject({ status: 'ok' });
    expect(row(findings, `storage pool ${healthy.pool}`).detail).toContain('the CPI creates it');
    expect(row(findings, 'pool folder access')).toMatchObject({ status: 'ok' });
    expect(row(findings, 'qemu-img').detail).toMatch(/^qemu-img \d+\./);
    expect(doctorVerdict(findings).exitCode).toBe(0);
  });

  it('fails a missing network and says how to create it', async () => {
    const findings = await probe({ network: `${unique}-nonet` });
    expect(row(findings, `network ${unique}-nonet`)).toMatchObject({ status: 'fail' });
    expect(row(findings, `network ${unique}-nonet`).fix).toContain(`virsh net-start ${unique}-nonet`);
    expect(doctorVerdict(findings).exitCode).toBe(1);
  });

  it('fails a pool folder QEMU’s user cannot reach, naming the directory that blocks it', async () => {
    const findings = await probe({ pool: lockedPool });
    expect(row(findings, `storage pool ${lockedPool}`)).toMatchObject({ status: 'ok' });
    const access = row(findings, 'pool folder access');
    expect(access.status).toBe('fail');
    expect(access.detail).toContain(`${lockedParent} (drwx------`);
    expect(access.detail).toContain('libvirt-qemu');
    expect(access.fix).toContain(`chmod o+x ${lockedParent}`);
    expect(row(findings, 'free space').status).not.toBe('fail');
    expect(doctorVerdict(findings).exitCode).toBe(1);
  });

  it('fails a stopped daemon (a socket that is not there) and still checks qemu-img', async () => {
    const findings = await probe({ uri: `qemu:///system?socket=/tmp/${unique}-nonexistent.sock` });
    expect(row(findings, 'libvirt socket')).toMatchObject({ status: 'fail' });
    expect(row(findings, 'libvirt socket').detail).toBe(`no socket at /tmp/${unique}-nonexistent.sock, the socket= of libvirt.uri`);
    expect(row(findings, 'libvirt socket').fix).toContain('correct socket=');
    expect(row(findings, 'libvirt socket').detail).not.toContain('not running');
    expect(row(findings, 'network default')).toMatchObject({ status: 'skip', detail: 'not checked: no connection to libvirt' });
    expect(row(findings, 'qemu-img').status).toBe('ok');
    expect(doctorVerdict(findings).exitCode).toBe(1);
  });

  it('judges KVM by whether QEMU’s user can open /dev/kvm, and accepts software emulation', async () => {
    // This machine offers KVM; with a CPU that has vmx, the kvm branch must then find /dev/kvm
    // usable by QEMU's user.
    const kvm = row(await probe({ domainType: 'kvm', cpuInfoPath: cpuInfo('fpu vme vmx sse2') }), 'virtualization');
    const devKvm = execFileSync('stat', ['-c', '%a %G', '/dev/kvm'], { encoding: 'utf8' }).trim();
    expect(kvm.status, `/dev/kvm is ${devKvm}`).toBe(devKvm === '660 kvm' ? 'ok' : 'fail');
    expect(row(await probe({ domainType: 'qemu' }), 'virtualization').detail).toContain('software emulation');
  });

  it('fails KVM on a CPU without vmx or svm, as virt-host-validate does, and names domain_type qemu as the fix', async () => {
    const kvm = row(await probe({ domainType: 'kvm', cpuInfoPath: cpuInfo('fpu vme sse2 hypervisor') }), 'virtualization');
    expect(kvm.status).toBe('fail');
    expect(kvm.detail).toContain('no vmx or svm flag');
    expect(kvm.fix).toContain('libvirt.domain_type: qemu');
    // And this machine's own CPU: the verdict follows its flags, not /dev/kvm alone.
    const ownFlags = /^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.split(/\s+/) ?? [];
    const hardware = ownFlags.includes('vmx') || ownFlags.includes('svm');
    const own = row(await probe({ domainType: 'kvm' }), 'virtualization');
    if (!hardware) expect(own).toMatchObject({ status: 'fail' });
    else expect(own.detail).not.toContain('no vmx or svm flag');
  });

  it('fails a pool_path that is a file, with its real mode, and gives no advice about searching it', async () => {
    const file = join(scratch, 'not-a-folder');
    writeFileSync(file, 'x');
    chmodSync(file, 0o640);
    const findings = await probe({ poolPath: file });
    const pool = row(findings, `storage pool ${healthy.pool}`);
    expect(pool.status).toBe('fail');
    expect(pool.detail).toContain(`${file} is not a directory (a regular file, mode rw-r-----)`);
    expect(pool.fix).toContain('set libvirt.pool_path to a directory');
    expect(findings.find((f) => f.check === 'pool folder access')).toBeUndefined();
    expect(findings.find((f) => f.check === 'free space')).toBeUndefined();
    expect(doctorVerdict(findings).exitCode).toBe(1);
  });

  it('says that nothing listens on a qemu+tcp host:port, once, and how to make libvirtd listen', async () => {
    // A port that was free a moment ago: bound, then closed.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: bound } = server.address() as { port: number };
        server.close(() => resolve(bound));
      });
    });
    const uri = `qemu+tcp://127.0.0.1:${port}/system`;
    const findings = await probe({ uri });
    const connection = row(findings, 'libvirt connection');
    expect(connection.status).toBe('fail');
    expect(connection.detail).toBe(`${uri}: nothing is listening on 127.0.0.1:${port} (connection refused)`);
    expect(connection.fix).toContain('listen_tcp');
    expect(connection.fix).toContain('qemu+ssh://127.0.0.1/system');
    expect(connection.fix).not.toContain('group');
    expect(row(findings, 'virtualization')).toMatchObject({ status: 'skip' });
  });
});
