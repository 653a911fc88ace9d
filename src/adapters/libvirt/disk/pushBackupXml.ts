import { renderXml } from '../xml/renderXml.js';
import { el, firstChild, path, type XmlElement } from '../xml/XmlNode.js';

/**
 * libvirt's backup XML (formatbackup) for a push-mode backup of one disk into an existing qcow2
 * file (libvirt's docs/formatbackup.rst). Every other disk of the domain is named with
 * backup='no', so that exactly one disk is copied whatever libvirt's default for a disk left out
 * of the list (a copy into a file it names itself).
 */
export function pushBackupXml(liveDomain: XmlElement, dev: string, targetFile: string): string {
  const others = diskDevs(liveDomain).filter((d) => d !== dev);
  return renderXml(
    el(
      'domainbackup',
      { mode: 'push' },
      el(
        'disks',
        {},
        el('disk', { name: dev, backup: 'yes', type: 'file' }, el('target', { file: targetFile }), el('driver', { type: 'qcow2' })),
        ...others.map((name) => el('disk', { name, backup: 'no' })),
      ),
    ),
  );
}

/** The target file of the disk a running backup job writes (its `backup='yes'` disk), from the job's XML. */
export function backupTargetFile(backup: XmlElement): string | undefined {
  const disk = path(backup, 'disks', 'disk').find((d) => d.attrs.backup !== 'no' && firstChild(d, 'target'));
  return disk && firstChild(disk, 'target')?.attrs.file;
}

function diskDevs(domain: XmlElement): string[] {
  return path(domain, 'devices', 'disk').flatMap((d) => {
    const dev = firstChild(d, 'target')?.attrs.dev;
    return dev ? [dev] : [];
  });
}
