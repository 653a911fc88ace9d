import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyContextOverrides } from '../../../src/app/config/applyContextOverrides.js';
import { parseCpiConfig } from '../../../src/app/config/parseCpiConfig.js';
import { parseYaml, renderCpiJobTemplate, REPO_ROOT } from '../../support/renderBoshTemplate.js';

// The code in the docs is the code in the repository: examples are the files the example tests
// run, excerpts are cut from the sources they name, and the operators' YAML renders through the
// release's templates into a cpi.json the CPI accepts.
interface Block {
  readonly doc: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly code: string;
}

function codeBlocks(doc: string): Block[] {
  const text = readFileSync(join(REPO_ROOT, doc), 'utf8');
  const blocks: Block[] = [];
  for (const match of text.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const attributes = Object.fromEntries([...match[2]!.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
    blocks.push({ doc, attributes, code: match[3]! });
  }
  return blocks;
}

const DOCS = ['README.md', 'docs/architecture.md', 'docs/library.md', 'docs/operators.md'];
const blocks = DOCS.flatMap(codeBlocks);
/** Users import the package by name; the example files import the sources. */
const asUserWritesIt = (source: string) => source.replaceAll("'../../src/index.js'", "'bosh-libvirt-cpi'");

describe('code in the docs', () => {
  it('embeds every example file exactly, and every example file somewhere', () => {
    const embedded = blocks.filter((b) => b.attributes['example']);
    for (const block of embedded) {
      expect(block.code, `${block.doc}: ${block.attributes['example']}`).toBe(
        asUserWritesIt(readFileSync(join(REPO_ROOT, block.attributes['example']!), 'utf8')),
      );
    }
    const files = readdirSync(join(REPO_ROOT, 'docs', 'examples')).map((f) => `docs/examples/${f}`);
    expect(embedded.map((b) => b.attributes['example']).sort()).toEqual(files.sort());
  });

  it('quotes excerpts that are in the sources they name, word for word', () => {
    const excerpts = blocks.filter((b) => b.attributes['excerpt']);
    expect(excerpts.length).toBeGreaterThan(5);
    for (const block of excerpts) {
      const source = readFileSync(join(REPO_ROOT, block.attributes['excerpt']!), 'utf8');
      expect(source.includes(block.code), `${block.doc} quotes ${block.attributes['excerpt']}:\n${block.code}`).toBe(true);
    }
  });
});

/**
 * The README's layout tree as paths: `src/`, `src/adapters/`, `src/adapters/memory/`, `src/index.ts`, …
 * An entry is a name at an even indentation (two spaces a level) followed by its description;
 * lines indented deeper than a child would be continue a description.
 */
function layoutPaths(tree: string): string[] {
  const paths: string[] = [];
  const parents: string[] = [];
  for (const line of tree.split('\n')) {
    const entry = /^( *)([\w.-]+\/?)(?: +|$)/.exec(line);
    if (!entry || entry[1]!.length % 2 !== 0 || entry[1]!.length / 2 > parents.length) continue;
    const depth = entry[1]!.length / 2;
    parents.length = depth;
    const path = parents.join('') + entry[2]!;
    paths.push(path);
    if (path.endsWith('/')) parents.push(entry[2]!);
  }
  return paths;
}

describe('the README’s layout', () => {
  const tree = blocks.find((b) => b.doc === 'README.md' && b.attributes['layout'] === 'repository');

  it('names only folders and files that exist', () => {
    expect(tree, 'README.md has a ```text layout=repository block').toBeDefined();
    const paths = layoutPaths(tree!.code);
    expect(paths).toEqual(expect.arrayContaining(['src/', 'src/adapters/memory/', 'src/app/usecases/', 'src/index.ts', 'test/unit/']));
    expect(paths.filter((path) => !existsSync(join(REPO_ROOT, path)))).toEqual([]);
  });

  it('lists every folder of a folder whose folders it lists', () => {
    const paths = layoutPaths(tree!.code);
    const listedFolders = paths.filter((path) => path.endsWith('/'));
    for (const folder of listedFolders) {
      const listed = listedFolders.filter((path) => path.startsWith(folder) && /^[^/]+\/$/.test(path.slice(folder.length))).sort();
      if (listed.length === 0) continue;
      const real = readdirSync(join(REPO_ROOT, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${folder}${entry.name}/`)
        .sort();
      expect(listed, `README.md's layout of ${folder}`).toEqual(real);
    }
  });
});

describe('the operators’ manifests', () => {
  const yaml = (name: string) => {
    const block = blocks.find((b) => b.attributes['test'] === name);
    if (!block) throw new Error(`docs/operators.md has no yaml block test=${name}`);
    return parseYaml(block.code) as Record<string, any>;
  };
  const renderCpiJson = (properties: Record<string, unknown>, renderer: 'director' | 'create-env' = 'director') =>
    JSON.parse(renderCpiJobTemplate('cpi.json.erb', { properties, renderer })) as Record<string, unknown>;

  it('create-env: the cloud_provider uses the release’s job, and its properties render to a valid cpi.json', () => {
    const manifest = yaml('create-env');
    expect(manifest['releases'].map((r: { name: string }) => r.name)).toContain(manifest['cloud_provider'].template.release);
    expect(manifest['cloud_provider'].template.name).toBe('libvirt_cpi');
    // The agent serves its https mbus with this certificate; without it, it restarts in a loop.
    expect(manifest['cloud_provider'].cert).toBe('((mbus_bootstrap_ssl))');
    expect(manifest['resource_pools'][0].env.bosh.mbus.cert).toBe('((mbus_bootstrap_ssl))');
    const config = parseCpiConfig(renderCpiJson(manifest['cloud_provider'].properties, 'create-env'), 'create-env cpi.json');
    expect(config.driver).toBe('libvirt');
    expect(config.agent.mbus).toMatch(/^https:\/\/mbus:.*@0\.0\.0\.0:6868$/);
    const libvirtNetworks = manifest['networks'].flatMap((n: { subnets: Array<{ cloud_properties: { name: string } }> }) =>
      n.subnets.map((s) => s.cloud_properties.name),
    );
    expect(libvirtNetworks).toContain(config.libvirt?.network);
  });

  it('cpi_config: every host’s properties, laid over the director job’s cpi.json, make a valid config of its own', () => {
    const director = yaml('director-job')['instance_groups'][0];
    const job = director.jobs.find((j: { name: string }) => j.name === 'libvirt_cpi');
    expect(director.properties.director.cpi_job).toBe(job.name);
    const base = renderCpiJson(job.properties);
    parseCpiConfig(base, 'director cpi.json');

    const cpis = yaml('cpi-config')['cpis'] as Array<{ name: string; type: string; properties: Record<string, unknown> }>;
    const uris = new Set<string>();
    for (const cpi of cpis) {
      expect(`/var/vcap/jobs/${cpi.type}_cpi/bin/cpi`).toBe(`/var/vcap/jobs/${job.name}/bin/cpi`);
      const config = parseCpiConfig(applyContextOverrides(base, { director_uuid: 'u', ...cpi.properties }), `cpi ${cpi.name}`);
      expect(config.libvirt?.timeouts.boot_s).toBe(300); // from the job, kept under the override
      uris.add(config.libvirt?.uri ?? 'no libvirt section');
    }
    expect(uris.size).toBe(cpis.length);

    const azs = yaml('cloud-config')['azs'] as Array<{ name: string; cpi: string }>;
    expect(azs.map((az) => az.cpi).sort()).toEqual(cpis.map((cpi) => cpi.name).sort());
  });
});
