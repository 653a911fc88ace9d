/**
 * Reads the `@readstream` / `@writestream` annotations from the doc comments that precede the
 * members of libvirt's procedure enum. Direction as libvirt defines it, from the client's side:
 * a read stream carries data from the daemon, a write stream to it.
 */
export function streamAnnotations(source: string): Map<string, 'read' | 'write'> {
  const streams = new Map<string, 'read' | 'write'>();
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*([A-Z0-9_]+)\s*=/g;
  for (const match of source.matchAll(pattern)) {
    const comment = match[1]!;
    const member = match[2]!;
    if (/@readstream\b/.test(comment)) streams.set(member, 'read');
    else if (/@writestream\b/.test(comment)) streams.set(member, 'write');
  }
  return streams;
}
