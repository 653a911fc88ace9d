import * as z from 'zod/mini';

/**
 * The `virtualbox` section of cpi.json. Every key has a default; `host` switches to SSH. Built on
 * first use, once: a call builds only the sections it needs (docs/design.md D12).
 */
export function virtualboxConfigSchema() {
  built ??= buildVirtualboxConfigSchema();
  return built;
}
let built: ReturnType<typeof buildVirtualboxConfigSchema> | undefined;

function buildVirtualboxConfigSchema() {
  /**
   * Every duration in cpi.json is in seconds; fractions are allowed. One schema for all of them,
   * each key only adding its default (schemas cost a one-call process time to build).
   */
  const secondsValue = z.number().check(z.positive());
  const seconds = (fallback: number) => z._default(secondsValue, fallback);
  const text = z.string();
  const nonEmpty = z.string().check(z.minLength(1));

  const timeoutsSchema = z.strictObject({
    /** Any single VBoxManage or ssh call. */
    command_s: seconds(120),
    /** `import` of a stemcell (a multi-GB copy) and the upload and unpacking before it. */
    import_s: seconds(1800),
    /** Waiting for a VM to be off after `controlvm poweroff`. */
    power_off_s: seconds(60),
    /** Waiting for a file lock (stemcell, network creation, one VM's disks). */
    lock_s: seconds(300),
    /** Opening the SSH connection to `host`. */
    ssh_connect_s: z._default(z.int().check(z.positive()), 15),
  });

  const retrySchema = z.strictObject({
    /** Attempts for output classified retryable (session locked, object not ready). */
    attempts: z._default(z.int().check(z.minimum(1), z.maximum(30)), 8),
    /** The first pause between attempts, doubled after each, up to max_delay_s. */
    initial_delay_s: z._default(z.number().check(z.minimum(0)), 0.25),
    max_delay_s: z._default(z.number().check(z.minimum(0)), 4),
  });

  return z
    .strictObject({
      /** The VBoxManage program, a name on PATH or a path (on the VirtualBox host). */
      bin: z._default(nonEmpty, 'VBoxManage'),
      /** Settings ISOs, ephemeral and persistent disks, unpacked stemcells; `~` is the target user's home. */
      store_dir: z._default(nonEmpty, '~/.bosh_virtualbox_cpi'),
      /** Empty: VirtualBox runs on this machine. Otherwise the SSH host that runs it. */
      host: z._default(text, ''),
      port: z._default(z.int().check(z.minimum(1), z.maximum(65_535)), 22),
      user: z._default(text, ''),
      /** Path to the SSH private key, or the key itself. */
      private_key: z._default(text, ''),
      /** Path to a known_hosts file holding the host's key, or its lines. Required with `host`. */
      known_hosts: z._default(text, ''),
      /** Create missing host-only adapters and NAT networks (under a file lock). */
      auto_create_networks: z._default(z.boolean(), false),
      timeouts: z.prefault(timeoutsSchema, {}),
      retry: z.prefault(retrySchema, {}),
    })
    .check(
      z.superRefine((config, ctx) => {
        if (config.host === '') return;
        for (const key of ['user', 'private_key', 'known_hosts'] as const) {
          if (config[key] === '') {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `${key} is required when host is set (the host key is always verified against known_hosts)`,
            });
          }
        }
        if (config.host.startsWith('-')) ctx.addIssue({ code: 'custom', path: ['host'], message: 'host cannot start with "-"' });
      }),
    );
}

export type VirtualboxConfig = z.output<ReturnType<typeof virtualboxConfigSchema>>;
