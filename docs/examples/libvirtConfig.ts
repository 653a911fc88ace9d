import { createCpi, parseCpiConfig } from '../../src/index.js';

/**
 * The libvirt driver on a remote host over SSH. Creating the Cpi contacts nothing; the first
 * call that needs the hypervisor connects, and close() disconnects. Every key not given takes
 * its default, as parseCpiConfig shows.
 */
export async function libvirtConfig() {
  const config = {
    driver: 'libvirt' as const,
    agent: { mbus: 'nats://nats:secret@10.0.0.6:4222', ntp: ['0.pool.ntp.org'] },
    libvirt: {
      uri: 'qemu+ssh://bosh@kvm-1.example.org/system?keyfile=/var/vcap/jobs/libvirt_cpi/config/id_ed25519',
      pool: 'bosh',
      network: 'bosh-z1',
    },
  };
  const cpi = createCpi(config);
  try {
    const info = await cpi.info(); // answered from the driver's formats: no connection
    const effective = parseCpiConfig(config);
    if (effective.driver !== 'libvirt') throw new Error('a libvirt config parses as one');
    return { info, domainType: effective.libvirt.domain_type, bootTimeout: effective.libvirt.timeouts.boot_s };
  } finally {
    await cpi.close();
  }
}
