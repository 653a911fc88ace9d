import type { CallContext } from '../tokens.js';

/**
 * Stemcells from API v2 on take persistent-disk hints from the director; older ones (and
 * calls that do not say) read them from the settings medium, which must then follow every
 * attach and detach (docs/cpi-protocol.md §5.2 attach_disk).
 */
export function settingsFollowDisks(context: CallContext): boolean {
  return context.stemcellApiVersion === undefined || context.stemcellApiVersion < 2;
}
