import { describe, expect, it } from 'vitest';
import { applyContextOverrides } from '../../../../src/app/config/applyContextOverrides.js';
import { parseCpiConfig } from '../../../../src/app/config/parseCpiConfig.js';
import { configPathFromArgv } from '../../../../src/app/cli/configPathFromArgv.js';

describe('cpi.json', () => {
  it('accepts {"driver":"memory"} and fills in every default', () => {
    const config = parseCpiConfig({ driver: 'memory' });
    expect(config.driver).toBe('memory');
    expect(config.agent).toEqual({ mbus: '', ntp: [] });
    expect(config.locks).toEqual({ timeout_s: 300 });
    expect(config.memory).toEqual({ lock_timeout_s: 60 });
  });

  it('validates every section the file gives, fills in only the configured driver’s, and makes up no other', () => {
    const memoryOnly = parseCpiConfig({ driver: 'memory' });
    expect(Object.keys(memoryOnly).sort()).toEqual(['agent', 'driver', 'locks', 'memory']);

    const libvirt = parseCpiConfig({ driver: 'libvirt', virtualbox: { port: 2222 } });
    expect(libvirt.driver === 'libvirt' && libvirt.libvirt.pool).toBe('bosh');
    expect(libvirt.virtualbox).toMatchObject({ port: 2222, bin: 'VBoxManage' });
    expect(libvirt.memory).toBeUndefined();

    // a section of another driver is still checked, key by key
    expect(() => parseCpiConfig({ driver: 'memory', libvirt: { pol: 'x', timeouts: { boot_s: -1 } } })).toThrow(
      /libvirt\.timeouts\.boot_s: Too small.*libvirt: unknown key "pol" \(did you mean `pool`\?\)/,
    );
    expect(() => parseCpiConfig({ driver: 'memory', virtualbox: null })).toThrow(
      /virtualbox: Invalid input: expected object, received null/,
    );
  });

  it('reports every problem at once, each with its path', () => {
    let message = '';
    try {
      parseCpiConfig({ driver: 'qemu', agent: { mbus: 7, ntp: 'pool' }, memory: { state_file: '' }, typo: true }, '/etc/cpi.json');
    } catch (error) {
      expect((error as { kind: string }).kind).toBe('invalid_config');
      message = (error as Error).message;
    }
    expect(message).toMatch(/^invalid \/etc\/cpi\.json: /);
    for (const path of ['driver:', 'agent.mbus:', 'agent.ntp:', 'memory.state_file:', '(top level): unknown key "typo"'])
      expect(message).toContain(path);
  });

  it('refuses unknown keys at every depth, naming the known key each most likely meant', () => {
    const messageOf = (config: unknown): string => {
      try {
        parseCpiConfig(config);
      } catch (error) {
        expect((error as { kind: string }).kind).toBe('invalid_config');
        return (error as Error).message;
      }
      throw new Error(`accepted ${JSON.stringify(config)}`);
    };
    expect(messageOf({ driver: 'libvirt', libvirt: { timeouts: { conect_s: 5 } } })).toContain(
      'libvirt.timeouts: unknown key "conect_s" (did you mean `connect_s`?); known keys here: connect_s, call_s,',
    );
    expect(messageOf({ driver: 'libvirt', libvirt: { pol: 'bosh' } })).toContain('libvirt: unknown key "pol" (did you mean `pool`?)');
    expect(messageOf({ driver: 'libvirt', libvrt: {} })).toContain('(top level): unknown key "libvrt" (did you mean `libvirt`?)');
    expect(messageOf({ driver: 'memory', agent: { mbsu: 'nats://x' } })).toContain('agent: unknown key "mbsu" (did you mean `mbus`?)');
    expect(messageOf({ driver: 'memory', locks: { timeout: 5 } })).toContain('locks: unknown key "timeout" (did you mean `timeout_s`?)');
    // Nothing close: no guess, but the list of what is known.
    expect(messageOf({ driver: 'memory', memory: { zzzzzz: 1 } })).toMatch(
      /memory: unknown key "zzzzzz"; known keys here: state_file, networks, lock_timeout_s/,
    );
  });

  it('refuses a config that is not an object', () => {
    expect(() => parseCpiConfig([])).toThrow(/invalid cpi.json/);
    expect(() => parseCpiConfig(null)).toThrow(/invalid cpi.json/);
  });
});

describe('request context overrides', () => {
  const file = { driver: 'memory', agent: { mbus: 'nats://file', ntp: ['a'] }, memory: { state_file: '/f' } };

  it('merge objects key by key and replace everything else', () => {
    const merged = applyContextOverrides(file, {
      director_uuid: 'u',
      request_id: 'cpi-1',
      vm: { stemcell: { api_version: 3 } },
      agent: { mbus: 'nats://context' },
      memory: { networks: ['n'] },
      host: 'ignored, not a config key',
    });
    expect(merged).toEqual({
      driver: 'memory',
      agent: { mbus: 'nats://context', ntp: ['a'] },
      memory: { state_file: '/f', networks: ['n'] },
    });
    expect(parseCpiConfig(merged).agent.mbus).toBe('nats://context');
  });

  it('cannot reach a prototype through __proto__', () => {
    const context = JSON.parse('{"agent": {"__proto__": {"mbus": "polluted"}}}') as Record<string, unknown>;
    const merged = applyContextOverrides(file, context) as { agent: Record<string, unknown> };
    expect(Object.getPrototypeOf(merged.agent)).toBe(Object.prototype);
    expect(() => parseCpiConfig(merged)).toThrow(/__proto__/);
    expect(({} as Record<string, unknown>)['mbus']).toBeUndefined();
  });

  it('leaves a file that is not an object for the validator to refuse', () => {
    expect(applyContextOverrides('nonsense', { agent: {} })).toBe('nonsense');
  });
});

describe('configPathFromArgv', () => {
  it('reads --config, -configPath, their = forms and a positional path', () => {
    expect(configPathFromArgv(['--config', '/a'])).toBe('/a');
    expect(configPathFromArgv(['-configPath', '/b'])).toBe('/b');
    expect(configPathFromArgv(['--config=/c'])).toBe('/c');
    expect(configPathFromArgv(['-configPath=/d'])).toBe('/d');
    expect(configPathFromArgv(['/e'])).toBe('/e');
    expect(configPathFromArgv([])).toBeUndefined();
    expect(configPathFromArgv(['--config'])).toBeUndefined();
  });
});
