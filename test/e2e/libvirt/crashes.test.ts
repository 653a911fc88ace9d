import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CPI_MAIN, DIRECTOR_ENV } from '../../support/runCpi.js';
import { CONTEXT, ok, writeLibvirtConfig } from '../../support/libvirt/cpiProcess.js';
import { leftovers, testPool } from '../../support/libvirt/testPool.js';
import { incompressibleStemcell, killableCall, seededRandom } from '../../support/crash/killableCall.js';

/**
 * SIGKILL of the `cpi` process at a random moment of each call, as when the director cancels a
 * task, restarts, or `bosh create-env` is interrupted. After each kill the director does what it
 * does (a new VM with a new agent id after a failed create_vm; other calls retried as they
 * were), and then no
 * object may exist that no CID known to the director owns. The moments are uniform over each
 * call's usual duration, measured in the same run; CRASH_SEED replays a sequence.
 * The director's create_vm is bosh-director's VmCreator#create (lib/bosh/director/vm_creator.rb):
 * each create draws a new agent id (generate_agent_id, SecureRandom.uuid), so the create_vm of
 * the task that follows a killed one comes with an agent id the killed call never saw.
 */
const SEED = Number(process.env.CRASH_SEED ?? 20261206);
/** CRASH_MEASURE_ONLY=1 counts leftovers without failing, to measure a build without creation marks. */
const MEASURE_ONLY = process.env.CRASH_MEASURE_ONLY === '1';
const RUNS_PER_METHOD = 8;
const METHODS = ['create_vm', 'create_stemcell', 'create_disk', 'attach_disk', 'detach_disk', 'delete_vm', 'snapshot_disk'] as const;
type Method = (typeof METHODS)[number];

const pool = testPool('crash');
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 16 };
const networks = { default: { type: 'dynamic', cloud_properties: {} } };
const context = { ...CONTEXT, vm: { stemcell: { api_version: 3 } } };
let dir: string;
let config: string;
let image: string;

/** What the director knows: every CID it was told. */
const known = { stemcells: new Set<string>(), vms: new Set<string>(), disks: new Set<string>(), snapshots: new Set<string>() };
const usualMs: Record<string, number> = {};
let base: { stemcell: string; vm: string; disk: string };

async function timed<T>(method: string, args: unknown[], extra: Record<string, unknown> = {}): Promise<T> {
  const started = Date.now();
  const result = await ok<T>(config, method, args, extra);
  usualMs[method] = Date.now() - started;
  return result;
}

/** Domains and volumes of the pool that no CID the director knows owns (marks of creations included). */
async function unowned(): Promise<string[]> {
  const left = await leftovers(pool.name);
  const cids = [...known.stemcells, ...known.vms, ...known.disks, ...known.snapshots];
  const owned = (name: string) => cids.some((cid) => name === cid || name.startsWith(`${cid}-`) || name.startsWith(`${cid}.`));
  return [
    ...left.domains.filter((d) => !owned(d)).map((d) => `domain ${d}`),
    ...left.volumes.filter((v) => !owned(v)).map((v) => `volume ${v}`),
  ];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 't-crash-'));
  config = writeLibvirtConfig(dir, pool.libvirtConfig);
  image = incompressibleStemcell(dir, 48);
  const stemcell = await timed<string>('create_stemcell', [image, {}]);
  known.stemcells.add(stemcell);
  const [vm] = await timed<[string]>('create_vm', ['agent-base', stemcell, vmProps, networks, [], {}], { context });
  known.vms.add(vm);
  const disk = await timed<string>('create_disk', [16, {}, vm]);
  known.disks.add(disk);
  base = { stemcell, vm, disk };
  await timed('attach_disk', [vm, disk], { context });
  await timed('detach_disk', [vm, disk], { context });
  const snapshot = await timed<string>('snapshot_disk', [disk, {}]);
  await ok(config, 'delete_snapshot', [snapshot]);
  const [other] = await ok<[string]>(config, 'create_vm', ['agent-base-2', stemcell, vmProps, networks, [], {}], { context });
  await timed('delete_vm', [other]);
});
afterAll(async () => {
  await pool.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('SIGKILL of the cpi at random moments', () => {
  it('cpi doctor reports what a killed create_vm left, and cpi cleanup removes it on request', async () => {
    const child = execa(process.execPath, [CPI_MAIN, '--config', config], {
      input: JSON.stringify({
        method: 'create_vm',
        arguments: ['agent-doctor', base.stemcell, vmProps, networks, [], {}],
        context,
        api_version: 2,
      }),
      env: DIRECTOR_ENV,
      extendEnv: false,
      reject: false,
    });
    let left = await unowned();
    while (!left.some((o) => o.startsWith('domain ')) && child.exitCode === null) left = await unowned();
    child.kill('SIGKILL');
    await child;
    const vm = left.find((o) => o.startsWith('domain '))?.slice('domain '.length);
    expect(vm, 'the kill came after the answer').toBeDefined();

    const cli = (...argv: string[]) =>
      execa(process.execPath, [CPI_MAIN, ...argv, '--config', config], { env: DIRECTOR_ENV, extendEnv: false, reject: false });
    const doctor = JSON.parse((await cli('doctor', '--json')).stdout) as {
      findings: { check: string; status: string; detail: string; fix: string }[];
    };
    const finding = doctor.findings.find((f) => f.check === 'leftovers of killed calls');
    expect(finding?.status).toBe('warn');
    expect(finding?.detail).toMatch(
      new RegExp(
        `^vm ${vm}: since \\d{4}-.*its creating process is dead; [0-9.]+ MiB disk, [0-9.]+ MiB RAM \\(running\\); domain ${vm} \\(running\\)`,
      ),
    );
    expect(finding?.fix).toContain('cpi cleanup --config');

    const dry = await cli('cleanup', '--dry-run');
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout).toContain(`found vm ${vm}`);
    expect((await unowned()).length).toBeGreaterThan(0);
    const cleanup = await cli('cleanup');
    expect(cleanup.exitCode).toBe(0);
    expect(cleanup.stdout).toContain(`removed vm ${vm}`);
    expect(cleanup.stdout).toContain('1 leftover removed');
    expect(await unowned()).toEqual([]);
    const after = JSON.parse((await cli('doctor', '--json')).stdout) as { findings: { check: string; status: string; detail: string }[] };
    expect(after.findings.find((f) => f.check === 'leftovers of killed calls')).toMatchObject({ status: 'ok', detail: 'none' });
  }, 120_000);

  it(`leaves nothing that no known CID owns, once the director carried on (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const plan: Method[] = METHODS.flatMap((m) => Array.from({ length: RUNS_PER_METHOD }, () => m));
    for (let i = plan.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }
    console.log(`crash test: seed ${SEED} (replay with CRASH_SEED=${SEED}), ${plan.length} runs`);
    /** Per method: runs, kills, kills that left objects no known CID owns, and such objects after the next steps. */
    const stats: Record<string, { runs: number; killed: number; killsThatLeft: number; objectsLeft: number; leftAfterNext: number }> = {};
    for (const m of METHODS) stats[m] = { runs: 0, killed: 0, killsThatLeft: 0, objectsLeft: 0, leftAfterNext: 0 };

    for (const [index, method] of plan.entries()) {
      const killAfter = Math.floor(random() * usualMs[method]!);
      const where = `run ${index} (${method}, SIGKILL after ${killAfter} ms, seed ${SEED})`;
      const s = stats[method]!;
      s.runs++;
      // the preparation the call needs, as the director would have done it before
      let other: string | undefined;
      if (method === 'detach_disk') await ok(config, 'attach_disk', [base.vm, base.disk], { context });
      if (method === 'delete_vm')
        [other] = await ok<[string]>(config, 'create_vm', [`agent-del-${index}`, base.stemcell, vmProps, networks, [], {}], { context });
      if (other) known.vms.add(other);

      const args: Record<Method, unknown[]> = {
        create_vm: [`agent-${index}`, base.stemcell, vmProps, networks, [], {}],
        create_stemcell: [image, {}],
        create_disk: [16, {}, base.vm],
        attach_disk: [base.vm, base.disk],
        detach_disk: [base.vm, base.disk],
        delete_vm: [other],
        snapshot_disk: [base.disk, {}],
      };
      const outcome = await killableCall(config, method, args[method], killAfter, { context });
      if (outcome.killed) s.killed++;
      const answered = outcome.response?.error === null ? outcome.response.result : undefined;
      // a call that answered before the kill told the director its CID
      if (typeof answered === 'string')
        (method === 'create_stemcell' ? known.stemcells : method === 'create_disk' ? known.disks : known.snapshots).add(answered);
      if (method === 'create_vm' && Array.isArray(answered)) known.vms.add(answered[0] as string);
      if (outcome.killed) {
        const leftByKill = (await unowned()).length;
        s.objectsLeft += leftByKill;
        if (leftByKill > 0) s.killsThatLeft++;
      }

      // the director's next steps
      let created: string | undefined;
      switch (method) {
        case 'create_vm':
          created = answered
            ? (answered as [string])[0]
            : (await ok<[string]>(config, 'create_vm', [`agent-${index}-again`, base.stemcell, vmProps, networks, [], {}], { context }))[0];
          known.vms.add(created);
          break;
        case 'create_stemcell':
          created = (answered as string | undefined) ?? (await ok<string>(config, 'create_stemcell', [image, {}]));
          known.stemcells.add(created);
          break;
        case 'create_disk':
          created = (answered as string | undefined) ?? (await ok<string>(config, 'create_disk', [16, {}, base.vm]));
          known.disks.add(created);
          break;
        case 'snapshot_disk':
          created = (answered as string | undefined) ?? (await ok<string>(config, 'snapshot_disk', [base.disk, {}]));
          known.snapshots.add(created);
          break;
        case 'attach_disk':
        case 'detach_disk':
        case 'delete_vm':
          if (!answered && outcome.response?.error !== null) await ok(config, method, args[method], { context });
          break;
      }
      const left = await unowned();
      s.leftAfterNext += left.length;
      if (!MEASURE_ONLY) expect(left, where).toEqual([]);

      // the director deletes what it no longer needs, so that few guests run at once
      if (method === 'attach_disk') await ok(config, 'detach_disk', [base.vm, base.disk], { context });
      if (method === 'delete_vm' && other) known.vms.delete(other);
      if (method === 'create_vm' && created) {
        await ok(config, 'delete_vm', [created]);
        known.vms.delete(created);
      }
    }
    console.log(`crash test: seed ${SEED}\n${JSON.stringify(stats, null, 1)}\nusual durations (ms): ${JSON.stringify(usualMs)}`);

    // the director deletes everything it knows
    for (const snapshot of known.snapshots) await ok(config, 'delete_snapshot', [snapshot]);
    for (const vm of known.vms) await ok(config, 'delete_vm', [vm]);
    for (const disk of known.disks) await ok(config, 'delete_disk', [disk]);
    for (const stemcell of known.stemcells) await ok(config, 'delete_stemcell', [stemcell]);
    if (MEASURE_ONLY) {
      const left = await leftovers(pool.name);
      console.log(
        `crash test, measure only: after the director's deletes ${left.domains.length} domains and ${left.volumes.length} volumes remain: ${JSON.stringify(left)}`,
      );
      return;
    }
    expect(await leftovers(pool.name)).toEqual({ domains: [], volumes: [] });
    expect(readdirSync(pool.path)).toEqual([]);
    expect(readdirSync(join(dir, 'locks')).filter((n) => n.startsWith('creating-'))).toEqual([]);
    const kills = Object.values(stats).reduce((sum, s) => sum + s.killed, 0);
    expect(kills).toBeGreaterThanOrEqual(plan.length / 2);
  }, 600_000);
});
