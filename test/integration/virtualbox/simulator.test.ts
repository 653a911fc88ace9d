import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module of the simulator, without type declarations
import { FIXTURES, VERSIONS, runScenario } from '../../support/vboxsim/fixtureScenario.mjs';
import { SimulatedVirtualBox } from '../../support/virtualbox/SimulatedVirtualBox.js';

const run = promisify(execFile);

describe('the VBoxManage simulator', () => {
  it.each(VERSIONS as string[])('prints exactly the %s fixtures the parser tests read', (version) => {
    const outputs = runScenario(version) as Map<string, string>;
    expect(outputs.size).toBeGreaterThan(15);
    for (const [file, output] of outputs) {
      expect(output, `${version}/${file}`).toBe(readFileSync(path.join(FIXTURES as string, version, file), 'utf8'));
    }
  });

  const sims: SimulatedVirtualBox[] = [];
  afterAll(() => sims.forEach((s) => s.dispose()));

  it('keeps its state consistent under concurrent processes', async () => {
    const sim = new SimulatedVirtualBox({ version: '7.0' });
    sims.push(sim);
    sim.vbox('list', 'vms');
    const files = Array.from({ length: 6 }, (_, i) => path.join(sim.dir, `d${i}.vdi`));
    await Promise.all(files.map((f) => run(sim.bin, ['createmedium', 'disk', '--filename', f, '--size', '16', '--format', 'VDI'])));
    expect(Object.values(sim.state().media).map((m) => m.location).sort()).toEqual(files.sort());
  });

  it('answers not-found, syntax and lock errors with the exit codes VBoxManage uses', async () => {
    const sim = new SimulatedVirtualBox({ version: '6.1' });
    sims.push(sim);
    const fail = (args: string[]) => run(sim.bin, args).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    expect(await fail(['showvminfo', 'nope', '--machinereadable'])).toMatchObject({ code: 1, stderr: expect.stringContaining("Could not find a registered machine named 'nope'") });
    expect(await fail(['modifyvm', 'nope', '--audio-driver', 'none'])).toMatchObject({ code: 1 });
    sim.vbox('natnetwork', 'add', '--netname', 'n', '--network', '10.0.9.0/24');
    expect(await fail(['natnetwork', 'add', '--netname', 'n', '--network', '10.0.9.0/24'])).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
    expect(await fail(['natnetwork', 'list'])).toMatchObject({ code: 2 });
  });
});
