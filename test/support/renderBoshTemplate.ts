import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const RELEASE_DIR = join(REPO_ROOT, 'release');
const RENDERER = join(import.meta.dirname, 'render-bosh-template.rb');

/**
 * Which of BOSH's renderers to imitate: the director's (a deployment's instance group, and
 * the release-testing helper Bosh::Common::Template::Test) or bosh-cli's (create-env's
 * cloud_provider job). Both give the template every declared property, nil where the manifest
 * and the spec are silent; they differ in key order and error messages.
 */
export type BoshRenderer = 'director' | 'create-env';

export interface TemplateContext {
  /** Default: director. */
  readonly renderer?: BoshRenderer;
  /** Manifest properties of the job (instance group properties, or cloud_provider.properties). */
  readonly properties: Readonly<Record<string, unknown>>;
  /** Instance spec fields: name, az, networks, ... */
  readonly spec?: Readonly<Record<string, unknown>>;
}

/**
 * Renders a job template with BOSH's rules (test/support/render-bosh-template.rb, Debian's
 * ruby). Throws with the renderer's message when rendering fails, as `bosh deploy` would.
 */
export function renderBoshTemplate(jobSpecPath: string, templatePath: string, context: TemplateContext): string {
  const dir = mkdtempSync(join(tmpdir(), 't-release-render-'));
  try {
    const contextPath = join(dir, 'context.json');
    writeFileSync(contextPath, JSON.stringify(context));
    return execFileSync('ruby', [RENDERER, jobSpecPath, templatePath, contextPath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    throw new Error(`rendering ${templatePath} failed: ${stderr.trim() || (error as Error).message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders a template of this repository's libvirt_cpi job. */
export function renderCpiJobTemplate(template: 'cpi.erb' | 'cpi.json.erb', context: TemplateContext): string {
  const job = join(RELEASE_DIR, 'jobs', 'libvirt_cpi');
  return renderBoshTemplate(join(job, 'spec'), join(job, 'templates', template), context);
}

/** YAML to plain data, through Ruby's Psych (the parser BOSH itself uses); no npm YAML parser needed. */
export function parseYaml(text: string): unknown {
  const json = execFileSync('ruby', ['-ryaml', '-rjson', '-e', 'print JSON.generate(YAML.safe_load($stdin.read, aliases: true))'], {
    input: text,
    encoding: 'utf8',
  });
  return JSON.parse(json) as unknown;
}
