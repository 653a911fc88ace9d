import { Container } from 'inversify';
import { describe, expect, it } from 'vitest';
import { Iso9660SettingsMedium } from '../../../../src/adapters/iso9660/Iso9660SettingsMedium.js';
import { settingsMediumContents } from '../../../../src/adapters/iso9660/settingsMediumContents.js';
import type { AgentSettings } from '../../../../src/domain/settings/AgentSettings.js';
import { AgentSettingsMedium } from '../../../../src/ports/AgentSettingsMedium.js';
import { fingerprint } from './fingerprint.js';
import { blkidLabel, isoinfoExtract, isoinfoText, withImageFile } from './isoTools.js';
import { readIso9660 } from './readIso9660.js';

const settings: AgentSettings = {
  agent_id: '2b0f7d5e-6a1c-4c1e-9d44-0b8c7a6f1e21',
  vm: { name: 'vm-7b3e5d2a' },
  mbus: 'nats://10.0.0.6:4222',
  ntp: ['0.pool.ntp.org'],
  networks: {
    default: {
      type: 'manual',
      ip: '10.0.0.10',
      netmask: '255.255.255.0',
      gateway: '10.0.0.1',
      dns: ['10.0.0.2'],
      default: ['dns', 'gateway'],
      mac: '52:54:00:6e:1a:0b',
      preconfigured: false,
    },
  },
  disks: { system: '/dev/sda', ephemeral: { path: '/dev/sdb' }, persistent: {} },
  env: { bosh: { password: 'pässwörd', authorized_keys: ['ssh-ed25519 AAAA test'] } },
};

const decodeJson = (bytes: Uint8Array | undefined): unknown => JSON.parse(new TextDecoder().decode(bytes));

describe('settingsMediumContents', () => {
  it('puts the settings JSON into one file `env` for a cdrom-env medium', () => {
    const contents = settingsMediumContents('cdrom-env', settings);
    expect(contents.volumeId).toBe('ENV');
    expect(contents.files.map((f) => f.path)).toEqual(['env']);
    expect(decodeJson(contents.files[0]!.content)).toEqual(settings);
  });

  it('puts user-data and JSON meta-data under ec2/latest on a config-2 drive', () => {
    const contents = settingsMediumContents('config-drive', settings);
    expect(contents.volumeId).toBe('config-2');
    const byPath = new Map(contents.files.map((f) => [f.path, f.content]));
    expect([...byPath.keys()].sort()).toEqual(['ec2/latest/meta-data.json', 'ec2/latest/user-data']);
    expect(decodeJson(byPath.get('ec2/latest/user-data'))).toEqual(settings);
    expect(decodeJson(byPath.get('ec2/latest/meta-data.json'))).toEqual({ 'instance-id': 'vm-7b3e5d2a' });
  });
});

describe('Iso9660SettingsMedium', () => {
  const medium = new Iso9660SettingsMedium();

  it('builds a CD whose `env` file holds the settings, under every naming scheme', async () => {
    const image = medium.build('cdrom-env', settings);
    expect(decodeJson(readIso9660(image, 'rock-ridge').files.get('env'))).toEqual(settings);
    expect(decodeJson(readIso9660(image, 'joliet').files.get('env'))).toEqual(settings);
    // What Linux mounts as `env` even with Rock Ridge turned off (isofs map=normal).
    expect(decodeJson(readIso9660(image, 'iso').files.get('ENV.;1'))).toEqual(settings);
    await withImageFile(image, async (path) => {
      expect(await isoinfoText(path, '-d')).toContain('Volume id: ENV');
      expect(decodeJson(await isoinfoExtract(path, 'rock-ridge', 'env'))).toEqual(settings);
    });
  });

  it('builds a config drive labelled config-2 that blkid and isoinfo read back', async () => {
    const image = medium.build('config-drive', settings);
    await withImageFile(image, async (path) => {
      expect(await blkidLabel(path)).toBe('config-2');
      expect(await isoinfoText(path, '-d')).toContain('Volume id: config-2');
      for (const view of ['rock-ridge', 'joliet'] as const) {
        expect(decodeJson(await isoinfoExtract(path, view, 'ec2/latest/user-data'))).toEqual(settings);
        expect(decodeJson(await isoinfoExtract(path, view, 'ec2/latest/meta-data.json'))).toEqual({
          'instance-id': 'vm-7b3e5d2a',
        });
      }
    });
  });

  it('gives the same bytes for the same settings, and different bytes for different ones', () => {
    expect(fingerprint(medium.build('config-drive', settings))).toBe(fingerprint(medium.build('config-drive', settings)));
    expect(fingerprint(medium.build('config-drive', { ...settings, agent_id: 'other' }))).not.toBe(
      fingerprint(medium.build('config-drive', settings)),
    );
  });

  it('is what the container hands out for the AgentSettingsMedium token', () => {
    const container = new Container();
    container.bind(AgentSettingsMedium).to(Iso9660SettingsMedium);
    expect(container.get(AgentSettingsMedium)).toBeInstanceOf(Iso9660SettingsMedium);
  });
});
