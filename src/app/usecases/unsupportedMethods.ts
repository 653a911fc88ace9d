import { type DomainError, failure } from '../../domain/errors/DomainError.js';

/** Methods this CPI answers with a reason instead of a silent success (docs/cpi-protocol.md §5.1). */
export const UNSUPPORTED_METHODS = {
  current_vm_id: () =>
    failure(
      'not_implemented',
      'current_vm_id is not implemented: it serves only the director\'s deprecated self-snapshots, and a CPI process cannot tell reliably which of its VMs it runs in',
    ),
  ping: () => failure('not_implemented', 'ping is not implemented: no caller sends it; info answers whether the CPI runs'),
  configure_networks: () =>
    failure(
      'not_supported',
      'configure_networks is not supported: a VM\'s NICs and MACs are fixed when create_vm builds it; the director recreates the VM instead',
    ),
  create_network: () =>
    failure(
      'not_implemented',
      'create_network is not implemented: CPI-managed networks are not offered; define the host network on the hypervisor and name it in the network\'s cloud_properties',
    ),
  delete_network: () =>
    failure(
      'not_implemented',
      'delete_network is not implemented: CPI-managed networks are not offered; host networks belong to the hypervisor\'s administrator',
    ),
} as const satisfies Record<string, () => DomainError>;
