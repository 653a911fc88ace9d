import { injectable } from 'inversify';
import { cloudPropertiesForResources, type VmResources } from '../../domain/vm/cloudPropertiesForResources.js';

@injectable()
export class CalculateVmCloudProperties {
  execute(resources: VmResources): Record<string, number> {
    return cloudPropertiesForResources(resources);
  }
}
