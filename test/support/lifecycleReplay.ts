import { relative } from 'node:path';
import { expect } from 'vitest';
import { z } from 'zod';

/**
 * Replaying a failed model-based lifecycle run exactly, from environment variables, so that a
 * failure found after many minutes on a real hypervisor can be run again alone:
 *
 *   LIFECYCLE_SEED         fast-check's `seed` (an integer)
 *   LIFECYCLE_PATH         fast-check's `path` to the shrunk counterexample (`3:1:0:2`)
 *   LIFECYCLE_REPLAY_PATH  fast-check's `replayPath` of the command sequence (which steps ran)
 *
 * With a path, the suite runs that one sequence and stops at its failure (fast-check's
 * `endOnFailure`) instead of generating and shrinking again. The failure message of
 * lifecycleModelSuite prints the command line that sets all three.
 */
export interface LifecycleReplay {
  readonly seed?: number;
  readonly path?: string;
  readonly replayPath?: string;
}

export const LIFECYCLE_ENV = { seed: 'LIFECYCLE_SEED', path: 'LIFECYCLE_PATH', replayPath: 'LIFECYCLE_REPLAY_PATH' } as const;

const replayEnvSchema = z.object({
  [LIFECYCLE_ENV.seed]: z
    .string()
    .regex(/^-?\d+$/, 'an integer, as fast-check reported it')
    .transform(Number)
    .optional(),
  [LIFECYCLE_ENV.path]: z
    .string()
    .regex(/^\d+(:\d+)*$/, 'numbers separated by ":", as fast-check reported it')
    .optional(),
  [LIFECYCLE_ENV.replayPath]: z.string().min(1).optional(),
});

/** Reads the replay variables; a malformed one is an error naming it, never silently ignored. */
export function lifecycleReplayFromEnv(env: NodeJS.ProcessEnv = process.env): LifecycleReplay {
  const parsed = replayEnvSchema.safeParse({
    [LIFECYCLE_ENV.seed]: env[LIFECYCLE_ENV.seed] || undefined,
    [LIFECYCLE_ENV.path]: env[LIFECYCLE_ENV.path] || undefined,
    [LIFECYCLE_ENV.replayPath]: env[LIFECYCLE_ENV.replayPath] || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`cannot replay the lifecycle model: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const replay = {
    ...(values[LIFECYCLE_ENV.seed] === undefined ? {} : { seed: values[LIFECYCLE_ENV.seed] }),
    ...(values[LIFECYCLE_ENV.path] === undefined ? {} : { path: values[LIFECYCLE_ENV.path] }),
    ...(values[LIFECYCLE_ENV.replayPath] === undefined ? {} : { replayPath: values[LIFECYCLE_ENV.replayPath] }),
  };
  if (replay.path !== undefined && replay.seed === undefined) {
    throw new Error(
      `cannot replay the lifecycle model: ${LIFECYCLE_ENV.path} needs ${LIFECYCLE_ENV.seed} (a path only means something for its seed)`,
    );
  }
  return replay;
}

/** fast-check prints a command sequence's replay path as a comment: `... /*replayPath="AAAB:F"*\/`. */
export function replayPathOf(counterexample: string): string | undefined {
  const match = /\/\*replayPath=("(?:[^"\\]|\\.)*")\*\//.exec(counterexample);
  return match ? (JSON.parse(match[1]!) as string) : undefined;
}

const shellQuote = (text: string) => (/^[\w./:=@%+-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`);
const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The command line that runs the current vitest test alone with the given replay: the test's
 * file, and its full name (describe blocks and title, as vitest's `-t` matches it) as a regex.
 */
export function replayCommandLine(replay: Required<Pick<LifecycleReplay, 'seed'>> & LifecycleReplay): string {
  const { testPath, currentTestName } = expect.getState();
  const variables = [
    `${LIFECYCLE_ENV.seed}=${replay.seed}`,
    ...(replay.path === undefined ? [] : [`${LIFECYCLE_ENV.path}=${shellQuote(replay.path)}`]),
    ...(replay.replayPath === undefined ? [] : [`${LIFECYCLE_ENV.replayPath}=${shellQuote(replay.replayPath)}`]),
  ];
  const file = testPath ? [shellQuote(relative(process.cwd(), testPath))] : [];
  const name = currentTestName ? ['-t', shellQuote(`${regexEscape(currentTestName.split(' > ').join(' '))}$`)] : [];
  return [...variables, 'npx', 'vitest', 'run', ...file, ...name].join(' ');
}
