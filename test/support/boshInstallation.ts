import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BoshRenderer, parseYaml, RELEASE_DIR, REPO_ROOT, renderCpiJobTemplate } from './renderBoshTemplate.js';

/** The release's Node blob, fetched once with release/scripts/add-node-blob.sh (which checks its sha256). */
export function ensureNodeBlob(): string {
  const blobs = parseYaml(readFileSync(join(RELEASE_DIR, 'config', 'blobs.yml'), 'utf8')) as Record<string, unknown>;
  const name = Object.keys(blobs).find((key) => key.startsWith('node/'));
  if (!name) throw new Error('config/blobs.yml names no node blob');
  const path = join(RELEASE_DIR, 'blobs', name);
  if (!existsSync(path)) execFileSync('bash', [join(RELEASE_DIR, 'scripts', 'add-node-blob.sh')], { stdio: 'inherit' });
  return path;
}

/**
 * A machine's /var/vcap after BOSH installed the release: packages compiled the way the agent
 * (or create-env) compiles them, job templates rendered, and BOSH's symlinks, so that
 * `<root>/jobs/libvirt_cpi` points into `<root>/data/jobs/...` as on a director VM.
 */
export interface BoshInstallation {
  readonly root: string;
  readonly jobsDir: string;
  readonly packagesDir: string;
  /** <root>/jobs/libvirt_cpi/bin/cpi */
  readonly cpi: string;
  /** The rendered config/cpi.json. */
  readonly cpiJson: string;
}

/** Runs a package's `packaging` script as BOSH does: `bash -x packaging` in the compile folder. */
function compilePackage(root: string, name: string, sources: Record<string, string>): string {
  const compileDir = join(root, 'data', 'compile', name);
  const installDir = join(root, 'data', 'packages', name, 'v1');
  mkdirSync(installDir, { recursive: true });
  for (const [relative, source] of Object.entries(sources)) {
    mkdirSync(join(compileDir, relative, '..'), { recursive: true });
    copyFileSync(source, join(compileDir, relative));
  }
  copyFileSync(join(RELEASE_DIR, 'packages', name, 'packaging'), join(compileDir, 'packaging'));
  execFileSync('bash', ['-x', 'packaging'], {
    cwd: compileDir,
    env: {
      PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
      BOSH_COMPILE_TARGET: compileDir,
      BOSH_INSTALL_TARGET: installDir,
      BOSH_PACKAGE_NAME: name,
      BOSH_PACKAGE_VERSION: 'v1',
      BOSH_PACKAGES_DIR: join(root, 'packages'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  mkdirSync(join(root, 'packages'), { recursive: true });
  symlinkSync(installDir, join(root, 'packages', name));
  return installDir;
}

/**
 * Installs the release under `root`: the node package from the real blob, the libvirt_cpi
 * package from `bundle` (a built dist/cpi.cjs), and the job rendered with `properties`.
 */
export function installRelease(
  root: string,
  bundle: string,
  properties: Record<string, unknown>,
  renderer: BoshRenderer = 'director',
): BoshInstallation {
  compilePackage(root, 'node', { [`node/${ensureNodeBlob().split('/').pop()}`]: ensureNodeBlob() });
  compilePackage(root, 'libvirt_cpi', { 'libvirt_cpi/cpi.cjs': bundle });
  return installJob(root, 'libvirt_cpi', properties, renderer);
}

/**
 * Renders the libvirt_cpi job once more, as `<root>/jobs/<name>`, next to an installed
 * release's packages: one installation serves several manifests.
 */
export function installJob(
  root: string,
  name: string,
  properties: Record<string, unknown>,
  renderer: BoshRenderer = 'director',
): BoshInstallation {
  const jobDir = join(root, 'data', 'jobs', name, '0123abcd');
  mkdirSync(join(jobDir, 'bin'), { recursive: true });
  mkdirSync(join(jobDir, 'config'), { recursive: true });
  const cpiJson = join(jobDir, 'config', 'cpi.json');
  writeFileSync(join(jobDir, 'bin', 'cpi'), renderCpiJobTemplate('cpi.erb', { properties, renderer }));
  chmodSync(join(jobDir, 'bin', 'cpi'), 0o755);
  writeFileSync(cpiJson, renderCpiJobTemplate('cpi.json.erb', { properties, renderer }));
  mkdirSync(join(root, 'jobs'), { recursive: true });
  symlinkSync(jobDir, join(root, 'jobs', name));
  return {
    root,
    jobsDir: join(root, 'jobs'),
    packagesDir: join(root, 'packages'),
    cpi: join(root, 'jobs', name, 'bin', 'cpi'),
    cpiJson,
  };
}

/** The bundle, built into `dir` from the working tree (npm run bundle's script). */
export function buildBundle(dir: string): string {
  const outfile = join(dir, 'cpi.cjs');
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bundle.mjs'), '--outfile', outfile], { cwd: REPO_ROOT, stdio: 'inherit' });
  return outfile;
}

/** The package's files after compilation (for assertions on what packaging produced). */
export function installedFiles(installation: BoshInstallation, pkg: string): string[] {
  return readdirSync(join(installation.packagesDir, pkg)).sort();
}
