/**
 * Child process of the RPC benchmark: uploads one file into one volume and reports its time
 * and its own peak resident memory (VmHWM), so the parent's memory does not blur the figure.
 *   node rpcUploadChild.mjs <pool> <volume> <file> <file|stream>
 * `file` uses StorageVolume.uploadFile (reused buffers); `stream` feeds a fs ReadStream to upload().
 */
import { createReadStream, readFileSync } from 'node:fs';
import { LibvirtClient } from '../../src/adapters/libvirt/rpc/index.js';

const [poolName, volumeName, file, mode] = process.argv.slice(2);
const client = await LibvirtClient.connect('qemu:///system');
const volume = await (await client.lookupStoragePoolByName(poolName!)).lookupVolumeByName(volumeName!);
const start = process.hrtime.bigint();
const bytes =
  mode === 'stream' ? await volume.upload(createReadStream(file!, { highWaterMark: 1024 * 1024 })) : await volume.uploadFile(file!);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
await client.close();
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
console.log(JSON.stringify({ bytes, ms, peakRssKiB: hwm ? Number(hwm[1]) : -1 }));
