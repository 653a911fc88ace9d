/** What one step of a scenario did and saw. */
export interface StepOutcome {
  /** the CPI's answer, shortly: CIDs, hints, booleans */
  readonly result: string;
  /** what the guest reported, shortly, when the step involves the guest */
  readonly guest?: string;
  /** every expectation the step found broken; [] when all held */
  readonly problems: readonly string[];
}

/**
 * One step of an end-to-end scenario: a CPI call or a wait for the guest, with its checks. The
 * e2e tests run each step as a test asserting `problems` is empty; the demo runs the same steps
 * and prints their outcomes and times.
 */
export interface Step {
  readonly name: string;
  run(): Promise<StepOutcome>;
}

export interface StepReport {
  readonly name: string;
  readonly ms: number;
  readonly outcome?: StepOutcome;
  readonly error?: unknown;
}

/** Runs a step, timing it; a thrown error is reported, not rethrown. */
export async function runStep(step: Step): Promise<StepReport> {
  const started = performance.now();
  try {
    const outcome = await step.run();
    return { name: step.name, ms: performance.now() - started, outcome };
  } catch (error) {
    return { name: step.name, ms: performance.now() - started, error };
  }
}

export function ok(result: string, problems: readonly string[] = [], guest?: string): StepOutcome {
  return guest === undefined ? { result, problems } : { result, guest, problems };
}

/** `problem` when `condition` fails: for building problem lists inline. */
export function expectThat(condition: boolean, problem: string): string[] {
  return condition ? [] : [problem];
}
