// Reads the serial log of a test-stemcell guest into a typed report.
//
// The guest's /init (test/stemcell/init) prints lines "STEMCELL <key> k=v k=v ..." on ttyS0:
// values never contain spaces, "-" means none, lists are comma-separated, file contents and marker
// records are base64 (`*_b64`). The log also holds SYSLINUX and kernel output, uses CRLF line ends,
// and keeps growing across reboots of the same domain, so the report is split into boots.

export interface ReportLine {
  readonly key: string;
  readonly fields: Readonly<Record<string, string>>;
  /** byte offset of the line in the log file (including the offset reading started at) */
  readonly offset: number;
}

/** A settings file the guest found on one of its sources, or why it found none. */
export type SettingsFileReport =
  | { readonly found: true; readonly source: string; readonly bytes: number; readonly text: string }
  | { readonly found: false; readonly source: string | undefined; readonly error: string };

export type SettingsReport =
  | {
      readonly found: true;
      readonly source: 'cdrom' | 'config-drive';
      /** the agent rules the guest applies to disk hints: vSphere stemcells "scsi", OpenStack "virtio" */
      readonly resolution: 'scsi' | 'virtio';
      readonly validJson: boolean;
      readonly agentId: string | undefined;
      /** the decoded settings document (undefined when it was not valid JSON) */
      readonly json: unknown;
    }
  | { readonly found: false; readonly error: string };

export interface GuestNic {
  readonly name: string;
  readonly mac: string;
  readonly driver: string | undefined;
}

export interface GuestNetwork {
  readonly network: string;
  readonly type: string;
  readonly dev: string | undefined;
  readonly mac: string | undefined;
  /** address without prefix length */
  readonly ip: string | undefined;
  readonly prefixLength: number | undefined;
  readonly gateway: string | undefined;
  readonly defaultGateway: boolean;
  readonly dns: readonly string[];
  readonly pingGateway: 'ok' | 'fail' | 'skipped' | undefined;
  /** "not-attempted" for dynamic networks (the guest runs no DHCP client) */
  readonly dhcp: string | undefined;
  /** "skipped" for vip networks */
  readonly action: string | undefined;
  readonly error: string | undefined;
}

export type DiskRole = 'cdrom' | 'boot' | 'config-drive' | 'ephemeral' | 'persistent';

export interface GuestDisk {
  readonly name: string;
  readonly sizeBytes: number;
  /** virtio-blk: sysfs serial; SCSI: VPD page 0x80 */
  readonly serial: string | undefined;
  /** SCSI address host:channel:target:lun */
  readonly hctl: string | undefined;
  readonly readOnly: boolean;
  readonly model: string | undefined;
  /** the /dev/disk/by-id names udev would create, as the guest derived them */
  readonly byId: readonly string[];
  readonly role: DiskRole;
}

/** The 512-byte record the guest keeps at 1 MiB on every persistent disk. */
export interface MarkerRecord {
  readonly text: string;
  readonly serial: string | undefined;
  readonly cid: string | undefined;
  readonly dev: string | undefined;
  /** boot_id of the boot that wrote it */
  readonly bootId: string | undefined;
  readonly uptime: number | undefined;
}

export interface GuestMarker {
  readonly dev: string;
  readonly serial: string | undefined;
  /** the disk CID whose settings hint resolved to this disk, when one did */
  readonly cid: string | undefined;
  /** how the disk was found: scsi-id, scsi-volume-id, virtio-id, virtio-path, or serial (no hint) */
  readonly rule: string;
  /** a record was already on the disk: data survived since an earlier write */
  readonly previous: boolean;
  readonly readback: 'ok' | 'mismatch' | undefined;
  readonly record: MarkerRecord | undefined;
  readonly error: string | undefined;
  readonly offset: number;
}

/** A persistent disk the guest found by a hint in its settings, the way the agent's rules do. */
export interface GuestResolution {
  readonly dev: string;
  /** the key of `disks.persistent` whose hint named the disk */
  readonly cid: string;
  /** scsi-id, scsi-volume-id, scsi-lun, virtio-id or virtio-path */
  readonly rule: string;
  /** `virtio` only: whether an agent before v2.524.0 (glob on CID[0:20]) finds the same disk */
  readonly first20: boolean | undefined;
  readonly offset: number;
}

export interface GuestBoot {
  /** 0-based position among the boots in the part of the log that was read */
  readonly index: number;
  /** false when reading started after this boot's "boot" line */
  readonly complete: boolean;
  readonly kernel: string | undefined;
  readonly bootId: string | undefined;
  readonly cmdline: string | undefined;
  readonly startUptime: number | undefined;
  readonly modulesLoaded: boolean;
  readonly failedModules: readonly string[];
  readonly acpid: boolean;
  /** the CD-ROM source: file `env` on /dev/sr0 */
  readonly env: SettingsFileReport | undefined;
  /** the config-drive source: ec2/latest/user-data */
  readonly userData: SettingsFileReport | undefined;
  readonly metaData: (SettingsFileReport & { readonly validJson?: boolean }) | undefined;
  readonly settings: SettingsReport | undefined;
  readonly nics: readonly GuestNic[];
  readonly networks: readonly GuestNetwork[];
  readonly bootFs: { readonly dev: string; readonly files: readonly string[] } | undefined;
  /** disks present at the end of the log part, by their latest report */
  readonly disks: readonly GuestDisk[];
  readonly removedDisks: readonly string[];
  readonly markers: readonly GuestMarker[];
  /** every `resolved` line: at the disk's appearance, or later when re-read settings name it */
  readonly resolutions: readonly GuestResolution[];
  readonly ephemeral: readonly { readonly dev: string; readonly rule: string }[];
  readonly reportDone: boolean;
  readonly reportDoneUptime: number | undefined;
  readonly heartbeats: number;
  readonly lastHeartbeat: { readonly n: number; readonly uptime: number; readonly blk: readonly string[] } | undefined;
  readonly acpiEvents: readonly { readonly event: string; readonly action: string; readonly uptime: number }[];
  readonly lines: readonly ReportLine[];
}

export interface GuestReport {
  readonly boots: readonly GuestBoot[];
  /** number of "boot" lines seen */
  readonly bootCount: number;
  readonly heartbeats: number;
  readonly lastBoot: GuestBoot | undefined;
  readonly lines: readonly ReportLine[];
}

const PREFIX = 'STEMCELL ';

/** Parses one report line; any text before "STEMCELL " (a kernel message cut in) is ignored. */
export function parseReportLine(line: string, offset = 0): ReportLine | undefined {
  const at = line.indexOf(PREFIX);
  if (at < 0) return undefined;
  const [key, ...pairs] = line
    .slice(at + PREFIX.length)
    .replace(/\r/g, '')
    .trim()
    .split(/\s+/);
  if (!key) return undefined;
  const fields: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq > 0) fields[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return { key, fields, offset };
}

/**
 * Parses serial-log text. `startOffset` is the byte offset in the file where `text` begins, so
 * that line offsets refer to the file. An unterminated last line (still being written) is skipped.
 */
export function parseGuestReport(text: string, startOffset = 0): GuestReport {
  const lines: ReportLine[] = [];
  let offset = startOffset;
  const parts = text.split('\n');
  parts.forEach((part, i) => {
    const complete = i < parts.length - 1;
    if (complete) {
      const line = parseReportLine(part, offset);
      if (line) lines.push(line);
    }
    offset += Buffer.byteLength(part, 'utf8') + 1;
  });

  const builders: BootBuilder[] = [];
  for (const line of lines) {
    if (line.key === 'boot' || builders.length === 0) {
      builders.push(new BootBuilder(builders.length, line.key === 'boot'));
    }
    builders[builders.length - 1]!.add(line);
  }
  const boots = builders.map((b) => b.build());
  return {
    boots,
    bootCount: lines.filter((l) => l.key === 'boot').length,
    heartbeats: boots.reduce((sum, b) => sum + b.heartbeats, 0),
    lastBoot: boots[boots.length - 1],
    lines,
  };
}

function value(fields: Readonly<Record<string, string>>, name: string): string | undefined {
  const v = fields[name];
  return v === undefined || v === '-' || v === '' ? undefined : v;
}

function list(fields: Readonly<Record<string, string>>, name: string): string[] {
  const v = value(fields, name);
  return v === undefined ? [] : v.split(',').filter((s) => s.length > 0);
}

function num(fields: Readonly<Record<string, string>>, name: string): number | undefined {
  const v = value(fields, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

function decode(b64: string | undefined): string {
  return b64 === undefined ? '' : Buffer.from(b64, 'base64').toString('utf8');
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function settingsFile(fields: Readonly<Record<string, string>>): SettingsFileReport {
  const error = value(fields, 'error');
  if (error !== undefined) return { found: false, source: value(fields, 'source'), error };
  return {
    found: true,
    source: value(fields, 'source') ?? '',
    bytes: num(fields, 'bytes') ?? 0,
    text: decode(value(fields, 'b64')),
  };
}

/** Splits "BOSH-TEST-MARKER k=v k=v" into its fields. */
export function parseMarkerRecord(text: string): MarkerRecord {
  const fields: Record<string, string> = {};
  for (const pair of text.trim().split(/\s+/).slice(1)) {
    const eq = pair.indexOf('=');
    if (eq > 0) fields[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return {
    text,
    serial: value(fields, 'serial'),
    cid: value(fields, 'cid'),
    dev: value(fields, 'dev'),
    bootId: value(fields, 'boot_id'),
    uptime: num(fields, 'uptime'),
  };
}

class BootBuilder {
  private readonly lines: ReportLine[] = [];
  private kernel: string | undefined;
  private bootId: string | undefined;
  private cmdline: string | undefined;
  private startUptime: number | undefined;
  private modulesLoaded = false;
  private failedModules: string[] = [];
  private acpid = false;
  private env: SettingsFileReport | undefined;
  private userData: SettingsFileReport | undefined;
  private metaData: (SettingsFileReport & { validJson?: boolean }) | undefined;
  private settingsLine: Readonly<Record<string, string>> | undefined;
  private readonly nics = new Map<string, GuestNic>();
  private readonly networks = new Map<string, GuestNetwork>();
  private bootFs: { dev: string; files: string[] } | undefined;
  private readonly disks = new Map<string, GuestDisk>();
  private readonly removedDisks: string[] = [];
  private readonly markers: GuestMarker[] = [];
  private readonly resolutions: GuestResolution[] = [];
  private readonly ephemeral: { dev: string; rule: string }[] = [];
  private reportDone = false;
  private reportDoneUptime: number | undefined;
  private heartbeats = 0;
  private lastHeartbeat: { n: number; uptime: number; blk: string[] } | undefined;
  private readonly acpiEvents: { event: string; action: string; uptime: number }[] = [];

  constructor(
    private readonly index: number,
    private readonly complete: boolean,
  ) {}

  add(line: ReportLine): void {
    this.lines.push(line);
    const f = line.fields;
    switch (line.key) {
      case 'boot':
        this.kernel = value(f, 'kernel');
        this.bootId = value(f, 'boot_id');
        this.cmdline = decode(value(f, 'cmdline_b64')).trim();
        this.startUptime = num(f, 'uptime');
        break;
      case 'modules-loaded':
        this.modulesLoaded = true;
        this.failedModules = list(f, 'failed');
        break;
      case 'acpid':
        this.acpid = value(f, 'started') === 'yes';
        break;
      case 'env':
        this.env = settingsFile(f);
        break;
      case 'userdata':
        this.userData = settingsFile(f);
        break;
      case 'metadata': {
        const file = settingsFile(f);
        this.metaData = file.found ? { ...file, validJson: value(f, 'valid_json') === 'yes' } : file;
        break;
      }
      case 'settings':
        this.settingsLine = f;
        break;
      case 'nic':
        this.nics.set(f.name ?? '', { name: f.name ?? '', mac: f.mac ?? '', driver: value(f, 'driver') });
        break;
      case 'net':
        this.networks.set(f.network ?? '', this.network(f));
        break;
      case 'bootfs':
        this.bootFs = { dev: f.dev ?? '', files: list(f, 'files') };
        break;
      case 'blk':
        this.disks.set(f.name ?? '', this.disk(f));
        break;
      case 'blk-removed':
        this.disks.delete(f.name ?? '');
        this.removedDisks.push(f.name ?? '');
        break;
      case 'ephemeral':
        this.ephemeral.push({ dev: f.dev ?? '', rule: f.rule ?? '' });
        break;
      case 'marker':
        this.markers.push(this.marker(f, line.offset));
        break;
      case 'resolved': {
        const first20 = value(f, 'first20');
        this.resolutions.push({
          dev: f.dev ?? '',
          cid: f.cid ?? '',
          rule: f.rule ?? '',
          first20: first20 === undefined ? undefined : first20 === 'yes',
          offset: line.offset,
        });
        break;
      }
      case 'report-done':
        this.reportDone = true;
        this.reportDoneUptime = num(f, 'uptime');
        break;
      case 'heartbeat':
        this.heartbeats += 1;
        this.lastHeartbeat = { n: num(f, 'n') ?? 0, uptime: num(f, 'uptime') ?? 0, blk: list(f, 'blk') };
        break;
      case 'acpi':
        this.acpiEvents.push({ event: f.event ?? '', action: f.action ?? '', uptime: num(f, 'uptime') ?? 0 });
        break;
      default:
        break; // blk-added and keys a newer /init may print: kept in `lines` only
    }
  }

  private network(f: Readonly<Record<string, string>>): GuestNetwork {
    const cidr = value(f, 'ip');
    const [ip, prefix] = cidr === undefined ? [undefined, undefined] : cidr.split('/');
    const ping = value(f, 'ping_gateway');
    return {
      network: f.network ?? '',
      type: f.type ?? '',
      dev: value(f, 'dev'),
      mac: value(f, 'mac'),
      ip,
      prefixLength: prefix === undefined ? undefined : Number(prefix),
      gateway: value(f, 'gateway'),
      defaultGateway: value(f, 'default_gateway') === 'yes',
      dns: list(f, 'dns'),
      pingGateway: ping === 'ok' || ping === 'fail' || ping === 'skipped' ? ping : undefined,
      dhcp: value(f, 'dhcp'),
      action: value(f, 'action'),
      error: value(f, 'error'),
    };
  }

  private disk(f: Readonly<Record<string, string>>): GuestDisk {
    return {
      name: f.name ?? '',
      sizeBytes: num(f, 'size_bytes') ?? 0,
      serial: value(f, 'serial'),
      hctl: value(f, 'hctl'),
      readOnly: value(f, 'ro') === '1',
      model: value(f, 'model'),
      byId: list(f, 'byid'),
      role: (value(f, 'role') ?? 'persistent') as DiskRole,
    };
  }

  private marker(f: Readonly<Record<string, string>>, offset: number): GuestMarker {
    const record = value(f, 'record_b64');
    const readback = value(f, 'readback');
    return {
      dev: f.dev ?? '',
      serial: value(f, 'serial'),
      cid: value(f, 'cid'),
      rule: f.rule ?? '',
      previous: value(f, 'previous') === 'yes',
      readback: readback === 'ok' || readback === 'mismatch' ? readback : undefined,
      record: record === undefined ? undefined : parseMarkerRecord(decode(record)),
      error: value(f, 'error'),
      offset,
    };
  }

  private settings(): SettingsReport | undefined {
    const f = this.settingsLine;
    if (f === undefined) return undefined;
    const error = value(f, 'error');
    if (error !== undefined && value(f, 'source') === undefined) return { found: false, error };
    const source = value(f, 'source') === 'config-drive' ? 'config-drive' : 'cdrom';
    const file = source === 'cdrom' ? this.env : this.userData;
    return {
      found: true,
      source,
      resolution: value(f, 'resolution') === 'virtio' ? 'virtio' : 'scsi',
      validJson: value(f, 'valid_json') === 'yes',
      agentId: value(f, 'agent_id'),
      json: file?.found ? tryJson(file.text) : undefined,
    };
  }

  build(): GuestBoot {
    return {
      index: this.index,
      complete: this.complete,
      kernel: this.kernel,
      bootId: this.bootId,
      cmdline: this.cmdline,
      startUptime: this.startUptime,
      modulesLoaded: this.modulesLoaded,
      failedModules: this.failedModules,
      acpid: this.acpid,
      env: this.env,
      userData: this.userData,
      metaData: this.metaData,
      settings: this.settings(),
      nics: [...this.nics.values()],
      networks: [...this.networks.values()],
      bootFs: this.bootFs,
      disks: [...this.disks.values()],
      removedDisks: this.removedDisks,
      markers: this.markers,
      resolutions: this.resolutions,
      ephemeral: this.ephemeral,
      reportDone: this.reportDone,
      reportDoneUptime: this.reportDoneUptime,
      heartbeats: this.heartbeats,
      lastHeartbeat: this.lastHeartbeat,
      acpiEvents: this.acpiEvents,
      lines: this.lines,
    };
  }
}
