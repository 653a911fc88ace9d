/**
 * Numbers from libvirt's public headers (libvirt-domain.h, libvirt-storage.h, libvirt-network.h,
 * libvirt 9.0) that the friendly API takes or returns. They are stable ABI.
 */

/** virDomainState */
export const DomainState = {
  NOSTATE: 0,
  RUNNING: 1,
  BLOCKED: 2,
  PAUSED: 3,
  SHUTDOWN: 4,
  SHUTOFF: 5,
  CRASHED: 6,
  PMSUSPENDED: 7,
} as const;

/** virDomainEventType: the `event` of a lifecycle event. */
export const DomainLifecycleEventType = {
  DEFINED: 0,
  UNDEFINED: 1,
  STARTED: 2,
  SUSPENDED: 3,
  RESUMED: 4,
  STOPPED: 5,
  SHUTDOWN: 6,
  PMSUSPENDED: 7,
  CRASHED: 8,
} as const;

/** virDomainEventID */
export const DomainEventId = {
  LIFECYCLE: 0,
  REBOOT: 1,
  RTC_CHANGE: 2,
  WATCHDOG: 3,
  IO_ERROR: 4,
  GRAPHICS: 5,
  IO_ERROR_REASON: 6,
  CONTROL_ERROR: 7,
  BLOCK_JOB: 8,
  DISK_CHANGE: 9,
  TRAY_CHANGE: 10,
  PMWAKEUP: 11,
  PMSUSPEND: 12,
  BALLOON_CHANGE: 13,
  PMSUSPEND_DISK: 14,
  DEVICE_REMOVED: 15,
  BLOCK_JOB_2: 16,
  TUNABLE: 17,
  AGENT_LIFECYCLE: 18,
  DEVICE_ADDED: 19,
  MIGRATION_ITERATION: 20,
  JOB_COMPLETED: 21,
  DEVICE_REMOVAL_FAILED: 22,
} as const;

/** virDomainModificationImpact / virDomainDeviceModifyFlags */
export const DomainAffect = { CURRENT: 0, LIVE: 1, CONFIG: 2, FORCE: 4 } as const;

/** virDomainUndefineFlagsValues */
export const DomainUndefineFlags = {
  MANAGED_SAVE: 1,
  SNAPSHOTS_METADATA: 2,
  NVRAM: 4,
  KEEP_NVRAM: 8,
  CHECKPOINTS_METADATA: 16,
  TPM: 32,
  KEEP_TPM: 64,
} as const;

/** virDomainDestroyFlagsValues */
export const DomainDestroyFlags = { DEFAULT: 0, GRACEFUL: 1 } as const;

/** virDomainXMLFlags */
export const DomainXmlFlags = { SECURE: 1, INACTIVE: 2, UPDATE_CPU: 4, MIGRATABLE: 8 } as const;

/** virDomainDefineFlags */
export const DomainDefineFlags = { VALIDATE: 1 } as const;

/** virDomainMetadataType */
export const DomainMetadataType = { DESCRIPTION: 0, TITLE: 1, ELEMENT: 2 } as const;

/** virDomainBlockResizeFlags */
export const DomainBlockResizeFlags = { BYTES: 1 } as const;

/** virDomainShutdownFlagValues / virDomainRebootFlagValues */
export const DomainShutdownFlags = {
  DEFAULT: 0,
  ACPI_POWER_BTN: 1,
  GUEST_AGENT: 2,
  INITCTL: 4,
  SIGNAL: 8,
  PARAVIRT: 16,
} as const;

/** virConnectListAllDomainsFlags */
export const ListDomainsFlags = {
  ACTIVE: 1,
  INACTIVE: 2,
  PERSISTENT: 4,
  TRANSIENT: 8,
  RUNNING: 16,
  PAUSED: 32,
  SHUTOFF: 64,
  OTHER: 128,
} as const;

/** virDomainSnapshotCreateFlags */
export const SnapshotCreateFlags = {
  REDEFINE: 1,
  CURRENT: 2,
  NO_METADATA: 4,
  HALT: 8,
  DISK_ONLY: 16,
  REUSE_EXT: 32,
  QUIESCE: 64,
  ATOMIC: 128,
  LIVE: 256,
  VALIDATE: 512,
} as const;

/** virDomainSnapshotDeleteFlags */
export const SnapshotDeleteFlags = { CHILDREN: 1, METADATA_ONLY: 2, CHILDREN_ONLY: 4 } as const;

/** virStoragePoolState */
export const StoragePoolState = { INACTIVE: 0, BUILDING: 1, RUNNING: 2, DEGRADED: 3, INACCESSIBLE: 4 } as const;

/** virStoragePoolBuildFlags */
export const StoragePoolBuildFlags = { NEW: 0, REPAIR: 1, RESIZE: 2, NO_OVERWRITE: 4, OVERWRITE: 8 } as const;

/** virStorageVolType */
export const StorageVolType = { FILE: 0, BLOCK: 1, DIR: 2, NETWORK: 3, NETDIR: 4, PLOOP: 5 } as const;

/** virStorageVolCreateFlags */
export const StorageVolCreateFlags = { PREALLOC_METADATA: 1, REFLINK: 2, VALIDATE: 4 } as const;

/** virStorageVolResizeFlags */
export const StorageVolResizeFlags = { ALLOCATE: 1, DELTA: 2, SHRINK: 4 } as const;

/** virStorageVolDeleteFlags */
export const StorageVolDeleteFlags = { NORMAL: 0, ZEROED: 1, WITH_SNAPSHOTS: 2 } as const;

/** virDomainJobType: what virDomainGetJobStats reports. */
export const DomainJobType = { NONE: 0, BOUNDED: 1, UNBOUNDED: 2, COMPLETED: 3, FAILED: 4, CANCELLED: 5 } as const;

/** virDomainGetJobStatsFlags */
export const DomainGetJobStatsFlags = { COMPLETED: 1, KEEP_COMPLETED: 2 } as const;

/** virDomainJobOperation, the `operation` field of the job stats. */
export const DomainJobOperation = { BACKUP: 9 } as const;

/** virDomainBackupBeginFlags */
export const DomainBackupBeginFlags = { REUSE_EXTERNAL: 1 } as const;
