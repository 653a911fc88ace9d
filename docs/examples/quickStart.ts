import { createCpi } from '../../src/index.js';

/**
 * A VM with a persistent disk on the in-memory driver, the whole lifecycle in calls of the
 * CPI protocol. `imagePath` is a stemcell's `image` file (a tarball holding root.img).
 */
export async function quickStart(imagePath: string) {
  const cpi = createCpi({ driver: 'memory', agent: { mbus: 'nats://nats:secret@10.0.0.6:4222' } });
  try {
    const stemcell = await cpi.createStemcell(imagePath, { name: 'bosh-openstack-kvm-ubuntu-jammy-go_agent' });
    const networks = { default: { type: 'dynamic' as const, default: ['dns', 'gateway'] } };
    const vm = await cpi.createVm('agent-007', stemcell, { cpus: 2, memory: 2048, ephemeral_disk: 10_240 }, networks);

    const disk = await cpi.createDisk(4096, {}, vm.cid);
    const hint = await cpi.attachDisk(vm.cid, disk); // what the agent is told to look for
    const attached = await cpi.getDisks(vm.cid);
    await cpi.setVmMetadata(vm.cid, { deployment: 'demo', job: 'web', index: 0 });

    await cpi.detachDisk(vm.cid, disk);
    await cpi.deleteDisk(disk);
    await cpi.deleteVm(vm.cid);
    await cpi.deleteStemcell(stemcell);
    return { stemcell, vm: vm.cid, disk, hint, attached, vmGone: !(await cpi.hasVm(vm.cid)) };
  } finally {
    await cpi.close();
  }
}
