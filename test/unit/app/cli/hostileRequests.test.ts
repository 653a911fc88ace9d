import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { StderrLogger } from '../../../../src/adapters/system/StderrLogger.js';
import { runCli } from '../../../../src/app/cli/runCli.js';
import { DomainError } from '../../../../src/domain/errors/DomainError.js';
import { createCpi } from '../../../../src/index.js';

/** Requests a fuzzer sends: each answer is a clear error that names the problem. */
describe('hostile requests', () => {
  let dir: string;
  let config: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpi-hostile-'));
    config = join(dir, 'cpi.json');
    await writeFile(
      config,
      JSON.stringify({ driver: 'memory', memory: { state_file: join(dir, 'state.json') }, agent: { mbus: 'nats://10.0.0.6:4222' } }),
    );
  });
  const call = (request: unknown, lines: string[] = []) =>
    runCli({ argv: ['--config', config], stdin: JSON.stringify(request), logger: new StderrLogger({ write: (line) => lines.push(line) }) });

  it.each(['ping', 'create_network', 'delete_network', 'configure_networks', 'has_vm'])(
    '%s with 200,000 arguments is a CpiError that says so',
    async (method) => {
      const response = await call({ method, arguments: new Array(200_000).fill(1), context: {} });
      expect(response.error).toEqual({
        type: 'Bosh::Clouds::CpiError',
        message: 'invalid request: arguments has 200000 elements; no CPI method takes more than 64',
        ok_to_retry: false,
      });
    },
  );

  it('a 1 MiB request_id is cut in every log line, and cannot start a line of its own', async () => {
    const lines: string[] = [];
    const id = `evil\nINFO forged ${'x'.repeat(1024 * 1024)}`;
    const response = await call({ method: 'has_vm', arguments: [`vm_${'0'.repeat(24)}`], context: { request_id: id } }, lines);
    expect(response.error).toBeNull();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.length).toBeLessThan(400);
      expect(line).not.toContain('\n');
      expect(line).toContain('[evil?INFO forged xxx');
    }
    expect(response.log.length).toBeLessThan(2000);
  });

  it('create_stemcell of a folder names the path, as a CpiError from the executable', async () => {
    const response = await call({ method: 'create_stemcell', arguments: [dir, {}], context: {} });
    expect(response.error?.type).toBe('Bosh::Clouds::CpiError');
    expect(response.error?.message).toContain(dir);
    expect(response.error?.message).toMatch(/not a regular file/);
  });

  it('and as a DomainError from the library', async () => {
    const cpi = createCpi({ driver: 'memory' });
    const error = await cpi.createStemcell(dir, {}).catch((e: unknown) => e);
    expect(DomainError.is(error) && error.kind).toBe('invalid_request');
    expect((error as Error).message).toContain(dir);
  });
});
