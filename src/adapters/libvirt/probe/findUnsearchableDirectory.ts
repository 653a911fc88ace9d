import type { DirectoryEntry, ProcessIdentity } from './ProcessIdentity.js';

/**
 * The first directory on a path that `who` may not search (the x bit that lets a process reach
 * what is inside), by the classic owner → group → other rule of the kernel; root searches
 * everything. POSIX ACLs are not read: a directory they open up is reported as blocked, which
 * errs on the side of a warning the operator can dismiss.
 */
export function findUnsearchableDirectory(chain: readonly DirectoryEntry[], who: ProcessIdentity): DirectoryEntry | undefined {
  if (who.uid === 0) return undefined;
  return chain.find((entry) => {
    if (entry.uid === who.uid) return (entry.mode & 0o100) === 0;
    if (who.gids.includes(entry.gid)) return (entry.mode & 0o010) === 0;
    return (entry.mode & 0o001) === 0;
  });
}

/** `/var/lib/x` → [`/`, `/var`, `/var/lib`, `/var/lib/x`]. */
export function directoryChain(absolutePath: string): string[] {
  const parts = absolutePath.split('/').filter((p) => p.length > 0);
  return ['/', ...parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`)];
}

/** `drwx------` for a directory mode. */
export function formatMode(mode: number): string {
  const bits = 'rwxrwxrwx';
  return `d${[...bits].map((c, i) => ((mode >> (8 - i)) & 1 ? c : '-')).join('')}`;
}
