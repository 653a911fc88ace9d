import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

/**
 * The genisoimage tools (isoinfo, isovfy) and blkid read our images as a second, independent
 * implementation. They must be installed (scripts/host-packages.sh does it): tests fail without.
 */
export async function withImageFile<T>(image: Uint8Array, use: (path: string) => Promise<T>): Promise<T> {
  const directory = mkdtempSync(join(tmpdir(), 't-iso-'));
  const path = join(directory, 'image.iso');
  try {
    writeFileSync(path, image);
    return await use(path);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export async function isoinfoText(path: string, ...args: string[]): Promise<string> {
  const { stdout } = await execa('isoinfo', ['-i', path, ...args]);
  return stdout;
}

/** `isoinfo -x` writes the file's bytes to stdout, unchanged. */
export async function isoinfoExtract(path: string, view: 'iso' | 'rock-ridge' | 'joliet', filePath: string): Promise<Uint8Array> {
  const flags = view === 'rock-ridge' ? ['-R'] : view === 'joliet' ? ['-J'] : [];
  const { stdout } = await execa('isoinfo', ['-i', path, ...flags, '-x', `/${filePath}`], {
    encoding: 'buffer',
    stripFinalNewline: false,
  });
  return stdout;
}

/** `isoinfo -f` lists every path, one a line, with a leading slash. */
export async function isoinfoPaths(path: string, view: 'iso' | 'rock-ridge' | 'joliet'): Promise<string[]> {
  const flags = view === 'rock-ridge' ? ['-R'] : view === 'joliet' ? ['-J'] : [];
  const text = await isoinfoText(path, ...flags, '-f');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^\//, ''))
    .sort();
}

export async function isovfy(path: string): Promise<string> {
  const { stdout } = await execa('isovfy', [path]);
  return stdout;
}

export async function blkidLabel(path: string): Promise<string> {
  const { stdout } = await execa('blkid', ['-p', '-o', 'value', '-s', 'LABEL', path]);
  return stdout;
}

/**
 * libarchive's reader, through bsdtar (Debian package libarchive-tools): a streaming reader that
 * reads the image forwards once, so it is the strictest about where things lie. It prefers Rock
 * Ridge names. `bsdtar -tf` lists every entry (the root as "."); a warning on stderr or a non-zero
 * exit fails the test.
 */
export async function bsdtarPaths(path: string): Promise<string[]> {
  const { stdout, stderr } = await execa('bsdtar', ['-tf', path]);
  expectQuiet('bsdtar -t', stderr);
  return stdout
    .split('\n')
    .filter((line) => line !== '' && line !== '.')
    .sort();
}

/** `bsdtar -xOf IMAGE -- PATH` writes that file's bytes to stdout, unchanged ("--": names may start with "-"). */
export async function bsdtarExtract(path: string, filePath: string): Promise<Uint8Array> {
  const { stdout, stderr } = await execa('bsdtar', ['-xOf', path, '--', filePath], { encoding: 'buffer', stripFinalNewline: false });
  expectQuiet('bsdtar -x', Buffer.from(stderr).toString());
  return stdout;
}

/** `isoinfo -R -l` lists each directory, then one line per entry, the Rock Ridge name last. */
export async function isoinfoRockRidgeListing(path: string): Promise<string> {
  return isoinfoText(path, '-R', '-l');
}

function expectQuiet(what: string, stderr: string): void {
  if (stderr.trim() !== '') throw new Error(`${what} complained: ${stderr.trim()}`);
}
