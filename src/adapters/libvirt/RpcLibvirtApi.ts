import { failure } from '../../domain/errors/DomainError.js';
import type { LibvirtApi } from './LibvirtApi.js';
import type { LibvirtConfig } from './LibvirtConfig.js';

/** Placeholder until the protocol client (rpc/) lands: every connection attempt fails clearly. */
export async function connectRpcLibvirt(config: LibvirtConfig): Promise<LibvirtApi> {
  throw failure('unavailable', `cannot connect to ${config.uri}: the libvirt protocol client is not built in yet`);
}
