import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNoStoragePool } from '../../../src/adapters/libvirt/rpc/index.js';
import { killLibvirtd, restartLibvirtd } from '../../support/crash/daemonCrash.js';
import { incompressibleStemcell } from '../../support/crash/killableCall.js';
import { CONTEXT, call, ok, writeLibvirtConfig } from '../../support/libvirt/cpiProcess.js';
import { PrivateLibvirtd } from '../../support/libvirt/PrivateLibvirtd.js';
import { runCpi } from '../../support/runCpi.js';

/**
 * The libvirt daemon dies (SIGKILL) in the middle of create_vm, attach_disk and create_stemcell,
 * and is started again. The call must answer, within a bound, with an error; the director's
 * next call must succeed; and once it has run, nothing may remain that no known CID owns.
 * A private libvirtd of this test's own: the host's daemon is never touched.
 */
const POOL = 't-daemon-crash';
const NETWORK = 't-crash-net';
const ANSWER_BOUND_MS = 30_000;
let daemon: PrivateLibvirtd;
let dir: string;
let config: string;
let image: string;
const vmProps = { cpus: 1, memory: 128, ephemeral_disk: 16 };
const networks = { z: { type: 'dynamic', cloud_properties: {} } };
const context = { ...CONTEXT, vm: { stemcell: { api_version: 3 } } };
const known = new Set<string>();
let stemcell: string;
let vm: string;

async function unowned(): Promise<string[]> {
  return daemon.withClient(async (client) => {
    const names: string[] = (await client.listAllDomains(0)).map((d) => `domain ${d.name}`);
    try {
      const pool = await client.lookupStoragePoolByName(POOL);
      await pool.refresh().catch(() => undefined);
      names.push(...(await pool.listAllVolumes(0)).map((v) => `volume ${v.name}`));
    } catch (error) {
      if (!isNoStoragePool(error)) throw error;
    }
    return names.filter((n) => ![...known].some((cid) => n.split(' ')[1]!.startsWith(cid)));
  });
}

/** When to kill the daemon: a delay after the call started, or the moment the pool shows what the call made. */
type Trigger = { readonly afterMs: number } | { readonly when: string; readonly seen: (objects: readonly string[]) => boolean };

/** Starts the call, kills the daemon at the trigger, restarts it once the call has answered. */
async function withDaemonKilled(
  method: string,
  args: unknown[],
  trigger: Trigger,
): Promise<{ answerMs: number; killed: boolean; error: { type: string; ok_to_retry: boolean } | null; result: unknown }> {
  const started = Date.now();
  let answered = false;
  const running = runCpi({ method, arguments: args, context, api_version: 2 }, { configPath: config, timeoutMs: 120_000 }).finally(
    () => (answered = true),
  );
  if ('afterMs' in trigger) await new Promise((resolve) => setTimeout(resolve, trigger.afterMs));
  else while (!answered && !trigger.seen(await unowned().catch(() => []))) await new Promise((resolve) => setTimeout(resolve, 5));
  const killed = !answered;
  if (killed) await killLibvirtd(daemon);
  const run = await running;
  const answerMs = Date.now() - started;
  expect(run.exitCode, run.stderr).toBe(0);
  if (killed) await restartLibvirtd(daemon);
  return { answerMs, killed, error: run.response.error, result: run.response.result };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 't-daemon-crash-'));
  await chmod(dir, 0o755);
  daemon = await PrivateLibvirtd.start({ label: 't-daemon-crash' });
  await daemon.withClient(async (client) => {
    const network = await client.defineNetwork(
      `<network><name>${NETWORK}</name><bridge name='virbr-crash'/><dns enable='no'/><ip address='10.231.0.1' netmask='255.255.255.0'/></network>`,
    );
    await network.create();
  });
  await mkdir(join(daemon.sharedDir, 'pool'), { recursive: true });
  config = writeLibvirtConfig(dir, {
    uri: daemon.uri,
    pool: POOL,
    pool_path: join(daemon.sharedDir, 'pool'),
    network: NETWORK,
    domain_type: 'qemu',
    serial_log_dir: '',
    timeouts: { attach_s: 20, detach_s: 20, shutdown_s: 1 },
  });
  image = incompressibleStemcell(dir, 48);
  stemcell = await ok<string>(config, 'create_stemcell', [image, {}]);
  known.add(stemcell);
  [vm] = await ok<[string]>(config, 'create_vm', ['agent-base', stemcell, vmProps, networks, [], {}], { context });
  known.add(vm);
}, 300_000);
afterAll(async () => {
  await daemon?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the libvirt daemon killed in the middle of a call', () => {
  const timings: Record<string, number[]> = {};
  const answers: string[] = [];

  const domainDefined: Trigger = { when: 'its domain is defined', seen: (objects) => objects.some((o) => o.startsWith('domain ')) };
  const volumeMade: Trigger = {
    when: 'its first volume exists',
    seen: (objects) => objects.some((o) => o.startsWith('volume vm_') || o.startsWith('volume sc_')),
  };
  it.each([
    ['create_vm', 'a', volumeMade],
    ['create_vm', 'b', domainDefined],
    ['create_stemcell', 'a', volumeMade],
    ['create_stemcell', 'b', { afterMs: 900 }],
    ['attach_disk', 'a', { afterMs: 450 }],
  ] as const)(
    '%s (%s), daemon killed: answers in bound, the retry succeeds, nothing is left',
    async (method, label, trigger: Trigger) => {
      let args: unknown[];
      let disk: string | undefined;
      if (method === 'create_vm') args = [`agent-${label}`, stemcell, vmProps, networks, [], {}];
      else if (method === 'create_stemcell') args = [image, {}];
      else {
        disk = await ok<string>(config, 'create_disk', [16, {}, vm]);
        known.add(disk);
        args = [vm, disk];
      }
      const outcome = await withDaemonKilled(method, args, trigger);
      (timings[method] ??= []).push(outcome.answerMs);
      expect(outcome.answerMs).toBeLessThan(ANSWER_BOUND_MS);
      // a create_vm the daemon failed is VMCreationFailed (the director then makes a new VM)
      if (outcome.error)
        expect(outcome.error.type).toBe(method === 'create_vm' ? 'Bosh::Clouds::VMCreationFailed' : 'Bosh::Clouds::CloudError');
      // a call that answered before the kill told the director its CID
      if (outcome.error === null && method === 'create_vm') known.add((outcome.result as [string])[0]);
      if (outcome.error === null && method === 'create_stemcell') known.add(outcome.result as string);
      const leftBefore = await unowned();
      const when = 'afterMs' in trigger ? `${trigger.afterMs} ms in` : trigger.when;
      answers.push(
        `${method}, daemon ${outcome.killed ? 'killed' : 'not killed (the call answered first)'} when ${when}: ${outcome.error ? outcome.error.type : 'ok'} in ${outcome.answerMs} ms, ${leftBefore.length} objects left before the next call`,
      );
      // killed once the call had made something, and its cleanup could not reach the daemon
      if (!('afterMs' in trigger)) {
        expect(outcome.killed).toBe(true);
        expect(leftBefore.length).toBeGreaterThan(0);
      }

      // the director's next step: create_vm anew with a new agent id; the others as they were
      let created: string | undefined;
      if (outcome.error === null && method !== 'attach_disk')
        created = method === 'create_vm' ? (outcome.result as [string])[0] : (outcome.result as string);
      else if (method === 'create_vm')
        created = (await ok<[string]>(config, 'create_vm', [`agent-${label}-again`, stemcell, vmProps, networks, [], {}], { context }))[0];
      else if (method === 'create_stemcell') created = await ok<string>(config, 'create_stemcell', [image, {}]);
      else if (outcome.error !== null) await ok(config, 'attach_disk', args, { context });
      if (created) known.add(created);
      expect(await unowned()).toEqual([]);

      // and it tidies up what it no longer needs
      if (method === 'create_vm' && created) {
        await ok(config, 'delete_vm', [created]);
        known.delete(created);
      }
      if (method === 'create_stemcell' && created) {
        await ok(config, 'delete_stemcell', [created]);
        known.delete(created);
      }
      if (disk) {
        await ok(config, 'detach_disk', [vm, disk], { context });
        await ok(config, 'delete_disk', [disk]);
        known.delete(disk);
      }
      expect(await unowned()).toEqual([]);
    },
    300_000,
  );

  it('the director deletes what it knows: the pool is empty', async () => {
    console.log(`daemon crash:\n${answers.join('\n')}`);
    await ok(config, 'delete_vm', [vm]);
    await ok(config, 'delete_stemcell', [stemcell]);
    known.clear();
    expect(await unowned()).toEqual([]);
    expect(await readdir(join(daemon.sharedDir, 'pool'))).toEqual([]);
    const response = await call(config, 'has_vm', [vm]);
    expect(response.result).toBe(false);
  }, 300_000);
});
