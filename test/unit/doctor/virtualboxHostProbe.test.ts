import { afterAll, describe, expect, it } from 'vitest';
import { runDoctorCommand } from '../../../src/app/doctor/runDoctorCommand.js';
import type { HostFinding } from '../../../src/ports/HostProbe.js';
import { SimulatedVirtualBox } from '../../support/virtualbox/SimulatedVirtualBox.js';
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

async function doctorWith(bin: string): Promise<{ code: number; out: string; row: HostFinding }> {
  const path = join(dir, `cpi-${sims.length}-${Math.random().toString(16).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ driver: 'virtualbox', agent: { mbus: 'https://mbus:p@0.0.0.0:6868' }, virtualbox: { bin } }));
  let out = '';
  const { exitCode, findings } = await runDoctorCommand({ argv: ['--config', path], write: (text) => (out += text) });
  const row = findings.find((f) => f.check === 'VirtualBox version');
  if (!row) throw new Error(`no VirtualBox version row in\n${out}`);
  return { code: exitCode, out, row };
}
const simulated = (version: string): string => {
  const sim = new SimulatedVirtualBox({ version, warn: 'never' });
  sims.push(sim);
  return sim.bin;
};

describe('cpi doctor with the VirtualBox driver', () => {
  it.each(['6.1', '7.0', '7.1'])('accepts VirtualBox %s', async (version) => {
    const { code, out, row } = await doctorWith(simulated(version));
    expect(code).toBe(0);
    expect(row).toMatchObject({ status: 'ok', detail: expect.stringMatching(new RegExp(`^VirtualBox ${version.replace('.', '\\.')}\\.\\d+r\\d+ on local$`)) });
    expect(out).toMatch(/^ok\s+VirtualBox version/m);
  });

  it('fails a VirtualBox older than 6.1', async () => {
    const { code, out, row } = await doctorWith(simulated('6.0.24r139119'));
    expect(code).toBe(1);
    expect(row).toMatchObject({ status: 'fail', detail: 'VirtualBox 6.0.24r139119 on local; the driver needs 6.1 or later' });
    expect(out).toMatch(/^FAIL\s+VirtualBox version/m);
  });

  it('warns about a VirtualBox newer than the driver knows', async () => {
    const { code, row } = await doctorWith(simulated('7.2.0r170000'));
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
