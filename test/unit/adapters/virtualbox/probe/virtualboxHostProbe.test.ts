import { afterAll, describe, expect, it } from 'vitest';
import { runDoctorCommand } from '../../../../../src/app/doctor/runDoctorCommand.js';
import type { HostFinding } from '../../../../../src/ports/HostProbe.js';
import { SimulatedVirtualBox } from '../../../../support/virtualbox/SimulatedVirtualBox.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `cpi doctor` with the VirtualBox driver, through the real container and command runner,
// against the VBoxManage simulator (VirtualBox itself cannot be installed here).
const dir = mkdtempSync(join(tmpdir(), 't-release-vbox-doctor-'));
const sims: SimulatedVirtualBox[] = [];
afterAll(() => {
  for (const sim of sims) rmSync(sim.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

async function doctorWith(bin: string): Promise<{ code: number; out: string; row: HostFinding; findings: readonly HostFinding[] }> {
  const path = join(dir, `cpi-${sims.length}-${Math.random().toString(16).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ driver: 'virtualbox', agent: { mbus: 'https://mbus:p@0.0.0.0:6868' }, virtualbox: { bin } }));
  let out = '';
  const { exitCode, findings } = await runDoctorCommand({ argv: ['--config', path], write: (text) => (out += text) });
  const row = findings.find((f) => f.check === 'VirtualBox version');
  if (!row) throw new Error(`no VirtualBox version row in\n${out}`);
  return { code: exitCode, out, row, findings };
}
const simulated = (version: string, options: { host?: 'linux' | 'macos' | 'windows'; warn?: 'never' | 'vboxdrv' } = {}): string => {
  const sim = new SimulatedVirtualBox({ version, warn: options.warn ?? 'never', ...(options.host ? { host: options.host } : {}) });
  sims.push(sim);
  return sim.bin;
};

describe('cpi doctor with the VirtualBox driver', () => {
  it.each(['6.1', '7.0', '7.1', '7.2'])('accepts VirtualBox %s', async (version) => {
    const { code, out, row, findings } = await doctorWith(simulated(version));
    expect(code).toBe(0);
    expect(row).toMatchObject({
      status: 'ok',
      detail: expect.stringMatching(new RegExp(`^VirtualBox ${version.replace('.', '\\.')}\\.\\d+r\\d+ on local$`)),
    });
    expect(out).toMatch(/^ok\s+VirtualBox version/m);
    expect(findings.find((f) => f.check === 'VirtualBox host-only networking')).toMatchObject({
      status: 'ok',
      detail: expect.stringContaining('host-only adapters'),
    });
  });

  it('says a Mac with VirtualBox 7 has host-only networks, and one with 6.1 adapters', async () => {
    const mac7 = await doctorWith(simulated('7.2', { host: 'macos' }));
    expect(mac7.code).toBe(0);
    expect(mac7.findings.find((f) => f.check === 'VirtualBox host-only networking')?.detail).toContain(
      'host-only networks (VirtualBox 7 on macOS)',
    );
    const mac6 = await doctorWith(simulated('6.1', { host: 'macos' }));
    expect(mac6.findings.find((f) => f.check === 'VirtualBox host-only networking')?.detail).toContain('host-only adapters');
  });

  it('fails when the host says its kernel module is not loaded, and shows the warning', async () => {
    const { code, out, findings } = await doctorWith(simulated('7.1', { warn: 'vboxdrv' }));
    expect(code).toBe(1);
    expect(findings.find((f) => f.check === 'VirtualBox host warning')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('The vboxdrv kernel module is not loaded'),
      fix: expect.stringContaining('vboxconfig'),
    });
    expect(out).toMatch(/^FAIL\s+VirtualBox host warning/m);
  });

  it('fails a VirtualBox older than 6.1', async () => {
    const { code, out, row } = await doctorWith(simulated('6.0.24r139119'));
    expect(code).toBe(1);
    expect(row).toMatchObject({ status: 'fail', detail: 'VirtualBox 6.0.24r139119 on local; the driver needs 6.1 or later' });
    expect(out).toMatch(/^FAIL\s+VirtualBox version/m);
  });

  it('warns about a VirtualBox newer than the driver knows', async () => {
    const { code, row } = await doctorWith(simulated('7.3.0r180000'));
    expect(code).toBe(0);
    expect(row.status).toBe('warn');
  });

  it('fails when VBoxManage is not there', async () => {
    const { code, row } = await doctorWith(join(dir, 'no-such-VBoxManage'));
    expect(code).toBe(1);
    expect(row.status).toBe('fail');
    expect(row.fix).toContain('virtualbox.bin');
  });
});
