/**
 * Facts from libvirt's host capabilities XML (virConnectGetCapabilities). The document is
 * produced by libvirt itself with a fixed layout, so targeted patterns are enough here.
 */

/**
 * The uid and gid QEMU runs as under the DAC security driver, for a domain type: the
 * `<baselabel type='kvm'>+64055:+64055</baselabel>` of `<secmodel><model>dac</model>`.
 * undefined when the daemon reports no DAC model (QEMU then runs as the daemon's user).
 */
export function qemuUserFromCapabilities(xml: string, domainType: string): { uid: number; gid: number } | undefined {
  for (const secmodel of xml.matchAll(/<secmodel>([\s\S]*?)<\/secmodel>/g)) {
    const body = secmodel[1]!;
    if (!/<model>\s*dac\s*<\/model>/.test(body)) continue;
    for (const label of body.matchAll(/<baselabel\s+type=['"]([^'"]+)['"]\s*>\s*\+?(\d+):\+?(\d+)\s*<\/baselabel>/g)) {
      if (label[1] === domainType) return { uid: Number(label[2]), gid: Number(label[3]) };
    }
  }
  return undefined;
}

/** Whether some guest architecture of the host offers `<domain type='…'/>`, e.g. kvm. */
export function offersDomainType(xml: string, arch: string, domainType: string): boolean {
  for (const guest of xml.matchAll(/<guest>([\s\S]*?)<\/guest>/g)) {
    const archMatch = /<arch\s+name=['"]([^'"]+)['"]\s*>([\s\S]*?)<\/arch>/.exec(guest[1]!);
    if (!archMatch || archMatch[1] !== arch) continue;
    if (new RegExp(`<domain\\s+type=['"]${domainType}['"]`).test(archMatch[2]!)) return true;
  }
  return false;
}

/** The `<target><path>` of a storage pool's XML. */
export function poolTargetPath(poolXml: string): string | undefined {
  const target = /<target>([\s\S]*?)<\/target>/.exec(poolXml);
  const path = target ? /<path>([^<]+)<\/path>/.exec(target[1]!) : null;
  return path ? decodeXmlText(path[1]!.trim()) : undefined;
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
