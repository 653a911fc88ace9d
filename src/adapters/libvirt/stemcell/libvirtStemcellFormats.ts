import type { StemcellFormat } from '../../../domain/stemcell/StemcellFormat.js';

/**
 * What `info` answers: the formats this driver really imports (see withStemcellDisk). In a file
 * of its own so that `info` can answer without loading the driver.
 */
export const LIBVIRT_STEMCELL_FORMATS: readonly StemcellFormat[] = ['openstack-qcow2', 'openstack-raw', 'vsphere-ova', 'vsphere-ovf'];
