import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { answerInfoQuickly } from '../../../../src/app/cli/answerInfoQuickly.js';
import { runCli } from '../../../../src/app/cli/runCli.js';
import { createCliLogger } from '../../../../src/app/container/createCliLogger.js';
import { DRIVER_NAMES } from '../../../../src/app/container/driverConfigSchemas.js';

const quiet = () => createCliLogger(() => undefined);
const files = (config: unknown) => (path: string) => {
  if (path !== '/etc/cpi.json') throw new Error(`ENOENT: ${path}`);
  return typeof config === 'string' ? config : JSON.stringify(config);
};

/** What the full CLI answers for the same call (a context naming the driver keeps it off the quick path elsewhere). */
const dir = mkdtempSync(join(tmpdir(), 't-release-info-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
async function fullAnswer(stdin: string, config: unknown) {
  const path = join(dir, 'cpi.json');
  writeFileSync(path, JSON.stringify(config));
  return runCli({ argv: ['--config', path], stdin, logger: quiet() });
}

describe('answerInfoQuickly', () => {
  it.each(DRIVER_NAMES)('answers info for the %s driver exactly as the full CLI does', async (driver) => {
    const stdin = JSON.stringify({
      method: 'info',
      arguments: [],
      context: { director_uuid: 'u', request_id: 'cpi-123456' },
      api_version: 1,
    });
    const config = { driver, agent: { mbus: 'nats://x:y@10.0.0.6:4222' } };
    const quick = answerInfoQuickly({ argv: ['--config', '/etc/cpi.json'], stdin, logger: quiet(), readFile: files(config) });
    const full = await fullAnswer(stdin, config);
    expect(quick).toBeDefined();
    expect(quick!.result).toEqual(full.result);
    expect(quick!.error).toBeNull();
    const withoutTimes = (log: string) => log.replace(/^\S+ /gm, '');
    expect(withoutTimes(quick!.log)).toBe(withoutTimes(full.log));
  });

  it('leaves anything unusual to the full CLI', () => {
    const ok = { method: 'info', arguments: [], context: {} };
    const cases: Array<[string, string, unknown]> = [
      ['not JSON', '{', { driver: 'libvirt' }],
      ['another method', JSON.stringify({ ...ok, method: 'has_vm' }), { driver: 'libvirt' }],
      ['arguments', JSON.stringify({ ...ok, arguments: [1] }), { driver: 'libvirt' }],
      ['no arguments array', JSON.stringify({ method: 'info', context: {} }), { driver: 'libvirt' }],
      ['a bad api_version', JSON.stringify({ ...ok, api_version: 0 }), { driver: 'libvirt' }],
      ['a context naming the driver', JSON.stringify({ ...ok, context: { driver: 'memory' } }), { driver: 'libvirt' }],
      ['an unknown driver', JSON.stringify(ok), { driver: 'hyperv' }],
      ['a driver inherited from a prototype', JSON.stringify(ok), { driver: 'toString' }],
      ['a config that is not JSON', JSON.stringify(ok), '{driver'],
    ];
    for (const [name, stdin, config] of cases) {
      expect(
        answerInfoQuickly({ argv: ['--config', '/etc/cpi.json'], stdin, logger: quiet(), readFile: files(config) }),
        name,
      ).toBeUndefined();
    }
    const stdin = JSON.stringify(ok);
    expect(answerInfoQuickly({ argv: [], stdin, logger: quiet(), readFile: files({ driver: 'libvirt' }) })).toBeUndefined();
    expect(
      answerInfoQuickly({ argv: ['--config', '/missing.json'], stdin, logger: quiet(), readFile: files({ driver: 'libvirt' }) }),
    ).toBeUndefined();
  });

  it('never answers what the full CLI would refuse', async () => {
    // Random envelopes: whenever the quick path answers, the full CLI answers the same.
    const config = { driver: 'memory' };
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            method: fc.constantFrom('info', 'has_vm', ''),
            arguments: fc.oneof(fc.constant([]), fc.array(fc.integer(), { maxLength: 2 }), fc.constant(null)),
            context: fc.oneof(fc.constant({}), fc.constant(null), fc.record({ request_id: fc.string({ maxLength: 8 }) })),
            api_version: fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 4 }), fc.constant(1.5)),
          },
          { requiredKeys: ['method'] },
        ),
        async (envelope) => {
          const stdin = JSON.stringify(envelope);
          const quick = answerInfoQuickly({ argv: ['--config', '/etc/cpi.json'], stdin, logger: quiet(), readFile: files(config) });
          if (!quick) return;
          const full = await fullAnswer(stdin, config);
          expect(full.error).toBeNull();
          expect(quick.result).toEqual(full.result);
        },
      ),
      { numRuns: 60 },
    );
  });
});
