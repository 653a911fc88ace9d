import fc from 'fast-check';
import { expect } from 'vitest';
import type { Cpi } from '../../src/app/library/Cpi.js';
import { DomainError, type ErrorKind } from '../../src/domain/errors/DomainError.js';
import type { NetworkSpec } from '../../src/domain/network/NetworkSpec.js';
import { cidHex } from './arbitraries.js';
import { LifecycleModelFailure } from './LifecycleModelFailure.js';
import { lifecycleReplayFromEnv } from './lifecycleReplay.js';

/**
 * A model-based lifecycle test over the Cpi facade (docs/design.md D11): random sequences of
 * stemcell, VM and disk calls, attach, detach, reboot and metadata, checked after every step
 * against a deliberately simple model. Any driver can run it: pass a factory for a Cpi on that
 * driver. Each run starts from a fresh Cpi and deletes whatever it made at the end.
 *
 * Invariants: has_vm and has_disk agree with the model; get_disks equals the model's attached
 * set; deleting a VM never deletes a persistent disk; deleted, never-made and foreign CIDs
 * behave as docs/cpi-protocol.md §5.2 says (false, success, VMNotFound, DiskNotFound).
 */
export interface LifecycleOptions {
  /** The `image` file create_stemcell receives (for a real driver, a real bootable image). */
  readonly stemcellImage: string;
  readonly stemcellCloudProperties?: Readonly<Record<string, unknown>>;
  readonly vmCloudProperties?: Readonly<Record<string, unknown>>;
  readonly networks?: Readonly<Record<string, NetworkSpec>>;
  readonly diskSizesMiB?: readonly number[];
  readonly numRuns?: number;
  readonly maxCommands?: number;
  readonly maxStemcells?: number;
  readonly maxVms?: number;
  readonly maxDisks?: number;
  /** fast-check's seed; LIFECYCLE_SEED in the environment wins (see lifecycleReplay.ts). */
  readonly seed?: number;
  /** Called with every command as it runs, e.g. to log progress against a slow hypervisor. */
  readonly onCommand?: (description: string) => void;
}

type Settings = Required<Omit<LifecycleOptions, 'seed' | 'onCommand'>> & Pick<LifecycleOptions, 'onCommand'>;

interface ModelVm {
  readonly stemcell: string;
  /** Attached persistent disks, in attach order. */
  readonly disks: string[];
}

class LifecycleModel {
  readonly stemcells: string[] = [];
  readonly vms = new Map<string, ModelVm>();
  readonly disks = new Map<string, { attachedTo?: string }>();
  readonly goneStemcells: string[] = [];
  readonly goneVms: string[] = [];
  readonly goneDisks: string[] = [];
  agents = 0;
  constructor(readonly settings: Settings) {}

  vmCids(): string[] {
    return [...this.vms.keys()];
  }
  diskCids(): string[] {
    return [...this.disks.keys()];
  }
  unusedStemcells(): string[] {
    const used = new Set([...this.vms.values()].map((vm) => vm.stemcell));
    return this.stemcells.filter((cid) => !used.has(cid));
  }
  unattachedDisks(): string[] {
    return this.diskCids().filter((cid) => this.disks.get(cid)?.attachedTo === undefined);
  }
}

interface Real {
  readonly cpi: Cpi;
}
type Command = fc.AsyncCommand<LifecycleModel, Real>;

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;
const sorted = (items: readonly string[]) => [...items].sort();

async function expectKind(call: Promise<unknown>, kind: ErrorKind, what: string): Promise<void> {
  const outcome = await call.then(
    (value) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) throw new Error(`${what}: expected ${kind}, but it succeeded with ${JSON.stringify(outcome.value)}`);
  expect(DomainError.is(outcome.error), `${what}: ${String(outcome.error)}`).toBe(true);
  expect((outcome.error as DomainError).kind, `${what}: ${(outcome.error as Error).message}`).toBe(kind);
}

async function expectVm(real: Real, model: LifecycleModel, vm: string): Promise<void> {
  expect(await real.cpi.hasVm(vm), `has_vm ${vm}`).toBe(true);
  expect(sorted(await real.cpi.getDisks(vm)), `get_disks ${vm}`).toEqual(sorted(model.vms.get(vm)?.disks ?? []));
}

async function expectDisk(real: Real, disk: string, exists: boolean): Promise<void> {
  expect(await real.cpi.hasDisk(disk), `has_disk ${disk}`).toBe(exists);
}

/** A CID this CPI never made, in one of three disguises: ours, another CPI's, hostile. */
const strangerVariant = fc.constantFrom('never-made', 'foreign', 'hostile');
function stranger(kind: 'vm' | 'disk', variant: string, hex: string, gone: readonly string[], index: number): string {
  if (gone.length > 0 && index % 2 === 0) return pick(gone, index);
  if (variant === 'foreign') return `${kind}-3f1c0a52-8e7b-4c8e-a0c4-51c1a1f2a9d0`;
  if (variant === 'hostile') return `../${kind}_<x>'"; rm -rf /`;
  return `${kind}_${hex}`;
}

/**
 * One step of a run. A step picks its stemcell, VM or disk by an index into the model's current
 * list, so before it runs it reads `reboot_vm #3`. When it runs it records what the index
 * resolved to and the values it passed (`reboot_vm #3: vm_…`), which is how it appears in
 * fast-check's counterexample, and hands that to `onCommand`. fast-check clones the steps for
 * every run (cloneMethod), so a report only ever shows what its own run did.
 */
abstract class Step implements Command {
  private acted: string | undefined;
  abstract check(m: Readonly<LifecycleModel>): boolean;
  abstract run(m: LifecycleModel, r: Real): Promise<void>;
  /** The call and the indexes it will resolve, as the step reads before it runs. */
  protected abstract planned(): string;

  /** Records what this run acts on (resolved CIDs, values) and reports it. */
  protected acting(m: LifecycleModel, details: string): void {
    this.acted = details === '' ? this.planned() : `${this.planned()}: ${details}`;
    m.settings.onCommand?.(this.acted);
  }
  /** Adds what the call answered, such as the CID it made. */
  protected answered(answer: string): void {
    this.acted = `${this.acted ?? this.planned()} -> ${answer}`;
  }
  toString(): string {
    return this.acted ?? this.planned();
  }
  [fc.cloneMethod](): this {
    return Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this, { acted: undefined });
  }
}

class CreateStemcell extends Step {
  check(m: Readonly<LifecycleModel>) {
    return m.stemcells.length < m.settings.maxStemcells;
  }
  async run(m: LifecycleModel, r: Real) {
    this.acting(m, '');
    const cid = await r.cpi.createStemcell(m.settings.stemcellImage, m.settings.stemcellCloudProperties);
    this.answered(cid);
    expect(cid).toMatch(/^sc_[0-9a-f]{24}$/);
    expect(m.stemcells).not.toContain(cid);
    m.stemcells.push(cid);
  }
  protected planned() {
    return 'create_stemcell';
  }
}

class DeleteStemcell extends Step {
  constructor(readonly index: number) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.unusedStemcells().length > 0;
  }
  async run(m: LifecycleModel, r: Real) {
    const cid = pick(m.unusedStemcells(), this.index);
    this.acting(m, cid);
    await r.cpi.deleteStemcell(cid);
    await r.cpi.deleteStemcell(cid); // idempotent
    m.stemcells.splice(m.stemcells.indexOf(cid), 1);
    m.goneStemcells.push(cid);
  }
  protected planned() {
    return `delete_stemcell #${this.index}`;
  }
}

class CreateVm extends Step {
  constructor(readonly index: number) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.stemcells.length > 0 && m.vms.size < m.settings.maxVms;
  }
  async run(m: LifecycleModel, r: Real) {
    const stemcell = pick(m.stemcells, this.index);
    const agentId = `agent-${++m.agents}`;
    this.acting(m, `${agentId} from ${stemcell}`);
    const env = { bosh: { group: 'lifecycle', groups: ['lifecycle'], password: '$6$x' } };
    const vm = await r.cpi.createVm(agentId, stemcell, m.settings.vmCloudProperties, m.settings.networks, [], env);
    this.answered(vm.cid);
    expect(vm.cid).toMatch(/^vm_[0-9a-f]{24}$/);
    expect(m.vms.has(vm.cid)).toBe(false);
    m.vms.set(vm.cid, { stemcell, disks: [] });
    await expectVm(r, m, vm.cid);
  }
  protected planned() {
    return `create_vm #${this.index}`;
  }
}

class CreateVmFromMissingStemcell extends Step {
  constructor(
    readonly index: number,
    readonly hex: string,
  ) {
    super();
  }
  check() {
    return true;
  }
  async run(m: LifecycleModel, r: Real) {
    const stemcell = m.goneStemcells.length > 0 && this.index % 2 === 0 ? pick(m.goneStemcells, this.index) : `sc_${this.hex}`;
    this.acting(m, stemcell);
    const call = r.cpi.createVm('agent-x', stemcell, m.settings.vmCloudProperties, m.settings.networks, [], {});
    await expectKind(call, 'vm_creation_failed', `create_vm from missing stemcell ${stemcell}`);
  }
  protected planned() {
    return `create_vm from a missing stemcell #${this.index}`;
  }
}

class DeleteVm extends Step {
  constructor(readonly index: number) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.vms.size > 0;
  }
  async run(m: LifecycleModel, r: Real) {
    const cid = pick(m.vmCids(), this.index);
    const attached = m.vms.get(cid)?.disks ?? [];
    this.acting(m, attached.length > 0 ? `${cid} with ${attached.join(', ')}` : cid);
    await r.cpi.deleteVm(cid);
    m.vms.delete(cid);
    m.goneVms.push(cid);
    for (const disk of attached) m.disks.set(disk, {});
    expect(await r.cpi.hasVm(cid)).toBe(false);
    // Persistent disks outlive their VM.
    for (const disk of attached) await expectDisk(r, disk, true);
    await r.cpi.deleteVm(cid); // idempotent
  }
  protected planned() {
    return `delete_vm #${this.index}`;
  }
}

class RebootVm extends Step {
  constructor(readonly index: number) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.vms.size > 0;
  }
  async run(m: LifecycleModel, r: Real) {
    const cid = pick(m.vmCids(), this.index);
    this.acting(m, cid);
    await r.cpi.rebootVm(cid);
    await expectVm(r, m, cid);
  }
  protected planned() {
    return `reboot_vm #${this.index}`;
  }
}

class SetVmMetadata extends Step {
  constructor(
    readonly index: number,
    readonly metadata: Record<string, string>,
  ) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.vms.size > 0;
  }
  async run(m: LifecycleModel, r: Real) {
    const cid = pick(m.vmCids(), this.index);
    this.acting(m, `${cid} ${JSON.stringify(this.metadata)}`);
    await r.cpi.setVmMetadata(cid, this.metadata);
    await expectVm(r, m, cid);
  }
  protected planned() {
    return `set_vm_metadata #${this.index}`;
  }
}

class UseMissingVm extends Step {
  constructor(
    readonly index: number,
    readonly variant: string,
    readonly hex: string,
  ) {
    super();
  }
  check() {
    return true;
  }
  async run(m: LifecycleModel, r: Real) {
    const vm = stranger('vm', this.variant, this.hex, m.goneVms, this.index);
    const disks = m.diskCids();
    const disk = disks.length > 0 ? pick(disks, this.index) : undefined;
    this.acting(m, disk === undefined ? JSON.stringify(vm) : `${JSON.stringify(vm)}, attaching ${disk}`);
    expect(await r.cpi.hasVm(vm), `has_vm ${vm}`).toBe(false);
    await r.cpi.deleteVm(vm);
    await expectKind(r.cpi.rebootVm(vm), 'vm_not_found', `reboot_vm ${vm}`);
    await expectKind(r.cpi.getDisks(vm), 'vm_not_found', `get_disks ${vm}`);
    await expectKind(r.cpi.setVmMetadata(vm, { name: 'x' }), 'vm_not_found', `set_vm_metadata ${vm}`);
    if (disk !== undefined) {
      await expectKind(r.cpi.attachDisk(vm, disk), 'vm_not_found', `attach_disk ${vm} ${disk}`);
      const owner = m.disks.get(disk)?.attachedTo;
      if (owner) await expectVm(r, m, owner);
    }
  }
  protected planned() {
    return `missing VM (${this.variant}) #${this.index}`;
  }
}

class CreateDisk extends Step {
  constructor(
    readonly index: number,
    readonly nearVm: boolean,
  ) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.disks.size < m.settings.maxDisks;
  }
  async run(m: LifecycleModel, r: Real) {
    const size = pick(m.settings.diskSizesMiB, this.index);
    const vm = this.nearVm && m.vms.size > 0 ? pick(m.vmCids(), this.index) : null;
    this.acting(m, `${size} MiB${vm ? ` near ${vm}` : ''}`);
    const cid = await r.cpi.createDisk(size, {}, vm);
    this.answered(cid);
    expect(cid).toMatch(/^disk_[0-9a-f]{15}$/);
    expect(m.disks.has(cid)).toBe(false);
    m.disks.set(cid, {});
    await expectDisk(r, cid, true);
    if (vm) await expectVm(r, m, vm);
  }
  protected planned() {
    return `create_disk #${this.index}${this.nearVm ? ' near a VM' : ''}`;
  }
}

class DeleteDisk extends Step {
  constructor(readonly index: number) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.unattachedDisks().length > 0;
  }
  async run(m: LifecycleModel, r: Real) {
    const cid = pick(m.unattachedDisks(), this.index);
    this.acting(m, cid);
    await r.cpi.deleteDisk(cid);
    m.disks.delete(cid);
    m.goneDisks.push(cid);
    await expectDisk(r, cid, false);
    await r.cpi.deleteDisk(cid); // idempotent
  }
  protected planned() {
    return `delete_disk #${this.index}`;
  }
}

class UseMissingDisk extends Step {
  constructor(
    readonly index: number,
    readonly variant: string,
    readonly hex: string,
  ) {
    super();
  }
  check() {
    return true;
  }
  async run(m: LifecycleModel, r: Real) {
    const disk = stranger('disk', this.variant, this.hex, m.goneDisks, this.index);
    const vm = m.vms.size > 0 ? pick(m.vmCids(), this.index) : undefined;
    this.acting(m, vm === undefined ? JSON.stringify(disk) : `${JSON.stringify(disk)}, attaching to ${vm}`);
    await expectDisk(r, disk, false);
    await r.cpi.deleteDisk(disk);
    await expectKind(r.cpi.setDiskMetadata(disk, { director: 'x' }), 'disk_not_found', `set_disk_metadata ${disk}`);
    if (vm !== undefined) {
      await expectKind(r.cpi.attachDisk(vm, disk), 'disk_not_found', `attach_disk ${vm} ${disk}`);
      await r.cpi.detachDisk(vm, disk);
      await expectVm(r, m, vm);
    }
  }
  protected planned() {
    return `missing disk (${this.variant}) #${this.index}`;
  }
}

class AttachDisk extends Step {
  constructor(
    readonly vmIndex: number,
    readonly diskIndex: number,
  ) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.vms.size > 0 && m.disks.size > 0;
  }
  async run(m: LifecycleModel, r: Real) {
    const vm = pick(m.vmCids(), this.vmIndex);
    const disk = pick(m.diskCids(), this.diskIndex);
    const owner = m.disks.get(disk)?.attachedTo;
    this.acting(m, `${disk} to ${vm}${owner === undefined ? '' : ` (attached to ${owner})`}`);
    if (owner !== undefined && owner !== vm) {
      // A disk hangs on one VM at a time; the call fails and changes nothing.
      const failed = await r.cpi.attachDisk(vm, disk).then(
        () => false,
        (error: unknown) => DomainError.is(error),
      );
      expect(failed, `attach_disk of ${disk}, attached to ${owner}, to ${vm} must fail`).toBe(true);
      await expectVm(r, m, owner);
      await expectVm(r, m, vm);
      return;
    }
    const hint = await r.cpi.attachDisk(vm, disk);
    expect(typeof hint === 'string' ? hint.length > 0 : Object.keys(hint).length > 0, 'attach_disk returns a non-empty hint').toBe(true);
    if (owner === undefined) {
      m.vms.get(vm)?.disks.push(disk);
      m.disks.set(disk, { attachedTo: vm });
    }
    await expectVm(r, m, vm);
  }
  protected planned() {
    return `attach_disk vm #${this.vmIndex} disk #${this.diskIndex}`;
  }
}

class DetachDisk extends Step {
  constructor(
    readonly vmIndex: number,
    readonly diskIndex: number,
  ) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.vms.size > 0 && m.disks.size > 0;
  }
  async run(m: LifecycleModel, r: Real) {
    const vm = pick(m.vmCids(), this.vmIndex);
    const disk = pick(m.diskCids(), this.diskIndex);
    const owner = m.disks.get(disk)?.attachedTo;
    this.acting(m, `${disk} from ${vm}${owner === undefined ? ' (attached nowhere)' : ` (attached to ${owner})`}`);
    // Not attached to this VM (free, or on another VM): success, and nothing moves.
    await r.cpi.detachDisk(vm, disk);
    if (owner === vm) {
      const disks = m.vms.get(vm)?.disks ?? [];
      disks.splice(disks.indexOf(disk), 1);
      m.disks.set(disk, {});
    }
    await expectVm(r, m, vm);
    if (owner !== undefined && owner !== vm) await expectVm(r, m, owner);
    await expectDisk(r, disk, true);
  }
  protected planned() {
    return `detach_disk vm #${this.vmIndex} disk #${this.diskIndex}`;
  }
}

class SetDiskMetadata extends Step {
  constructor(
    readonly index: number,
    readonly metadata: Record<string, string>,
  ) {
    super();
  }
  check(m: Readonly<LifecycleModel>) {
    return m.disks.size > 0;
  }
  async run(m: LifecycleModel, r: Real) {
    const disk = pick(m.diskCids(), this.index);
    this.acting(m, `${disk} ${JSON.stringify(this.metadata)}`);
    await r.cpi.setDiskMetadata(disk, this.metadata);
    await expectDisk(r, disk, true);
  }
  protected planned() {
    return `set_disk_metadata #${this.index}`;
  }
}

class CheckEverything extends Step {
  check() {
    return true;
  }
  async run(m: LifecycleModel, r: Real) {
    this.acting(m, `${m.vms.size} VMs, ${m.disks.size} disks, ${m.goneVms.length + m.goneDisks.length} deleted`);
    for (const vm of m.vmCids()) await expectVm(r, m, vm);
    for (const vm of m.goneVms) expect(await r.cpi.hasVm(vm), `has_vm of deleted ${vm}`).toBe(false);
    for (const disk of m.diskCids()) await expectDisk(r, disk, true);
    for (const disk of m.goneDisks) await expectDisk(r, disk, false);
  }
  protected planned() {
    return 'check everything';
  }
}

const metadata = fc.dictionary(fc.constantFrom('director', 'deployment', 'name', 'index', 'job'), fc.string({ maxLength: 12 }), {
  maxKeys: 4,
});

function commands(): fc.Arbitrary<Command>[] {
  return [
    fc.constant(new CreateStemcell()),
    fc.nat().map((index) => new DeleteStemcell(index)),
    fc.nat().map((index) => new CreateVm(index)),
    fc.nat().map((index) => new CreateVm(index)),
    fc.tuple(fc.nat(), cidHex('stemcell')).map(([index, hex]) => new CreateVmFromMissingStemcell(index, hex)),
    fc.nat().map((index) => new DeleteVm(index)),
    fc.nat().map((index) => new RebootVm(index)),
    fc.tuple(fc.nat(), metadata).map(([index, data]) => new SetVmMetadata(index, data)),
    fc.tuple(fc.nat(), strangerVariant, cidHex('vm')).map(([index, variant, hex]) => new UseMissingVm(index, variant, hex)),
    fc.tuple(fc.nat(), fc.boolean()).map(([index, near]) => new CreateDisk(index, near)),
    fc.nat().map((index) => new DeleteDisk(index)),
    fc.tuple(fc.nat(), strangerVariant, cidHex('disk')).map(([index, variant, hex]) => new UseMissingDisk(index, variant, hex)),
    fc.tuple(fc.nat(), fc.nat()).map(([vm, disk]) => new AttachDisk(vm, disk)),
    fc.tuple(fc.nat(), fc.nat()).map(([vm, disk]) => new AttachDisk(vm, disk)),
    fc.tuple(fc.nat(), fc.nat()).map(([vm, disk]) => new AttachDisk(vm, disk)),
    fc.tuple(fc.nat(), fc.nat()).map(([vm, disk]) => new DetachDisk(vm, disk)),
    fc.tuple(fc.nat(), fc.nat()).map(([vm, disk]) => new DetachDisk(vm, disk)),
    fc.nat().map((index) => new DeleteVm(index)),
    fc.tuple(fc.nat(), metadata).map(([index, data]) => new SetDiskMetadata(index, data)),
    fc.constant(new CheckEverything()),
  ];
}

/**
 * Every run starts from a stemcell, two VMs and two disks, so that random steps spend their
 * time on attach, detach and deletes rather than on building something to act on.
 */
const prelude = (): Command[] => [
  new CreateStemcell(),
  new CreateVm(0),
  new CreateVm(0),
  new CreateDisk(0, false),
  new CreateDisk(1, true),
];

/** Deletes what a run made, VMs first (which frees their disks), then disks and stemcells. */
async function cleanUp(model: LifecycleModel, cpi: Cpi): Promise<void> {
  for (const vm of model.vmCids()) await cpi.deleteVm(vm);
  for (const disk of model.diskCids()) await cpi.deleteDisk(disk);
  for (const stemcell of model.stemcells) await cpi.deleteStemcell(stemcell);
  await cpi.close();
}

/**
 * Runs the lifecycle model against Cpis from `makeCpi`. On failure it rejects with a
 * LifecycleModelFailure: fast-check's report (seed, path, the shrunk steps with the CIDs they
 * acted on) and the command line that replays exactly that sequence (see lifecycleReplay.ts);
 * LIFECYCLE_SEED, LIFECYCLE_PATH and LIFECYCLE_REPLAY_PATH in the environment replay it.
 */
export async function lifecycleModelSuite(makeCpi: () => Cpi | Promise<Cpi>, options: LifecycleOptions): Promise<void> {
  const settings: Settings = {
    stemcellImage: options.stemcellImage,
    stemcellCloudProperties: options.stemcellCloudProperties ?? { name: 'bosh-test-stemcell', version: '1' },
    vmCloudProperties: options.vmCloudProperties ?? { cpus: 1, memory: 256, ephemeral_disk: 16 },
    networks: options.networks ?? { default: { type: 'dynamic', cloud_properties: { name: 'default' } } },
    diskSizesMiB: options.diskSizesMiB ?? [1, 2, 8],
    numRuns: options.numRuns ?? 25,
    maxCommands: options.maxCommands ?? 25,
    maxStemcells: options.maxStemcells ?? 2,
    maxVms: options.maxVms ?? 3,
    maxDisks: options.maxDisks ?? 4,
    onCommand: options.onCommand,
  };
  const replay = lifecycleReplayFromEnv();
  const seed = replay.seed ?? options.seed;
  const steps = fc.commands(commands(), {
    maxCommands: settings.maxCommands,
    size: 'max',
    ...(replay.replayPath === undefined ? {} : { replayPath: replay.replayPath }),
  });
  const details = await fc.check(
    fc.asyncProperty(steps, async (sequence) => {
      const model = new LifecycleModel(settings);
      const cpi = await makeCpi();
      let failure: unknown;
      try {
        await fc.asyncModelRun(() => ({ model, real: { cpi } }), [...prelude(), ...sequence]);
      } catch (error) {
        failure = error;
      }
      try {
        await cleanUp(model, cpi);
      } catch (error) {
        failure ??= error;
      }
      if (failure !== undefined) throw failure;
    }),
    {
      numRuns: settings.numRuns,
      ...(seed === undefined ? {} : { seed }),
      // A replayed path runs that one sequence and reports it, without shrinking further.
      ...(replay.path === undefined ? {} : { path: replay.path, endOnFailure: true }),
    },
  );
  if (details.failed) throw LifecycleModelFailure.from(details);
}
