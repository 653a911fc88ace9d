import * as z from 'zod/mini';

/**
 * The `libvirt` section of cpi.json. Every key has a default, so `{}` works on a host set up
 * as the README says (local qemu:///system, the `default` network). docs/libvirt.md explains
 * each key. Built on first use, once: a call builds only the sections it needs (docs/design.md
 * D12).
 */
export function libvirtConfigSchema() {
  built ??= buildLibvirtConfigSchema();
  return built;
}
let built: ReturnType<typeof buildLibvirtConfigSchema> | undefined;

function buildLibvirtConfigSchema() {
  // One schema for every duration, each key only adding its default: every schema built costs
  // a one-call process time.
  const secondsValue = z.number().check(z.positive(), z.maximum(86_400));
  const seconds = (fallback: number) => z._default(secondsValue, fallback);
  const libvirtName = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,99}$/, 'letters, digits and . _ + - only'));
  return z.strictObject({
    /** qemu:///system, qemu+ssh://user@host/system, qemu+tcp://host/system, … */
    uri: z._default(z.string().check(z.minLength(1)), 'qemu:///system'),
    /** Storage pool for stemcells, disks and settings media; created as a directory pool if missing. */
    pool: z._default(libvirtName, 'bosh'),
    /** Directory of the pool when the CPI creates it; default /var/lib/libvirt/images/<pool>. */
    pool_path: z.optional(z.string().check(z.startsWith('/'))),
    /** libvirt network for NICs whose network has no `cloud_properties.name`. */
    network: z._default(libvirtName, 'default'),
    /** `kvm`, or `qemu` for software emulation (TCG) on hosts where KVM cannot run the guest. */
    domain_type: z._default(z.enum(['kvm', 'qemu']), 'kvm'),
    /** QEMU machine type; `pc` (i440fx) gives IDE CD-ROMs that every stemcell kernel can read. */
    machine: z._default(z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/)), 'pc'),
    /** `overlay`: qcow2 overlay on the stemcell (constant time); `copy`: a full copy per VM. */
    root_disk: z._default(z.enum(['overlay', 'copy']), 'overlay'),
    /** Folder on the hypervisor host for each VM's serial console log (<vm cid>.serial.log); '' for none. */
    serial_log_dir: z._default(
      z.string().check(z.refine((v) => v === '' || v.startsWith('/'), 'an absolute path or empty')),
      '/var/log/libvirt/qemu',
    ),
    /** Local scratch folder for converting stemcell images; default the OS temp folder. */
    tmp_dir: z.optional(z.string().check(z.startsWith('/'))),
    /**
     * delete_vm: `hard` powers the guest off at once (libvirt's destroy), as the vSphere and
     * OpenStack CPIs do, since the director has already stopped the jobs and unmounted and
     * detached the persistent disks; `graceful` asks through ACPI first and waits up to
     * `timeouts.shutdown_s`.
     */
    delete_vm_shutdown: z._default(z.enum(['hard', 'graceful']), 'hard'),
    timeouts: z.prefault(
      z.strictObject({
        /** Opening the connection to the daemon. */
        connect_s: seconds(15),
        /** Any single libvirt call. */
        call_s: seconds(300),
        /** create_vm: starting the domain (QEMU up and running; the guest's boot is not awaited). */
        boot_s: seconds(120),
        /** delete_vm with `delete_vm_shutdown: graceful`: how long the guest may take to power off after the ACPI request before it is destroyed. */
        shutdown_s: seconds(30),
        /** reboot_vm: how long to wait for the guest to act on the ACPI request before a hard reset. */
        reboot_s: seconds(30),
        /** attach_disk: until the disk shows in the running domain. */
        attach_s: seconds(30),
        /** detach_disk: until the disk is gone from the running domain. */
        detach_s: seconds(30),
        /** qemu-img converting a stemcell image. */
        convert_s: seconds(3600),
        /** snapshot_disk of a disk in use by a running VM: QEMU's backup job copying it (and waiting for another snapshot of the same VM). */
        snapshot_s: seconds(3600),
      }),
      {},
    ),
  });
}

export type LibvirtConfig = z.output<ReturnType<typeof libvirtConfigSchema>>;

export function poolPathOf(config: LibvirtConfig): string {
  return config.pool_path ?? `/var/lib/libvirt/images/${config.pool}`;
}
