import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StderrLogger } from '../../../../src/adapters/system/StderrLogger.js';
import { createCpi } from '../../../../src/app/library/createCpi.js';
import { runCli } from '../../../../src/app/cli/runCli.js';
import { isRefused } from '../../../../src/app/protocol/CpiMethod.js';
import { CPI_METHODS } from '../../../../src/app/protocol/cpiMethods.js';
import { METHODS_DOC_COMMAND, renderMethodsDoc } from '../../../../src/app/protocol/renderMethodsDoc.js';
import { REPO_ROOT } from '../../../support/renderBoshTemplate.js';

/**
 * The methods the director calls: one `def` each in cloudfoundry/bosh,
 * src/bosh-director/lib/cloud/external_cpi.rb (class Bosh::Clouds::ExternalCpi), plus
 * configure_networks, which older directors called and cloudfoundry/bosh-cpi-ruby's
 * lib/bosh/cpi/cli.rb (Bosh::Cpi::Cli::KNOWN_RPC_METHODS) still listed.
 */
const DIRECTOR_METHODS = [
  'current_vm_id',
  'create_stemcell',
  'delete_stemcell',
  'create_vm',
  'delete_vm',
  'create_network',
  'delete_network',
  'has_vm',
  'reboot_vm',
  'set_vm_metadata',
  'set_disk_metadata',
  'create_disk',
  'has_disk',
  'delete_disk',
  'attach_disk',
  'detach_disk',
  'snapshot_disk',
  'delete_snapshot',
  'resize_disk',
  'update_disk',
  'get_disks',
  'ping',
  'calculate_vm_cloud_properties',
  'info',
];
const OLDER_DIRECTOR_METHODS = ['configure_networks'];

const camelCase = (name: string) => name.replace(/_([a-z])/g, (_m, letter: string) => letter.toUpperCase());

describe('the table of CPI methods', () => {
  it('has exactly one entry for every method of the protocol, and no other', () => {
    const names = Object.keys(CPI_METHODS);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...DIRECTOR_METHODS, ...OLDER_DIRECTOR_METHODS].sort());
  });

  it('names each method in the library as its protocol name in camelCase, once', () => {
    const facades = Object.entries(CPI_METHODS).map(([name, method]) => [camelCase(name), method.facade]);
    for (const [expected, facade] of facades) expect(facade).toBe(expected);
    expect(new Set(facades.map(([, facade]) => facade)).size).toBe(facades.length);
  });

  it('gives the library exactly the methods of the table, plus close', () => {
    const cpi = createCpi({ driver: 'memory' });
    const offered = Object.keys(cpi).filter((key) => typeof (cpi as unknown as Record<string, unknown>)[key] === 'function');
    expect(offered.sort()).toEqual([...Object.values(CPI_METHODS).map((method) => method.facade), 'close'].sort());
  });

  it('lets the executable answer every method of the table and none other', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cpi-methods-'));
    const config = join(dir, 'cpi.json');
    await writeFile(config, JSON.stringify({ driver: 'memory', memory: { state_file: join(dir, 'state.json') } }));
    const call = (method: string) =>
      runCli({
        argv: ['--config', config],
        stdin: JSON.stringify({ method, arguments: [], context: {} }),
        logger: new StderrLogger({ write: null }),
      });
    for (const [name, method] of Object.entries(CPI_METHODS)) {
      const response = await call(name);
      // Without arguments a served method fails its argument check (or answers), never as unknown.
      expect(response.error?.message ?? '', name).not.toMatch(/unknown method/);
      if (isRefused(method))
        expect(response.error?.type, name).toBe(
          `Bosh::Clouds::${method.refusal().kind === 'not_supported' ? 'NotSupported' : 'NotImplemented'}`,
        );
    }
    expect((await call('launch_rockets')).error?.message).toMatch(/unknown method "launch_rockets"; this CPI knows info, create_stemcell/);
  });

  it('and the library refuse the same methods with the same reasons', async () => {
    const cpi = createCpi({ driver: 'memory' });
    for (const method of Object.values(CPI_METHODS).filter(isRefused)) {
      await expect((cpi[method.facade] as () => Promise<unknown>)()).rejects.toMatchObject({
        kind: method.refusal().kind,
        message: method.refusal().message,
      });
    }
  });

  it('builds a method’s argument schema when it is first read, once, and names a use case module that exports it', async () => {
    for (const [name, method] of Object.entries(CPI_METHODS)) {
      const descriptor = Object.getOwnPropertyDescriptor(method, 'schema');
      expect(descriptor?.get, `${name}: schema is built on first use, not with the table`).toBeTypeOf('function');
      expect(method.schema, name).toBe(method.schema);
      if ('useCase' in method) {
        const useCase = await method.useCase();
        expect(useCase.name, name).toMatch(new RegExp(`^${camelCase(`_${name}`)}$`, 'i'));
      }
    }
  });

  it(`is what docs/methods.md shows (when this fails, run \`${METHODS_DOC_COMMAND}\`)`, () => {
    const page = readFileSync(join(REPO_ROOT, 'docs', 'methods.md'), 'utf8');
    expect(page, `docs/methods.md is stale: run \`${METHODS_DOC_COMMAND}\``).toBe(renderMethodsDoc());
  });
});
