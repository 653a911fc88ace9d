import { describe, expect, it } from 'vitest';
import { virtualboxConfigSchema } from '../../../../src/adapters/virtualbox/virtualboxModule.js';

describe('virtualboxConfigSchema', () => {
  it('defaults every key', () => {
    expect(virtualboxConfigSchema().parse({})).toEqual({
      bin: 'VBoxManage',
      store_dir: '~/.bosh_virtualbox_cpi',
      host: '',
      port: 22,
      user: '',
      private_key: '',
      known_hosts: '',
      auto_create_networks: false,
      timeouts: { command_s: 120, import_s: 1800, power_off_s: 60, lock_s: 300, ssh_connect_s: 15 },
      retry: { attempts: 8, initial_delay_s: 0.25, max_delay_s: 4 },
    });
  });

  it('fills nested defaults around the keys given', () => {
    expect(virtualboxConfigSchema().parse({ timeouts: { power_off_s: 5 } }).timeouts).toMatchObject({ power_off_s: 5, command_s: 120 });
  });

  it('requires user, key and known_hosts for a remote host, and reports all of them', () => {
    const result = virtualboxConfigSchema().safeParse({ host: 'vbox.example' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['known_hosts', 'private_key', 'user']);
    expect(result.error?.issues[0]?.message).toContain('host key is always verified');
  });

  it('rejects unknown keys and a host that ssh would read as an option', () => {
    expect(virtualboxConfigSchema().safeParse({ storage_controller: 'sata' }).success).toBe(false);
    expect(virtualboxConfigSchema().safeParse({ host: '-oProxyCommand=x', user: 'u', private_key: 'k', known_hosts: 'h' }).success).toBe(
      false,
    );
  });
});
