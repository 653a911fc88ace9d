import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDoctorCommand } from '../../../../src/app/doctor/runDoctorCommand.js';
import type { HostFinding } from '../../../../src/ports/HostProbe.js';

const dir = mkdtempSync(join(tmpdir(), 't-release-doctor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = (content: unknown): string => {
  const path = join(dir, `cpi-${Math.random().toString(16).slice(2)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

async function doctor(argv: string[], findings: HostFinding[] = []): Promise<{ code: number; out: string }> {
  let out = '';
  const { exitCode } = await runDoctorCommand({ argv, write: (text) => (out += text), probeFor: () => ({ probe: async () => findings }) });
  return { code: exitCode, out };
}

describe('cpi doctor', () => {
  it('reports the configuration, then the driver’s findings, and exits 0 without failures', async () => {
    const { code, out } = await doctor(
      ['--config', config({ driver: 'memory', agent: { mbus: 'nats://n' } })],
      [{ check: 'memory state', status: 'ok', detail: 'in the process', fix: '' }],
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^ok\s+configuration\s/m);
    expect(out).toContain('driver memory');
    expect(out).toMatch(/^ok\s+memory state/m);
    expect(out.trimEnd().split('\n').pop()).toBe('All 2 checks passed.');
  });

  it('exits 1 when a finding fails, and prints its fix', async () => {
    const { code, out } = await doctor(
      ['--config', config({ driver: 'memory', agent: { mbus: 'nats://n' } })],
      [{ check: 'network z1', status: 'fail', detail: 'missing', fix: 'virsh net-start z1' }],
    );
    expect(code).toBe(1);
    expect(out).toMatch(/^FAIL\s+network z1\s+missing\s+virsh net-start z1$/m);
  });

  it('fails an invalid cpi.json with every problem, without probing the host', async () => {
    let probed = false;
    let out = '';
    const { exitCode: code } = await runDoctorCommand({
      argv: ['--config', config({ driver: 'memory', libvirt: { pool: 'bad name!' }, extra: 1 })],
      write: (text) => (out += text),
      probeFor: () => ({ probe: async () => ((probed = true), []) }),
    });
    expect(code).toBe(1);
    expect(probed).toBe(false);
    expect(out).toMatch(/^FAIL\s+configuration/m);
    expect(out).toContain('libvirt.pool');
    expect(out).toContain('extra');
  });

  it('warns about an empty agent.mbus', async () => {
    const { code, out } = await doctor(['--config', config({ driver: 'memory' })]);
    expect(code).toBe(0);
    expect(out).toMatch(/^WARN\s+agent\.mbus/m);
  });

  it('asks for a config path', async () => {
    const { code, out } = await doctor([]);
    expect(code).toBe(2);
    expect(out).toContain('usage: cpi doctor [--json] --config');
  });
});

describe('cpi doctor --json', () => {
  it('prints the findings, the summary and the exit status as one JSON document', async () => {
    const finding: HostFinding = { check: 'network z1', status: 'fail', detail: 'missing', fix: 'virsh net-start z1' };
    const { code, out } = await doctor(['--json', '--config', config({ driver: 'memory', agent: { mbus: 'nats://n' } })], [finding]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { findings: HostFinding[]; exit_code: number; summary: string };
    expect(report.exit_code).toBe(1);
    expect(report.findings.map((f) => f.check)).toEqual(['configuration', 'network z1']);
    expect(report.findings[1]).toEqual(finding);
    expect(report.summary).toMatch(/^1 check\(s\) failed/);
  });
});
