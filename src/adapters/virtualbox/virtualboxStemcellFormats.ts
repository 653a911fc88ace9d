import type { StemcellFormat } from '../../domain/stemcell/StemcellFormat.js';

/**
 * VirtualBox imports OVF appliances: the vSphere stemcells (OVA, or the OVF + VMDK tarball).
 * In a file of its own so that `info` can answer without loading the driver.
 */
export const VIRTUALBOX_STEMCELL_FORMATS: readonly StemcellFormat[] = ['vsphere-ova', 'vsphere-ovf', 'general-ovf'];
