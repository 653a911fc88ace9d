/**
 * The domain's title (what `virsh list --title` and virt-manager show): the instance name BOSH
 * gives (`<group>/<uuid>`), else `<job>/<index>`, else the CID. libvirt rejects titles with line
 * breaks, so control characters become spaces.
 */
export function domainTitle(metadata: Readonly<Record<string, string>>, fallback: string): string {
  const job = metadata['job'] ?? metadata['instance_group'];
  const raw = metadata['name'] ?? (job !== undefined ? `${job}/${metadata['index'] ?? '?'}` : fallback);
  // eslint-disable-next-line no-control-regex
  const clean = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, 200);
  return clean === '' ? fallback : clean;
}
