import type { Clock } from '../../ports/Clock.js';

/**
 * Polls `check` until it answers true or `timeoutMs` has passed (docs/design.md D9: every wait is
 * bounded). Checks once more at the deadline, so a slow last poll cannot cause a false timeout.
 */
export async function waitUntil(clock: Clock, timeoutMs: number, intervalMs: number, check: () => Promise<boolean>): Promise<boolean> {
  const deadline = clock.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    const left = deadline - clock.now();
    if (left <= 0) return false;
    await clock.sleep(Math.min(intervalMs, left));
  }
}
