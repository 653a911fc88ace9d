import type { Newable } from 'inversify';
import { AttachDisk } from '../usecases/AttachDisk.js';
import { CalculateVmCloudProperties } from '../usecases/CalculateVmCloudProperties.js';
import { CreateDisk } from '../usecases/CreateDisk.js';
import { CreateStemcell } from '../usecases/CreateStemcell.js';
import { CreateVm } from '../usecases/CreateVm.js';
import { DeleteDisk } from '../usecases/DeleteDisk.js';
import { DeleteSnapshot } from '../usecases/DeleteSnapshot.js';
import { DeleteStemcell } from '../usecases/DeleteStemcell.js';
import { DeleteVm } from '../usecases/DeleteVm.js';
import { DetachDisk } from '../usecases/DetachDisk.js';
import { GetDisks } from '../usecases/GetDisks.js';
import { HasDisk } from '../usecases/HasDisk.js';
import { HasVm } from '../usecases/HasVm.js';
import { Info } from '../usecases/Info.js';
import { RebootVm } from '../usecases/RebootVm.js';
import { ResizeDisk } from '../usecases/ResizeDisk.js';
import { SetDiskMetadata } from '../usecases/SetDiskMetadata.js';
import { SetVmMetadata } from '../usecases/SetVmMetadata.js';
import { SnapshotDisk } from '../usecases/SnapshotDisk.js';
import { UpdateDisk } from '../usecases/UpdateDisk.js';

/** Every use case class, bound to itself by the composition root. */
export const USE_CASES: readonly Newable<unknown>[] = [
  Info,
  CreateStemcell,
  DeleteStemcell,
  CreateVm,
  DeleteVm,
  HasVm,
  RebootVm,
  SetVmMetadata,
  CalculateVmCloudProperties,
  CreateDisk,
  DeleteDisk,
  HasDisk,
  AttachDisk,
  DetachDisk,
  GetDisks,
  ResizeDisk,
  UpdateDisk,
  SetDiskMetadata,
  SnapshotDisk,
  DeleteSnapshot,
];
