import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCpi } from '../../../../src/app/library/createCpi.js';
import { MILLISECOND_KEYS } from '../../../../src/app/config/renameMillisecondKeys.js';
import { parseCpiConfig } from '../../../../src/app/config/parseCpiConfig.js';
import { runCli, type CliLogger } from '../../../../src/app/cli/runCli.js';

const parseLogging = (raw: unknown) => {
  const logged: string[] = [];
  const config = parseCpiConfig(raw, 'cpi.json', (message) => logged.push(message));
  return { config, logged };
};

describe('every duration in cpi.json is in seconds; the old millisecond keys still work', () => {
  it('reads each old millisecond key as its seconds key, divided by 1000, and logs one deprecation per key', () => {
    const { config, logged } = parseLogging({
      driver: 'virtualbox',
      locks: { timeout_ms: 90_000 },
      memory: { lock_timeout_ms: 1_500 },
      virtualbox: {
        timeouts: { command_ms: 60_000, import_ms: 600_000, power_off_ms: 30_000, lock_ms: 45_000 },
        retry: { initial_delay_ms: 100, max_delay_ms: 2_000 },
      },
    });
    expect(config.locks.timeout_s).toBe(90);
    expect(config.memory?.lock_timeout_s).toBe(1.5);
    expect(config.virtualbox?.timeouts).toEqual({ command_s: 60, import_s: 600, power_off_s: 30, lock_s: 45, ssh_connect_s: 15 });
    expect(config.virtualbox?.retry).toEqual({ attempts: 8, initial_delay_s: 0.1, max_delay_s: 2 });
    expect(logged).toHaveLength(MILLISECOND_KEYS.length);
    expect(logged).toContain(
      'cpi.json: virtualbox.timeouts.command_ms is deprecated, use virtualbox.timeouts.command_s: 60000 ms read as 60 s',
    );
    expect(logged).toContain('cpi.json: locks.timeout_ms is deprecated, use locks.timeout_s: 90000 ms read as 90 s');
    expect(config.locks).not.toHaveProperty('timeout_ms');
  });

  it('takes the seconds keys as they are and logs nothing', () => {
    const { config, logged } = parseLogging({ driver: 'memory', locks: { timeout_s: 12 }, memory: { lock_timeout_s: 0.5 } });
    expect(config.locks.timeout_s).toBe(12);
    expect(config.memory?.lock_timeout_s).toBe(0.5);
    expect(logged).toEqual([]);
  });

  it('refuses a section that gives both names, naming both, whatever their values', () => {
    expect(() => parseCpiConfig({ driver: 'memory', locks: { timeout_ms: 300_000, timeout_s: 300 } })).toThrow(
      'invalid cpi.json: locks.timeout_ms and locks.timeout_s are both set; keep only locks.timeout_s (seconds)',
    );
    try {
      parseCpiConfig({
        driver: 'virtualbox',
        virtualbox: { retry: { max_delay_ms: 1, max_delay_s: 1 }, timeouts: { lock_ms: 1, lock_s: 2 } },
      });
      expect.unreachable();
    } catch (error) {
      expect((error as { kind: string }).kind).toBe('invalid_config');
      expect((error as Error).message).toContain('virtualbox.timeouts.lock_ms and virtualbox.timeouts.lock_s are both set');
      expect((error as Error).message).toContain('virtualbox.retry.max_delay_ms and virtualbox.retry.max_delay_s are both set');
    }
  });

  it('refuses an old key whose value is not a number, naming the key as written', () => {
    expect(() => parseCpiConfig({ driver: 'memory', memory: { lock_timeout_ms: '60s' } })).toThrow(
      /memory\.lock_timeout_ms: expected a number of milliseconds, got "60s"/,
    );
  });

  it('does not change the object it was given', () => {
    const raw = { driver: 'memory', locks: { timeout_ms: 1_000 } };
    parseCpiConfig(raw);
    expect(raw).toEqual({ driver: 'memory', locks: { timeout_ms: 1_000 } });
  });

  it('the cpi command writes the deprecation into the call’s log, at warning level, once', async () => {
    const lines: string[] = [];
    const logger: CliLogger = {
      debug: (m) => lines.push(`DEBUG ${m}`),
      info: (m) => lines.push(`INFO ${m}`),
      warn: (m) => lines.push(`WARN ${m}`),
      error: (m) => lines.push(`ERROR ${m}`),
      buffered: () => lines.join('\n'),
      tag: () => {},
    };
    const dir = mkdtempSync(join(tmpdir(), 't-ms-keys-'));
    try {
      const path = join(dir, 'cpi.json');
      writeFileSync(path, JSON.stringify({ driver: 'memory', locks: { timeout_ms: 5_000 } }));
      const stdin = JSON.stringify({
        method: 'calculate_vm_cloud_properties',
        arguments: [{ cpu: 1, ram: 512, ephemeral_disk_size: 1024 }],
        context: { director_uuid: 'u' },
      });
      const response = await runCli({ argv: ['--config', path], stdin, logger });
      expect(response.error).toBeNull();
      const deprecations = lines.filter((line) => line.includes('deprecated'));
      expect(deprecations).toEqual([`WARN ${path}: locks.timeout_ms is deprecated, use locks.timeout_s: 5000 ms read as 5 s`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a request context still in milliseconds overrides the file’s seconds key, with its own deprecation line', async () => {
    const lines: string[] = [];
    const logger: CliLogger = {
      debug: () => {},
      info: () => {},
      warn: (m) => lines.push(m),
      error: (m) => lines.push(`ERROR ${m}`),
      buffered: () => lines.join('\n'),
      tag: () => {},
    };
    const dir = mkdtempSync(join(tmpdir(), 't-ms-keys-'));
    try {
      const path = join(dir, 'cpi.json');
      writeFileSync(path, JSON.stringify({ driver: 'memory', locks: { timeout_s: 300 } }));
      const stdin = JSON.stringify({
        method: 'calculate_vm_cloud_properties',
        arguments: [{ cpu: 1, ram: 512, ephemeral_disk_size: 1024 }],
        context: { director_uuid: 'u', locks: { timeout_ms: 7_000 } },
      });
      const response = await runCli({ argv: ['--config', path], stdin, logger });
      expect(response.error).toBeNull();
      expect(lines).toEqual([`${path} (request context): locks.timeout_ms is deprecated, use locks.timeout_s: 7000 ms read as 7 s`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('createCpi logs the deprecation through the library user’s logger', async () => {
    const warned: string[] = [];
    const cpi = createCpi({ driver: 'memory', memory: { lock_timeout_ms: 2_000 } } as never, {
      logger: { debug() {}, info() {}, warn: (m: string) => warned.push(m), error() {} },
    });
    await cpi.close();
    expect(warned).toEqual(['CPI config: memory.lock_timeout_ms is deprecated, use memory.lock_timeout_s: 2000 ms read as 2 s']);
  });
});
