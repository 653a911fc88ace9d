import type { Leftover } from '../../ports/Leftovers.js';

/** One line per leftover for people: what, since when, why, what it costs, what remains. */
export function describeLeftover(leftover: Leftover): string {
  const cost = [
    `${mib(leftover.diskBytes)} MiB disk`,
    ...(leftover.memoryBytes > 0 ? [`${mib(leftover.memoryBytes)} MiB RAM (running)`] : []),
  ].join(', ');
  return `${leftover.what}: since ${leftover.since ?? 'an unknown time'}, ${leftover.reason}; ${cost}; ${leftover.objects.join(', ')}`;
}

const mib = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
