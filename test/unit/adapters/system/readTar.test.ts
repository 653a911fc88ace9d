import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TruncatedError } from '../../../../src/adapters/system/ByteSource.js';
import { readTar, TarFormatError } from '../../../../src/adapters/system/readTar.js';

let dir: string;
const files: Record<string, Buffer> = {};

async function* chunked(bytes: Buffer, sizes: readonly number[]): AsyncGenerator<Buffer> {
  let pos = 0;
  let i = 0;
  while (pos < bytes.length) {
    const n = sizes.length ? sizes[i++ % sizes.length]! : bytes.length;
    yield bytes.subarray(pos, pos + n);
    pos += n;
  }
}

async function entries(bytes: Buffer, sizes: readonly number[] = [], read: (name: string) => boolean = () => true) {
  const out: { name: string; type: string; size: number; content?: Buffer }[] = [];
  for await (const entry of readTar(chunked(bytes, sizes))) {
    if (!read(entry.name)) {
      out.push({ name: entry.name, type: entry.type, size: entry.size });
      continue;
    }
    const parts: Buffer[] = [];
    for await (const c of entry.body) parts.push(c);
    out.push({ name: entry.name, type: entry.type, size: entry.size, content: Buffer.concat(parts) });
  }
  return out;
}

const longName = `${'d'.repeat(60)}/${'e'.repeat(70)}/root.img`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 't-libvirt-tar-'));
  const src = join(dir, 'src');
  mkdirSync(join(src, 'd'.repeat(60), 'e'.repeat(70)), { recursive: true });
  files['empty'] = Buffer.alloc(0);
  files['exact512'] = Buffer.alloc(512, 7);
  files['small.txt'] = Buffer.from('hello tar\n');
  files['big.bin'] = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i < files['big.bin'].length; i++) files['big.bin'][i] = (i * 31 + (i >> 9)) & 0xff;
  files[longName] = Buffer.from('deep file');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(src, name), content);
  for (const format of ['gnu', 'pax', 'ustar']) {
    const names = format === 'ustar' ? Object.keys(files).filter((n) => n !== longName) : Object.keys(files);
    execFileSync('tar', ['-C', src, `--format=${format}`, '-cf', join(dir, `${format}.tar`), ...names]);
  }
  const small = Object.keys(files).filter((n) => n !== 'big.bin');
  execFileSync('tar', ['-C', src, '--format=pax', '-cf', join(dir, 'small.tar'), ...small]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTar', () => {
  it.each(['gnu', 'pax', 'ustar'])('reads every file of a %s archive made by tar', async (format) => {
    const got = await entries(readFileSync(join(dir, `${format}.tar`)));
    const expected = Object.entries(files).filter(([n]) => format !== 'ustar' || n !== longName);
    const digest = (b: Buffer | undefined) => (b ? createHash('sha256').update(b).digest('hex') : 'none');
    expect(got.filter((e) => e.type === '0').map((e) => [e.name, e.size, digest(e.content)])).toEqual(
      expected.map(([n, c]) => [n, c.length, digest(c)]),
    );
  });

  it('gives the same result however the bytes are split into chunks (property)', async () => {
    // the archive without big.bin: tiny chunks over megabytes would only measure the machine
    const bytes = readFileSync(join(dir, 'small.tar'));
    const whole = await entries(bytes);
    expect(whole.length).toBe(4);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 6 }), async (sizes) => {
        expect(await entries(bytes, sizes)).toEqual(whole);
      }),
      { numRuns: 25 },
    );
  });

  it('skips bodies the reader does not read', async () => {
    const got = await entries(readFileSync(join(dir, 'gnu.tar')), [4096], (name) => name !== 'big.bin');
    expect(got.find((e) => e.name === 'small.txt')!.content!.toString()).toBe('hello tar\n');
    expect(got.find((e) => e.name === 'big.bin')!.content).toBeUndefined();
    expect(got.find((e) => e.name === longName)!.content!.toString()).toBe('deep file');
  });

  it('reads a GNU base-256 size field', async () => {
    const header = Buffer.alloc(512);
    header.write('f', 0);
    header.write('0000644\0', 100);
    header[124] = 0x80; // base-256 marker; value 1000 in the last bytes
    header.writeUInt16BE(1000, 134);
    header.write('0', 156);
    header.write('ustar  \0', 257, 'latin1');
    header.write('        ', 148);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    const archive = Buffer.concat([header, Buffer.alloc(1024, 1), Buffer.alloc(1024)]);
    const got = await entries(archive);
    expect(got).toEqual([{ name: 'f', type: '0', size: 1000, content: Buffer.alloc(1000, 1) }]);
  });

  it('fails on a truncated archive', async () => {
    const bytes = readFileSync(join(dir, 'gnu.tar'));
    await expect(entries(bytes.subarray(0, 2 * 1024 * 1024))).rejects.toBeInstanceOf(TruncatedError);
  });

  it('fails on a header with a wrong checksum (not a tar)', async () => {
    await expect(entries(Buffer.alloc(1024, 0x41))).rejects.toBeInstanceOf(TarFormatError);
  });
});
