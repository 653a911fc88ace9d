import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Cpi } from '../../../src/app/library/Cpi.js';
import { createCpi } from '../../../src/index.js';
import { LifecycleModelFailure } from '../../support/LifecycleModelFailure.js';
import { lifecycleModelSuite } from '../../support/lifecycleModel.js';
import { LIFECYCLE_ENV, lifecycleReplayFromEnv } from '../../support/lifecycleReplay.js';
import { writeStemcellImage } from '../../support/stemcellImage.js';

/**
 * A Cpi on the memory driver with a planted defect: get_disks forgets every disk of a VM but
 * the first, so the model fails as soon as one VM holds two disks. CIDs come from a counter
 * that restarts with every Cpi, so the same steps act on the same CIDs in every run.
 */
function defectiveCpi(): Cpi {
  let next = 0;
  const cpi = createCpi({ driver: 'memory' }, { idGenerator: { hex: (length) => (++next).toString(16).padStart(length, '0') } });
  return new Proxy(cpi, {
    get(target, key) {
      if (key === 'getDisks') return async (vm: string) => (await target.getDisks(vm)).slice(0, 1);
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function failureOf(run: Promise<void>): Promise<LifecycleModelFailure> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LifecycleModelFailure);
  return error as LifecycleModelFailure;
}

describe('replaying a failed model-based lifecycle run', () => {
  let dir: string;
  let image: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpi-lifecycle-replay-'));
    image = await writeStemcellImage('openstack', dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  afterEach(() => {
    for (const name of Object.values(LIFECYCLE_ENV)) delete process.env[name];
  });

  const options = () => ({ stemcellImage: image, numRuns: 200, maxCommands: 20, seed: 20_261_207 });

  it('reports the shrunk steps with the CIDs they acted on, and replays exactly them from the printed variables', async () => {
    const found = await failureOf(lifecycleModelSuite(defectiveCpi, options()));

    // Shrunk to what the defect needs: two attaches of different disks to one VM, each step
    // naming the CIDs its indexes resolved to.
    const attaches = found.steps.filter((step) => step.startsWith('attach_disk'));
    expect(attaches.length).toBeGreaterThanOrEqual(2);
    for (const step of attaches) expect(step).toMatch(/^attach_disk vm #\d+ disk #\d+: disk_[0-9a-f]{15} to vm_[0-9a-f]{24}/);
    expect(found.path).toMatch(/^\d+(:\d+)*$/);
    expect(found.replayPath).toBeDefined();
    expect(found.message).toContain(found.replayCommand);
    expect(found.replayCommand).toContain(`${LIFECYCLE_ENV.seed}=${found.seed} `);
    expect(found.replayCommand).toContain(`${LIFECYCLE_ENV.path}=${found.path} `);
    expect(found.replayCommand).toContain('npx vitest run test/unit/model/lifecycleReplay.test.ts -t ');

    // The replay, as the printed command line sets it up: the environment alone, no seed option.
    process.env[LIFECYCLE_ENV.seed] = String(found.seed);
    process.env[LIFECYCLE_ENV.path] = found.path!;
    process.env[LIFECYCLE_ENV.replayPath] = found.replayPath!;
    let cpis = 0;
    const replayed = await failureOf(
      lifecycleModelSuite(
        () => {
          cpis += 1;
          return defectiveCpi();
        },
        { ...options(), seed: 1 },
      ),
    );
    expect(replayed.steps).toEqual(found.steps);
    expect(replayed.seed).toBe(found.seed);
    // One run: the counterexample itself, neither generated again nor shrunk further.
    expect(cpis).toBe(1);
  });

  it('passes on a sound Cpi whatever the seed in the environment', async () => {
    process.env[LIFECYCLE_ENV.seed] = '7';
    await lifecycleModelSuite(() => createCpi({ driver: 'memory' }), { stemcellImage: image, numRuns: 3, maxCommands: 8 });
  });

  it('refuses malformed replay variables, naming them', () => {
    expect(() => lifecycleReplayFromEnv({ [LIFECYCLE_ENV.seed]: 'abc' })).toThrow(/LIFECYCLE_SEED: an integer/);
    expect(() => lifecycleReplayFromEnv({ [LIFECYCLE_ENV.seed]: '3', [LIFECYCLE_ENV.path]: '1;2' })).toThrow(
      /LIFECYCLE_PATH: numbers separated by ":"/,
    );
    expect(() => lifecycleReplayFromEnv({ [LIFECYCLE_ENV.path]: '1:2' })).toThrow(/LIFECYCLE_PATH needs LIFECYCLE_SEED/);
    expect(
      lifecycleReplayFromEnv({ [LIFECYCLE_ENV.seed]: '-12', [LIFECYCLE_ENV.path]: '4:0:1', [LIFECYCLE_ENV.replayPath]: 'AAB:F' }),
    ).toEqual({
      seed: -12,
      path: '4:0:1',
      replayPath: 'AAB:F',
    });
    expect(lifecycleReplayFromEnv({})).toEqual({});
  });
});
