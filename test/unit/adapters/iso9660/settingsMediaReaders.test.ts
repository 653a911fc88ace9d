import { describe, expect, it } from 'vitest';
import { Iso9660SettingsMedium } from '../../../../src/adapters/iso9660/Iso9660SettingsMedium.js';
import { SECTOR_SIZE } from '../../../../src/adapters/iso9660/isoFields.js';
import { settingsMediumContents } from '../../../../src/adapters/iso9660/settingsMediumContents.js';
import { type IsoFile, writeIso9660 } from '../../../../src/adapters/iso9660/writeIso9660.js';
import type { AgentSettings } from '../../../../src/domain/settings/AgentSettings.js';
import type { SettingsMediumKind } from '../../../../src/ports/AgentSettingsMedium.js';
import { expectEveryReaderReads } from './expectEveryReaderReads.js';
import { bsdtarPaths, withImageFile } from './isoTools.js';
import { readIso9660 } from './readIso9660.js';

// Settings media must be readable by every ISO 9660 reader, not only by Linux: libarchive (bsdtar)
// is the strictest, a streaming reader that refuses a Rock Ridge "CE" pointing back before its read
// position (libarchive archive_read_support_format_iso9660.c, `register_CE`: 'Invalid parameter in
// SUSP "CE" extension'). isoinfo (genisoimage) and the test reader are the two other readers; the
// Linux kernel reads the media in test/integration/adapters/iso9660/settingsMediaKernelRead.test.ts.

const settings = (env: Record<string, unknown>): AgentSettings => ({
  agent_id: 'a8c6e1f0-55b4-4f0e-9a51-8d7e2c3b4a10',
  vm: { name: 'vm-5c1d9e7f' },
  mbus: 'nats://10.0.0.6:4222',
  ntp: ['0.pool.ntp.org'],
  networks: { default: { type: 'manual', ip: '10.0.0.10', netmask: '255.255.255.0', gateway: '10.0.0.1', preconfigured: false } },
  disks: { system: '/dev/sda', persistent: {} },
  env,
});

const small = settings({ bosh: { password: 'pässwörd' } });
// About 190 KB of settings: the file spans ~95 sectors, with multi-byte UTF-8 throughout.
const large = settings({
  bosh: {
    authorized_keys: Array.from({ length: 400 }, (_, i) => `ssh-ed25519 ${'AAAAC3NzaC1lZDI1NTE5'.repeat(12)}${i} ключ-${i}`),
  },
});

const kinds: SettingsMediumKind[] = ['cdrom-env', 'config-drive'];

describe('settings media read by bsdtar, isoinfo and the test reader', () => {
  const medium = new Iso9660SettingsMedium();

  it.each(kinds.flatMap((kind) => [[kind, 'small', small] as const, [kind, 'large', large] as const]))(
    'a %s medium with %s settings: exact names and bytes',
    async (kind, _, agentSettings) => {
      const image = medium.build(kind, agentSettings);
      const { files } = settingsMediumContents(kind, agentSettings);
      await expectEveryReaderReads(image, files);
    },
  );

  it('the large settings really span many sectors', () => {
    const { files } = settingsMediumContents('cdrom-env', large);
    expect(files[0]!.content.length).toBeGreaterThan(50 * SECTOR_SIZE);
  });
});

describe('writeIso9660 read by bsdtar, isoinfo and the test reader', () => {
  const text = (value: string) => new TextEncoder().encode(value);

  it('puts the continuation area after a root directory of several sectors, with 64-character Rock Ridge names', async () => {
    const files: IsoFile[] = [
      ...Array.from({ length: 40 }, (_, i) => ({ path: `${String(i).padStart(2, '0')}-${'n'.repeat(61)}`, content: text(`root ${i}`) })),
      ...Array.from({ length: 10 }, (_, i) => ({
        path: `ec2/latest/${'m'.repeat(60)}${String(i).padStart(4, '0')}`,
        content: text(`deep ${i}`),
      })),
      { path: 'ec2/latest/user-data', content: text(JSON.stringify(large)) },
      { path: '-dash-first', content: text('a name a command line could take for an option') },
    ];
    const image = writeIso9660({ volumeId: 'config-2', files });
    expect(readIso9660(image, 'rock-ridge').rootContinuation?.rootSectors).toBeGreaterThan(2);
    await expectEveryReaderReads(image, files);
  });

  it('reads an image with no files at all', async () => {
    const image = writeIso9660({ volumeId: 'EMPTY', files: [] });
    await expectEveryReaderReads(image, []);
  });

  it('bsdtar refuses a continuation area placed before the root directory, as the writer once did', async () => {
    // The oracle must be able to fail: move the root's continuation area back to sector 19, where
    // it used to be, and point the root's "CE" there.
    const image = writeIso9660({ volumeId: 'ENV', files: [{ path: 'env', content: text('{}') }] });
    const read = readIso9660(image, 'rock-ridge');
    const rootDot = read.directoryExtents.get('')! * SECTOR_SIZE;
    const ceAt = rootDot + findSignature(image.subarray(rootDot, rootDot + image[rootDot]!), 'CE');
    const area = read.rootContinuation!.sector * SECTOR_SIZE;
    const moved = image.slice();
    moved.copyWithin(19 * SECTOR_SIZE, area, area + SECTOR_SIZE);
    const view = new DataView(moved.buffer);
    view.setUint32(ceAt + 4, 19, true);
    view.setUint32(ceAt + 8, 19, false);
    await withImageFile(moved, async (path) => {
      await expect(bsdtarPaths(path)).rejects.toThrow(/Invalid parameter in SUSP "CE" extension/);
    });
  });
});

function findSignature(record: Uint8Array, signature: string): number {
  const text = String.fromCharCode(...record);
  const at = text.indexOf(signature);
  if (at < 0) throw new Error(`no ${signature} in the record`);
  return at;
}
