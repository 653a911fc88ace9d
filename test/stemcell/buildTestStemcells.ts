import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

// Builds the test stemcells once per machine (and again only when the build inputs change) into
// a cache folder, and unpacks them the way the director does before it calls create_stemcell.

export type TestStemcellFormat = 'openstack-qcow2' | 'vsphere-ova';

export interface TestStemcell {
  readonly format: TestStemcellFormat;
  /** the stemcell tarball, as `bosh upload-stemcell` would take it */
  readonly tarball: string;
  /** stemcell.MF, unpacked from the tarball into the cache */
  readonly manifestPath: string;
  /** the `image` file unpacked from the tarball into the cache: what create_stemcell receives */
  readonly imagePath: string;
}

export interface TestStemcells {
  readonly version: string;
  readonly workDir: string;
  readonly openstack: TestStemcell;
  readonly vsphere: TestStemcell;
}

export interface BuildTestStemcellsOptions {
  /** default: `.work/stemcells` in the repository root (gitignored) */
  readonly cacheDir?: string;
  readonly version?: string;
  /** bound on the build and on waiting for another process's build; default 10 minutes */
  readonly timeoutMs?: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '..', '..');
const buildScript = join(here, 'build-test-stemcell.sh');
const DEFAULT_VERSION = '0.0.1';

/**
 * Returns the two test stemcells, building them first when the cache holds none built from the
 * current build script, /init and guest helpers. Safe to call from several test processes at once:
 * one builds, the others wait for its lock.
 */
export async function buildTestStemcells(options: BuildTestStemcellsOptions = {}): Promise<TestStemcells> {
  const version = options.version ?? DEFAULT_VERSION;
  const timeoutMs = options.timeoutMs ?? 600_000;
  const workDir = join(options.cacheDir ?? join(repoRoot, '.work', 'stemcells'), version);
  await mkdir(workDir, { recursive: true });
  const stamp = join(workDir, 'build.stamp');
  const key = await inputsKey(version);
  const result = describeBuild(workDir, version);

  if (await isCurrent(stamp, key, result)) return result;
  await withLock(join(workDir, '.lock'), timeoutMs, async () => {
    if (await isCurrent(stamp, key, result)) return; // another process built it while we waited
    await rm(stamp, { force: true });
    await execa('bash', [buildScript, workDir, version], { timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stemcell of [result.openstack, result.vsphere]) {
      const dir = join(workDir, 'unpacked', stemcell.format);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await execa('tar', ['-xzf', stemcell.tarball, '-C', dir, 'stemcell.MF', 'image']);
    }
    await writeFile(stamp, key);
  });
  return result;
}

export interface UnpackedStemcell {
  readonly dir: string;
  readonly manifestPath: string;
  readonly manifest: string;
  readonly imagePath: string;
}

/**
 * Unpacks a stemcell tarball as the director does (stemcell.MF and image) into `destDir`, or into
 * a new temporary folder. The caller removes the folder.
 */
export async function unpackStemcellTarball(tarball: string, destDir?: string): Promise<UnpackedStemcell> {
  const dir = destDir ?? (await mkdtemp(join(tmpdir(), 'stemcell-')));
  await mkdir(dir, { recursive: true });
  await execa('tar', ['-xzf', tarball, '-C', dir, 'stemcell.MF', 'image']);
  const manifestPath = join(dir, 'stemcell.MF');
  return { dir, manifestPath, manifest: await readFile(manifestPath, 'utf8'), imagePath: join(dir, 'image') };
}

/**
 * Unpacks an `image` (a gzipped tar) into `destDir` and returns the boot disk in it: root.img
 * (qcow2) of the OpenStack format or image-disk1.vmdk (streamOptimized) of the vSphere format.
 */
export async function unpackStemcellImage(
  imagePath: string,
  destDir: string,
): Promise<{ readonly diskPath: string; readonly diskFormat: 'qcow2' | 'vmdk' }> {
  await mkdir(destDir, { recursive: true });
  await execa('tar', ['-xzf', imagePath, '-C', destDir]);
  const files = await readdir(destDir);
  if (files.includes('root.img')) return { diskPath: join(destDir, 'root.img'), diskFormat: 'qcow2' };
  const vmdk = files.find((f) => f.endsWith('.vmdk'));
  if (vmdk) return { diskPath: join(destDir, vmdk), diskFormat: 'vmdk' };
  throw new Error(`no root.img or .vmdk in stemcell image ${imagePath} (found: ${files.join(', ')})`);
}

function describeBuild(workDir: string, version: string): TestStemcells {
  const stemcell = (format: TestStemcellFormat, namePart: string): TestStemcell => {
    const unpacked = join(workDir, 'unpacked', format);
    return {
      format,
      tarball: join(workDir, `bosh-stemcell-${version}-${namePart}-busybox-test-go_agent.tgz`),
      manifestPath: join(unpacked, 'stemcell.MF'),
      imagePath: join(unpacked, 'image'),
    };
  };
  return {
    version,
    workDir,
    openstack: stemcell('openstack-qcow2', 'openstack-kvm'),
    vsphere: stemcell('vsphere-ova', 'vsphere-esxi'),
  };
}

/** Hash of everything that goes into the build, so a changed /init leads to a rebuild. */
async function inputsKey(version: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`version=${version}\nDISK_MB=${process.env.DISK_MB ?? ''}\nKERNEL_ARGS=${process.env.KERNEL_ARGS ?? ''}\n`);
  const guest = join(here, 'guest');
  const inputs = [buildScript, join(here, 'init'), ...(await readdir(guest)).sort().map((f) => join(guest, f))];
  for (const file of inputs) {
    hash.update(`${file}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

async function isCurrent(stamp: string, key: string, build: TestStemcells): Promise<boolean> {
  try {
    if ((await readFile(stamp, 'utf8')) !== key) return false;
    for (const s of [build.openstack, build.vsphere]) {
      await stat(s.tarball);
      await stat(s.imagePath);
    }
    return true;
  } catch {
    return false;
  }
}

/** A lock folder with the owner's pid; a lock whose owner is gone is taken over. */
async function withLock(lockDir: string, timeoutMs: number, work: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      if (!(await ownerAlive(lockDir))) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the stemcell build lock ${lockDir}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await writeFile(join(lockDir, 'pid'), String(process.pid));
    await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

async function ownerAlive(lockDir: string): Promise<boolean> {
  let pid: number;
  try {
    pid = Number(await readFile(join(lockDir, 'pid'), 'utf8'));
  } catch {
    // the owner may be between mkdir and writing its pid: trust a young lock
    try {
      return Date.now() - (await stat(lockDir)).mtimeMs < 5_000;
    } catch {
      return false;
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
