import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

declare const __CPI_VERSION__: string | undefined;

/**
 * The package's version, for `cpi --version`. The single-file bundle has it written in at
 * build time (scripts/bundle.mjs defines __CPI_VERSION__): the BOSH release ships the bundle
 * without a package.json. The unbundled build finds the package.json above the running script.
 */
export function cpiVersion(script: string | undefined = process.argv[1]): string {
  if (typeof __CPI_VERSION__ === 'string') return __CPI_VERSION__;
  if (!script) return 'unknown';
  let dir = dirname(realpathSync(script));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'bosh-libvirt-cpi' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // no package.json here, or not ours: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
