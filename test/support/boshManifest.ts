import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyGoPatch, type GoPatchOp } from './goPatch.js';
import { parseYaml, REPO_ROOT } from './renderBoshTemplate.js';

/** bosh-cli director/template/template.go: interpolationRegex and its anchored form. */
const VARIABLE = /\(\( ?(!?[-/.\w\p{L}]+) ?\)\)/gu;
const WHOLE_VARIABLE = /^\(\( ?(!?[-/.\w\p{L}]+) ?\)\)$/u;

/** bosh-cli template.go varsLookup#Get: `a.b.c` is variable `a`, then the path b/c inside it. */
function lookupVariable(vars: Readonly<Record<string, unknown>>, name: string): { found: boolean; value?: unknown } {
  const [head, ...rest] = name.split('.');
  if (!Object.hasOwn(vars, head!)) return { found: false };
  let value: unknown = vars[head!];
  for (const key of rest) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) throw new Error(`variable '${name}': no key '${key}'`);
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value };
}

/**
 * bosh-cli director/template/template.go interpolator#Interpolate, which `bosh create-env` and
 * `bosh interpolate` run after the ops files: in every string (map keys too), a `((name))` that
 * is the whole string takes the variable's value with its type; inside a longer string, strings
 * and integers are spliced in and other types are an error. Unknown variables stay as written.
 */
export function interpolateVariables(node: unknown, vars: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(node)) return node.map((item) => interpolateVariables(item, vars));
  if (typeof node === 'object' && node !== null) {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [interpolateVariables(k, vars) as string, interpolateVariables(v, vars)]),
    );
  }
  if (typeof node !== 'string') return node;
  let text = node;
  for (const match of node.matchAll(VARIABLE)) {
    const name = match[1]!.replace(/^!/, '');
    const { found, value } = lookupVariable(vars, name);
    if (!found) continue;
    if (WHOLE_VARIABLE.test(text)) return value;
    if (typeof value !== 'string' && !Number.isInteger(value)) {
      throw new Error(
        `Invalid type '${typeof value}' for value '${String(value)}' and variable '${name}'. Supported types for interpolation within a string are integers and strings.`,
      );
    }
    text = text.split(`((${name}))`).join(String(value)).split(`((!${name}))`).join(String(value));
  }
  return text;
}

export const readYamlFile = (relative: string): unknown => parseYaml(readFileSync(join(REPO_ROOT, relative), 'utf8'));

/**
 * `bosh create-env MANIFEST -o OPS... -v name=value...` up to the manifest it deploys: the ops
 * files applied in order (template.go Template#Evaluate applies ops, then variables).
 */
export function buildManifest(manifest: string, opsFiles: readonly string[], vars: Readonly<Record<string, unknown>>): Record<string, any> {
  const ops = opsFiles.flatMap((file) => readYamlFile(file) as GoPatchOp[]);
  return interpolateVariables(applyGoPatch(readYamlFile(manifest), ops), vars) as Record<string, any>;
}

/** The release's CPI ops files, by driver. */
export const OPS_FILES = { libvirt: 'operations/libvirt/cpi.yml', virtualbox: 'operations/virtualbox/cpi.yml' } as const;
/** A manifest shaped like bosh-deployment's bosh.yml. */
export const BOSH_YML = 'test/fixtures/bosh-deployment/bosh.yml';

/** The CPI job of the director's instance group, and its properties as the director binds them. */
export function directorCpiJob(manifest: Record<string, any>): { name: string; release: string; properties: Record<string, unknown> } {
  const group = (manifest['instance_groups'] as Array<Record<string, any>>).find((g) => g['name'] === 'bosh');
  if (!group) throw new Error('no instance group bosh');
  const job = (group['jobs'] as Array<Record<string, any>>).find((j) => j['name'] === group['properties']?.director?.cpi_job);
  if (!job)
    throw new Error(`director.cpi_job names no job of the instance group: ${JSON.stringify(group['properties']?.director?.cpi_job)}`);
  // bosh-director instance_group_spec_parser.rb #parse_jobs: a job's own properties, else the group's.
  return { name: job['name'], release: job['release'], properties: job['properties'] ?? group['properties'] };
}
