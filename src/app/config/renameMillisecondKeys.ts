import { failure } from '../../domain/errors/DomainError.js';

/**
 * Every duration in cpi.json is in seconds. These keys were once in milliseconds; a file that
 * still uses one keeps working: its value is divided by 1000 and put under the new name, and
 * the caller is told so it can log the deprecation.
 */
export const MILLISECOND_KEYS: readonly { readonly section: readonly string[]; readonly old: string; readonly now: string }[] = [
  { section: ['locks'], old: 'timeout_ms', now: 'timeout_s' },
  { section: ['memory'], old: 'lock_timeout_ms', now: 'lock_timeout_s' },
  { section: ['virtualbox', 'timeouts'], old: 'command_ms', now: 'command_s' },
  { section: ['virtualbox', 'timeouts'], old: 'import_ms', now: 'import_s' },
  { section: ['virtualbox', 'timeouts'], old: 'power_off_ms', now: 'power_off_s' },
  { section: ['virtualbox', 'timeouts'], old: 'lock_ms', now: 'lock_s' },
  { section: ['virtualbox', 'retry'], old: 'initial_delay_ms', now: 'initial_delay_s' },
  { section: ['virtualbox', 'retry'], old: 'max_delay_ms', now: 'max_delay_s' },
];

export interface RenamedConfig {
  readonly config: unknown;
  /** One line per deprecated key found, for the call's log. */
  readonly deprecations: readonly string[];
}

/**
 * cpi.json with every millisecond key of MILLISECOND_KEYS turned into its seconds key. The
 * input is not modified. A section that gives both names is refused, naming both: which one
 * the operator meant cannot be known.
 */
export function renameMillisecondKeys(raw: unknown, source = 'cpi.json'): RenamedConfig {
  const deprecations: string[] = [];
  const conflicts: string[] = [];
  const wrongTypes: string[] = [];
  let config = raw;
  for (const { section, old, now } of MILLISECOND_KEYS) {
    const found = sectionAt(config, section);
    if (!found || !(old in found)) continue;
    const oldPath = [...section, old].join('.');
    const nowPath = [...section, now].join('.');
    if (now in found) {
      conflicts.push(`${oldPath} and ${nowPath} are both set; keep only ${nowPath} (seconds)`);
      continue;
    }
    const value = found[old];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      wrongTypes.push(`${oldPath}: expected a number of milliseconds, got ${JSON.stringify(value)}`);
      continue;
    }
    const { [old]: _dropped, ...rest } = found;
    config = withSectionAt(config, section, { ...rest, [now]: value / 1000 });
    deprecations.push(`${oldPath} is deprecated, use ${nowPath}: ${value} ms read as ${value / 1000} s`);
  }
  const problems = [...conflicts, ...wrongTypes];
  if (problems.length > 0) throw failure('invalid_config', `invalid ${source}: ${problems.join('; ')}`);
  return { config, deprecations };
}

/** renameMillisecondKeys' config, each deprecation reported as `source: message`. */
export function inSeconds(raw: unknown, source: string, deprecated: (message: string) => void): unknown {
  const renamed = renameMillisecondKeys(raw, source);
  for (const message of renamed.deprecations) deprecated(`${source}: ${message}`);
  return renamed.config;
}

type Section = Record<string, unknown>;

function isSection(value: unknown): value is Section {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sectionAt(config: unknown, path: readonly string[]): Section | undefined {
  let at = config;
  for (const key of path) {
    if (!isSection(at)) return undefined;
    at = at[key];
  }
  return isSection(at) ? at : undefined;
}

function withSectionAt(config: unknown, path: readonly string[], section: Section): unknown {
  if (path.length === 0) return section;
  const [head, ...tail] = path as [string, ...string[]];
  const outer = config as Section;
  return { ...outer, [head]: withSectionAt(outer[head], tail, section) };
}
