import fc from 'fast-check';
import { replayCommandLine, replayPathOf } from './lifecycleReplay.js';

/**
 * A failed model-based lifecycle run: fast-check's report, the shrunk steps as they ran (each
 * with the CIDs and values it acted on), and what replays exactly that sequence.
 */
export class LifecycleModelFailure extends Error {
  override readonly name = 'LifecycleModelFailure';

  private constructor(
    message: string,
    readonly seed: number,
    readonly path: string | undefined,
    readonly replayPath: string | undefined,
    /** The steps of the counterexample that ran, in order (the prelude is not among them). */
    readonly steps: readonly string[],
    /** A shell command line that runs the failing test again on exactly this sequence. */
    readonly replayCommand: string,
    cause: unknown,
  ) {
    super(message, { cause });
  }

  static from<Step>(details: fc.RunDetails<[Iterable<Step>]>): LifecycleModelFailure {
    const sequence = details.counterexample?.[0];
    const steps = sequence ? [...sequence].filter((step) => (step as { hasRan?: boolean }).hasRan).map(String) : [];
    const replayPath = sequence ? replayPathOf(String(sequence)) : undefined;
    const path = details.counterexamplePath ?? undefined;
    const replayCommand = replayCommandLine({
      seed: details.seed,
      ...(path === undefined ? {} : { path }),
      ...(replayPath === undefined ? {} : { replayPath }),
    });
    const report = fc.defaultReportMessage(details) ?? `the lifecycle model failed (seed ${details.seed})`;
    const message = `${report}\n\nSteps after the prelude:\n${steps.map((step) => `  ${step}`).join('\n')}\n\nReplay exactly this sequence:\n  ${replayCommand}`;
    return new LifecycleModelFailure(message, details.seed, path, replayPath, steps, replayCommand, details.errorInstance);
  }
}
