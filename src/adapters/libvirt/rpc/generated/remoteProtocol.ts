// GENERATED FILE, do not edit: regenerate with `npm run generate:libvirt`.
// Generator: scripts/generate-libvirt-protocol.ts, from libvirt 9.0.0's XDR definitions:
//   scripts/libvirt-protocol/virnetprotocol.x, scripts/libvirt-protocol/virkeepaliveprotocol.x, scripts/libvirt-protocol/remote_protocol.x
// (`npm test` fails when this file differs from what the generator writes.)

import type { XdrTypeTable } from '../xdr/XdrType.js';

// ---- Constants ----

export const VIR_NET_MESSAGE_INITIAL = 65536;
export const VIR_NET_MESSAGE_LEGACY_PAYLOAD_MAX = 262120;
export const VIR_NET_MESSAGE_MAX = 33554432;
export const VIR_NET_MESSAGE_HEADER_MAX = 24;
export const VIR_NET_MESSAGE_PAYLOAD_MAX = 33554408;
export const VIR_NET_MESSAGE_LEN_MAX = 4;
export const VIR_NET_MESSAGE_STRING_MAX = 4194304;
export const VIR_NET_MESSAGE_NUM_FDS_MAX = 32;
export const VIR_NET_MESSAGE_HEADER_XDR_LEN = 4;
export const KEEPALIVE_PROGRAM = 0x6b656570;
export const KEEPALIVE_PROTOCOL_VERSION = 1;
export const REMOTE_STRING_MAX = 4194304;
export const REMOTE_CONNECT_IDENTITY_PARAMS_MAX = 20;
export const REMOTE_DOMAIN_LIST_MAX = 16384;
export const REMOTE_CPUMAP_MAX = 2048;
export const REMOTE_VCPUINFO_MAX = 16384;
export const REMOTE_CPUMAPS_MAX = 8388608;
export const REMOTE_IOTHREAD_INFO_MAX = 16384;
export const REMOTE_MIGRATE_COOKIE_MAX = 4194304;
export const REMOTE_NETWORK_LIST_MAX = 16384;
export const REMOTE_NETWORK_PORT_LIST_MAX = 16384;
export const REMOTE_INTERFACE_LIST_MAX = 16384;
export const REMOTE_STORAGE_POOL_LIST_MAX = 16384;
export const REMOTE_STORAGE_VOL_LIST_MAX = 16384;
export const REMOTE_NODE_DEVICE_LIST_MAX = 65536;
export const REMOTE_NODE_DEVICE_CAPS_LIST_MAX = 65536;
export const REMOTE_NWFILTER_LIST_MAX = 16384;
export const REMOTE_NWFILTER_BINDING_LIST_MAX = 16384;
export const REMOTE_DOMAIN_SCHEDULER_PARAMETERS_MAX = 16;
export const REMOTE_DOMAIN_BLKIO_PARAMETERS_MAX = 16;
export const REMOTE_DOMAIN_MEMORY_PARAMETERS_MAX = 16;
export const REMOTE_DOMAIN_BLOCK_IO_TUNE_PARAMETERS_MAX = 32;
export const REMOTE_DOMAIN_NUMA_PARAMETERS_MAX = 16;
export const REMOTE_DOMAIN_PERF_EVENTS_MAX = 64;
export const REMOTE_DOMAIN_BLOCK_COPY_PARAMETERS_MAX = 16;
export const REMOTE_NODE_CPU_STATS_MAX = 16;
export const REMOTE_NODE_MEMORY_STATS_MAX = 16;
export const REMOTE_DOMAIN_BLOCK_STATS_PARAMETERS_MAX = 16;
export const REMOTE_NODE_MAX_CELLS = 1024;
export const REMOTE_AUTH_SASL_DATA_MAX = 65536;
export const REMOTE_AUTH_TYPE_LIST_MAX = 20;
export const REMOTE_DOMAIN_MEMORY_STATS_MAX = 1024;
export const REMOTE_DOMAIN_CHECKPOINT_LIST_MAX = 16384;
export const REMOTE_DOMAIN_SNAPSHOT_LIST_MAX = 16384;
export const REMOTE_DOMAIN_BLOCK_PEEK_BUFFER_MAX = 4194304;
export const REMOTE_DOMAIN_MEMORY_PEEK_BUFFER_MAX = 4194304;
export const REMOTE_SECURITY_LABEL_LIST_MAX = 64;
export const REMOTE_SECURITY_MODEL_MAX = 257;
export const REMOTE_SECURITY_LABEL_MAX = 4097;
export const REMOTE_SECURITY_DOI_MAX = 257;
export const REMOTE_SECRET_VALUE_MAX = 65536;
export const REMOTE_SECRET_LIST_MAX = 16384;
export const REMOTE_CPU_BASELINE_MAX = 256;
export const REMOTE_DOMAIN_SEND_KEY_MAX = 16;
export const REMOTE_DOMAIN_INTERFACE_PARAMETERS_MAX = 16;
export const REMOTE_DOMAIN_GET_CPU_STATS_NCPUS_MAX = 128;
export const REMOTE_DOMAIN_GET_CPU_STATS_MAX = 2048;
export const REMOTE_DOMAIN_DISK_ERRORS_MAX = 256;
export const REMOTE_NODE_MEMORY_PARAMETERS_MAX = 64;
export const REMOTE_DOMAIN_MIGRATE_PARAM_LIST_MAX = 64;
export const REMOTE_DOMAIN_SAVE_PARAMS_MAX = 64;
export const REMOTE_DOMAIN_JOB_STATS_MAX = 64;
export const REMOTE_CONNECT_CPU_MODELS_MAX = 8192;
export const REMOTE_DOMAIN_FSFREEZE_MOUNTPOINTS_MAX = 256;
export const REMOTE_NETWORK_DHCP_LEASES_MAX = 65536;
export const REMOTE_CONNECT_GET_ALL_DOMAIN_STATS_MAX = 262144;
export const REMOTE_DOMAIN_EVENT_TUNABLE_MAX = 2048;
export const REMOTE_DOMAIN_FSINFO_MAX = 256;
export const REMOTE_DOMAIN_FSINFO_DISKS_MAX = 256;
export const REMOTE_DOMAIN_INTERFACE_MAX = 2048;
export const REMOTE_DOMAIN_IP_ADDR_MAX = 2048;
export const REMOTE_DOMAIN_GUEST_VCPU_PARAMS_MAX = 64;
export const REMOTE_DOMAIN_IOTHREAD_PARAMS_MAX = 64;
export const REMOTE_NODE_SEV_INFO_MAX = 64;
export const REMOTE_DOMAIN_LAUNCH_SECURITY_INFO_PARAMS_MAX = 64;
export const REMOTE_DOMAIN_LAUNCH_SECURITY_STATE_PARAMS_MAX = 64;
export const REMOTE_DOMAIN_GUEST_INFO_PARAMS_MAX = 2048;
export const REMOTE_NETWORK_PORT_PARAMETERS_MAX = 16;
export const REMOTE_DOMAIN_AUTHORIZED_SSH_KEYS_MAX = 2048;
export const REMOTE_DOMAIN_MESSAGES_MAX = 2048;
export const REMOTE_DOMAIN_EVENT_GRAPHICS_IDENTITY_MAX = 20;
export const REMOTE_PROGRAM = 0x20008086;
export const REMOTE_PROTOCOL_VERSION = 1;

// ---- Enums (value objects; the enum types are plain numbers) ----

export const VirNetMessageType = {
  VIR_NET_CALL: 0,
  VIR_NET_REPLY: 1,
  VIR_NET_MESSAGE: 2,
  VIR_NET_STREAM: 3,
  VIR_NET_CALL_WITH_FDS: 4,
  VIR_NET_REPLY_WITH_FDS: 5,
  VIR_NET_STREAM_HOLE: 6,
} as const;
export const VirNetMessageStatus = {
  VIR_NET_OK: 0,
  VIR_NET_ERROR: 1,
  VIR_NET_CONTINUE: 2,
} as const;
export const KeepaliveProcedure = {
  KEEPALIVE_PROC_PING: 1,
  KEEPALIVE_PROC_PONG: 2,
} as const;
export const RemoteAuthType = {
  REMOTE_AUTH_NONE: 0,
  REMOTE_AUTH_SASL: 1,
  REMOTE_AUTH_POLKIT: 2,
} as const;
export const RemoteProcedure = {
  REMOTE_PROC_CONNECT_OPEN: 1,
  REMOTE_PROC_CONNECT_CLOSE: 2,
  REMOTE_PROC_CONNECT_GET_TYPE: 3,
  REMOTE_PROC_CONNECT_GET_VERSION: 4,
  REMOTE_PROC_CONNECT_GET_MAX_VCPUS: 5,
  REMOTE_PROC_NODE_GET_INFO: 6,
  REMOTE_PROC_CONNECT_GET_CAPABILITIES: 7,
  REMOTE_PROC_DOMAIN_ATTACH_DEVICE: 8,
  REMOTE_PROC_DOMAIN_CREATE: 9,
  REMOTE_PROC_DOMAIN_CREATE_XML: 10,
  REMOTE_PROC_DOMAIN_DEFINE_XML: 11,
  REMOTE_PROC_DOMAIN_DESTROY: 12,
  REMOTE_PROC_DOMAIN_DETACH_DEVICE: 13,
  REMOTE_PROC_DOMAIN_GET_XML_DESC: 14,
  REMOTE_PROC_DOMAIN_GET_AUTOSTART: 15,
  REMOTE_PROC_DOMAIN_GET_INFO: 16,
  REMOTE_PROC_DOMAIN_GET_MAX_MEMORY: 17,
  REMOTE_PROC_DOMAIN_GET_MAX_VCPUS: 18,
  REMOTE_PROC_DOMAIN_GET_OS_TYPE: 19,
  REMOTE_PROC_DOMAIN_GET_VCPUS: 20,
  REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS: 21,
  REMOTE_PROC_DOMAIN_LOOKUP_BY_ID: 22,
  REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME: 23,
  REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID: 24,
  REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS: 25,
  REMOTE_PROC_DOMAIN_PIN_VCPU: 26,
  REMOTE_PROC_DOMAIN_REBOOT: 27,
  REMOTE_PROC_DOMAIN_RESUME: 28,
  REMOTE_PROC_DOMAIN_SET_AUTOSTART: 29,
  REMOTE_PROC_DOMAIN_SET_MAX_MEMORY: 30,
  REMOTE_PROC_DOMAIN_SET_MEMORY: 31,
  REMOTE_PROC_DOMAIN_SET_VCPUS: 32,
  REMOTE_PROC_DOMAIN_SHUTDOWN: 33,
  REMOTE_PROC_DOMAIN_SUSPEND: 34,
  REMOTE_PROC_DOMAIN_UNDEFINE: 35,
  REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS: 36,
  REMOTE_PROC_CONNECT_LIST_DOMAINS: 37,
  REMOTE_PROC_CONNECT_LIST_NETWORKS: 38,
  REMOTE_PROC_NETWORK_CREATE: 39,
  REMOTE_PROC_NETWORK_CREATE_XML: 40,
  REMOTE_PROC_NETWORK_DEFINE_XML: 41,
  REMOTE_PROC_NETWORK_DESTROY: 42,
  REMOTE_PROC_NETWORK_GET_XML_DESC: 43,
  REMOTE_PROC_NETWORK_GET_AUTOSTART: 44,
  REMOTE_PROC_NETWORK_GET_BRIDGE_NAME: 45,
  REMOTE_PROC_NETWORK_LOOKUP_BY_NAME: 46,
  REMOTE_PROC_NETWORK_LOOKUP_BY_UUID: 47,
  REMOTE_PROC_NETWORK_SET_AUTOSTART: 48,
  REMOTE_PROC_NETWORK_UNDEFINE: 49,
  REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS: 50,
  REMOTE_PROC_CONNECT_NUM_OF_DOMAINS: 51,
  REMOTE_PROC_CONNECT_NUM_OF_NETWORKS: 52,
  REMOTE_PROC_DOMAIN_CORE_DUMP: 53,
  REMOTE_PROC_DOMAIN_RESTORE: 54,
  REMOTE_PROC_DOMAIN_SAVE: 55,
  REMOTE_PROC_DOMAIN_GET_SCHEDULER_TYPE: 56,
  REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS: 57,
  REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS: 58,
  REMOTE_PROC_CONNECT_GET_HOSTNAME: 59,
  REMOTE_PROC_CONNECT_SUPPORTS_FEATURE: 60,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE: 61,
  REMOTE_PROC_DOMAIN_MIGRATE_PERFORM: 62,
  REMOTE_PROC_DOMAIN_MIGRATE_FINISH: 63,
  REMOTE_PROC_DOMAIN_BLOCK_STATS: 64,
  REMOTE_PROC_DOMAIN_INTERFACE_STATS: 65,
  REMOTE_PROC_AUTH_LIST: 66,
  REMOTE_PROC_AUTH_SASL_INIT: 67,
  REMOTE_PROC_AUTH_SASL_START: 68,
  REMOTE_PROC_AUTH_SASL_STEP: 69,
  REMOTE_PROC_AUTH_POLKIT: 70,
  REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS: 71,
  REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS: 72,
  REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS: 73,
  REMOTE_PROC_CONNECT_LIST_DEFINED_STORAGE_POOLS: 74,
  REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES: 75,
  REMOTE_PROC_STORAGE_POOL_CREATE_XML: 76,
  REMOTE_PROC_STORAGE_POOL_DEFINE_XML: 77,
  REMOTE_PROC_STORAGE_POOL_CREATE: 78,
  REMOTE_PROC_STORAGE_POOL_BUILD: 79,
  REMOTE_PROC_STORAGE_POOL_DESTROY: 80,
  REMOTE_PROC_STORAGE_POOL_DELETE: 81,
  REMOTE_PROC_STORAGE_POOL_UNDEFINE: 82,
  REMOTE_PROC_STORAGE_POOL_REFRESH: 83,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME: 84,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID: 85,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME: 86,
  REMOTE_PROC_STORAGE_POOL_GET_INFO: 87,
  REMOTE_PROC_STORAGE_POOL_GET_XML_DESC: 88,
  REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART: 89,
  REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART: 90,
  REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES: 91,
  REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES: 92,
  REMOTE_PROC_STORAGE_VOL_CREATE_XML: 93,
  REMOTE_PROC_STORAGE_VOL_DELETE: 94,
  REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME: 95,
  REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY: 96,
  REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH: 97,
  REMOTE_PROC_STORAGE_VOL_GET_INFO: 98,
  REMOTE_PROC_STORAGE_VOL_GET_XML_DESC: 99,
  REMOTE_PROC_STORAGE_VOL_GET_PATH: 100,
  REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY: 101,
  REMOTE_PROC_NODE_GET_FREE_MEMORY: 102,
  REMOTE_PROC_DOMAIN_BLOCK_PEEK: 103,
  REMOTE_PROC_DOMAIN_MEMORY_PEEK: 104,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER: 105,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER: 106,
  REMOTE_PROC_DOMAIN_EVENT_LIFECYCLE: 107,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE2: 108,
  REMOTE_PROC_DOMAIN_MIGRATE_FINISH2: 109,
  REMOTE_PROC_CONNECT_GET_URI: 110,
  REMOTE_PROC_NODE_NUM_OF_DEVICES: 111,
  REMOTE_PROC_NODE_LIST_DEVICES: 112,
  REMOTE_PROC_NODE_DEVICE_LOOKUP_BY_NAME: 113,
  REMOTE_PROC_NODE_DEVICE_GET_XML_DESC: 114,
  REMOTE_PROC_NODE_DEVICE_GET_PARENT: 115,
  REMOTE_PROC_NODE_DEVICE_NUM_OF_CAPS: 116,
  REMOTE_PROC_NODE_DEVICE_LIST_CAPS: 117,
  REMOTE_PROC_NODE_DEVICE_DETTACH: 118,
  REMOTE_PROC_NODE_DEVICE_RE_ATTACH: 119,
  REMOTE_PROC_NODE_DEVICE_RESET: 120,
  REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL: 121,
  REMOTE_PROC_NODE_GET_SECURITY_MODEL: 122,
  REMOTE_PROC_NODE_DEVICE_CREATE_XML: 123,
  REMOTE_PROC_NODE_DEVICE_DESTROY: 124,
  REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM: 125,
  REMOTE_PROC_CONNECT_NUM_OF_INTERFACES: 126,
  REMOTE_PROC_CONNECT_LIST_INTERFACES: 127,
  REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME: 128,
  REMOTE_PROC_INTERFACE_LOOKUP_BY_MAC_STRING: 129,
  REMOTE_PROC_INTERFACE_GET_XML_DESC: 130,
  REMOTE_PROC_INTERFACE_DEFINE_XML: 131,
  REMOTE_PROC_INTERFACE_UNDEFINE: 132,
  REMOTE_PROC_INTERFACE_CREATE: 133,
  REMOTE_PROC_INTERFACE_DESTROY: 134,
  REMOTE_PROC_CONNECT_DOMAIN_XML_FROM_NATIVE: 135,
  REMOTE_PROC_CONNECT_DOMAIN_XML_TO_NATIVE: 136,
  REMOTE_PROC_CONNECT_NUM_OF_DEFINED_INTERFACES: 137,
  REMOTE_PROC_CONNECT_LIST_DEFINED_INTERFACES: 138,
  REMOTE_PROC_CONNECT_NUM_OF_SECRETS: 139,
  REMOTE_PROC_CONNECT_LIST_SECRETS: 140,
  REMOTE_PROC_SECRET_LOOKUP_BY_UUID: 141,
  REMOTE_PROC_SECRET_DEFINE_XML: 142,
  REMOTE_PROC_SECRET_GET_XML_DESC: 143,
  REMOTE_PROC_SECRET_SET_VALUE: 144,
  REMOTE_PROC_SECRET_GET_VALUE: 145,
  REMOTE_PROC_SECRET_UNDEFINE: 146,
  REMOTE_PROC_SECRET_LOOKUP_BY_USAGE: 147,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL: 148,
  REMOTE_PROC_CONNECT_IS_SECURE: 149,
  REMOTE_PROC_DOMAIN_IS_ACTIVE: 150,
  REMOTE_PROC_DOMAIN_IS_PERSISTENT: 151,
  REMOTE_PROC_NETWORK_IS_ACTIVE: 152,
  REMOTE_PROC_NETWORK_IS_PERSISTENT: 153,
  REMOTE_PROC_STORAGE_POOL_IS_ACTIVE: 154,
  REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT: 155,
  REMOTE_PROC_INTERFACE_IS_ACTIVE: 156,
  REMOTE_PROC_CONNECT_GET_LIB_VERSION: 157,
  REMOTE_PROC_CONNECT_COMPARE_CPU: 158,
  REMOTE_PROC_DOMAIN_MEMORY_STATS: 159,
  REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS: 160,
  REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS: 161,
  REMOTE_PROC_CONNECT_BASELINE_CPU: 162,
  REMOTE_PROC_DOMAIN_GET_JOB_INFO: 163,
  REMOTE_PROC_DOMAIN_ABORT_JOB: 164,
  REMOTE_PROC_STORAGE_VOL_WIPE: 165,
  REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_DOWNTIME: 166,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER_ANY: 167,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER_ANY: 168,
  REMOTE_PROC_DOMAIN_EVENT_REBOOT: 169,
  REMOTE_PROC_DOMAIN_EVENT_RTC_CHANGE: 170,
  REMOTE_PROC_DOMAIN_EVENT_WATCHDOG: 171,
  REMOTE_PROC_DOMAIN_EVENT_IO_ERROR: 172,
  REMOTE_PROC_DOMAIN_EVENT_GRAPHICS: 173,
  REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS: 174,
  REMOTE_PROC_NWFILTER_LOOKUP_BY_NAME: 175,
  REMOTE_PROC_NWFILTER_LOOKUP_BY_UUID: 176,
  REMOTE_PROC_NWFILTER_GET_XML_DESC: 177,
  REMOTE_PROC_CONNECT_NUM_OF_NWFILTERS: 178,
  REMOTE_PROC_CONNECT_LIST_NWFILTERS: 179,
  REMOTE_PROC_NWFILTER_DEFINE_XML: 180,
  REMOTE_PROC_NWFILTER_UNDEFINE: 181,
  REMOTE_PROC_DOMAIN_MANAGED_SAVE: 182,
  REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE: 183,
  REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE: 184,
  REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML: 185,
  REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC: 186,
  REMOTE_PROC_DOMAIN_SNAPSHOT_NUM: 187,
  REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES: 188,
  REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME: 189,
  REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT: 190,
  REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT: 191,
  REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT: 192,
  REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE: 193,
  REMOTE_PROC_DOMAIN_GET_BLOCK_INFO: 194,
  REMOTE_PROC_DOMAIN_EVENT_IO_ERROR_REASON: 195,
  REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS: 196,
  REMOTE_PROC_DOMAIN_SET_MEMORY_PARAMETERS: 197,
  REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS: 198,
  REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS: 199,
  REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS: 200,
  REMOTE_PROC_DOMAIN_OPEN_CONSOLE: 201,
  REMOTE_PROC_DOMAIN_IS_UPDATED: 202,
  REMOTE_PROC_CONNECT_GET_SYSINFO: 203,
  REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS: 204,
  REMOTE_PROC_DOMAIN_SET_BLKIO_PARAMETERS: 205,
  REMOTE_PROC_DOMAIN_GET_BLKIO_PARAMETERS: 206,
  REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_SPEED: 207,
  REMOTE_PROC_STORAGE_VOL_UPLOAD: 208,
  REMOTE_PROC_STORAGE_VOL_DOWNLOAD: 209,
  REMOTE_PROC_DOMAIN_INJECT_NMI: 210,
  REMOTE_PROC_DOMAIN_SCREENSHOT: 211,
  REMOTE_PROC_DOMAIN_GET_STATE: 212,
  REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3: 213,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3: 214,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3: 215,
  REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3: 216,
  REMOTE_PROC_DOMAIN_MIGRATE_FINISH3: 217,
  REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3: 218,
  REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS: 219,
  REMOTE_PROC_INTERFACE_CHANGE_BEGIN: 220,
  REMOTE_PROC_INTERFACE_CHANGE_COMMIT: 221,
  REMOTE_PROC_INTERFACE_CHANGE_ROLLBACK: 222,
  REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS: 223,
  REMOTE_PROC_DOMAIN_EVENT_CONTROL_ERROR: 224,
  REMOTE_PROC_DOMAIN_PIN_VCPU_FLAGS: 225,
  REMOTE_PROC_DOMAIN_SEND_KEY: 226,
  REMOTE_PROC_NODE_GET_CPU_STATS: 227,
  REMOTE_PROC_NODE_GET_MEMORY_STATS: 228,
  REMOTE_PROC_DOMAIN_GET_CONTROL_INFO: 229,
  REMOTE_PROC_DOMAIN_GET_VCPU_PIN_INFO: 230,
  REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS: 231,
  REMOTE_PROC_DOMAIN_SAVE_FLAGS: 232,
  REMOTE_PROC_DOMAIN_RESTORE_FLAGS: 233,
  REMOTE_PROC_DOMAIN_DESTROY_FLAGS: 234,
  REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC: 235,
  REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML: 236,
  REMOTE_PROC_DOMAIN_BLOCK_JOB_ABORT: 237,
  REMOTE_PROC_DOMAIN_GET_BLOCK_JOB_INFO: 238,
  REMOTE_PROC_DOMAIN_BLOCK_JOB_SET_SPEED: 239,
  REMOTE_PROC_DOMAIN_BLOCK_PULL: 240,
  REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB: 241,
  REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_SPEED: 242,
  REMOTE_PROC_DOMAIN_BLOCK_STATS_FLAGS: 243,
  REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT: 244,
  REMOTE_PROC_DOMAIN_RESET: 245,
  REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN: 246,
  REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES: 247,
  REMOTE_PROC_DOMAIN_EVENT_DISK_CHANGE: 248,
  REMOTE_PROC_DOMAIN_OPEN_GRAPHICS: 249,
  REMOTE_PROC_NODE_SUSPEND_FOR_DURATION: 250,
  REMOTE_PROC_DOMAIN_BLOCK_RESIZE: 251,
  REMOTE_PROC_DOMAIN_SET_BLOCK_IO_TUNE: 252,
  REMOTE_PROC_DOMAIN_GET_BLOCK_IO_TUNE: 253,
  REMOTE_PROC_DOMAIN_SET_NUMA_PARAMETERS: 254,
  REMOTE_PROC_DOMAIN_GET_NUMA_PARAMETERS: 255,
  REMOTE_PROC_DOMAIN_SET_INTERFACE_PARAMETERS: 256,
  REMOTE_PROC_DOMAIN_GET_INTERFACE_PARAMETERS: 257,
  REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS: 258,
  REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN: 259,
  REMOTE_PROC_STORAGE_VOL_RESIZE: 260,
  REMOTE_PROC_DOMAIN_PM_SUSPEND_FOR_DURATION: 261,
  REMOTE_PROC_DOMAIN_GET_CPU_STATS: 262,
  REMOTE_PROC_DOMAIN_GET_DISK_ERRORS: 263,
  REMOTE_PROC_DOMAIN_SET_METADATA: 264,
  REMOTE_PROC_DOMAIN_GET_METADATA: 265,
  REMOTE_PROC_DOMAIN_BLOCK_REBASE: 266,
  REMOTE_PROC_DOMAIN_PM_WAKEUP: 267,
  REMOTE_PROC_DOMAIN_EVENT_TRAY_CHANGE: 268,
  REMOTE_PROC_DOMAIN_EVENT_PMWAKEUP: 269,
  REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND: 270,
  REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT: 271,
  REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA: 272,
  REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS: 273,
  REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS: 274,
  REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN: 275,
  REMOTE_PROC_DOMAIN_EVENT_BALLOON_CHANGE: 276,
  REMOTE_PROC_DOMAIN_GET_HOSTNAME: 277,
  REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL_LIST: 278,
  REMOTE_PROC_DOMAIN_PIN_EMULATOR: 279,
  REMOTE_PROC_DOMAIN_GET_EMULATOR_PIN_INFO: 280,
  REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS: 281,
  REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES: 282,
  REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS: 283,
  REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES: 284,
  REMOTE_PROC_CONNECT_LIST_ALL_NODE_DEVICES: 285,
  REMOTE_PROC_CONNECT_LIST_ALL_NWFILTERS: 286,
  REMOTE_PROC_CONNECT_LIST_ALL_SECRETS: 287,
  REMOTE_PROC_NODE_SET_MEMORY_PARAMETERS: 288,
  REMOTE_PROC_NODE_GET_MEMORY_PARAMETERS: 289,
  REMOTE_PROC_DOMAIN_BLOCK_COMMIT: 290,
  REMOTE_PROC_NETWORK_UPDATE: 291,
  REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND_DISK: 292,
  REMOTE_PROC_NODE_GET_CPU_MAP: 293,
  REMOTE_PROC_DOMAIN_FSTRIM: 294,
  REMOTE_PROC_DOMAIN_SEND_PROCESS_SIGNAL: 295,
  REMOTE_PROC_DOMAIN_OPEN_CHANNEL: 296,
  REMOTE_PROC_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN: 297,
  REMOTE_PROC_DOMAIN_GET_JOB_STATS: 298,
  REMOTE_PROC_DOMAIN_MIGRATE_GET_COMPRESSION_CACHE: 299,
  REMOTE_PROC_DOMAIN_MIGRATE_SET_COMPRESSION_CACHE: 300,
  REMOTE_PROC_NODE_DEVICE_DETACH_FLAGS: 301,
  REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3_PARAMS: 302,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3_PARAMS: 303,
  REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS: 304,
  REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3_PARAMS: 305,
  REMOTE_PROC_DOMAIN_MIGRATE_FINISH3_PARAMS: 306,
  REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3_PARAMS: 307,
  REMOTE_PROC_DOMAIN_SET_MEMORY_STATS_PERIOD: 308,
  REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES: 309,
  REMOTE_PROC_DOMAIN_CREATE_WITH_FILES: 310,
  REMOTE_PROC_DOMAIN_EVENT_DEVICE_REMOVED: 311,
  REMOTE_PROC_CONNECT_GET_CPU_MODEL_NAMES: 312,
  REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY: 313,
  REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY: 314,
  REMOTE_PROC_NETWORK_EVENT_LIFECYCLE: 315,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: 316,
  REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: 317,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE: 318,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_REBOOT: 319,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_RTC_CHANGE: 320,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_WATCHDOG: 321,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR: 322,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_GRAPHICS: 323,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: 324,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: 325,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BLOCK_JOB: 326,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DISK_CHANGE: 327,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: 328,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMWAKEUP: 329,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND: 330,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: 331,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: 332,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: 333,
  REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT: 334,
  REMOTE_PROC_DOMAIN_FSFREEZE: 335,
  REMOTE_PROC_DOMAIN_FSTHAW: 336,
  REMOTE_PROC_DOMAIN_GET_TIME: 337,
  REMOTE_PROC_DOMAIN_SET_TIME: 338,
  REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB_2: 339,
  REMOTE_PROC_NODE_GET_FREE_PAGES: 340,
  REMOTE_PROC_NETWORK_GET_DHCP_LEASES: 341,
  REMOTE_PROC_CONNECT_GET_DOMAIN_CAPABILITIES: 342,
  REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD: 343,
  REMOTE_PROC_CONNECT_GET_ALL_DOMAIN_STATS: 344,
  REMOTE_PROC_DOMAIN_BLOCK_COPY: 345,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TUNABLE: 346,
  REMOTE_PROC_NODE_ALLOC_PAGES: 347,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: 348,
  REMOTE_PROC_DOMAIN_GET_FSINFO: 349,
  REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS: 350,
  REMOTE_PROC_DOMAIN_GET_IOTHREAD_INFO: 351,
  REMOTE_PROC_DOMAIN_PIN_IOTHREAD: 352,
  REMOTE_PROC_DOMAIN_INTERFACE_ADDRESSES: 353,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: 354,
  REMOTE_PROC_DOMAIN_ADD_IOTHREAD: 355,
  REMOTE_PROC_DOMAIN_DEL_IOTHREAD: 356,
  REMOTE_PROC_DOMAIN_SET_USER_PASSWORD: 357,
  REMOTE_PROC_DOMAIN_RENAME: 358,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: 359,
  REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK: 360,
  REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK: 361,
  REMOTE_PROC_CONNECT_EVENT_CONNECTION_CLOSED: 362,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: 363,
  REMOTE_PROC_DOMAIN_MIGRATE_START_POST_COPY: 364,
  REMOTE_PROC_DOMAIN_GET_PERF_EVENTS: 365,
  REMOTE_PROC_DOMAIN_SET_PERF_EVENTS: 366,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: 367,
  REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY: 368,
  REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY: 369,
  REMOTE_PROC_STORAGE_POOL_EVENT_LIFECYCLE: 370,
  REMOTE_PROC_DOMAIN_GET_GUEST_VCPUS: 371,
  REMOTE_PROC_DOMAIN_SET_GUEST_VCPUS: 372,
  REMOTE_PROC_STORAGE_POOL_EVENT_REFRESH: 373,
  REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY: 374,
  REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY: 375,
  REMOTE_PROC_NODE_DEVICE_EVENT_LIFECYCLE: 376,
  REMOTE_PROC_NODE_DEVICE_EVENT_UPDATE: 377,
  REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS: 378,
  REMOTE_PROC_DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: 379,
  REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY: 380,
  REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY: 381,
  REMOTE_PROC_SECRET_EVENT_LIFECYCLE: 382,
  REMOTE_PROC_SECRET_EVENT_VALUE_CHANGED: 383,
  REMOTE_PROC_DOMAIN_SET_VCPU: 384,
  REMOTE_PROC_DOMAIN_EVENT_BLOCK_THRESHOLD: 385,
  REMOTE_PROC_DOMAIN_SET_BLOCK_THRESHOLD: 386,
  REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_DOWNTIME: 387,
  REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC: 388,
  REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML: 389,
  REMOTE_PROC_DOMAIN_SET_LIFECYCLE_ACTION: 390,
  REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH: 391,
  REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS: 392,
  REMOTE_PROC_CONNECT_COMPARE_HYPERVISOR_CPU: 393,
  REMOTE_PROC_CONNECT_BASELINE_HYPERVISOR_CPU: 394,
  REMOTE_PROC_NODE_GET_SEV_INFO: 395,
  REMOTE_PROC_DOMAIN_GET_LAUNCH_SECURITY_INFO: 396,
  REMOTE_PROC_NWFILTER_BINDING_LOOKUP_BY_PORT_DEV: 397,
  REMOTE_PROC_NWFILTER_BINDING_GET_XML_DESC: 398,
  REMOTE_PROC_NWFILTER_BINDING_CREATE_XML: 399,
  REMOTE_PROC_NWFILTER_BINDING_DELETE: 400,
  REMOTE_PROC_CONNECT_LIST_ALL_NWFILTER_BINDINGS: 401,
  REMOTE_PROC_DOMAIN_SET_IOTHREAD_PARAMS: 402,
  REMOTE_PROC_CONNECT_GET_STORAGE_POOL_CAPABILITIES: 403,
  REMOTE_PROC_NETWORK_LIST_ALL_PORTS: 404,
  REMOTE_PROC_NETWORK_PORT_LOOKUP_BY_UUID: 405,
  REMOTE_PROC_NETWORK_PORT_CREATE_XML: 406,
  REMOTE_PROC_NETWORK_PORT_GET_PARAMETERS: 407,
  REMOTE_PROC_NETWORK_PORT_SET_PARAMETERS: 408,
  REMOTE_PROC_NETWORK_PORT_GET_XML_DESC: 409,
  REMOTE_PROC_NETWORK_PORT_DELETE: 410,
  REMOTE_PROC_DOMAIN_CHECKPOINT_CREATE_XML: 411,
  REMOTE_PROC_DOMAIN_CHECKPOINT_GET_XML_DESC: 412,
  REMOTE_PROC_DOMAIN_LIST_ALL_CHECKPOINTS: 413,
  REMOTE_PROC_DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN: 414,
  REMOTE_PROC_DOMAIN_CHECKPOINT_LOOKUP_BY_NAME: 415,
  REMOTE_PROC_DOMAIN_CHECKPOINT_GET_PARENT: 416,
  REMOTE_PROC_DOMAIN_CHECKPOINT_DELETE: 417,
  REMOTE_PROC_DOMAIN_GET_GUEST_INFO: 418,
  REMOTE_PROC_CONNECT_SET_IDENTITY: 419,
  REMOTE_PROC_DOMAIN_AGENT_SET_RESPONSE_TIMEOUT: 420,
  REMOTE_PROC_DOMAIN_BACKUP_BEGIN: 421,
  REMOTE_PROC_DOMAIN_BACKUP_GET_XML_DESC: 422,
  REMOTE_PROC_DOMAIN_EVENT_MEMORY_FAILURE: 423,
  REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_GET: 424,
  REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_SET: 425,
  REMOTE_PROC_DOMAIN_GET_MESSAGES: 426,
  REMOTE_PROC_DOMAIN_START_DIRTY_RATE_CALC: 427,
  REMOTE_PROC_NODE_DEVICE_DEFINE_XML: 428,
  REMOTE_PROC_NODE_DEVICE_UNDEFINE: 429,
  REMOTE_PROC_NODE_DEVICE_CREATE: 430,
  REMOTE_PROC_NWFILTER_DEFINE_XML_FLAGS: 431,
  REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS: 432,
  REMOTE_PROC_NODE_DEVICE_GET_AUTOSTART: 433,
  REMOTE_PROC_NODE_DEVICE_SET_AUTOSTART: 434,
  REMOTE_PROC_NODE_DEVICE_IS_PERSISTENT: 435,
  REMOTE_PROC_NODE_DEVICE_IS_ACTIVE: 436,
  REMOTE_PROC_NETWORK_CREATE_XML_FLAGS: 437,
  REMOTE_PROC_DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: 438,
  REMOTE_PROC_DOMAIN_SET_LAUNCH_SECURITY_STATE: 439,
  REMOTE_PROC_DOMAIN_SAVE_PARAMS: 440,
  REMOTE_PROC_DOMAIN_RESTORE_PARAMS: 441,
  REMOTE_PROC_DOMAIN_ABORT_JOB_FLAGS: 442,
  REMOTE_PROC_DOMAIN_FD_ASSOCIATE: 443,
} as const;

// ---- TypeScript types ----

export type VirNetMessageType = number;
export type VirNetMessageStatus = number;
export interface VirNetMessageHeader {
  prog: number;
  vers: number;
  proc: number;
  type: VirNetMessageType;
  serial: number;
  status: VirNetMessageStatus;
}
export type VirNetMessageUUID = Buffer;
export type VirNetMessageNonnullString = string;
export type VirNetMessageString = VirNetMessageNonnullString | null;
export interface VirNetMessageNonnullDomain {
  name: VirNetMessageNonnullString;
  uuid: VirNetMessageUUID;
  id: number;
}
export interface VirNetMessageNonnullNetwork {
  name: VirNetMessageNonnullString;
  uuid: VirNetMessageUUID;
}
export type VirNetMessageDomain = VirNetMessageNonnullDomain | null;
export type VirNetMessageNetwork = VirNetMessageNonnullNetwork | null;
export interface VirNetMessageError {
  code: number;
  domain: number;
  message: VirNetMessageString;
  level: number;
  dom: VirNetMessageDomain;
  str1: VirNetMessageString;
  str2: VirNetMessageString;
  str3: VirNetMessageString;
  int1: number;
  int2: number;
  net: VirNetMessageNetwork;
}
export interface VirNetStreamHole {
  length: bigint;
  flags: number;
}
export type KeepaliveProcedure = number;
export type RemoteNonnullString = string;
export type RemoteString = RemoteNonnullString | null;
export type RemoteUuid = Buffer;
export interface RemoteNonnullDomain {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
  id: number;
}
export interface RemoteNonnullNetwork {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
export interface RemoteNonnullNetworkPort {
  net: RemoteNonnullNetwork;
  uuid: RemoteUuid;
}
export interface RemoteNonnullNwfilter {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
export interface RemoteNonnullNwfilterBinding {
  portdev: RemoteNonnullString;
  filtername: RemoteNonnullString;
}
export interface RemoteNonnullInterface {
  name: RemoteNonnullString;
  mac: RemoteNonnullString;
}
export interface RemoteNonnullStoragePool {
  name: RemoteNonnullString;
  uuid: RemoteUuid;
}
export interface RemoteNonnullStorageVol {
  pool: RemoteNonnullString;
  name: RemoteNonnullString;
  key: RemoteNonnullString;
}
export interface RemoteNonnullNodeDevice {
  name: RemoteNonnullString;
}
export interface RemoteNonnullSecret {
  uuid: RemoteUuid;
  usageType: number;
  usageID: RemoteNonnullString;
}
export interface RemoteNonnullDomainCheckpoint {
  name: RemoteNonnullString;
  dom: RemoteNonnullDomain;
}
export interface RemoteNonnullDomainSnapshot {
  name: RemoteNonnullString;
  dom: RemoteNonnullDomain;
}
export type RemoteDomain = RemoteNonnullDomain | null;
export type RemoteNetwork = RemoteNonnullNetwork | null;
export type RemoteNetworkPort = RemoteNonnullNetworkPort | null;
export type RemoteNwfilter = RemoteNonnullNwfilter | null;
export type RemoteNwfilterBinding = RemoteNonnullNwfilterBinding | null;
export type RemoteStoragePool = RemoteNonnullStoragePool | null;
export type RemoteStorageVol = RemoteNonnullStorageVol | null;
export type RemoteNodeDevice = RemoteNonnullNodeDevice | null;
export type RemoteSecret = RemoteNonnullSecret | null;
export interface RemoteError {
  code: number;
  domain: number;
  message: RemoteString;
  level: number;
  dom: RemoteDomain;
  str1: RemoteString;
  str2: RemoteString;
  str3: RemoteString;
  int1: number;
  int2: number;
  net: RemoteNetwork;
}
export type RemoteAuthType = number;
export interface RemoteVcpuInfo {
  number: number;
  state: number;
  cpu_time: bigint;
  cpu: number;
}
export type RemoteTypedParamValue = { type: 1; i: number; } | { type: 2; ui: number; } | { type: 3; l: bigint; } | { type: 4; ul: bigint; } | { type: 5; d: number; } | { type: 6; b: number; } | { type: 7; s: RemoteNonnullString; };
export interface RemoteTypedParam {
  field: RemoteNonnullString;
  value: RemoteTypedParamValue;
}
export interface RemoteNodeGetCpuStats {
  field: RemoteNonnullString;
  value: bigint;
}
export interface RemoteNodeGetMemoryStats {
  field: RemoteNonnullString;
  value: bigint;
}
export interface RemoteDomainDiskError {
  disk: RemoteNonnullString;
  error: number;
}
export interface RemoteConnectOpenArgs {
  name: RemoteString;
  flags: number;
}
export interface RemoteConnectSupportsFeatureArgs {
  feature: number;
}
export interface RemoteConnectSupportsFeatureRet {
  supported: number;
}
export interface RemoteConnectGetTypeRet {
  type: RemoteNonnullString;
}
export interface RemoteConnectGetVersionRet {
  hv_ver: bigint;
}
export interface RemoteConnectGetLibVersionRet {
  lib_ver: bigint;
}
export interface RemoteConnectGetHostnameRet {
  hostname: RemoteNonnullString;
}
export interface RemoteConnectGetSysinfoArgs {
  flags: number;
}
export interface RemoteConnectGetSysinfoRet {
  sysinfo: RemoteNonnullString;
}
export interface RemoteConnectGetUriRet {
  uri: RemoteNonnullString;
}
export interface RemoteConnectGetMaxVcpusArgs {
  type: RemoteString;
}
export interface RemoteConnectGetMaxVcpusRet {
  max_vcpus: number;
}
export interface RemoteNodeGetInfoRet {
  model: number[];
  memory: bigint;
  cpus: number;
  mhz: number;
  nodes: number;
  sockets: number;
  cores: number;
  threads: number;
}
export interface RemoteConnectGetCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
export interface RemoteConnectGetDomainCapabilitiesArgs {
  emulatorbin: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  flags: number;
}
export interface RemoteConnectGetDomainCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
export interface RemoteNodeGetCpuStatsArgs {
  cpuNum: number;
  nparams: number;
  flags: number;
}
export interface RemoteNodeGetCpuStatsRet {
  params: RemoteNodeGetCpuStats[];
  nparams: number;
}
export interface RemoteNodeGetMemoryStatsArgs {
  nparams: number;
  cellNum: number;
  flags: number;
}
export interface RemoteNodeGetMemoryStatsRet {
  params: RemoteNodeGetMemoryStats[];
  nparams: number;
}
export interface RemoteNodeGetCellsFreeMemoryArgs {
  startCell: number;
  maxcells: number;
}
export interface RemoteNodeGetCellsFreeMemoryRet {
  cells: bigint[];
}
export interface RemoteNodeGetFreeMemoryRet {
  freeMem: bigint;
}
export interface RemoteDomainGetSchedulerTypeArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetSchedulerTypeRet {
  type: RemoteNonnullString;
  nparams: number;
}
export interface RemoteDomainGetSchedulerParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
}
export interface RemoteDomainGetSchedulerParametersRet {
  params: RemoteTypedParam[];
}
export interface RemoteDomainGetSchedulerParametersFlagsArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
export interface RemoteDomainGetSchedulerParametersFlagsRet {
  params: RemoteTypedParam[];
}
export interface RemoteDomainSetSchedulerParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
export interface RemoteDomainSetSchedulerParametersFlagsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainSetBlkioParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainGetBlkioParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
export interface RemoteDomainGetBlkioParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteDomainSetMemoryParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainGetMemoryParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
export interface RemoteDomainGetMemoryParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteDomainBlockResizeArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  size: bigint;
  flags: number;
}
export interface RemoteDomainSetNumaParametersArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainGetNumaParametersArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  flags: number;
}
export interface RemoteDomainGetNumaParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteDomainSetPerfEventsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainGetPerfEventsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetPerfEventsRet {
  params: RemoteTypedParam[];
}
export interface RemoteDomainBlockStatsArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
}
export interface RemoteDomainBlockStatsRet {
  rd_req: bigint;
  rd_bytes: bigint;
  wr_req: bigint;
  wr_bytes: bigint;
  errs: bigint;
}
export interface RemoteDomainBlockStatsFlagsArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  nparams: number;
  flags: number;
}
export interface RemoteDomainBlockStatsFlagsRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteDomainInterfaceStatsArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
}
export interface RemoteDomainInterfaceStatsRet {
  rx_bytes: bigint;
  rx_packets: bigint;
  rx_errs: bigint;
  rx_drop: bigint;
  tx_bytes: bigint;
  tx_packets: bigint;
  tx_errs: bigint;
  tx_drop: bigint;
}
export interface RemoteDomainSetInterfaceParametersArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainGetInterfaceParametersArgs {
  dom: RemoteNonnullDomain;
  device: RemoteNonnullString;
  nparams: number;
  flags: number;
}
export interface RemoteDomainGetInterfaceParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteDomainMemoryStatsArgs {
  dom: RemoteNonnullDomain;
  maxStats: number;
  flags: number;
}
export interface RemoteDomainMemoryStat {
  tag: number;
  val: bigint;
}
export interface RemoteDomainMemoryStatsRet {
  stats: RemoteDomainMemoryStat[];
}
export interface RemoteDomainBlockPeekArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  offset: bigint;
  size: number;
  flags: number;
}
export interface RemoteDomainBlockPeekRet {
  buffer: Buffer;
}
export interface RemoteDomainMemoryPeekArgs {
  dom: RemoteNonnullDomain;
  offset: bigint;
  size: number;
  flags: number;
}
export interface RemoteDomainMemoryPeekRet {
  buffer: Buffer;
}
export interface RemoteDomainGetBlockInfoArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainGetBlockInfoRet {
  allocation: bigint;
  capacity: bigint;
  physical: bigint;
}
export interface RemoteConnectListDomainsArgs {
  maxids: number;
}
export interface RemoteConnectListDomainsRet {
  ids: number[];
}
export interface RemoteConnectNumOfDomainsRet {
  num: number;
}
export interface RemoteDomainCreateXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainCreateXmlRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainCreateXmlWithFilesArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainCreateXmlWithFilesRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainLookupByIdArgs {
  id: number;
}
export interface RemoteDomainLookupByIdRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainLookupByUuidArgs {
  uuid: RemoteUuid;
}
export interface RemoteDomainLookupByUuidRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainLookupByNameArgs {
  name: RemoteNonnullString;
}
export interface RemoteDomainLookupByNameRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainSuspendArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainResumeArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainPmSuspendForDurationArgs {
  dom: RemoteNonnullDomain;
  target: number;
  duration: bigint;
  flags: number;
}
export interface RemoteDomainPmWakeupArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainShutdownArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainRebootArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainResetArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainDestroyArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainDestroyFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetOsTypeArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetOsTypeRet {
  type: RemoteNonnullString;
}
export interface RemoteDomainGetMaxMemoryArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetMaxMemoryRet {
  memory: bigint;
}
export interface RemoteDomainSetMaxMemoryArgs {
  dom: RemoteNonnullDomain;
  memory: bigint;
}
export interface RemoteDomainSetMemoryArgs {
  dom: RemoteNonnullDomain;
  memory: bigint;
}
export interface RemoteDomainSetMemoryFlagsArgs {
  dom: RemoteNonnullDomain;
  memory: bigint;
  flags: number;
}
export interface RemoteDomainSetMemoryStatsPeriodArgs {
  dom: RemoteNonnullDomain;
  period: number;
  flags: number;
}
export interface RemoteDomainGetInfoArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetInfoRet {
  state: number;
  maxMem: bigint;
  memory: bigint;
  nrVirtCpu: number;
  cpuTime: bigint;
}
export interface RemoteDomainSaveArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
}
export interface RemoteDomainSaveFlagsArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  dxml: RemoteString;
  flags: number;
}
export interface RemoteDomainSaveParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainRestoreArgs {
  from: RemoteNonnullString;
}
export interface RemoteDomainRestoreFlagsArgs {
  from: RemoteNonnullString;
  dxml: RemoteString;
  flags: number;
}
export interface RemoteDomainRestoreParamsArgs {
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainSaveImageGetXmlDescArgs {
  file: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainSaveImageGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteDomainSaveImageDefineXmlArgs {
  file: RemoteNonnullString;
  dxml: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainCoreDumpArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainCoreDumpWithFormatArgs {
  dom: RemoteNonnullDomain;
  to: RemoteNonnullString;
  dumpformat: number;
  flags: number;
}
export interface RemoteDomainScreenshotArgs {
  dom: RemoteNonnullDomain;
  screen: number;
  flags: number;
}
export interface RemoteDomainScreenshotRet {
  mime: RemoteString;
}
export interface RemoteDomainGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteDomainMigratePrepareArgs {
  uri_in: RemoteString;
  flags: bigint;
  dname: RemoteString;
  resource: bigint;
}
export interface RemoteDomainMigratePrepareRet {
  cookie: Buffer;
  uri_out: RemoteString;
}
export interface RemoteDomainMigratePerformArgs {
  dom: RemoteNonnullDomain;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: bigint;
  dname: RemoteString;
  resource: bigint;
}
export interface RemoteDomainMigrateFinishArgs {
  dname: RemoteNonnullString;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: bigint;
}
export interface RemoteDomainMigrateFinishRet {
  ddom: RemoteNonnullDomain;
}
export interface RemoteDomainMigratePrepare2Args {
  uri_in: RemoteString;
  flags: bigint;
  dname: RemoteString;
  resource: bigint;
  dom_xml: RemoteNonnullString;
}
export interface RemoteDomainMigratePrepare2Ret {
  cookie: Buffer;
  uri_out: RemoteString;
}
export interface RemoteDomainMigrateFinish2Args {
  dname: RemoteNonnullString;
  cookie: Buffer;
  uri: RemoteNonnullString;
  flags: bigint;
  retcode: number;
}
export interface RemoteDomainMigrateFinish2Ret {
  ddom: RemoteNonnullDomain;
}
export interface RemoteConnectListDefinedDomainsArgs {
  maxnames: number;
}
export interface RemoteConnectListDefinedDomainsRet {
  names: RemoteNonnullString[];
}
export interface RemoteConnectNumOfDefinedDomainsRet {
  num: number;
}
export interface RemoteDomainCreateArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainCreateWithFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainCreateWithFlagsRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainCreateWithFilesArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainCreateWithFilesRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainDefineXmlArgs {
  xml: RemoteNonnullString;
}
export interface RemoteDomainDefineXmlRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainDefineXmlFlagsRet {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainUndefineArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainUndefineFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainInjectNmiArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainSendKeyArgs {
  dom: RemoteNonnullDomain;
  codeset: number;
  holdtime: number;
  keycodes: number[];
  flags: number;
}
export interface RemoteDomainSendProcessSignalArgs {
  dom: RemoteNonnullDomain;
  pid_value: bigint;
  signum: number;
  flags: number;
}
export interface RemoteDomainSetVcpusArgs {
  dom: RemoteNonnullDomain;
  nvcpus: number;
}
export interface RemoteDomainSetVcpusFlagsArgs {
  dom: RemoteNonnullDomain;
  nvcpus: number;
  flags: number;
}
export interface RemoteDomainGetVcpusFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetVcpusFlagsRet {
  num: number;
}
export interface RemoteDomainPinVcpuArgs {
  dom: RemoteNonnullDomain;
  vcpu: number;
  cpumap: Buffer;
}
export interface RemoteDomainPinVcpuFlagsArgs {
  dom: RemoteNonnullDomain;
  vcpu: number;
  cpumap: Buffer;
  flags: number;
}
export interface RemoteDomainGetVcpuPinInfoArgs {
  dom: RemoteNonnullDomain;
  ncpumaps: number;
  maplen: number;
  flags: number;
}
export interface RemoteDomainGetVcpuPinInfoRet {
  cpumaps: Buffer;
  num: number;
}
export interface RemoteDomainPinEmulatorArgs {
  dom: RemoteNonnullDomain;
  cpumap: Buffer;
  flags: number;
}
export interface RemoteDomainGetEmulatorPinInfoArgs {
  dom: RemoteNonnullDomain;
  maplen: number;
  flags: number;
}
export interface RemoteDomainGetEmulatorPinInfoRet {
  cpumaps: Buffer;
  ret: number;
}
export interface RemoteDomainGetVcpusArgs {
  dom: RemoteNonnullDomain;
  maxinfo: number;
  maplen: number;
}
export interface RemoteDomainGetVcpusRet {
  info: RemoteVcpuInfo[];
  cpumaps: Buffer;
}
export interface RemoteDomainGetMaxVcpusArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetMaxVcpusRet {
  num: number;
}
export interface RemoteDomainIothreadInfo {
  iothread_id: number;
  cpumap: Buffer;
}
export interface RemoteDomainGetIothreadInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetIothreadInfoRet {
  info: RemoteDomainIothreadInfo[];
  ret: number;
}
export interface RemoteDomainPinIothreadArgs {
  dom: RemoteNonnullDomain;
  iothreads_id: number;
  cpumap: Buffer;
  flags: number;
}
export interface RemoteDomainAddIothreadArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  flags: number;
}
export interface RemoteDomainDelIothreadArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  flags: number;
}
export interface RemoteDomainSetIothreadParamsArgs {
  dom: RemoteNonnullDomain;
  iothread_id: number;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainGetSecurityLabelArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetSecurityLabelRet {
  label: number[];
  enforcing: number;
}
export interface RemoteDomainGetSecurityLabelListArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetSecurityLabelListRet {
  labels: RemoteDomainGetSecurityLabelRet[];
  ret: number;
}
export interface RemoteNodeGetSecurityModelRet {
  model: number[];
  doi: number[];
}
export interface RemoteDomainAttachDeviceArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
}
export interface RemoteDomainAttachDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainDetachDeviceArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
}
export interface RemoteDomainDetachDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainUpdateDeviceFlagsArgs {
  dom: RemoteNonnullDomain;
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainDetachDeviceAliasArgs {
  dom: RemoteNonnullDomain;
  alias: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainGetAutostartArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetAutostartRet {
  autostart: number;
}
export interface RemoteDomainSetAutostartArgs {
  dom: RemoteNonnullDomain;
  autostart: number;
}
export interface RemoteDomainSetMetadataArgs {
  dom: RemoteNonnullDomain;
  type: number;
  metadata: RemoteString;
  key: RemoteString;
  uri: RemoteString;
  flags: number;
}
export interface RemoteDomainGetMetadataArgs {
  dom: RemoteNonnullDomain;
  type: number;
  uri: RemoteString;
  flags: number;
}
export interface RemoteDomainGetMetadataRet {
  metadata: RemoteNonnullString;
}
export interface RemoteDomainBlockJobAbortArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainGetBlockJobInfoArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainGetBlockJobInfoRet {
  found: number;
  type: number;
  bandwidth: bigint;
  cur: bigint;
  end: bigint;
}
export interface RemoteDomainBlockJobSetSpeedArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  bandwidth: bigint;
  flags: number;
}
export interface RemoteDomainBlockPullArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  bandwidth: bigint;
  flags: number;
}
export interface RemoteDomainBlockRebaseArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  base: RemoteString;
  bandwidth: bigint;
  flags: number;
}
export interface RemoteDomainBlockCopyArgs {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  destxml: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainBlockCommitArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  base: RemoteString;
  top: RemoteString;
  bandwidth: bigint;
  flags: number;
}
export interface RemoteDomainSetBlockIoTuneArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteNonnullString;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainGetBlockIoTuneArgs {
  dom: RemoteNonnullDomain;
  disk: RemoteString;
  nparams: number;
  flags: number;
}
export interface RemoteDomainGetBlockIoTuneRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteDomainGetCpuStatsArgs {
  dom: RemoteNonnullDomain;
  nparams: number;
  start_cpu: number;
  ncpus: number;
  flags: number;
}
export interface RemoteDomainGetCpuStatsRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteDomainGetHostnameArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetHostnameRet {
  hostname: RemoteNonnullString;
}
export interface RemoteConnectNumOfNetworksRet {
  num: number;
}
export interface RemoteConnectListNetworksArgs {
  maxnames: number;
}
export interface RemoteConnectListNetworksRet {
  names: RemoteNonnullString[];
}
export interface RemoteConnectNumOfDefinedNetworksRet {
  num: number;
}
export interface RemoteConnectListDefinedNetworksArgs {
  maxnames: number;
}
export interface RemoteConnectListDefinedNetworksRet {
  names: RemoteNonnullString[];
}
export interface RemoteNetworkLookupByUuidArgs {
  uuid: RemoteUuid;
}
export interface RemoteNetworkLookupByUuidRet {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkLookupByNameArgs {
  name: RemoteNonnullString;
}
export interface RemoteNetworkLookupByNameRet {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkCreateXmlArgs {
  xml: RemoteNonnullString;
}
export interface RemoteNetworkCreateXmlRet {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkCreateXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteNetworkCreateXmlFlagsRet {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkDefineXmlArgs {
  xml: RemoteNonnullString;
}
export interface RemoteNetworkDefineXmlRet {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteNetworkDefineXmlFlagsRet {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkUndefineArgs {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkUpdateArgs {
  net: RemoteNonnullNetwork;
  command: number;
  section: number;
  parentIndex: number;
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteNetworkCreateArgs {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkDestroyArgs {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkGetXmlDescArgs {
  net: RemoteNonnullNetwork;
  flags: number;
}
export interface RemoteNetworkGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteNetworkGetBridgeNameArgs {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkGetBridgeNameRet {
  name: RemoteNonnullString;
}
export interface RemoteNetworkGetAutostartArgs {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkGetAutostartRet {
  autostart: number;
}
export interface RemoteNetworkSetAutostartArgs {
  net: RemoteNonnullNetwork;
  autostart: number;
}
export interface RemoteConnectNumOfNwfiltersRet {
  num: number;
}
export interface RemoteConnectListNwfiltersArgs {
  maxnames: number;
}
export interface RemoteConnectListNwfiltersRet {
  names: RemoteNonnullString[];
}
export interface RemoteNwfilterLookupByUuidArgs {
  uuid: RemoteUuid;
}
export interface RemoteNwfilterLookupByUuidRet {
  nwfilter: RemoteNonnullNwfilter;
}
export interface RemoteNwfilterLookupByNameArgs {
  name: RemoteNonnullString;
}
export interface RemoteNwfilterLookupByNameRet {
  nwfilter: RemoteNonnullNwfilter;
}
export interface RemoteNwfilterDefineXmlArgs {
  xml: RemoteNonnullString;
}
export interface RemoteNwfilterDefineXmlRet {
  nwfilter: RemoteNonnullNwfilter;
}
export interface RemoteNwfilterDefineXmlFlagsArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteNwfilterDefineXmlFlagsRet {
  nwfilter: RemoteNonnullNwfilter;
}
export interface RemoteNwfilterUndefineArgs {
  nwfilter: RemoteNonnullNwfilter;
}
export interface RemoteNwfilterGetXmlDescArgs {
  nwfilter: RemoteNonnullNwfilter;
  flags: number;
}
export interface RemoteNwfilterGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteConnectNumOfInterfacesRet {
  num: number;
}
export interface RemoteConnectListInterfacesArgs {
  maxnames: number;
}
export interface RemoteConnectListInterfacesRet {
  names: RemoteNonnullString[];
}
export interface RemoteConnectNumOfDefinedInterfacesRet {
  num: number;
}
export interface RemoteConnectListDefinedInterfacesArgs {
  maxnames: number;
}
export interface RemoteConnectListDefinedInterfacesRet {
  names: RemoteNonnullString[];
}
export interface RemoteInterfaceLookupByNameArgs {
  name: RemoteNonnullString;
}
export interface RemoteInterfaceLookupByNameRet {
  iface: RemoteNonnullInterface;
}
export interface RemoteInterfaceLookupByMacStringArgs {
  mac: RemoteNonnullString;
}
export interface RemoteInterfaceLookupByMacStringRet {
  iface: RemoteNonnullInterface;
}
export interface RemoteInterfaceGetXmlDescArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
export interface RemoteInterfaceGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteInterfaceDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteInterfaceDefineXmlRet {
  iface: RemoteNonnullInterface;
}
export interface RemoteInterfaceUndefineArgs {
  iface: RemoteNonnullInterface;
}
export interface RemoteInterfaceCreateArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
export interface RemoteInterfaceDestroyArgs {
  iface: RemoteNonnullInterface;
  flags: number;
}
export interface RemoteInterfaceChangeBeginArgs {
  flags: number;
}
export interface RemoteInterfaceChangeCommitArgs {
  flags: number;
}
export interface RemoteInterfaceChangeRollbackArgs {
  flags: number;
}
export interface RemoteAuthListRet {
  types: RemoteAuthType[];
}
export interface RemoteAuthSaslInitRet {
  mechlist: RemoteNonnullString;
}
export interface RemoteAuthSaslStartArgs {
  mech: RemoteNonnullString;
  nil: number;
  data: number[];
}
export interface RemoteAuthSaslStartRet {
  complete: number;
  nil: number;
  data: number[];
}
export interface RemoteAuthSaslStepArgs {
  nil: number;
  data: number[];
}
export interface RemoteAuthSaslStepRet {
  complete: number;
  nil: number;
  data: number[];
}
export interface RemoteAuthPolkitRet {
  complete: number;
}
export interface RemoteConnectNumOfStoragePoolsRet {
  num: number;
}
export interface RemoteConnectListStoragePoolsArgs {
  maxnames: number;
}
export interface RemoteConnectListStoragePoolsRet {
  names: RemoteNonnullString[];
}
export interface RemoteConnectNumOfDefinedStoragePoolsRet {
  num: number;
}
export interface RemoteConnectListDefinedStoragePoolsArgs {
  maxnames: number;
}
export interface RemoteConnectListDefinedStoragePoolsRet {
  names: RemoteNonnullString[];
}
export interface RemoteConnectFindStoragePoolSourcesArgs {
  type: RemoteNonnullString;
  srcSpec: RemoteString;
  flags: number;
}
export interface RemoteConnectFindStoragePoolSourcesRet {
  xml: RemoteNonnullString;
}
export interface RemoteStoragePoolLookupByUuidArgs {
  uuid: RemoteUuid;
}
export interface RemoteStoragePoolLookupByUuidRet {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolLookupByNameArgs {
  name: RemoteNonnullString;
}
export interface RemoteStoragePoolLookupByNameRet {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolLookupByVolumeArgs {
  vol: RemoteNonnullStorageVol;
}
export interface RemoteStoragePoolLookupByVolumeRet {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolLookupByTargetPathArgs {
  path: RemoteNonnullString;
}
export interface RemoteStoragePoolLookupByTargetPathRet {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolCreateXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteStoragePoolCreateXmlRet {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteStoragePoolDefineXmlRet {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolBuildArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
export interface RemoteStoragePoolUndefineArgs {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolCreateArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
export interface RemoteStoragePoolDestroyArgs {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolDeleteArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
export interface RemoteStoragePoolRefreshArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
export interface RemoteStoragePoolGetXmlDescArgs {
  pool: RemoteNonnullStoragePool;
  flags: number;
}
export interface RemoteStoragePoolGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteStoragePoolGetInfoArgs {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolGetInfoRet {
  state: number;
  capacity: bigint;
  allocation: bigint;
  available: bigint;
}
export interface RemoteStoragePoolGetAutostartArgs {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolGetAutostartRet {
  autostart: number;
}
export interface RemoteStoragePoolSetAutostartArgs {
  pool: RemoteNonnullStoragePool;
  autostart: number;
}
export interface RemoteStoragePoolNumOfVolumesArgs {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolNumOfVolumesRet {
  num: number;
}
export interface RemoteStoragePoolListVolumesArgs {
  pool: RemoteNonnullStoragePool;
  maxnames: number;
}
export interface RemoteStoragePoolListVolumesRet {
  names: RemoteNonnullString[];
}
export interface RemoteStorageVolLookupByNameArgs {
  pool: RemoteNonnullStoragePool;
  name: RemoteNonnullString;
}
export interface RemoteStorageVolLookupByNameRet {
  vol: RemoteNonnullStorageVol;
}
export interface RemoteStorageVolLookupByKeyArgs {
  key: RemoteNonnullString;
}
export interface RemoteStorageVolLookupByKeyRet {
  vol: RemoteNonnullStorageVol;
}
export interface RemoteStorageVolLookupByPathArgs {
  path: RemoteNonnullString;
}
export interface RemoteStorageVolLookupByPathRet {
  vol: RemoteNonnullStorageVol;
}
export interface RemoteStorageVolCreateXmlArgs {
  pool: RemoteNonnullStoragePool;
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteStorageVolCreateXmlRet {
  vol: RemoteNonnullStorageVol;
}
export interface RemoteStorageVolCreateXmlFromArgs {
  pool: RemoteNonnullStoragePool;
  xml: RemoteNonnullString;
  clonevol: RemoteNonnullStorageVol;
  flags: number;
}
export interface RemoteStorageVolCreateXmlFromRet {
  vol: RemoteNonnullStorageVol;
}
export interface RemoteStorageVolDeleteArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
export interface RemoteStorageVolWipeArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
export interface RemoteStorageVolWipePatternArgs {
  vol: RemoteNonnullStorageVol;
  algorithm: number;
  flags: number;
}
export interface RemoteStorageVolGetXmlDescArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
export interface RemoteStorageVolGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteStorageVolGetInfoArgs {
  vol: RemoteNonnullStorageVol;
}
export interface RemoteStorageVolGetInfoRet {
  type: number;
  capacity: bigint;
  allocation: bigint;
}
export interface RemoteStorageVolGetInfoFlagsArgs {
  vol: RemoteNonnullStorageVol;
  flags: number;
}
export interface RemoteStorageVolGetInfoFlagsRet {
  type: number;
  capacity: bigint;
  allocation: bigint;
}
export interface RemoteStorageVolGetPathArgs {
  vol: RemoteNonnullStorageVol;
}
export interface RemoteStorageVolGetPathRet {
  name: RemoteNonnullString;
}
export interface RemoteStorageVolResizeArgs {
  vol: RemoteNonnullStorageVol;
  capacity: bigint;
  flags: number;
}
export interface RemoteNodeNumOfDevicesArgs {
  cap: RemoteString;
  flags: number;
}
export interface RemoteNodeNumOfDevicesRet {
  num: number;
}
export interface RemoteNodeListDevicesArgs {
  cap: RemoteString;
  maxnames: number;
  flags: number;
}
export interface RemoteNodeListDevicesRet {
  names: RemoteNonnullString[];
}
export interface RemoteNodeDeviceLookupByNameArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceLookupByNameRet {
  dev: RemoteNonnullNodeDevice;
}
export interface RemoteNodeDeviceLookupScsiHostByWwnArgs {
  wwnn: RemoteNonnullString;
  wwpn: RemoteNonnullString;
  flags: number;
}
export interface RemoteNodeDeviceLookupScsiHostByWwnRet {
  dev: RemoteNonnullNodeDevice;
}
export interface RemoteNodeDeviceGetXmlDescArgs {
  name: RemoteNonnullString;
  flags: number;
}
export interface RemoteNodeDeviceGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteNodeDeviceGetParentArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceGetParentRet {
  parentName: RemoteString;
}
export interface RemoteNodeDeviceNumOfCapsArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceNumOfCapsRet {
  num: number;
}
export interface RemoteNodeDeviceListCapsArgs {
  name: RemoteNonnullString;
  maxnames: number;
}
export interface RemoteNodeDeviceListCapsRet {
  names: RemoteNonnullString[];
}
export interface RemoteNodeDeviceDettachArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceDetachFlagsArgs {
  name: RemoteNonnullString;
  driverName: RemoteString;
  flags: number;
}
export interface RemoteNodeDeviceReAttachArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceResetArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceCreateXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
export interface RemoteNodeDeviceCreateXmlRet {
  dev: RemoteNonnullNodeDevice;
}
export interface RemoteNodeDeviceDestroyArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceDefineXmlArgs {
  xml_desc: RemoteNonnullString;
  flags: number;
}
export interface RemoteNodeDeviceDefineXmlRet {
  dev: RemoteNonnullNodeDevice;
}
export interface RemoteNodeDeviceUndefineArgs {
  name: RemoteNonnullString;
  flags: number;
}
export interface RemoteNodeDeviceCreateArgs {
  name: RemoteNonnullString;
  flags: number;
}
export interface RemoteNodeDeviceGetAutostartArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceGetAutostartRet {
  autostart: number;
}
export interface RemoteNodeDeviceSetAutostartArgs {
  name: RemoteNonnullString;
  autostart: number;
}
export interface RemoteNodeDeviceIsPersistentArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceIsPersistentRet {
  persistent: number;
}
export interface RemoteNodeDeviceIsActiveArgs {
  name: RemoteNonnullString;
}
export interface RemoteNodeDeviceIsActiveRet {
  active: number;
}
export interface RemoteConnectDomainEventRegisterRet {
  cb_registered: number;
}
export interface RemoteConnectDomainEventDeregisterRet {
  cb_registered: number;
}
export interface RemoteDomainEventLifecycleMsg {
  dom: RemoteNonnullDomain;
  event: number;
  detail: number;
}
export interface RemoteDomainEventCallbackLifecycleMsg {
  callbackID: number;
  msg: RemoteDomainEventLifecycleMsg;
}
export interface RemoteConnectDomainXmlFromNativeArgs {
  nativeFormat: RemoteNonnullString;
  nativeConfig: RemoteNonnullString;
  flags: number;
}
export interface RemoteConnectDomainXmlFromNativeRet {
  domainXml: RemoteNonnullString;
}
export interface RemoteConnectDomainXmlToNativeArgs {
  nativeFormat: RemoteNonnullString;
  domainXml: RemoteNonnullString;
  flags: number;
}
export interface RemoteConnectDomainXmlToNativeRet {
  nativeConfig: RemoteNonnullString;
}
export interface RemoteConnectNumOfSecretsRet {
  num: number;
}
export interface RemoteConnectListSecretsArgs {
  maxuuids: number;
}
export interface RemoteConnectListSecretsRet {
  uuids: RemoteNonnullString[];
}
export interface RemoteSecretLookupByUuidArgs {
  uuid: RemoteUuid;
}
export interface RemoteSecretLookupByUuidRet {
  secret: RemoteNonnullSecret;
}
export interface RemoteSecretDefineXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteSecretDefineXmlRet {
  secret: RemoteNonnullSecret;
}
export interface RemoteSecretGetXmlDescArgs {
  secret: RemoteNonnullSecret;
  flags: number;
}
export interface RemoteSecretGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteSecretSetValueArgs {
  secret: RemoteNonnullSecret;
  value: Buffer;
  flags: number;
}
export interface RemoteSecretGetValueArgs {
  secret: RemoteNonnullSecret;
  flags: number;
}
export interface RemoteSecretGetValueRet {
  value: Buffer;
}
export interface RemoteSecretUndefineArgs {
  secret: RemoteNonnullSecret;
}
export interface RemoteSecretLookupByUsageArgs {
  usageType: number;
  usageID: RemoteNonnullString;
}
export interface RemoteSecretLookupByUsageRet {
  secret: RemoteNonnullSecret;
}
export interface RemoteDomainMigratePrepareTunnelArgs {
  flags: bigint;
  dname: RemoteString;
  resource: bigint;
  dom_xml: RemoteNonnullString;
}
export interface RemoteConnectIsSecureRet {
  secure: number;
}
export interface RemoteDomainIsActiveArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainIsActiveRet {
  active: number;
}
export interface RemoteDomainIsPersistentArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainIsPersistentRet {
  persistent: number;
}
export interface RemoteDomainIsUpdatedArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainIsUpdatedRet {
  updated: number;
}
export interface RemoteNetworkIsActiveArgs {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkIsActiveRet {
  active: number;
}
export interface RemoteNetworkIsPersistentArgs {
  net: RemoteNonnullNetwork;
}
export interface RemoteNetworkIsPersistentRet {
  persistent: number;
}
export interface RemoteStoragePoolIsActiveArgs {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolIsActiveRet {
  active: number;
}
export interface RemoteStoragePoolIsPersistentArgs {
  pool: RemoteNonnullStoragePool;
}
export interface RemoteStoragePoolIsPersistentRet {
  persistent: number;
}
export interface RemoteInterfaceIsActiveArgs {
  iface: RemoteNonnullInterface;
}
export interface RemoteInterfaceIsActiveRet {
  active: number;
}
export interface RemoteConnectCompareCpuArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteConnectCompareCpuRet {
  result: number;
}
export interface RemoteConnectBaselineCpuArgs {
  xmlCPUs: RemoteNonnullString[];
  flags: number;
}
export interface RemoteConnectBaselineCpuRet {
  cpu: RemoteNonnullString;
}
export interface RemoteDomainGetJobInfoArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainGetJobInfoRet {
  type: number;
  timeElapsed: bigint;
  timeRemaining: bigint;
  dataTotal: bigint;
  dataProcessed: bigint;
  dataRemaining: bigint;
  memTotal: bigint;
  memProcessed: bigint;
  memRemaining: bigint;
  fileTotal: bigint;
  fileProcessed: bigint;
  fileRemaining: bigint;
}
export interface RemoteDomainGetJobStatsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetJobStatsRet {
  type: number;
  params: RemoteTypedParam[];
}
export interface RemoteDomainAbortJobArgs {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainAbortJobFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainMigrateGetMaxDowntimeArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainMigrateGetMaxDowntimeRet {
  downtime: bigint;
}
export interface RemoteDomainMigrateSetMaxDowntimeArgs {
  dom: RemoteNonnullDomain;
  downtime: bigint;
  flags: number;
}
export interface RemoteDomainMigrateGetCompressionCacheArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainMigrateGetCompressionCacheRet {
  cacheSize: bigint;
}
export interface RemoteDomainMigrateSetCompressionCacheArgs {
  dom: RemoteNonnullDomain;
  cacheSize: bigint;
  flags: number;
}
export interface RemoteDomainMigrateSetMaxSpeedArgs {
  dom: RemoteNonnullDomain;
  bandwidth: bigint;
  flags: number;
}
export interface RemoteDomainMigrateGetMaxSpeedArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainMigrateGetMaxSpeedRet {
  bandwidth: bigint;
}
export interface RemoteConnectDomainEventRegisterAnyArgs {
  eventID: number;
}
export interface RemoteConnectDomainEventDeregisterAnyArgs {
  eventID: number;
}
export interface RemoteConnectDomainEventCallbackRegisterAnyArgs {
  eventID: number;
  dom: RemoteDomain;
}
export interface RemoteConnectDomainEventCallbackRegisterAnyRet {
  callbackID: number;
}
export interface RemoteConnectDomainEventCallbackDeregisterAnyArgs {
  callbackID: number;
}
export interface RemoteDomainEventRebootMsg {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainEventCallbackRebootMsg {
  callbackID: number;
  msg: RemoteDomainEventRebootMsg;
}
export interface RemoteDomainEventRtcChangeMsg {
  dom: RemoteNonnullDomain;
  offset: bigint;
}
export interface RemoteDomainEventCallbackRtcChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventRtcChangeMsg;
}
export interface RemoteDomainEventWatchdogMsg {
  dom: RemoteNonnullDomain;
  action: number;
}
export interface RemoteDomainEventCallbackWatchdogMsg {
  callbackID: number;
  msg: RemoteDomainEventWatchdogMsg;
}
export interface RemoteDomainEventIoErrorMsg {
  dom: RemoteNonnullDomain;
  srcPath: RemoteNonnullString;
  devAlias: RemoteNonnullString;
  action: number;
}
export interface RemoteDomainEventCallbackIoErrorMsg {
  callbackID: number;
  msg: RemoteDomainEventIoErrorMsg;
}
export interface RemoteDomainEventIoErrorReasonMsg {
  dom: RemoteNonnullDomain;
  srcPath: RemoteNonnullString;
  devAlias: RemoteNonnullString;
  action: number;
  reason: RemoteNonnullString;
}
export interface RemoteDomainEventCallbackIoErrorReasonMsg {
  callbackID: number;
  msg: RemoteDomainEventIoErrorReasonMsg;
}
export interface RemoteDomainEventGraphicsAddress {
  family: number;
  node: RemoteNonnullString;
  service: RemoteNonnullString;
}
export interface RemoteDomainEventGraphicsIdentity {
  type: RemoteNonnullString;
  name: RemoteNonnullString;
}
export interface RemoteDomainEventGraphicsMsg {
  dom: RemoteNonnullDomain;
  phase: number;
  local: RemoteDomainEventGraphicsAddress;
  remote: RemoteDomainEventGraphicsAddress;
  authScheme: RemoteNonnullString;
  subject: RemoteDomainEventGraphicsIdentity[];
}
export interface RemoteDomainEventCallbackGraphicsMsg {
  callbackID: number;
  msg: RemoteDomainEventGraphicsMsg;
}
export interface RemoteDomainEventBlockJobMsg {
  dom: RemoteNonnullDomain;
  path: RemoteNonnullString;
  type: number;
  status: number;
}
export interface RemoteDomainEventCallbackBlockJobMsg {
  callbackID: number;
  msg: RemoteDomainEventBlockJobMsg;
}
export interface RemoteDomainEventDiskChangeMsg {
  dom: RemoteNonnullDomain;
  oldSrcPath: RemoteString;
  newSrcPath: RemoteString;
  devAlias: RemoteNonnullString;
  reason: number;
}
export interface RemoteDomainEventCallbackDiskChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventDiskChangeMsg;
}
export interface RemoteDomainEventTrayChangeMsg {
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
  reason: number;
}
export interface RemoteDomainEventCallbackTrayChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventTrayChangeMsg;
}
export interface RemoteDomainEventPmwakeupMsg {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainEventCallbackPmwakeupMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmwakeupMsg;
}
export interface RemoteDomainEventPmsuspendMsg {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainEventCallbackPmsuspendMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmsuspendMsg;
}
export interface RemoteDomainEventBalloonChangeMsg {
  dom: RemoteNonnullDomain;
  actual: bigint;
}
export interface RemoteDomainEventCallbackBalloonChangeMsg {
  callbackID: number;
  msg: RemoteDomainEventBalloonChangeMsg;
}
export interface RemoteDomainEventPmsuspendDiskMsg {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainEventCallbackPmsuspendDiskMsg {
  callbackID: number;
  reason: number;
  msg: RemoteDomainEventPmsuspendDiskMsg;
}
export interface RemoteDomainManagedSaveArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainHasManagedSaveImageArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainHasManagedSaveImageRet {
  result: number;
}
export interface RemoteDomainManagedSaveRemoveArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainManagedSaveGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainManagedSaveGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteDomainManagedSaveDefineXmlArgs {
  dom: RemoteNonnullDomain;
  dxml: RemoteString;
  flags: number;
}
export interface RemoteDomainSnapshotCreateXmlArgs {
  dom: RemoteNonnullDomain;
  xml_desc: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainSnapshotCreateXmlRet {
  snap: RemoteNonnullDomainSnapshot;
}
export interface RemoteDomainSnapshotGetXmlDescArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
export interface RemoteDomainSnapshotGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteDomainSnapshotNumArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainSnapshotNumRet {
  num: number;
}
export interface RemoteDomainSnapshotListNamesArgs {
  dom: RemoteNonnullDomain;
  maxnames: number;
  flags: number;
}
export interface RemoteDomainSnapshotListNamesRet {
  names: RemoteNonnullString[];
}
export interface RemoteDomainListAllSnapshotsArgs {
  dom: RemoteNonnullDomain;
  need_results: number;
  flags: number;
}
export interface RemoteDomainListAllSnapshotsRet {
  snapshots: RemoteNonnullDomainSnapshot[];
  ret: number;
}
export interface RemoteDomainSnapshotNumChildrenArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
export interface RemoteDomainSnapshotNumChildrenRet {
  num: number;
}
export interface RemoteDomainSnapshotListChildrenNamesArgs {
  snap: RemoteNonnullDomainSnapshot;
  maxnames: number;
  flags: number;
}
export interface RemoteDomainSnapshotListChildrenNamesRet {
  names: RemoteNonnullString[];
}
export interface RemoteDomainSnapshotListAllChildrenArgs {
  snapshot: RemoteNonnullDomainSnapshot;
  need_results: number;
  flags: number;
}
export interface RemoteDomainSnapshotListAllChildrenRet {
  snapshots: RemoteNonnullDomainSnapshot[];
  ret: number;
}
export interface RemoteDomainSnapshotLookupByNameArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainSnapshotLookupByNameRet {
  snap: RemoteNonnullDomainSnapshot;
}
export interface RemoteDomainHasCurrentSnapshotArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainHasCurrentSnapshotRet {
  result: number;
}
export interface RemoteDomainSnapshotGetParentArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
export interface RemoteDomainSnapshotGetParentRet {
  snap: RemoteNonnullDomainSnapshot;
}
export interface RemoteDomainSnapshotCurrentArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainSnapshotCurrentRet {
  snap: RemoteNonnullDomainSnapshot;
}
export interface RemoteDomainSnapshotIsCurrentArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
export interface RemoteDomainSnapshotIsCurrentRet {
  current: number;
}
export interface RemoteDomainSnapshotHasMetadataArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
export interface RemoteDomainSnapshotHasMetadataRet {
  metadata: number;
}
export interface RemoteDomainRevertToSnapshotArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
export interface RemoteDomainSnapshotDeleteArgs {
  snap: RemoteNonnullDomainSnapshot;
  flags: number;
}
export interface RemoteDomainOpenConsoleArgs {
  dom: RemoteNonnullDomain;
  dev_name: RemoteString;
  flags: number;
}
export interface RemoteDomainOpenChannelArgs {
  dom: RemoteNonnullDomain;
  name: RemoteString;
  flags: number;
}
export interface RemoteStorageVolUploadArgs {
  vol: RemoteNonnullStorageVol;
  offset: bigint;
  length: bigint;
  flags: number;
}
export interface RemoteStorageVolDownloadArgs {
  vol: RemoteNonnullStorageVol;
  offset: bigint;
  length: bigint;
  flags: number;
}
export interface RemoteDomainGetStateArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetStateRet {
  state: number;
  reason: number;
}
export interface RemoteDomainMigrateBegin3Args {
  dom: RemoteNonnullDomain;
  xmlin: RemoteString;
  flags: bigint;
  dname: RemoteString;
  resource: bigint;
}
export interface RemoteDomainMigrateBegin3Ret {
  cookie_out: Buffer;
  xml: RemoteNonnullString;
}
export interface RemoteDomainMigratePrepare3Args {
  cookie_in: Buffer;
  uri_in: RemoteString;
  flags: bigint;
  dname: RemoteString;
  resource: bigint;
  dom_xml: RemoteNonnullString;
}
export interface RemoteDomainMigratePrepare3Ret {
  cookie_out: Buffer;
  uri_out: RemoteString;
}
export interface RemoteDomainMigratePrepareTunnel3Args {
  cookie_in: Buffer;
  flags: bigint;
  dname: RemoteString;
  resource: bigint;
  dom_xml: RemoteNonnullString;
}
export interface RemoteDomainMigratePrepareTunnel3Ret {
  cookie_out: Buffer;
}
export interface RemoteDomainMigratePerform3Args {
  dom: RemoteNonnullDomain;
  xmlin: RemoteString;
  cookie_in: Buffer;
  dconnuri: RemoteString;
  uri: RemoteString;
  flags: bigint;
  dname: RemoteString;
  resource: bigint;
}
export interface RemoteDomainMigratePerform3Ret {
  cookie_out: Buffer;
}
export interface RemoteDomainMigrateFinish3Args {
  dname: RemoteNonnullString;
  cookie_in: Buffer;
  dconnuri: RemoteString;
  uri: RemoteString;
  flags: bigint;
  cancelled: number;
}
export interface RemoteDomainMigrateFinish3Ret {
  dom: RemoteNonnullDomain;
  cookie_out: Buffer;
}
export interface RemoteDomainMigrateConfirm3Args {
  dom: RemoteNonnullDomain;
  cookie_in: Buffer;
  flags: bigint;
  cancelled: number;
}
export interface RemoteDomainEventControlErrorMsg {
  dom: RemoteNonnullDomain;
}
export interface RemoteDomainEventCallbackControlErrorMsg {
  callbackID: number;
  msg: RemoteDomainEventControlErrorMsg;
}
export interface RemoteDomainGetControlInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetControlInfoRet {
  state: number;
  details: number;
  stateTime: bigint;
}
export interface RemoteDomainOpenGraphicsArgs {
  dom: RemoteNonnullDomain;
  idx: number;
  flags: number;
}
export interface RemoteDomainOpenGraphicsFdArgs {
  dom: RemoteNonnullDomain;
  idx: number;
  flags: number;
}
export interface RemoteNodeSuspendForDurationArgs {
  target: number;
  duration: bigint;
  flags: number;
}
export interface RemoteDomainShutdownFlagsArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetDiskErrorsArgs {
  dom: RemoteNonnullDomain;
  maxerrors: number;
  flags: number;
}
export interface RemoteDomainGetDiskErrorsRet {
  errors: RemoteDomainDiskError[];
  nerrors: number;
}
export interface RemoteConnectListAllDomainsArgs {
  need_results: number;
  flags: number;
}
export interface RemoteConnectListAllDomainsRet {
  domains: RemoteNonnullDomain[];
  ret: number;
}
export interface RemoteConnectListAllStoragePoolsArgs {
  need_results: number;
  flags: number;
}
export interface RemoteConnectListAllStoragePoolsRet {
  pools: RemoteNonnullStoragePool[];
  ret: number;
}
export interface RemoteStoragePoolListAllVolumesArgs {
  pool: RemoteNonnullStoragePool;
  need_results: number;
  flags: number;
}
export interface RemoteStoragePoolListAllVolumesRet {
  vols: RemoteNonnullStorageVol[];
  ret: number;
}
export interface RemoteConnectListAllNetworksArgs {
  need_results: number;
  flags: number;
}
export interface RemoteConnectListAllNetworksRet {
  nets: RemoteNonnullNetwork[];
  ret: number;
}
export interface RemoteConnectListAllInterfacesArgs {
  need_results: number;
  flags: number;
}
export interface RemoteConnectListAllInterfacesRet {
  ifaces: RemoteNonnullInterface[];
  ret: number;
}
export interface RemoteConnectListAllNodeDevicesArgs {
  need_results: number;
  flags: number;
}
export interface RemoteConnectListAllNodeDevicesRet {
  devices: RemoteNonnullNodeDevice[];
  ret: number;
}
export interface RemoteConnectListAllNwfiltersArgs {
  need_results: number;
  flags: number;
}
export interface RemoteConnectListAllNwfiltersRet {
  filters: RemoteNonnullNwfilter[];
  ret: number;
}
export interface RemoteConnectListAllSecretsArgs {
  need_results: number;
  flags: number;
}
export interface RemoteConnectListAllSecretsRet {
  secrets: RemoteNonnullSecret[];
  ret: number;
}
export interface RemoteNodeSetMemoryParametersArgs {
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteNodeGetMemoryParametersArgs {
  nparams: number;
  flags: number;
}
export interface RemoteNodeGetMemoryParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteNodeGetCpuMapArgs {
  need_map: number;
  need_online: number;
  flags: number;
}
export interface RemoteNodeGetCpuMapRet {
  cpumap: Buffer;
  online: number;
  ret: number;
}
export interface RemoteDomainFstrimArgs {
  dom: RemoteNonnullDomain;
  mountPoint: RemoteString;
  minimum: bigint;
  flags: number;
}
export interface RemoteDomainGetTimeArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetTimeRet {
  seconds: bigint;
  nseconds: number;
}
export interface RemoteDomainSetTimeArgs {
  dom: RemoteNonnullDomain;
  seconds: bigint;
  nseconds: number;
  flags: number;
}
export interface RemoteDomainMigrateBegin3ParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainMigrateBegin3ParamsRet {
  cookie_out: Buffer;
  xml: RemoteNonnullString;
}
export interface RemoteDomainMigratePrepare3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
export interface RemoteDomainMigratePrepare3ParamsRet {
  cookie_out: Buffer;
  uri_out: RemoteString;
}
export interface RemoteDomainMigratePrepareTunnel3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
export interface RemoteDomainMigratePrepareTunnel3ParamsRet {
  cookie_out: Buffer;
}
export interface RemoteDomainMigratePerform3ParamsArgs {
  dom: RemoteNonnullDomain;
  dconnuri: RemoteString;
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
}
export interface RemoteDomainMigratePerform3ParamsRet {
  cookie_out: Buffer;
}
export interface RemoteDomainMigrateFinish3ParamsArgs {
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
  cancelled: number;
}
export interface RemoteDomainMigrateFinish3ParamsRet {
  dom: RemoteNonnullDomain;
  cookie_out: Buffer;
}
export interface RemoteDomainMigrateConfirm3ParamsArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  cookie_in: Buffer;
  flags: number;
  cancelled: number;
}
export interface RemoteDomainEventDeviceRemovedMsg {
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
export interface RemoteDomainEventCallbackDeviceRemovedMsg {
  callbackID: number;
  msg: RemoteDomainEventDeviceRemovedMsg;
}
export interface RemoteDomainEventBlockJob2Msg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  dst: RemoteNonnullString;
  type: number;
  status: number;
}
export interface RemoteDomainEventBlockThresholdMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  dev: RemoteNonnullString;
  path: RemoteString;
  threshold: bigint;
  excess: bigint;
}
export interface RemoteDomainEventCallbackTunableMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
export interface RemoteDomainEventCallbackDeviceAddedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
export interface RemoteConnectEventConnectionClosedMsg {
  reason: number;
}
export interface RemoteConnectGetCpuModelNamesArgs {
  arch: RemoteNonnullString;
  need_results: number;
  flags: number;
}
export interface RemoteConnectGetCpuModelNamesRet {
  models: RemoteNonnullString[];
  ret: number;
}
export interface RemoteConnectNetworkEventRegisterAnyArgs {
  eventID: number;
  net: RemoteNetwork;
}
export interface RemoteConnectNetworkEventRegisterAnyRet {
  callbackID: number;
}
export interface RemoteConnectNetworkEventDeregisterAnyArgs {
  callbackID: number;
}
export interface RemoteNetworkEventLifecycleMsg {
  callbackID: number;
  net: RemoteNonnullNetwork;
  event: number;
  detail: number;
}
export interface RemoteConnectStoragePoolEventRegisterAnyArgs {
  eventID: number;
  pool: RemoteStoragePool;
}
export interface RemoteConnectStoragePoolEventRegisterAnyRet {
  callbackID: number;
}
export interface RemoteConnectStoragePoolEventDeregisterAnyArgs {
  callbackID: number;
}
export interface RemoteStoragePoolEventLifecycleMsg {
  callbackID: number;
  pool: RemoteNonnullStoragePool;
  event: number;
  detail: number;
}
export interface RemoteStoragePoolEventRefreshMsg {
  callbackID: number;
  pool: RemoteNonnullStoragePool;
}
export interface RemoteConnectNodeDeviceEventRegisterAnyArgs {
  eventID: number;
  dev: RemoteNodeDevice;
}
export interface RemoteConnectNodeDeviceEventRegisterAnyRet {
  callbackID: number;
}
export interface RemoteConnectNodeDeviceEventDeregisterAnyArgs {
  callbackID: number;
}
export interface RemoteNodeDeviceEventLifecycleMsg {
  callbackID: number;
  dev: RemoteNonnullNodeDevice;
  event: number;
  detail: number;
}
export interface RemoteNodeDeviceEventUpdateMsg {
  callbackID: number;
  dev: RemoteNonnullNodeDevice;
}
export interface RemoteDomainFsfreezeArgs {
  dom: RemoteNonnullDomain;
  mountpoints: RemoteNonnullString[];
  flags: number;
}
export interface RemoteDomainFsfreezeRet {
  filesystems: number;
}
export interface RemoteDomainFsthawArgs {
  dom: RemoteNonnullDomain;
  mountpoints: RemoteNonnullString[];
  flags: number;
}
export interface RemoteDomainFsthawRet {
  filesystems: number;
}
export interface RemoteNodeGetFreePagesArgs {
  pages: number[];
  startCell: number;
  cellCount: number;
  flags: number;
}
export interface RemoteNodeGetFreePagesRet {
  counts: bigint[];
}
export interface RemoteNodeAllocPagesArgs {
  pageSizes: number[];
  pageCounts: bigint[];
  startCell: number;
  cellCount: number;
  flags: number;
}
export interface RemoteNodeAllocPagesRet {
  ret: number;
}
export interface RemoteNetworkDhcpLease {
  iface: RemoteNonnullString;
  expirytime: bigint;
  type: number;
  mac: RemoteString;
  iaid: RemoteString;
  ipaddr: RemoteNonnullString;
  prefix: number;
  hostname: RemoteString;
  clientid: RemoteString;
}
export interface RemoteNetworkGetDhcpLeasesArgs {
  net: RemoteNonnullNetwork;
  mac: RemoteString;
  need_results: number;
  flags: number;
}
export interface RemoteNetworkGetDhcpLeasesRet {
  leases: RemoteNetworkDhcpLease[];
  ret: number;
}
export interface RemoteDomainStatsRecord {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
export interface RemoteConnectGetAllDomainStatsArgs {
  doms: RemoteNonnullDomain[];
  stats: number;
  flags: number;
}
export interface RemoteDomainEventCallbackAgentLifecycleMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  state: number;
  reason: number;
}
export interface RemoteConnectGetAllDomainStatsRet {
  retStats: RemoteDomainStatsRecord[];
}
export interface RemoteDomainFsinfo {
  mountpoint: RemoteNonnullString;
  name: RemoteNonnullString;
  fstype: RemoteNonnullString;
  dev_aliases: RemoteNonnullString[];
}
export interface RemoteDomainGetFsinfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetFsinfoRet {
  info: RemoteDomainFsinfo[];
  ret: number;
}
export interface RemoteDomainIpAddr {
  type: number;
  addr: RemoteNonnullString;
  prefix: number;
}
export interface RemoteDomainInterface {
  name: RemoteNonnullString;
  hwaddr: RemoteString;
  addrs: RemoteDomainIpAddr[];
}
export interface RemoteDomainInterfaceAddressesArgs {
  dom: RemoteNonnullDomain;
  source: number;
  flags: number;
}
export interface RemoteDomainInterfaceAddressesRet {
  ifaces: RemoteDomainInterface[];
}
export interface RemoteDomainSetUserPasswordArgs {
  dom: RemoteNonnullDomain;
  user: RemoteString;
  password: RemoteString;
  flags: number;
}
export interface RemoteDomainRenameArgs {
  dom: RemoteNonnullDomain;
  new_name: RemoteString;
  flags: number;
}
export interface RemoteDomainRenameRet {
  retcode: number;
}
export interface RemoteDomainEventCallbackMigrationIterationMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  iteration: number;
}
export interface RemoteDomainEventCallbackJobCompletedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
}
export interface RemoteDomainMigrateStartPostCopyArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainEventCallbackDeviceRemovalFailedMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  devAlias: RemoteNonnullString;
}
export interface RemoteDomainGetGuestVcpusArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetGuestVcpusRet {
  params: RemoteTypedParam[];
}
export interface RemoteDomainSetGuestVcpusArgs {
  dom: RemoteNonnullDomain;
  cpumap: RemoteNonnullString;
  state: number;
  flags: number;
}
export interface RemoteDomainSetVcpuArgs {
  dom: RemoteNonnullDomain;
  cpumap: RemoteNonnullString;
  state: number;
  flags: number;
}
export interface RemoteDomainEventCallbackMetadataChangeMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  type: number;
  nsuri: RemoteString;
}
export interface RemoteDomainEventMemoryFailureMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  recipient: number;
  action: number;
  flags: number;
}
export interface RemoteConnectSecretEventRegisterAnyArgs {
  eventID: number;
  secret: RemoteSecret;
}
export interface RemoteConnectSecretEventRegisterAnyRet {
  callbackID: number;
}
export interface RemoteConnectSecretEventDeregisterAnyArgs {
  callbackID: number;
}
export interface RemoteSecretEventLifecycleMsg {
  callbackID: number;
  secret: RemoteNonnullSecret;
  event: number;
  detail: number;
}
export interface RemoteSecretEventValueChangedMsg {
  callbackID: number;
  secret: RemoteNonnullSecret;
}
export interface RemoteDomainSetBlockThresholdArgs {
  dom: RemoteNonnullDomain;
  dev: RemoteNonnullString;
  threshold: bigint;
  flags: number;
}
export interface RemoteDomainSetLifecycleActionArgs {
  dom: RemoteNonnullDomain;
  type: number;
  action: number;
  flags: number;
}
export interface RemoteConnectCompareHypervisorCpuArgs {
  emulator: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  xmlCPU: RemoteNonnullString;
  flags: number;
}
export interface RemoteConnectCompareHypervisorCpuRet {
  result: number;
}
export interface RemoteConnectBaselineHypervisorCpuArgs {
  emulator: RemoteString;
  arch: RemoteString;
  machine: RemoteString;
  virttype: RemoteString;
  xmlCPUs: RemoteNonnullString[];
  flags: number;
}
export interface RemoteConnectBaselineHypervisorCpuRet {
  cpu: RemoteNonnullString;
}
export interface RemoteNodeGetSevInfoArgs {
  nparams: number;
  flags: number;
}
export interface RemoteNodeGetSevInfoRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteDomainGetLaunchSecurityInfoArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetLaunchSecurityInfoRet {
  params: RemoteTypedParam[];
}
export interface RemoteDomainSetLaunchSecurityStateArgs {
  dom: RemoteNonnullDomain;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteNwfilterBindingLookupByPortDevArgs {
  name: RemoteNonnullString;
}
export interface RemoteNwfilterBindingLookupByPortDevRet {
  nwfilter: RemoteNonnullNwfilterBinding;
}
export interface RemoteNwfilterBindingCreateXmlArgs {
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteNwfilterBindingCreateXmlRet {
  nwfilter: RemoteNonnullNwfilterBinding;
}
export interface RemoteNwfilterBindingDeleteArgs {
  nwfilter: RemoteNonnullNwfilterBinding;
}
export interface RemoteNwfilterBindingGetXmlDescArgs {
  nwfilter: RemoteNonnullNwfilterBinding;
  flags: number;
}
export interface RemoteNwfilterBindingGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteConnectListAllNwfilterBindingsArgs {
  need_results: number;
  flags: number;
}
export interface RemoteConnectListAllNwfilterBindingsRet {
  bindings: RemoteNonnullNwfilterBinding[];
  ret: number;
}
export interface RemoteConnectGetStoragePoolCapabilitiesArgs {
  flags: number;
}
export interface RemoteConnectGetStoragePoolCapabilitiesRet {
  capabilities: RemoteNonnullString;
}
export interface RemoteNetworkListAllPortsArgs {
  network: RemoteNonnullNetwork;
  need_results: number;
  flags: number;
}
export interface RemoteNetworkListAllPortsRet {
  ports: RemoteNonnullNetworkPort[];
  ret: number;
}
export interface RemoteNetworkPortLookupByUuidArgs {
  network: RemoteNonnullNetwork;
  uuid: RemoteUuid;
}
export interface RemoteNetworkPortLookupByUuidRet {
  port: RemoteNonnullNetworkPort;
}
export interface RemoteNetworkPortCreateXmlArgs {
  network: RemoteNonnullNetwork;
  xml: RemoteNonnullString;
  flags: number;
}
export interface RemoteNetworkPortCreateXmlRet {
  port: RemoteNonnullNetworkPort;
}
export interface RemoteNetworkPortSetParametersArgs {
  port: RemoteNonnullNetworkPort;
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteNetworkPortGetParametersArgs {
  port: RemoteNonnullNetworkPort;
  nparams: number;
  flags: number;
}
export interface RemoteNetworkPortGetParametersRet {
  params: RemoteTypedParam[];
  nparams: number;
}
export interface RemoteNetworkPortGetXmlDescArgs {
  port: RemoteNonnullNetworkPort;
  flags: number;
}
export interface RemoteNetworkPortGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteNetworkPortDeleteArgs {
  port: RemoteNonnullNetworkPort;
  flags: number;
}
export interface RemoteDomainCheckpointCreateXmlArgs {
  dom: RemoteNonnullDomain;
  xml_desc: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainCheckpointCreateXmlRet {
  checkpoint: RemoteNonnullDomainCheckpoint;
}
export interface RemoteDomainCheckpointGetXmlDescArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
export interface RemoteDomainCheckpointGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteDomainListAllCheckpointsArgs {
  dom: RemoteNonnullDomain;
  need_results: number;
  flags: number;
}
export interface RemoteDomainListAllCheckpointsRet {
  checkpoints: RemoteNonnullDomainCheckpoint[];
  ret: number;
}
export interface RemoteDomainCheckpointListAllChildrenArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  need_results: number;
  flags: number;
}
export interface RemoteDomainCheckpointListAllChildrenRet {
  checkpoints: RemoteNonnullDomainCheckpoint[];
  ret: number;
}
export interface RemoteDomainCheckpointLookupByNameArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainCheckpointLookupByNameRet {
  checkpoint: RemoteNonnullDomainCheckpoint;
}
export interface RemoteDomainCheckpointGetParentArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
export interface RemoteDomainCheckpointGetParentRet {
  parent: RemoteNonnullDomainCheckpoint;
}
export interface RemoteDomainCheckpointDeleteArgs {
  checkpoint: RemoteNonnullDomainCheckpoint;
  flags: number;
}
export interface RemoteDomainGetGuestInfoArgs {
  dom: RemoteNonnullDomain;
  types: number;
  flags: number;
}
export interface RemoteDomainGetGuestInfoRet {
  params: RemoteTypedParam[];
}
export interface RemoteConnectSetIdentityArgs {
  params: RemoteTypedParam[];
  flags: number;
}
export interface RemoteDomainAgentSetResponseTimeoutArgs {
  dom: RemoteNonnullDomain;
  timeout: number;
  flags: number;
}
export interface RemoteDomainAgentSetResponseTimeoutRet {
  result: number;
}
export interface RemoteDomainBackupBeginArgs {
  dom: RemoteNonnullDomain;
  backup_xml: RemoteNonnullString;
  checkpoint_xml: RemoteString;
  flags: number;
}
export interface RemoteDomainBackupGetXmlDescArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainBackupGetXmlDescRet {
  xml: RemoteNonnullString;
}
export interface RemoteDomainAuthorizedSshKeysGetArgs {
  dom: RemoteNonnullDomain;
  user: RemoteNonnullString;
  flags: number;
}
export interface RemoteDomainAuthorizedSshKeysGetRet {
  keys: RemoteNonnullString[];
}
export interface RemoteDomainAuthorizedSshKeysSetArgs {
  dom: RemoteNonnullDomain;
  user: RemoteNonnullString;
  keys: RemoteNonnullString[];
  flags: number;
}
export interface RemoteDomainGetMessagesArgs {
  dom: RemoteNonnullDomain;
  flags: number;
}
export interface RemoteDomainGetMessagesRet {
  msgs: RemoteNonnullString[];
}
export interface RemoteDomainStartDirtyRateCalcArgs {
  dom: RemoteNonnullDomain;
  seconds: number;
  flags: number;
}
export interface RemoteDomainEventMemoryDeviceSizeChangeMsg {
  callbackID: number;
  dom: RemoteNonnullDomain;
  alias: RemoteNonnullString;
  size: bigint;
}
export interface RemoteDomainFdAssociateArgs {
  dom: RemoteNonnullDomain;
  name: RemoteNonnullString;
  flags: number;
}
export type RemoteProcedure = number;

// ---- Type descriptors for the XDR codec ----

export const remoteTypes: XdrTypeTable = {
  virNetMessageType: {"kind":"enum","values":{"VIR_NET_CALL":0,"VIR_NET_REPLY":1,"VIR_NET_MESSAGE":2,"VIR_NET_STREAM":3,"VIR_NET_CALL_WITH_FDS":4,"VIR_NET_REPLY_WITH_FDS":5,"VIR_NET_STREAM_HOLE":6}},
  virNetMessageStatus: {"kind":"enum","values":{"VIR_NET_OK":0,"VIR_NET_ERROR":1,"VIR_NET_CONTINUE":2}},
  virNetMessageHeader: {"kind":"struct","fields":[["prog",{"kind":"uint"}],["vers",{"kind":"uint"}],["proc",{"kind":"int"}],["type",{"kind":"ref","name":"virNetMessageType"}],["serial",{"kind":"uint"}],["status",{"kind":"ref","name":"virNetMessageStatus"}]]},
  virNetMessageUUID: {"kind":"opaque","fixed":16},
  virNetMessageNonnullString: {"kind":"string","max":4194304},
  virNetMessageString: {"kind":"optional","of":{"kind":"ref","name":"virNetMessageNonnullString"}},
  virNetMessageNonnullDomain: {"kind":"struct","fields":[["name",{"kind":"ref","name":"virNetMessageNonnullString"}],["uuid",{"kind":"ref","name":"virNetMessageUUID"}],["id",{"kind":"int"}]]},
  virNetMessageNonnullNetwork: {"kind":"struct","fields":[["name",{"kind":"ref","name":"virNetMessageNonnullString"}],["uuid",{"kind":"ref","name":"virNetMessageUUID"}]]},
  virNetMessageDomain: {"kind":"optional","of":{"kind":"ref","name":"virNetMessageNonnullDomain"}},
  virNetMessageNetwork: {"kind":"optional","of":{"kind":"ref","name":"virNetMessageNonnullNetwork"}},
  virNetMessageError: {"kind":"struct","fields":[["code",{"kind":"int"}],["domain",{"kind":"int"}],["message",{"kind":"ref","name":"virNetMessageString"}],["level",{"kind":"int"}],["dom",{"kind":"ref","name":"virNetMessageDomain"}],["str1",{"kind":"ref","name":"virNetMessageString"}],["str2",{"kind":"ref","name":"virNetMessageString"}],["str3",{"kind":"ref","name":"virNetMessageString"}],["int1",{"kind":"int"}],["int2",{"kind":"int"}],["net",{"kind":"ref","name":"virNetMessageNetwork"}]]},
  virNetStreamHole: {"kind":"struct","fields":[["length",{"kind":"hyper"}],["flags",{"kind":"uint"}]]},
  keepalive_procedure: {"kind":"enum","values":{"KEEPALIVE_PROC_PING":1,"KEEPALIVE_PROC_PONG":2}},
  remote_nonnull_string: {"kind":"string","max":4194304},
  remote_string: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_string"}},
  remote_uuid: {"kind":"opaque","fixed":16},
  remote_nonnull_domain: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["uuid",{"kind":"ref","name":"remote_uuid"}],["id",{"kind":"int"}]]},
  remote_nonnull_network: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_nonnull_network_port: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}],["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_nonnull_nwfilter: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_nonnull_nwfilter_binding: {"kind":"struct","fields":[["portdev",{"kind":"ref","name":"remote_nonnull_string"}],["filtername",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_nonnull_interface: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["mac",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_nonnull_storage_pool: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_nonnull_storage_vol: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_string"}],["name",{"kind":"ref","name":"remote_nonnull_string"}],["key",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_nonnull_node_device: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_nonnull_secret: {"kind":"struct","fields":[["uuid",{"kind":"ref","name":"remote_uuid"}],["usageType",{"kind":"int"}],["usageID",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_nonnull_domain_checkpoint: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_nonnull_domain_snapshot: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_domain"}},
  remote_network: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_network"}},
  remote_network_port: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_network_port"}},
  remote_nwfilter: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_nwfilter"}},
  remote_nwfilter_binding: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_nwfilter_binding"}},
  remote_storage_pool: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_storage_pool"}},
  remote_storage_vol: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_storage_vol"}},
  remote_node_device: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_node_device"}},
  remote_secret: {"kind":"optional","of":{"kind":"ref","name":"remote_nonnull_secret"}},
  remote_error: {"kind":"struct","fields":[["code",{"kind":"int"}],["domain",{"kind":"int"}],["message",{"kind":"ref","name":"remote_string"}],["level",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_domain"}],["str1",{"kind":"ref","name":"remote_string"}],["str2",{"kind":"ref","name":"remote_string"}],["str3",{"kind":"ref","name":"remote_string"}],["int1",{"kind":"int"}],["int2",{"kind":"int"}],["net",{"kind":"ref","name":"remote_network"}]]},
  remote_auth_type: {"kind":"enum","values":{"REMOTE_AUTH_NONE":0,"REMOTE_AUTH_SASL":1,"REMOTE_AUTH_POLKIT":2}},
  remote_vcpu_info: {"kind":"struct","fields":[["number",{"kind":"uint"}],["state",{"kind":"int"}],["cpu_time",{"kind":"uhyper"}],["cpu",{"kind":"int"}]]},
  remote_typed_param_value: {"kind":"union","discriminant":["type",{"kind":"int"}],"arms":[{"cases":[1],"field":["i",{"kind":"int"}]},{"cases":[2],"field":["ui",{"kind":"uint"}]},{"cases":[3],"field":["l",{"kind":"hyper"}]},{"cases":[4],"field":["ul",{"kind":"uhyper"}]},{"cases":[5],"field":["d",{"kind":"double"}]},{"cases":[6],"field":["b",{"kind":"int"}]},{"cases":[7],"field":["s",{"kind":"ref","name":"remote_nonnull_string"}]}]},
  remote_typed_param: {"kind":"struct","fields":[["field",{"kind":"ref","name":"remote_nonnull_string"}],["value",{"kind":"ref","name":"remote_typed_param_value"}]]},
  remote_node_get_cpu_stats: {"kind":"struct","fields":[["field",{"kind":"ref","name":"remote_nonnull_string"}],["value",{"kind":"uhyper"}]]},
  remote_node_get_memory_stats: {"kind":"struct","fields":[["field",{"kind":"ref","name":"remote_nonnull_string"}],["value",{"kind":"uhyper"}]]},
  remote_domain_disk_error: {"kind":"struct","fields":[["disk",{"kind":"ref","name":"remote_nonnull_string"}],["error",{"kind":"int"}]]},
  remote_connect_open_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_connect_supports_feature_args: {"kind":"struct","fields":[["feature",{"kind":"int"}]]},
  remote_connect_supports_feature_ret: {"kind":"struct","fields":[["supported",{"kind":"int"}]]},
  remote_connect_get_type_ret: {"kind":"struct","fields":[["type",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_get_version_ret: {"kind":"struct","fields":[["hv_ver",{"kind":"uhyper"}]]},
  remote_connect_get_lib_version_ret: {"kind":"struct","fields":[["lib_ver",{"kind":"uhyper"}]]},
  remote_connect_get_hostname_ret: {"kind":"struct","fields":[["hostname",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_get_sysinfo_args: {"kind":"struct","fields":[["flags",{"kind":"uint"}]]},
  remote_connect_get_sysinfo_ret: {"kind":"struct","fields":[["sysinfo",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_get_uri_ret: {"kind":"struct","fields":[["uri",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_get_max_vcpus_args: {"kind":"struct","fields":[["type",{"kind":"ref","name":"remote_string"}]]},
  remote_connect_get_max_vcpus_ret: {"kind":"struct","fields":[["max_vcpus",{"kind":"int"}]]},
  remote_node_get_info_ret: {"kind":"struct","fields":[["model",{"kind":"array","of":{"kind":"int","bits":8},"fixed":32}],["memory",{"kind":"uhyper"}],["cpus",{"kind":"int"}],["mhz",{"kind":"int"}],["nodes",{"kind":"int"}],["sockets",{"kind":"int"}],["cores",{"kind":"int"}],["threads",{"kind":"int"}]]},
  remote_connect_get_capabilities_ret: {"kind":"struct","fields":[["capabilities",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_get_domain_capabilities_args: {"kind":"struct","fields":[["emulatorbin",{"kind":"ref","name":"remote_string"}],["arch",{"kind":"ref","name":"remote_string"}],["machine",{"kind":"ref","name":"remote_string"}],["virttype",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_connect_get_domain_capabilities_ret: {"kind":"struct","fields":[["capabilities",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_get_cpu_stats_args: {"kind":"struct","fields":[["cpuNum",{"kind":"int"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_node_get_cpu_stats_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_node_get_cpu_stats"},"max":16}],["nparams",{"kind":"int"}]]},
  remote_node_get_memory_stats_args: {"kind":"struct","fields":[["nparams",{"kind":"int"}],["cellNum",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_node_get_memory_stats_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_node_get_memory_stats"},"max":16}],["nparams",{"kind":"int"}]]},
  remote_node_get_cells_free_memory_args: {"kind":"struct","fields":[["startCell",{"kind":"int"}],["maxcells",{"kind":"int"}]]},
  remote_node_get_cells_free_memory_ret: {"kind":"struct","fields":[["cells",{"kind":"vararray","of":{"kind":"uhyper"},"max":1024}]]},
  remote_node_get_free_memory_ret: {"kind":"struct","fields":[["freeMem",{"kind":"uhyper"}]]},
  remote_domain_get_scheduler_type_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_scheduler_type_ret: {"kind":"struct","fields":[["type",{"kind":"ref","name":"remote_nonnull_string"}],["nparams",{"kind":"int"}]]},
  remote_domain_get_scheduler_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["nparams",{"kind":"int"}]]},
  remote_domain_get_scheduler_parameters_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}]]},
  remote_domain_get_scheduler_parameters_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_scheduler_parameters_flags_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}]]},
  remote_domain_set_scheduler_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}]]},
  remote_domain_set_scheduler_parameters_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["flags",{"kind":"uint"}]]},
  remote_domain_set_blkio_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["flags",{"kind":"uint"}]]},
  remote_domain_get_blkio_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_blkio_parameters_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["nparams",{"kind":"int"}]]},
  remote_domain_set_memory_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["flags",{"kind":"uint"}]]},
  remote_domain_get_memory_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_memory_parameters_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["nparams",{"kind":"int"}]]},
  remote_domain_block_resize_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["disk",{"kind":"ref","name":"remote_nonnull_string"}],["size",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_set_numa_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["flags",{"kind":"uint"}]]},
  remote_domain_get_numa_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_numa_parameters_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["nparams",{"kind":"int"}]]},
  remote_domain_set_perf_events_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["flags",{"kind":"uint"}]]},
  remote_domain_get_perf_events_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_perf_events_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}]]},
  remote_domain_block_stats_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_block_stats_ret: {"kind":"struct","fields":[["rd_req",{"kind":"hyper"}],["rd_bytes",{"kind":"hyper"}],["wr_req",{"kind":"hyper"}],["wr_bytes",{"kind":"hyper"}],["errs",{"kind":"hyper"}]]},
  remote_domain_block_stats_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_block_stats_flags_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["nparams",{"kind":"int"}]]},
  remote_domain_interface_stats_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["device",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_interface_stats_ret: {"kind":"struct","fields":[["rx_bytes",{"kind":"hyper"}],["rx_packets",{"kind":"hyper"}],["rx_errs",{"kind":"hyper"}],["rx_drop",{"kind":"hyper"}],["tx_bytes",{"kind":"hyper"}],["tx_packets",{"kind":"hyper"}],["tx_errs",{"kind":"hyper"}],["tx_drop",{"kind":"hyper"}]]},
  remote_domain_set_interface_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["device",{"kind":"ref","name":"remote_nonnull_string"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["flags",{"kind":"uint"}]]},
  remote_domain_get_interface_parameters_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["device",{"kind":"ref","name":"remote_nonnull_string"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_interface_parameters_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["nparams",{"kind":"int"}]]},
  remote_domain_memory_stats_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["maxStats",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_memory_stat: {"kind":"struct","fields":[["tag",{"kind":"int"}],["val",{"kind":"uhyper"}]]},
  remote_domain_memory_stats_ret: {"kind":"struct","fields":[["stats",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_memory_stat"},"max":1024}]]},
  remote_domain_block_peek_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["offset",{"kind":"uhyper"}],["size",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_block_peek_ret: {"kind":"struct","fields":[["buffer",{"kind":"varopaque","max":4194304}]]},
  remote_domain_memory_peek_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["offset",{"kind":"uhyper"}],["size",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_memory_peek_ret: {"kind":"struct","fields":[["buffer",{"kind":"varopaque","max":4194304}]]},
  remote_domain_get_block_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_block_info_ret: {"kind":"struct","fields":[["allocation",{"kind":"uhyper"}],["capacity",{"kind":"uhyper"}],["physical",{"kind":"uhyper"}]]},
  remote_connect_list_domains_args: {"kind":"struct","fields":[["maxids",{"kind":"int"}]]},
  remote_connect_list_domains_ret: {"kind":"struct","fields":[["ids",{"kind":"vararray","of":{"kind":"int"},"max":16384}]]},
  remote_connect_num_of_domains_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_domain_create_xml_args: {"kind":"struct","fields":[["xml_desc",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_create_xml_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_create_xml_with_files_args: {"kind":"struct","fields":[["xml_desc",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_create_xml_with_files_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_lookup_by_id_args: {"kind":"struct","fields":[["id",{"kind":"int"}]]},
  remote_domain_lookup_by_id_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_lookup_by_uuid_args: {"kind":"struct","fields":[["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_domain_lookup_by_uuid_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_lookup_by_name_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_lookup_by_name_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_suspend_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_resume_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_pm_suspend_for_duration_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["target",{"kind":"uint"}],["duration",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_pm_wakeup_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_shutdown_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_reboot_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_reset_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_destroy_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_destroy_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_os_type_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_os_type_ret: {"kind":"struct","fields":[["type",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_get_max_memory_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_max_memory_ret: {"kind":"struct","fields":[["memory",{"kind":"uhyper"}]]},
  remote_domain_set_max_memory_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["memory",{"kind":"uhyper"}]]},
  remote_domain_set_memory_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["memory",{"kind":"uhyper"}]]},
  remote_domain_set_memory_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["memory",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_set_memory_stats_period_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["period",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_info_ret: {"kind":"struct","fields":[["state",{"kind":"uint","bits":8}],["maxMem",{"kind":"uhyper"}],["memory",{"kind":"uhyper"}],["nrVirtCpu",{"kind":"uint","bits":16}],["cpuTime",{"kind":"uhyper"}]]},
  remote_domain_save_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["to",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_save_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["to",{"kind":"ref","name":"remote_nonnull_string"}],["dxml",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_save_params_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["flags",{"kind":"uint"}]]},
  remote_domain_restore_args: {"kind":"struct","fields":[["from",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_restore_flags_args: {"kind":"struct","fields":[["from",{"kind":"ref","name":"remote_nonnull_string"}],["dxml",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_restore_params_args: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["flags",{"kind":"uint"}]]},
  remote_domain_save_image_get_xml_desc_args: {"kind":"struct","fields":[["file",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_save_image_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_save_image_define_xml_args: {"kind":"struct","fields":[["file",{"kind":"ref","name":"remote_nonnull_string"}],["dxml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_core_dump_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["to",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_core_dump_with_format_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["to",{"kind":"ref","name":"remote_nonnull_string"}],["dumpformat",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_screenshot_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["screen",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_screenshot_ret: {"kind":"struct","fields":[["mime",{"kind":"ref","name":"remote_string"}]]},
  remote_domain_get_xml_desc_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_migrate_prepare_args: {"kind":"struct","fields":[["uri_in",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uhyper"}],["dname",{"kind":"ref","name":"remote_string"}],["resource",{"kind":"uhyper"}]]},
  remote_domain_migrate_prepare_ret: {"kind":"struct","fields":[["cookie",{"kind":"varopaque","max":4194304}],["uri_out",{"kind":"ref","name":"remote_string"}]]},
  remote_domain_migrate_perform_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["cookie",{"kind":"varopaque","max":4194304}],["uri",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uhyper"}],["dname",{"kind":"ref","name":"remote_string"}],["resource",{"kind":"uhyper"}]]},
  remote_domain_migrate_finish_args: {"kind":"struct","fields":[["dname",{"kind":"ref","name":"remote_nonnull_string"}],["cookie",{"kind":"varopaque","max":4194304}],["uri",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uhyper"}]]},
  remote_domain_migrate_finish_ret: {"kind":"struct","fields":[["ddom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_migrate_prepare2_args: {"kind":"struct","fields":[["uri_in",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uhyper"}],["dname",{"kind":"ref","name":"remote_string"}],["resource",{"kind":"uhyper"}],["dom_xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_migrate_prepare2_ret: {"kind":"struct","fields":[["cookie",{"kind":"varopaque","max":4194304}],["uri_out",{"kind":"ref","name":"remote_string"}]]},
  remote_domain_migrate_finish2_args: {"kind":"struct","fields":[["dname",{"kind":"ref","name":"remote_nonnull_string"}],["cookie",{"kind":"varopaque","max":4194304}],["uri",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uhyper"}],["retcode",{"kind":"int"}]]},
  remote_domain_migrate_finish2_ret: {"kind":"struct","fields":[["ddom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_connect_list_defined_domains_args: {"kind":"struct","fields":[["maxnames",{"kind":"int"}]]},
  remote_connect_list_defined_domains_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_connect_num_of_defined_domains_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_domain_create_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_create_with_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_create_with_flags_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_create_with_files_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_create_with_files_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_define_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_define_xml_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_define_xml_flags_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_define_xml_flags_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_undefine_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_undefine_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_inject_nmi_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_send_key_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["codeset",{"kind":"uint"}],["holdtime",{"kind":"uint"}],["keycodes",{"kind":"vararray","of":{"kind":"uint"},"max":16}],["flags",{"kind":"uint"}]]},
  remote_domain_send_process_signal_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["pid_value",{"kind":"hyper"}],["signum",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_set_vcpus_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["nvcpus",{"kind":"uint"}]]},
  remote_domain_set_vcpus_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["nvcpus",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_vcpus_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_vcpus_flags_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_domain_pin_vcpu_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["vcpu",{"kind":"uint"}],["cpumap",{"kind":"varopaque","max":2048}]]},
  remote_domain_pin_vcpu_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["vcpu",{"kind":"uint"}],["cpumap",{"kind":"varopaque","max":2048}],["flags",{"kind":"uint"}]]},
  remote_domain_get_vcpu_pin_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["ncpumaps",{"kind":"int"}],["maplen",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_vcpu_pin_info_ret: {"kind":"struct","fields":[["cpumaps",{"kind":"varopaque","max":8388608}],["num",{"kind":"int"}]]},
  remote_domain_pin_emulator_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["cpumap",{"kind":"varopaque","max":2048}],["flags",{"kind":"uint"}]]},
  remote_domain_get_emulator_pin_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["maplen",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_emulator_pin_info_ret: {"kind":"struct","fields":[["cpumaps",{"kind":"varopaque","max":8388608}],["ret",{"kind":"int"}]]},
  remote_domain_get_vcpus_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["maxinfo",{"kind":"int"}],["maplen",{"kind":"int"}]]},
  remote_domain_get_vcpus_ret: {"kind":"struct","fields":[["info",{"kind":"vararray","of":{"kind":"ref","name":"remote_vcpu_info"},"max":16384}],["cpumaps",{"kind":"varopaque","max":8388608}]]},
  remote_domain_get_max_vcpus_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_max_vcpus_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_domain_iothread_info: {"kind":"struct","fields":[["iothread_id",{"kind":"uint"}],["cpumap",{"kind":"varopaque","max":2048}]]},
  remote_domain_get_iothread_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_iothread_info_ret: {"kind":"struct","fields":[["info",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_iothread_info"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_domain_pin_iothread_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["iothreads_id",{"kind":"uint"}],["cpumap",{"kind":"varopaque","max":2048}],["flags",{"kind":"uint"}]]},
  remote_domain_add_iothread_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["iothread_id",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_del_iothread_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["iothread_id",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_set_iothread_params_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["iothread_id",{"kind":"uint"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["flags",{"kind":"uint"}]]},
  remote_domain_get_security_label_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_security_label_ret: {"kind":"struct","fields":[["label",{"kind":"vararray","of":{"kind":"int","bits":8},"max":4097}],["enforcing",{"kind":"int"}]]},
  remote_domain_get_security_label_list_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_security_label_list_ret: {"kind":"struct","fields":[["labels",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_get_security_label_ret"},"max":64}],["ret",{"kind":"int"}]]},
  remote_node_get_security_model_ret: {"kind":"struct","fields":[["model",{"kind":"vararray","of":{"kind":"int","bits":8},"max":257}],["doi",{"kind":"vararray","of":{"kind":"int","bits":8},"max":257}]]},
  remote_domain_attach_device_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_attach_device_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_detach_device_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_detach_device_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_update_device_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_detach_device_alias_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["alias",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_autostart_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_autostart_ret: {"kind":"struct","fields":[["autostart",{"kind":"int"}]]},
  remote_domain_set_autostart_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["autostart",{"kind":"int"}]]},
  remote_domain_set_metadata_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["type",{"kind":"int"}],["metadata",{"kind":"ref","name":"remote_string"}],["key",{"kind":"ref","name":"remote_string"}],["uri",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_metadata_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["type",{"kind":"int"}],["uri",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_metadata_ret: {"kind":"struct","fields":[["metadata",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_block_job_abort_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_block_job_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_block_job_info_ret: {"kind":"struct","fields":[["found",{"kind":"int"}],["type",{"kind":"int"}],["bandwidth",{"kind":"uhyper"}],["cur",{"kind":"uhyper"}],["end",{"kind":"uhyper"}]]},
  remote_domain_block_job_set_speed_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["bandwidth",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_block_pull_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["bandwidth",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_block_rebase_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["base",{"kind":"ref","name":"remote_string"}],["bandwidth",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_block_copy_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["destxml",{"kind":"ref","name":"remote_nonnull_string"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["flags",{"kind":"uint"}]]},
  remote_domain_block_commit_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["disk",{"kind":"ref","name":"remote_nonnull_string"}],["base",{"kind":"ref","name":"remote_string"}],["top",{"kind":"ref","name":"remote_string"}],["bandwidth",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_set_block_io_tune_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["disk",{"kind":"ref","name":"remote_nonnull_string"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":32}],["flags",{"kind":"uint"}]]},
  remote_domain_get_block_io_tune_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["disk",{"kind":"ref","name":"remote_string"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_block_io_tune_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":32}],["nparams",{"kind":"int"}]]},
  remote_domain_get_cpu_stats_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["nparams",{"kind":"uint"}],["start_cpu",{"kind":"int"}],["ncpus",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_cpu_stats_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":2048}],["nparams",{"kind":"int"}]]},
  remote_domain_get_hostname_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_hostname_ret: {"kind":"struct","fields":[["hostname",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_num_of_networks_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_connect_list_networks_args: {"kind":"struct","fields":[["maxnames",{"kind":"int"}]]},
  remote_connect_list_networks_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_connect_num_of_defined_networks_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_connect_list_defined_networks_args: {"kind":"struct","fields":[["maxnames",{"kind":"int"}]]},
  remote_connect_list_defined_networks_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_network_lookup_by_uuid_args: {"kind":"struct","fields":[["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_network_lookup_by_uuid_ret: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_lookup_by_name_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_network_lookup_by_name_ret: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_create_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_network_create_xml_ret: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_create_xml_flags_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_network_create_xml_flags_ret: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_define_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_network_define_xml_ret: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_define_xml_flags_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_network_define_xml_flags_ret: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_undefine_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_update_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}],["command",{"kind":"uint"}],["section",{"kind":"uint"}],["parentIndex",{"kind":"int"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_network_create_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_destroy_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_get_xml_desc_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}],["flags",{"kind":"uint"}]]},
  remote_network_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_network_get_bridge_name_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_get_bridge_name_ret: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_network_get_autostart_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_get_autostart_ret: {"kind":"struct","fields":[["autostart",{"kind":"int"}]]},
  remote_network_set_autostart_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}],["autostart",{"kind":"int"}]]},
  remote_connect_num_of_nwfilters_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_connect_list_nwfilters_args: {"kind":"struct","fields":[["maxnames",{"kind":"int"}]]},
  remote_connect_list_nwfilters_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_nwfilter_lookup_by_uuid_args: {"kind":"struct","fields":[["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_nwfilter_lookup_by_uuid_ret: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter"}]]},
  remote_nwfilter_lookup_by_name_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_nwfilter_lookup_by_name_ret: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter"}]]},
  remote_nwfilter_define_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_nwfilter_define_xml_ret: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter"}]]},
  remote_nwfilter_define_xml_flags_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_nwfilter_define_xml_flags_ret: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter"}]]},
  remote_nwfilter_undefine_args: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter"}]]},
  remote_nwfilter_get_xml_desc_args: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter"}],["flags",{"kind":"uint"}]]},
  remote_nwfilter_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_num_of_interfaces_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_connect_list_interfaces_args: {"kind":"struct","fields":[["maxnames",{"kind":"int"}]]},
  remote_connect_list_interfaces_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_connect_num_of_defined_interfaces_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_connect_list_defined_interfaces_args: {"kind":"struct","fields":[["maxnames",{"kind":"int"}]]},
  remote_connect_list_defined_interfaces_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_interface_lookup_by_name_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_interface_lookup_by_name_ret: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_interface"}]]},
  remote_interface_lookup_by_mac_string_args: {"kind":"struct","fields":[["mac",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_interface_lookup_by_mac_string_ret: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_interface"}]]},
  remote_interface_get_xml_desc_args: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_interface"}],["flags",{"kind":"uint"}]]},
  remote_interface_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_interface_define_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_interface_define_xml_ret: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_interface"}]]},
  remote_interface_undefine_args: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_interface"}]]},
  remote_interface_create_args: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_interface"}],["flags",{"kind":"uint"}]]},
  remote_interface_destroy_args: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_interface"}],["flags",{"kind":"uint"}]]},
  remote_interface_change_begin_args: {"kind":"struct","fields":[["flags",{"kind":"uint"}]]},
  remote_interface_change_commit_args: {"kind":"struct","fields":[["flags",{"kind":"uint"}]]},
  remote_interface_change_rollback_args: {"kind":"struct","fields":[["flags",{"kind":"uint"}]]},
  remote_auth_list_ret: {"kind":"struct","fields":[["types",{"kind":"vararray","of":{"kind":"ref","name":"remote_auth_type"},"max":20}]]},
  remote_auth_sasl_init_ret: {"kind":"struct","fields":[["mechlist",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_auth_sasl_start_args: {"kind":"struct","fields":[["mech",{"kind":"ref","name":"remote_nonnull_string"}],["nil",{"kind":"int"}],["data",{"kind":"vararray","of":{"kind":"int","bits":8},"max":65536}]]},
  remote_auth_sasl_start_ret: {"kind":"struct","fields":[["complete",{"kind":"int"}],["nil",{"kind":"int"}],["data",{"kind":"vararray","of":{"kind":"int","bits":8},"max":65536}]]},
  remote_auth_sasl_step_args: {"kind":"struct","fields":[["nil",{"kind":"int"}],["data",{"kind":"vararray","of":{"kind":"int","bits":8},"max":65536}]]},
  remote_auth_sasl_step_ret: {"kind":"struct","fields":[["complete",{"kind":"int"}],["nil",{"kind":"int"}],["data",{"kind":"vararray","of":{"kind":"int","bits":8},"max":65536}]]},
  remote_auth_polkit_ret: {"kind":"struct","fields":[["complete",{"kind":"int"}]]},
  remote_connect_num_of_storage_pools_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_connect_list_storage_pools_args: {"kind":"struct","fields":[["maxnames",{"kind":"int"}]]},
  remote_connect_list_storage_pools_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_connect_num_of_defined_storage_pools_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_connect_list_defined_storage_pools_args: {"kind":"struct","fields":[["maxnames",{"kind":"int"}]]},
  remote_connect_list_defined_storage_pools_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_connect_find_storage_pool_sources_args: {"kind":"struct","fields":[["type",{"kind":"ref","name":"remote_nonnull_string"}],["srcSpec",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_connect_find_storage_pool_sources_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_pool_lookup_by_uuid_args: {"kind":"struct","fields":[["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_storage_pool_lookup_by_uuid_ret: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_lookup_by_name_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_pool_lookup_by_name_ret: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_lookup_by_volume_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}]]},
  remote_storage_pool_lookup_by_volume_ret: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_lookup_by_target_path_args: {"kind":"struct","fields":[["path",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_pool_lookup_by_target_path_ret: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_create_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_storage_pool_create_xml_ret: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_define_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_storage_pool_define_xml_ret: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_build_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["flags",{"kind":"uint"}]]},
  remote_storage_pool_undefine_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_create_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["flags",{"kind":"uint"}]]},
  remote_storage_pool_destroy_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_delete_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["flags",{"kind":"uint"}]]},
  remote_storage_pool_refresh_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["flags",{"kind":"uint"}]]},
  remote_storage_pool_get_xml_desc_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["flags",{"kind":"uint"}]]},
  remote_storage_pool_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_pool_get_info_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_get_info_ret: {"kind":"struct","fields":[["state",{"kind":"uint","bits":8}],["capacity",{"kind":"uhyper"}],["allocation",{"kind":"uhyper"}],["available",{"kind":"uhyper"}]]},
  remote_storage_pool_get_autostart_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_get_autostart_ret: {"kind":"struct","fields":[["autostart",{"kind":"int"}]]},
  remote_storage_pool_set_autostart_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["autostart",{"kind":"int"}]]},
  remote_storage_pool_num_of_volumes_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_num_of_volumes_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_storage_pool_list_volumes_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["maxnames",{"kind":"int"}]]},
  remote_storage_pool_list_volumes_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_storage_vol_lookup_by_name_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_vol_lookup_by_name_ret: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}]]},
  remote_storage_vol_lookup_by_key_args: {"kind":"struct","fields":[["key",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_vol_lookup_by_key_ret: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}]]},
  remote_storage_vol_lookup_by_path_args: {"kind":"struct","fields":[["path",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_vol_lookup_by_path_ret: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}]]},
  remote_storage_vol_create_xml_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_create_xml_ret: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}]]},
  remote_storage_vol_create_xml_from_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}],["clonevol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_create_xml_from_ret: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}]]},
  remote_storage_vol_delete_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_wipe_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_wipe_pattern_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["algorithm",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_get_xml_desc_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_vol_get_info_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}]]},
  remote_storage_vol_get_info_ret: {"kind":"struct","fields":[["type",{"kind":"int","bits":8}],["capacity",{"kind":"uhyper"}],["allocation",{"kind":"uhyper"}]]},
  remote_storage_vol_get_info_flags_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_get_info_flags_ret: {"kind":"struct","fields":[["type",{"kind":"int","bits":8}],["capacity",{"kind":"uhyper"}],["allocation",{"kind":"uhyper"}]]},
  remote_storage_vol_get_path_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}]]},
  remote_storage_vol_get_path_ret: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_storage_vol_resize_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["capacity",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_node_num_of_devices_args: {"kind":"struct","fields":[["cap",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_node_num_of_devices_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_node_list_devices_args: {"kind":"struct","fields":[["cap",{"kind":"ref","name":"remote_string"}],["maxnames",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_node_list_devices_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":65536}]]},
  remote_node_device_lookup_by_name_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_lookup_by_name_ret: {"kind":"struct","fields":[["dev",{"kind":"ref","name":"remote_nonnull_node_device"}]]},
  remote_node_device_lookup_scsi_host_by_wwn_args: {"kind":"struct","fields":[["wwnn",{"kind":"ref","name":"remote_nonnull_string"}],["wwpn",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_node_device_lookup_scsi_host_by_wwn_ret: {"kind":"struct","fields":[["dev",{"kind":"ref","name":"remote_nonnull_node_device"}]]},
  remote_node_device_get_xml_desc_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_node_device_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_get_parent_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_get_parent_ret: {"kind":"struct","fields":[["parentName",{"kind":"ref","name":"remote_string"}]]},
  remote_node_device_num_of_caps_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_num_of_caps_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_node_device_list_caps_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["maxnames",{"kind":"int"}]]},
  remote_node_device_list_caps_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":65536}]]},
  remote_node_device_dettach_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_detach_flags_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["driverName",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_node_device_re_attach_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_reset_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_create_xml_args: {"kind":"struct","fields":[["xml_desc",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_node_device_create_xml_ret: {"kind":"struct","fields":[["dev",{"kind":"ref","name":"remote_nonnull_node_device"}]]},
  remote_node_device_destroy_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_define_xml_args: {"kind":"struct","fields":[["xml_desc",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_node_device_define_xml_ret: {"kind":"struct","fields":[["dev",{"kind":"ref","name":"remote_nonnull_node_device"}]]},
  remote_node_device_undefine_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_node_device_create_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_node_device_get_autostart_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_get_autostart_ret: {"kind":"struct","fields":[["autostart",{"kind":"int"}]]},
  remote_node_device_set_autostart_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["autostart",{"kind":"int"}]]},
  remote_node_device_is_persistent_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_is_persistent_ret: {"kind":"struct","fields":[["persistent",{"kind":"int"}]]},
  remote_node_device_is_active_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_device_is_active_ret: {"kind":"struct","fields":[["active",{"kind":"int"}]]},
  remote_connect_domain_event_register_ret: {"kind":"struct","fields":[["cb_registered",{"kind":"int"}]]},
  remote_connect_domain_event_deregister_ret: {"kind":"struct","fields":[["cb_registered",{"kind":"int"}]]},
  remote_domain_event_lifecycle_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["event",{"kind":"int"}],["detail",{"kind":"int"}]]},
  remote_domain_event_callback_lifecycle_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_lifecycle_msg"}]]},
  remote_connect_domain_xml_from_native_args: {"kind":"struct","fields":[["nativeFormat",{"kind":"ref","name":"remote_nonnull_string"}],["nativeConfig",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_connect_domain_xml_from_native_ret: {"kind":"struct","fields":[["domainXml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_domain_xml_to_native_args: {"kind":"struct","fields":[["nativeFormat",{"kind":"ref","name":"remote_nonnull_string"}],["domainXml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_connect_domain_xml_to_native_ret: {"kind":"struct","fields":[["nativeConfig",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_num_of_secrets_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_connect_list_secrets_args: {"kind":"struct","fields":[["maxuuids",{"kind":"int"}]]},
  remote_connect_list_secrets_ret: {"kind":"struct","fields":[["uuids",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_secret_lookup_by_uuid_args: {"kind":"struct","fields":[["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_secret_lookup_by_uuid_ret: {"kind":"struct","fields":[["secret",{"kind":"ref","name":"remote_nonnull_secret"}]]},
  remote_secret_define_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_secret_define_xml_ret: {"kind":"struct","fields":[["secret",{"kind":"ref","name":"remote_nonnull_secret"}]]},
  remote_secret_get_xml_desc_args: {"kind":"struct","fields":[["secret",{"kind":"ref","name":"remote_nonnull_secret"}],["flags",{"kind":"uint"}]]},
  remote_secret_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_secret_set_value_args: {"kind":"struct","fields":[["secret",{"kind":"ref","name":"remote_nonnull_secret"}],["value",{"kind":"varopaque","max":65536}],["flags",{"kind":"uint"}]]},
  remote_secret_get_value_args: {"kind":"struct","fields":[["secret",{"kind":"ref","name":"remote_nonnull_secret"}],["flags",{"kind":"uint"}]]},
  remote_secret_get_value_ret: {"kind":"struct","fields":[["value",{"kind":"varopaque","max":65536}]]},
  remote_secret_undefine_args: {"kind":"struct","fields":[["secret",{"kind":"ref","name":"remote_nonnull_secret"}]]},
  remote_secret_lookup_by_usage_args: {"kind":"struct","fields":[["usageType",{"kind":"int"}],["usageID",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_secret_lookup_by_usage_ret: {"kind":"struct","fields":[["secret",{"kind":"ref","name":"remote_nonnull_secret"}]]},
  remote_domain_migrate_prepare_tunnel_args: {"kind":"struct","fields":[["flags",{"kind":"uhyper"}],["dname",{"kind":"ref","name":"remote_string"}],["resource",{"kind":"uhyper"}],["dom_xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_is_secure_ret: {"kind":"struct","fields":[["secure",{"kind":"int"}]]},
  remote_domain_is_active_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_is_active_ret: {"kind":"struct","fields":[["active",{"kind":"int"}]]},
  remote_domain_is_persistent_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_is_persistent_ret: {"kind":"struct","fields":[["persistent",{"kind":"int"}]]},
  remote_domain_is_updated_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_is_updated_ret: {"kind":"struct","fields":[["updated",{"kind":"int"}]]},
  remote_network_is_active_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_is_active_ret: {"kind":"struct","fields":[["active",{"kind":"int"}]]},
  remote_network_is_persistent_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}]]},
  remote_network_is_persistent_ret: {"kind":"struct","fields":[["persistent",{"kind":"int"}]]},
  remote_storage_pool_is_active_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_is_active_ret: {"kind":"struct","fields":[["active",{"kind":"int"}]]},
  remote_storage_pool_is_persistent_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_storage_pool_is_persistent_ret: {"kind":"struct","fields":[["persistent",{"kind":"int"}]]},
  remote_interface_is_active_args: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_interface"}]]},
  remote_interface_is_active_ret: {"kind":"struct","fields":[["active",{"kind":"int"}]]},
  remote_connect_compare_cpu_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_connect_compare_cpu_ret: {"kind":"struct","fields":[["result",{"kind":"int"}]]},
  remote_connect_baseline_cpu_args: {"kind":"struct","fields":[["xmlCPUs",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":256}],["flags",{"kind":"uint"}]]},
  remote_connect_baseline_cpu_ret: {"kind":"struct","fields":[["cpu",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_get_job_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_get_job_info_ret: {"kind":"struct","fields":[["type",{"kind":"int"}],["timeElapsed",{"kind":"uhyper"}],["timeRemaining",{"kind":"uhyper"}],["dataTotal",{"kind":"uhyper"}],["dataProcessed",{"kind":"uhyper"}],["dataRemaining",{"kind":"uhyper"}],["memTotal",{"kind":"uhyper"}],["memProcessed",{"kind":"uhyper"}],["memRemaining",{"kind":"uhyper"}],["fileTotal",{"kind":"uhyper"}],["fileProcessed",{"kind":"uhyper"}],["fileRemaining",{"kind":"uhyper"}]]},
  remote_domain_get_job_stats_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_job_stats_ret: {"kind":"struct","fields":[["type",{"kind":"int"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}]]},
  remote_domain_abort_job_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_abort_job_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_get_max_downtime_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_get_max_downtime_ret: {"kind":"struct","fields":[["downtime",{"kind":"uhyper"}]]},
  remote_domain_migrate_set_max_downtime_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["downtime",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_get_compression_cache_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_get_compression_cache_ret: {"kind":"struct","fields":[["cacheSize",{"kind":"uhyper"}]]},
  remote_domain_migrate_set_compression_cache_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["cacheSize",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_set_max_speed_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["bandwidth",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_get_max_speed_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_get_max_speed_ret: {"kind":"struct","fields":[["bandwidth",{"kind":"uhyper"}]]},
  remote_connect_domain_event_register_any_args: {"kind":"struct","fields":[["eventID",{"kind":"int"}]]},
  remote_connect_domain_event_deregister_any_args: {"kind":"struct","fields":[["eventID",{"kind":"int"}]]},
  remote_connect_domain_event_callback_register_any_args: {"kind":"struct","fields":[["eventID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_domain"}]]},
  remote_connect_domain_event_callback_register_any_ret: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_connect_domain_event_callback_deregister_any_args: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_domain_event_reboot_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_event_callback_reboot_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_reboot_msg"}]]},
  remote_domain_event_rtc_change_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["offset",{"kind":"hyper"}]]},
  remote_domain_event_callback_rtc_change_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_rtc_change_msg"}]]},
  remote_domain_event_watchdog_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["action",{"kind":"int"}]]},
  remote_domain_event_callback_watchdog_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_watchdog_msg"}]]},
  remote_domain_event_io_error_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["srcPath",{"kind":"ref","name":"remote_nonnull_string"}],["devAlias",{"kind":"ref","name":"remote_nonnull_string"}],["action",{"kind":"int"}]]},
  remote_domain_event_callback_io_error_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_io_error_msg"}]]},
  remote_domain_event_io_error_reason_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["srcPath",{"kind":"ref","name":"remote_nonnull_string"}],["devAlias",{"kind":"ref","name":"remote_nonnull_string"}],["action",{"kind":"int"}],["reason",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_event_callback_io_error_reason_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_io_error_reason_msg"}]]},
  remote_domain_event_graphics_address: {"kind":"struct","fields":[["family",{"kind":"int"}],["node",{"kind":"ref","name":"remote_nonnull_string"}],["service",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_event_graphics_identity: {"kind":"struct","fields":[["type",{"kind":"ref","name":"remote_nonnull_string"}],["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_event_graphics_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["phase",{"kind":"int"}],["local",{"kind":"ref","name":"remote_domain_event_graphics_address"}],["remote",{"kind":"ref","name":"remote_domain_event_graphics_address"}],["authScheme",{"kind":"ref","name":"remote_nonnull_string"}],["subject",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_event_graphics_identity"},"max":20}]]},
  remote_domain_event_callback_graphics_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_graphics_msg"}]]},
  remote_domain_event_block_job_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["path",{"kind":"ref","name":"remote_nonnull_string"}],["type",{"kind":"int"}],["status",{"kind":"int"}]]},
  remote_domain_event_callback_block_job_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_block_job_msg"}]]},
  remote_domain_event_disk_change_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["oldSrcPath",{"kind":"ref","name":"remote_string"}],["newSrcPath",{"kind":"ref","name":"remote_string"}],["devAlias",{"kind":"ref","name":"remote_nonnull_string"}],["reason",{"kind":"int"}]]},
  remote_domain_event_callback_disk_change_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_disk_change_msg"}]]},
  remote_domain_event_tray_change_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["devAlias",{"kind":"ref","name":"remote_nonnull_string"}],["reason",{"kind":"int"}]]},
  remote_domain_event_callback_tray_change_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_tray_change_msg"}]]},
  remote_domain_event_pmwakeup_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_event_callback_pmwakeup_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["reason",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_pmwakeup_msg"}]]},
  remote_domain_event_pmsuspend_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_event_callback_pmsuspend_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["reason",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_pmsuspend_msg"}]]},
  remote_domain_event_balloon_change_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["actual",{"kind":"uhyper"}]]},
  remote_domain_event_callback_balloon_change_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_balloon_change_msg"}]]},
  remote_domain_event_pmsuspend_disk_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_event_callback_pmsuspend_disk_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["reason",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_pmsuspend_disk_msg"}]]},
  remote_domain_managed_save_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_has_managed_save_image_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_has_managed_save_image_ret: {"kind":"struct","fields":[["result",{"kind":"int"}]]},
  remote_domain_managed_save_remove_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_managed_save_get_xml_desc_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_managed_save_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_managed_save_define_xml_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["dxml",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_create_xml_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xml_desc",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_create_xml_ret: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}]]},
  remote_domain_snapshot_get_xml_desc_args: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_snapshot_num_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_num_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_domain_snapshot_list_names_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["maxnames",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_list_names_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_domain_list_all_snapshots_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_list_all_snapshots_ret: {"kind":"struct","fields":[["snapshots",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_domain_snapshot"},"max":16384}],["ret",{"kind":"int"}]]},
  remote_domain_snapshot_num_children_args: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_num_children_ret: {"kind":"struct","fields":[["num",{"kind":"int"}]]},
  remote_domain_snapshot_list_children_names_args: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["maxnames",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_list_children_names_ret: {"kind":"struct","fields":[["names",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":16384}]]},
  remote_domain_snapshot_list_all_children_args: {"kind":"struct","fields":[["snapshot",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_list_all_children_ret: {"kind":"struct","fields":[["snapshots",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_domain_snapshot"},"max":16384}],["ret",{"kind":"int"}]]},
  remote_domain_snapshot_lookup_by_name_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["name",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_lookup_by_name_ret: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}]]},
  remote_domain_has_current_snapshot_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_has_current_snapshot_ret: {"kind":"struct","fields":[["result",{"kind":"int"}]]},
  remote_domain_snapshot_get_parent_args: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_get_parent_ret: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}]]},
  remote_domain_snapshot_current_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_current_ret: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}]]},
  remote_domain_snapshot_is_current_args: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_is_current_ret: {"kind":"struct","fields":[["current",{"kind":"int"}]]},
  remote_domain_snapshot_has_metadata_args: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_has_metadata_ret: {"kind":"struct","fields":[["metadata",{"kind":"int"}]]},
  remote_domain_revert_to_snapshot_args: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["flags",{"kind":"uint"}]]},
  remote_domain_snapshot_delete_args: {"kind":"struct","fields":[["snap",{"kind":"ref","name":"remote_nonnull_domain_snapshot"}],["flags",{"kind":"uint"}]]},
  remote_domain_open_console_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["dev_name",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_open_channel_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["name",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_upload_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["offset",{"kind":"uhyper"}],["length",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_storage_vol_download_args: {"kind":"struct","fields":[["vol",{"kind":"ref","name":"remote_nonnull_storage_vol"}],["offset",{"kind":"uhyper"}],["length",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_state_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_state_ret: {"kind":"struct","fields":[["state",{"kind":"int"}],["reason",{"kind":"int"}]]},
  remote_domain_migrate_begin3_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xmlin",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uhyper"}],["dname",{"kind":"ref","name":"remote_string"}],["resource",{"kind":"uhyper"}]]},
  remote_domain_migrate_begin3_ret: {"kind":"struct","fields":[["cookie_out",{"kind":"varopaque","max":4194304}],["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_migrate_prepare3_args: {"kind":"struct","fields":[["cookie_in",{"kind":"varopaque","max":4194304}],["uri_in",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uhyper"}],["dname",{"kind":"ref","name":"remote_string"}],["resource",{"kind":"uhyper"}],["dom_xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_migrate_prepare3_ret: {"kind":"struct","fields":[["cookie_out",{"kind":"varopaque","max":4194304}],["uri_out",{"kind":"ref","name":"remote_string"}]]},
  remote_domain_migrate_prepare_tunnel3_args: {"kind":"struct","fields":[["cookie_in",{"kind":"varopaque","max":4194304}],["flags",{"kind":"uhyper"}],["dname",{"kind":"ref","name":"remote_string"}],["resource",{"kind":"uhyper"}],["dom_xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_migrate_prepare_tunnel3_ret: {"kind":"struct","fields":[["cookie_out",{"kind":"varopaque","max":4194304}]]},
  remote_domain_migrate_perform3_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xmlin",{"kind":"ref","name":"remote_string"}],["cookie_in",{"kind":"varopaque","max":4194304}],["dconnuri",{"kind":"ref","name":"remote_string"}],["uri",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uhyper"}],["dname",{"kind":"ref","name":"remote_string"}],["resource",{"kind":"uhyper"}]]},
  remote_domain_migrate_perform3_ret: {"kind":"struct","fields":[["cookie_out",{"kind":"varopaque","max":4194304}]]},
  remote_domain_migrate_finish3_args: {"kind":"struct","fields":[["dname",{"kind":"ref","name":"remote_nonnull_string"}],["cookie_in",{"kind":"varopaque","max":4194304}],["dconnuri",{"kind":"ref","name":"remote_string"}],["uri",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uhyper"}],["cancelled",{"kind":"int"}]]},
  remote_domain_migrate_finish3_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["cookie_out",{"kind":"varopaque","max":4194304}]]},
  remote_domain_migrate_confirm3_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["cookie_in",{"kind":"varopaque","max":4194304}],["flags",{"kind":"uhyper"}],["cancelled",{"kind":"int"}]]},
  remote_domain_event_control_error_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}]]},
  remote_domain_event_callback_control_error_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_control_error_msg"}]]},
  remote_domain_get_control_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_control_info_ret: {"kind":"struct","fields":[["state",{"kind":"uint"}],["details",{"kind":"uint"}],["stateTime",{"kind":"uhyper"}]]},
  remote_domain_open_graphics_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["idx",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_open_graphics_fd_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["idx",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_node_suspend_for_duration_args: {"kind":"struct","fields":[["target",{"kind":"uint"}],["duration",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_shutdown_flags_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_disk_errors_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["maxerrors",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_disk_errors_ret: {"kind":"struct","fields":[["errors",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_disk_error"},"max":256}],["nerrors",{"kind":"int"}]]},
  remote_connect_list_all_domains_args: {"kind":"struct","fields":[["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_list_all_domains_ret: {"kind":"struct","fields":[["domains",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_domain"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_connect_list_all_storage_pools_args: {"kind":"struct","fields":[["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_list_all_storage_pools_ret: {"kind":"struct","fields":[["pools",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_storage_pool"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_storage_pool_list_all_volumes_args: {"kind":"struct","fields":[["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_storage_pool_list_all_volumes_ret: {"kind":"struct","fields":[["vols",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_storage_vol"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_connect_list_all_networks_args: {"kind":"struct","fields":[["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_list_all_networks_ret: {"kind":"struct","fields":[["nets",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_network"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_connect_list_all_interfaces_args: {"kind":"struct","fields":[["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_list_all_interfaces_ret: {"kind":"struct","fields":[["ifaces",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_interface"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_connect_list_all_node_devices_args: {"kind":"struct","fields":[["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_list_all_node_devices_ret: {"kind":"struct","fields":[["devices",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_node_device"},"max":65536}],["ret",{"kind":"uint"}]]},
  remote_connect_list_all_nwfilters_args: {"kind":"struct","fields":[["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_list_all_nwfilters_ret: {"kind":"struct","fields":[["filters",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_nwfilter"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_connect_list_all_secrets_args: {"kind":"struct","fields":[["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_list_all_secrets_ret: {"kind":"struct","fields":[["secrets",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_secret"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_node_set_memory_parameters_args: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["flags",{"kind":"uint"}]]},
  remote_node_get_memory_parameters_args: {"kind":"struct","fields":[["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_node_get_memory_parameters_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["nparams",{"kind":"int"}]]},
  remote_node_get_cpu_map_args: {"kind":"struct","fields":[["need_map",{"kind":"int"}],["need_online",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_node_get_cpu_map_ret: {"kind":"struct","fields":[["cpumap",{"kind":"varopaque","max":2048}],["online",{"kind":"uint"}],["ret",{"kind":"int"}]]},
  remote_domain_fstrim_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["mountPoint",{"kind":"ref","name":"remote_string"}],["minimum",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_time_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_time_ret: {"kind":"struct","fields":[["seconds",{"kind":"hyper"}],["nseconds",{"kind":"uint"}]]},
  remote_domain_set_time_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["seconds",{"kind":"hyper"}],["nseconds",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_begin3_params_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_begin3_params_ret: {"kind":"struct","fields":[["cookie_out",{"kind":"varopaque","max":4194304}],["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_migrate_prepare3_params_args: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["cookie_in",{"kind":"varopaque","max":4194304}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_prepare3_params_ret: {"kind":"struct","fields":[["cookie_out",{"kind":"varopaque","max":4194304}],["uri_out",{"kind":"ref","name":"remote_string"}]]},
  remote_domain_migrate_prepare_tunnel3_params_args: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["cookie_in",{"kind":"varopaque","max":4194304}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_prepare_tunnel3_params_ret: {"kind":"struct","fields":[["cookie_out",{"kind":"varopaque","max":4194304}]]},
  remote_domain_migrate_perform3_params_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["dconnuri",{"kind":"ref","name":"remote_string"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["cookie_in",{"kind":"varopaque","max":4194304}],["flags",{"kind":"uint"}]]},
  remote_domain_migrate_perform3_params_ret: {"kind":"struct","fields":[["cookie_out",{"kind":"varopaque","max":4194304}]]},
  remote_domain_migrate_finish3_params_args: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["cookie_in",{"kind":"varopaque","max":4194304}],["flags",{"kind":"uint"}],["cancelled",{"kind":"int"}]]},
  remote_domain_migrate_finish3_params_ret: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["cookie_out",{"kind":"varopaque","max":4194304}]]},
  remote_domain_migrate_confirm3_params_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["cookie_in",{"kind":"varopaque","max":4194304}],["flags",{"kind":"uint"}],["cancelled",{"kind":"int"}]]},
  remote_domain_event_device_removed_msg: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["devAlias",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_event_callback_device_removed_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["msg",{"kind":"ref","name":"remote_domain_event_device_removed_msg"}]]},
  remote_domain_event_block_job_2_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["dst",{"kind":"ref","name":"remote_nonnull_string"}],["type",{"kind":"int"}],["status",{"kind":"int"}]]},
  remote_domain_event_block_threshold_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["dev",{"kind":"ref","name":"remote_nonnull_string"}],["path",{"kind":"ref","name":"remote_string"}],["threshold",{"kind":"uhyper"}],["excess",{"kind":"uhyper"}]]},
  remote_domain_event_callback_tunable_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":2048}]]},
  remote_domain_event_callback_device_added_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["devAlias",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_event_connection_closed_msg: {"kind":"struct","fields":[["reason",{"kind":"int"}]]},
  remote_connect_get_cpu_model_names_args: {"kind":"struct","fields":[["arch",{"kind":"ref","name":"remote_nonnull_string"}],["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_get_cpu_model_names_ret: {"kind":"struct","fields":[["models",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":8192}],["ret",{"kind":"int"}]]},
  remote_connect_network_event_register_any_args: {"kind":"struct","fields":[["eventID",{"kind":"int"}],["net",{"kind":"ref","name":"remote_network"}]]},
  remote_connect_network_event_register_any_ret: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_connect_network_event_deregister_any_args: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_network_event_lifecycle_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["net",{"kind":"ref","name":"remote_nonnull_network"}],["event",{"kind":"int"}],["detail",{"kind":"int"}]]},
  remote_connect_storage_pool_event_register_any_args: {"kind":"struct","fields":[["eventID",{"kind":"int"}],["pool",{"kind":"ref","name":"remote_storage_pool"}]]},
  remote_connect_storage_pool_event_register_any_ret: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_connect_storage_pool_event_deregister_any_args: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_storage_pool_event_lifecycle_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}],["event",{"kind":"int"}],["detail",{"kind":"int"}]]},
  remote_storage_pool_event_refresh_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["pool",{"kind":"ref","name":"remote_nonnull_storage_pool"}]]},
  remote_connect_node_device_event_register_any_args: {"kind":"struct","fields":[["eventID",{"kind":"int"}],["dev",{"kind":"ref","name":"remote_node_device"}]]},
  remote_connect_node_device_event_register_any_ret: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_connect_node_device_event_deregister_any_args: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_node_device_event_lifecycle_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dev",{"kind":"ref","name":"remote_nonnull_node_device"}],["event",{"kind":"int"}],["detail",{"kind":"int"}]]},
  remote_node_device_event_update_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dev",{"kind":"ref","name":"remote_nonnull_node_device"}]]},
  remote_domain_fsfreeze_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["mountpoints",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":256}],["flags",{"kind":"uint"}]]},
  remote_domain_fsfreeze_ret: {"kind":"struct","fields":[["filesystems",{"kind":"int"}]]},
  remote_domain_fsthaw_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["mountpoints",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":256}],["flags",{"kind":"uint"}]]},
  remote_domain_fsthaw_ret: {"kind":"struct","fields":[["filesystems",{"kind":"int"}]]},
  remote_node_get_free_pages_args: {"kind":"struct","fields":[["pages",{"kind":"vararray","of":{"kind":"uint"},"max":1024}],["startCell",{"kind":"int"}],["cellCount",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_node_get_free_pages_ret: {"kind":"struct","fields":[["counts",{"kind":"vararray","of":{"kind":"uhyper"},"max":1024}]]},
  remote_node_alloc_pages_args: {"kind":"struct","fields":[["pageSizes",{"kind":"vararray","of":{"kind":"uint"},"max":1024}],["pageCounts",{"kind":"vararray","of":{"kind":"uhyper"},"max":1024}],["startCell",{"kind":"int"}],["cellCount",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_node_alloc_pages_ret: {"kind":"struct","fields":[["ret",{"kind":"int"}]]},
  remote_network_dhcp_lease: {"kind":"struct","fields":[["iface",{"kind":"ref","name":"remote_nonnull_string"}],["expirytime",{"kind":"hyper"}],["type",{"kind":"int"}],["mac",{"kind":"ref","name":"remote_string"}],["iaid",{"kind":"ref","name":"remote_string"}],["ipaddr",{"kind":"ref","name":"remote_nonnull_string"}],["prefix",{"kind":"uint"}],["hostname",{"kind":"ref","name":"remote_string"}],["clientid",{"kind":"ref","name":"remote_string"}]]},
  remote_network_get_dhcp_leases_args: {"kind":"struct","fields":[["net",{"kind":"ref","name":"remote_nonnull_network"}],["mac",{"kind":"ref","name":"remote_string"}],["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_network_get_dhcp_leases_ret: {"kind":"struct","fields":[["leases",{"kind":"vararray","of":{"kind":"ref","name":"remote_network_dhcp_lease"},"max":65536}],["ret",{"kind":"uint"}]]},
  remote_domain_stats_record: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":262144}]]},
  remote_connect_get_all_domain_stats_args: {"kind":"struct","fields":[["doms",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_domain"},"max":16384}],["stats",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_event_callback_agent_lifecycle_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["state",{"kind":"int"}],["reason",{"kind":"int"}]]},
  remote_connect_get_all_domain_stats_ret: {"kind":"struct","fields":[["retStats",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_stats_record"},"max":16384}]]},
  remote_domain_fsinfo: {"kind":"struct","fields":[["mountpoint",{"kind":"ref","name":"remote_nonnull_string"}],["name",{"kind":"ref","name":"remote_nonnull_string"}],["fstype",{"kind":"ref","name":"remote_nonnull_string"}],["dev_aliases",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":256}]]},
  remote_domain_get_fsinfo_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_fsinfo_ret: {"kind":"struct","fields":[["info",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_fsinfo"},"max":256}],["ret",{"kind":"uint"}]]},
  remote_domain_ip_addr: {"kind":"struct","fields":[["type",{"kind":"int"}],["addr",{"kind":"ref","name":"remote_nonnull_string"}],["prefix",{"kind":"uint"}]]},
  remote_domain_interface: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}],["hwaddr",{"kind":"ref","name":"remote_string"}],["addrs",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_ip_addr"},"max":2048}]]},
  remote_domain_interface_addresses_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["source",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_interface_addresses_ret: {"kind":"struct","fields":[["ifaces",{"kind":"vararray","of":{"kind":"ref","name":"remote_domain_interface"},"max":2048}]]},
  remote_domain_set_user_password_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["user",{"kind":"ref","name":"remote_string"}],["password",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_rename_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["new_name",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_rename_ret: {"kind":"struct","fields":[["retcode",{"kind":"int"}]]},
  remote_domain_event_callback_migration_iteration_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["iteration",{"kind":"int"}]]},
  remote_domain_event_callback_job_completed_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}]]},
  remote_domain_migrate_start_post_copy_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_event_callback_device_removal_failed_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["devAlias",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_get_guest_vcpus_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_guest_vcpus_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}]]},
  remote_domain_set_guest_vcpus_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["cpumap",{"kind":"ref","name":"remote_nonnull_string"}],["state",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_set_vcpu_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["cpumap",{"kind":"ref","name":"remote_nonnull_string"}],["state",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_event_callback_metadata_change_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["type",{"kind":"int"}],["nsuri",{"kind":"ref","name":"remote_string"}]]},
  remote_domain_event_memory_failure_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["recipient",{"kind":"int"}],["action",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_secret_event_register_any_args: {"kind":"struct","fields":[["eventID",{"kind":"int"}],["secret",{"kind":"ref","name":"remote_secret"}]]},
  remote_connect_secret_event_register_any_ret: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_connect_secret_event_deregister_any_args: {"kind":"struct","fields":[["callbackID",{"kind":"int"}]]},
  remote_secret_event_lifecycle_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["secret",{"kind":"ref","name":"remote_nonnull_secret"}],["event",{"kind":"int"}],["detail",{"kind":"int"}]]},
  remote_secret_event_value_changed_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["secret",{"kind":"ref","name":"remote_nonnull_secret"}]]},
  remote_domain_set_block_threshold_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["dev",{"kind":"ref","name":"remote_nonnull_string"}],["threshold",{"kind":"uhyper"}],["flags",{"kind":"uint"}]]},
  remote_domain_set_lifecycle_action_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["type",{"kind":"uint"}],["action",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_connect_compare_hypervisor_cpu_args: {"kind":"struct","fields":[["emulator",{"kind":"ref","name":"remote_string"}],["arch",{"kind":"ref","name":"remote_string"}],["machine",{"kind":"ref","name":"remote_string"}],["virttype",{"kind":"ref","name":"remote_string"}],["xmlCPU",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_connect_compare_hypervisor_cpu_ret: {"kind":"struct","fields":[["result",{"kind":"int"}]]},
  remote_connect_baseline_hypervisor_cpu_args: {"kind":"struct","fields":[["emulator",{"kind":"ref","name":"remote_string"}],["arch",{"kind":"ref","name":"remote_string"}],["machine",{"kind":"ref","name":"remote_string"}],["virttype",{"kind":"ref","name":"remote_string"}],["xmlCPUs",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":256}],["flags",{"kind":"uint"}]]},
  remote_connect_baseline_hypervisor_cpu_ret: {"kind":"struct","fields":[["cpu",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_node_get_sev_info_args: {"kind":"struct","fields":[["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_node_get_sev_info_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["nparams",{"kind":"int"}]]},
  remote_domain_get_launch_security_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_launch_security_info_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}]]},
  remote_domain_set_launch_security_state_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":64}],["flags",{"kind":"uint"}]]},
  remote_nwfilter_binding_lookup_by_port_dev_args: {"kind":"struct","fields":[["name",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_nwfilter_binding_lookup_by_port_dev_ret: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter_binding"}]]},
  remote_nwfilter_binding_create_xml_args: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_nwfilter_binding_create_xml_ret: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter_binding"}]]},
  remote_nwfilter_binding_delete_args: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter_binding"}]]},
  remote_nwfilter_binding_get_xml_desc_args: {"kind":"struct","fields":[["nwfilter",{"kind":"ref","name":"remote_nonnull_nwfilter_binding"}],["flags",{"kind":"uint"}]]},
  remote_nwfilter_binding_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_connect_list_all_nwfilter_bindings_args: {"kind":"struct","fields":[["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_connect_list_all_nwfilter_bindings_ret: {"kind":"struct","fields":[["bindings",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_nwfilter_binding"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_connect_get_storage_pool_capabilities_args: {"kind":"struct","fields":[["flags",{"kind":"uint"}]]},
  remote_connect_get_storage_pool_capabilities_ret: {"kind":"struct","fields":[["capabilities",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_network_list_all_ports_args: {"kind":"struct","fields":[["network",{"kind":"ref","name":"remote_nonnull_network"}],["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_network_list_all_ports_ret: {"kind":"struct","fields":[["ports",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_network_port"},"max":16384}],["ret",{"kind":"uint"}]]},
  remote_network_port_lookup_by_uuid_args: {"kind":"struct","fields":[["network",{"kind":"ref","name":"remote_nonnull_network"}],["uuid",{"kind":"ref","name":"remote_uuid"}]]},
  remote_network_port_lookup_by_uuid_ret: {"kind":"struct","fields":[["port",{"kind":"ref","name":"remote_nonnull_network_port"}]]},
  remote_network_port_create_xml_args: {"kind":"struct","fields":[["network",{"kind":"ref","name":"remote_nonnull_network"}],["xml",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_network_port_create_xml_ret: {"kind":"struct","fields":[["port",{"kind":"ref","name":"remote_nonnull_network_port"}]]},
  remote_network_port_set_parameters_args: {"kind":"struct","fields":[["port",{"kind":"ref","name":"remote_nonnull_network_port"}],["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["flags",{"kind":"uint"}]]},
  remote_network_port_get_parameters_args: {"kind":"struct","fields":[["port",{"kind":"ref","name":"remote_nonnull_network_port"}],["nparams",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_network_port_get_parameters_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":16}],["nparams",{"kind":"int"}]]},
  remote_network_port_get_xml_desc_args: {"kind":"struct","fields":[["port",{"kind":"ref","name":"remote_nonnull_network_port"}],["flags",{"kind":"uint"}]]},
  remote_network_port_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_network_port_delete_args: {"kind":"struct","fields":[["port",{"kind":"ref","name":"remote_nonnull_network_port"}],["flags",{"kind":"uint"}]]},
  remote_domain_checkpoint_create_xml_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["xml_desc",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_checkpoint_create_xml_ret: {"kind":"struct","fields":[["checkpoint",{"kind":"ref","name":"remote_nonnull_domain_checkpoint"}]]},
  remote_domain_checkpoint_get_xml_desc_args: {"kind":"struct","fields":[["checkpoint",{"kind":"ref","name":"remote_nonnull_domain_checkpoint"}],["flags",{"kind":"uint"}]]},
  remote_domain_checkpoint_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_list_all_checkpoints_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_list_all_checkpoints_ret: {"kind":"struct","fields":[["checkpoints",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_domain_checkpoint"},"max":16384}],["ret",{"kind":"int"}]]},
  remote_domain_checkpoint_list_all_children_args: {"kind":"struct","fields":[["checkpoint",{"kind":"ref","name":"remote_nonnull_domain_checkpoint"}],["need_results",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_checkpoint_list_all_children_ret: {"kind":"struct","fields":[["checkpoints",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_domain_checkpoint"},"max":16384}],["ret",{"kind":"int"}]]},
  remote_domain_checkpoint_lookup_by_name_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["name",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_checkpoint_lookup_by_name_ret: {"kind":"struct","fields":[["checkpoint",{"kind":"ref","name":"remote_nonnull_domain_checkpoint"}]]},
  remote_domain_checkpoint_get_parent_args: {"kind":"struct","fields":[["checkpoint",{"kind":"ref","name":"remote_nonnull_domain_checkpoint"}],["flags",{"kind":"uint"}]]},
  remote_domain_checkpoint_get_parent_ret: {"kind":"struct","fields":[["parent",{"kind":"ref","name":"remote_nonnull_domain_checkpoint"}]]},
  remote_domain_checkpoint_delete_args: {"kind":"struct","fields":[["checkpoint",{"kind":"ref","name":"remote_nonnull_domain_checkpoint"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_guest_info_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["types",{"kind":"uint"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_guest_info_ret: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":2048}]]},
  remote_connect_set_identity_args: {"kind":"struct","fields":[["params",{"kind":"vararray","of":{"kind":"ref","name":"remote_typed_param"},"max":20}],["flags",{"kind":"uint"}]]},
  remote_domain_agent_set_response_timeout_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["timeout",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_agent_set_response_timeout_ret: {"kind":"struct","fields":[["result",{"kind":"int"}]]},
  remote_domain_backup_begin_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["backup_xml",{"kind":"ref","name":"remote_nonnull_string"}],["checkpoint_xml",{"kind":"ref","name":"remote_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_backup_get_xml_desc_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_backup_get_xml_desc_ret: {"kind":"struct","fields":[["xml",{"kind":"ref","name":"remote_nonnull_string"}]]},
  remote_domain_authorized_ssh_keys_get_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["user",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_domain_authorized_ssh_keys_get_ret: {"kind":"struct","fields":[["keys",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":2048}]]},
  remote_domain_authorized_ssh_keys_set_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["user",{"kind":"ref","name":"remote_nonnull_string"}],["keys",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":2048}],["flags",{"kind":"uint"}]]},
  remote_domain_get_messages_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["flags",{"kind":"uint"}]]},
  remote_domain_get_messages_ret: {"kind":"struct","fields":[["msgs",{"kind":"vararray","of":{"kind":"ref","name":"remote_nonnull_string"},"max":2048}]]},
  remote_domain_start_dirty_rate_calc_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["seconds",{"kind":"int"}],["flags",{"kind":"uint"}]]},
  remote_domain_event_memory_device_size_change_msg: {"kind":"struct","fields":[["callbackID",{"kind":"int"}],["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["alias",{"kind":"ref","name":"remote_nonnull_string"}],["size",{"kind":"uhyper"}]]},
  remote_domain_fd_associate_args: {"kind":"struct","fields":[["dom",{"kind":"ref","name":"remote_nonnull_domain"}],["name",{"kind":"ref","name":"remote_nonnull_string"}],["flags",{"kind":"uint"}]]},
  remote_procedure: {"kind":"enum","values":{"REMOTE_PROC_CONNECT_OPEN":1,"REMOTE_PROC_CONNECT_CLOSE":2,"REMOTE_PROC_CONNECT_GET_TYPE":3,"REMOTE_PROC_CONNECT_GET_VERSION":4,"REMOTE_PROC_CONNECT_GET_MAX_VCPUS":5,"REMOTE_PROC_NODE_GET_INFO":6,"REMOTE_PROC_CONNECT_GET_CAPABILITIES":7,"REMOTE_PROC_DOMAIN_ATTACH_DEVICE":8,"REMOTE_PROC_DOMAIN_CREATE":9,"REMOTE_PROC_DOMAIN_CREATE_XML":10,"REMOTE_PROC_DOMAIN_DEFINE_XML":11,"REMOTE_PROC_DOMAIN_DESTROY":12,"REMOTE_PROC_DOMAIN_DETACH_DEVICE":13,"REMOTE_PROC_DOMAIN_GET_XML_DESC":14,"REMOTE_PROC_DOMAIN_GET_AUTOSTART":15,"REMOTE_PROC_DOMAIN_GET_INFO":16,"REMOTE_PROC_DOMAIN_GET_MAX_MEMORY":17,"REMOTE_PROC_DOMAIN_GET_MAX_VCPUS":18,"REMOTE_PROC_DOMAIN_GET_OS_TYPE":19,"REMOTE_PROC_DOMAIN_GET_VCPUS":20,"REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS":21,"REMOTE_PROC_DOMAIN_LOOKUP_BY_ID":22,"REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME":23,"REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID":24,"REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS":25,"REMOTE_PROC_DOMAIN_PIN_VCPU":26,"REMOTE_PROC_DOMAIN_REBOOT":27,"REMOTE_PROC_DOMAIN_RESUME":28,"REMOTE_PROC_DOMAIN_SET_AUTOSTART":29,"REMOTE_PROC_DOMAIN_SET_MAX_MEMORY":30,"REMOTE_PROC_DOMAIN_SET_MEMORY":31,"REMOTE_PROC_DOMAIN_SET_VCPUS":32,"REMOTE_PROC_DOMAIN_SHUTDOWN":33,"REMOTE_PROC_DOMAIN_SUSPEND":34,"REMOTE_PROC_DOMAIN_UNDEFINE":35,"REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS":36,"REMOTE_PROC_CONNECT_LIST_DOMAINS":37,"REMOTE_PROC_CONNECT_LIST_NETWORKS":38,"REMOTE_PROC_NETWORK_CREATE":39,"REMOTE_PROC_NETWORK_CREATE_XML":40,"REMOTE_PROC_NETWORK_DEFINE_XML":41,"REMOTE_PROC_NETWORK_DESTROY":42,"REMOTE_PROC_NETWORK_GET_XML_DESC":43,"REMOTE_PROC_NETWORK_GET_AUTOSTART":44,"REMOTE_PROC_NETWORK_GET_BRIDGE_NAME":45,"REMOTE_PROC_NETWORK_LOOKUP_BY_NAME":46,"REMOTE_PROC_NETWORK_LOOKUP_BY_UUID":47,"REMOTE_PROC_NETWORK_SET_AUTOSTART":48,"REMOTE_PROC_NETWORK_UNDEFINE":49,"REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS":50,"REMOTE_PROC_CONNECT_NUM_OF_DOMAINS":51,"REMOTE_PROC_CONNECT_NUM_OF_NETWORKS":52,"REMOTE_PROC_DOMAIN_CORE_DUMP":53,"REMOTE_PROC_DOMAIN_RESTORE":54,"REMOTE_PROC_DOMAIN_SAVE":55,"REMOTE_PROC_DOMAIN_GET_SCHEDULER_TYPE":56,"REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS":57,"REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS":58,"REMOTE_PROC_CONNECT_GET_HOSTNAME":59,"REMOTE_PROC_CONNECT_SUPPORTS_FEATURE":60,"REMOTE_PROC_DOMAIN_MIGRATE_PREPARE":61,"REMOTE_PROC_DOMAIN_MIGRATE_PERFORM":62,"REMOTE_PROC_DOMAIN_MIGRATE_FINISH":63,"REMOTE_PROC_DOMAIN_BLOCK_STATS":64,"REMOTE_PROC_DOMAIN_INTERFACE_STATS":65,"REMOTE_PROC_AUTH_LIST":66,"REMOTE_PROC_AUTH_SASL_INIT":67,"REMOTE_PROC_AUTH_SASL_START":68,"REMOTE_PROC_AUTH_SASL_STEP":69,"REMOTE_PROC_AUTH_POLKIT":70,"REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS":71,"REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS":72,"REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS":73,"REMOTE_PROC_CONNECT_LIST_DEFINED_STORAGE_POOLS":74,"REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES":75,"REMOTE_PROC_STORAGE_POOL_CREATE_XML":76,"REMOTE_PROC_STORAGE_POOL_DEFINE_XML":77,"REMOTE_PROC_STORAGE_POOL_CREATE":78,"REMOTE_PROC_STORAGE_POOL_BUILD":79,"REMOTE_PROC_STORAGE_POOL_DESTROY":80,"REMOTE_PROC_STORAGE_POOL_DELETE":81,"REMOTE_PROC_STORAGE_POOL_UNDEFINE":82,"REMOTE_PROC_STORAGE_POOL_REFRESH":83,"REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME":84,"REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID":85,"REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME":86,"REMOTE_PROC_STORAGE_POOL_GET_INFO":87,"REMOTE_PROC_STORAGE_POOL_GET_XML_DESC":88,"REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART":89,"REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART":90,"REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES":91,"REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES":92,"REMOTE_PROC_STORAGE_VOL_CREATE_XML":93,"REMOTE_PROC_STORAGE_VOL_DELETE":94,"REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME":95,"REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY":96,"REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH":97,"REMOTE_PROC_STORAGE_VOL_GET_INFO":98,"REMOTE_PROC_STORAGE_VOL_GET_XML_DESC":99,"REMOTE_PROC_STORAGE_VOL_GET_PATH":100,"REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY":101,"REMOTE_PROC_NODE_GET_FREE_MEMORY":102,"REMOTE_PROC_DOMAIN_BLOCK_PEEK":103,"REMOTE_PROC_DOMAIN_MEMORY_PEEK":104,"REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER":105,"REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER":106,"REMOTE_PROC_DOMAIN_EVENT_LIFECYCLE":107,"REMOTE_PROC_DOMAIN_MIGRATE_PREPARE2":108,"REMOTE_PROC_DOMAIN_MIGRATE_FINISH2":109,"REMOTE_PROC_CONNECT_GET_URI":110,"REMOTE_PROC_NODE_NUM_OF_DEVICES":111,"REMOTE_PROC_NODE_LIST_DEVICES":112,"REMOTE_PROC_NODE_DEVICE_LOOKUP_BY_NAME":113,"REMOTE_PROC_NODE_DEVICE_GET_XML_DESC":114,"REMOTE_PROC_NODE_DEVICE_GET_PARENT":115,"REMOTE_PROC_NODE_DEVICE_NUM_OF_CAPS":116,"REMOTE_PROC_NODE_DEVICE_LIST_CAPS":117,"REMOTE_PROC_NODE_DEVICE_DETTACH":118,"REMOTE_PROC_NODE_DEVICE_RE_ATTACH":119,"REMOTE_PROC_NODE_DEVICE_RESET":120,"REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL":121,"REMOTE_PROC_NODE_GET_SECURITY_MODEL":122,"REMOTE_PROC_NODE_DEVICE_CREATE_XML":123,"REMOTE_PROC_NODE_DEVICE_DESTROY":124,"REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM":125,"REMOTE_PROC_CONNECT_NUM_OF_INTERFACES":126,"REMOTE_PROC_CONNECT_LIST_INTERFACES":127,"REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME":128,"REMOTE_PROC_INTERFACE_LOOKUP_BY_MAC_STRING":129,"REMOTE_PROC_INTERFACE_GET_XML_DESC":130,"REMOTE_PROC_INTERFACE_DEFINE_XML":131,"REMOTE_PROC_INTERFACE_UNDEFINE":132,"REMOTE_PROC_INTERFACE_CREATE":133,"REMOTE_PROC_INTERFACE_DESTROY":134,"REMOTE_PROC_CONNECT_DOMAIN_XML_FROM_NATIVE":135,"REMOTE_PROC_CONNECT_DOMAIN_XML_TO_NATIVE":136,"REMOTE_PROC_CONNECT_NUM_OF_DEFINED_INTERFACES":137,"REMOTE_PROC_CONNECT_LIST_DEFINED_INTERFACES":138,"REMOTE_PROC_CONNECT_NUM_OF_SECRETS":139,"REMOTE_PROC_CONNECT_LIST_SECRETS":140,"REMOTE_PROC_SECRET_LOOKUP_BY_UUID":141,"REMOTE_PROC_SECRET_DEFINE_XML":142,"REMOTE_PROC_SECRET_GET_XML_DESC":143,"REMOTE_PROC_SECRET_SET_VALUE":144,"REMOTE_PROC_SECRET_GET_VALUE":145,"REMOTE_PROC_SECRET_UNDEFINE":146,"REMOTE_PROC_SECRET_LOOKUP_BY_USAGE":147,"REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL":148,"REMOTE_PROC_CONNECT_IS_SECURE":149,"REMOTE_PROC_DOMAIN_IS_ACTIVE":150,"REMOTE_PROC_DOMAIN_IS_PERSISTENT":151,"REMOTE_PROC_NETWORK_IS_ACTIVE":152,"REMOTE_PROC_NETWORK_IS_PERSISTENT":153,"REMOTE_PROC_STORAGE_POOL_IS_ACTIVE":154,"REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT":155,"REMOTE_PROC_INTERFACE_IS_ACTIVE":156,"REMOTE_PROC_CONNECT_GET_LIB_VERSION":157,"REMOTE_PROC_CONNECT_COMPARE_CPU":158,"REMOTE_PROC_DOMAIN_MEMORY_STATS":159,"REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS":160,"REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS":161,"REMOTE_PROC_CONNECT_BASELINE_CPU":162,"REMOTE_PROC_DOMAIN_GET_JOB_INFO":163,"REMOTE_PROC_DOMAIN_ABORT_JOB":164,"REMOTE_PROC_STORAGE_VOL_WIPE":165,"REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_DOWNTIME":166,"REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER_ANY":167,"REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER_ANY":168,"REMOTE_PROC_DOMAIN_EVENT_REBOOT":169,"REMOTE_PROC_DOMAIN_EVENT_RTC_CHANGE":170,"REMOTE_PROC_DOMAIN_EVENT_WATCHDOG":171,"REMOTE_PROC_DOMAIN_EVENT_IO_ERROR":172,"REMOTE_PROC_DOMAIN_EVENT_GRAPHICS":173,"REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS":174,"REMOTE_PROC_NWFILTER_LOOKUP_BY_NAME":175,"REMOTE_PROC_NWFILTER_LOOKUP_BY_UUID":176,"REMOTE_PROC_NWFILTER_GET_XML_DESC":177,"REMOTE_PROC_CONNECT_NUM_OF_NWFILTERS":178,"REMOTE_PROC_CONNECT_LIST_NWFILTERS":179,"REMOTE_PROC_NWFILTER_DEFINE_XML":180,"REMOTE_PROC_NWFILTER_UNDEFINE":181,"REMOTE_PROC_DOMAIN_MANAGED_SAVE":182,"REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE":183,"REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE":184,"REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML":185,"REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC":186,"REMOTE_PROC_DOMAIN_SNAPSHOT_NUM":187,"REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES":188,"REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME":189,"REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT":190,"REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT":191,"REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT":192,"REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE":193,"REMOTE_PROC_DOMAIN_GET_BLOCK_INFO":194,"REMOTE_PROC_DOMAIN_EVENT_IO_ERROR_REASON":195,"REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS":196,"REMOTE_PROC_DOMAIN_SET_MEMORY_PARAMETERS":197,"REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS":198,"REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS":199,"REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS":200,"REMOTE_PROC_DOMAIN_OPEN_CONSOLE":201,"REMOTE_PROC_DOMAIN_IS_UPDATED":202,"REMOTE_PROC_CONNECT_GET_SYSINFO":203,"REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS":204,"REMOTE_PROC_DOMAIN_SET_BLKIO_PARAMETERS":205,"REMOTE_PROC_DOMAIN_GET_BLKIO_PARAMETERS":206,"REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_SPEED":207,"REMOTE_PROC_STORAGE_VOL_UPLOAD":208,"REMOTE_PROC_STORAGE_VOL_DOWNLOAD":209,"REMOTE_PROC_DOMAIN_INJECT_NMI":210,"REMOTE_PROC_DOMAIN_SCREENSHOT":211,"REMOTE_PROC_DOMAIN_GET_STATE":212,"REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3":213,"REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3":214,"REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3":215,"REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3":216,"REMOTE_PROC_DOMAIN_MIGRATE_FINISH3":217,"REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3":218,"REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS":219,"REMOTE_PROC_INTERFACE_CHANGE_BEGIN":220,"REMOTE_PROC_INTERFACE_CHANGE_COMMIT":221,"REMOTE_PROC_INTERFACE_CHANGE_ROLLBACK":222,"REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS":223,"REMOTE_PROC_DOMAIN_EVENT_CONTROL_ERROR":224,"REMOTE_PROC_DOMAIN_PIN_VCPU_FLAGS":225,"REMOTE_PROC_DOMAIN_SEND_KEY":226,"REMOTE_PROC_NODE_GET_CPU_STATS":227,"REMOTE_PROC_NODE_GET_MEMORY_STATS":228,"REMOTE_PROC_DOMAIN_GET_CONTROL_INFO":229,"REMOTE_PROC_DOMAIN_GET_VCPU_PIN_INFO":230,"REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS":231,"REMOTE_PROC_DOMAIN_SAVE_FLAGS":232,"REMOTE_PROC_DOMAIN_RESTORE_FLAGS":233,"REMOTE_PROC_DOMAIN_DESTROY_FLAGS":234,"REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC":235,"REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML":236,"REMOTE_PROC_DOMAIN_BLOCK_JOB_ABORT":237,"REMOTE_PROC_DOMAIN_GET_BLOCK_JOB_INFO":238,"REMOTE_PROC_DOMAIN_BLOCK_JOB_SET_SPEED":239,"REMOTE_PROC_DOMAIN_BLOCK_PULL":240,"REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB":241,"REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_SPEED":242,"REMOTE_PROC_DOMAIN_BLOCK_STATS_FLAGS":243,"REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT":244,"REMOTE_PROC_DOMAIN_RESET":245,"REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN":246,"REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES":247,"REMOTE_PROC_DOMAIN_EVENT_DISK_CHANGE":248,"REMOTE_PROC_DOMAIN_OPEN_GRAPHICS":249,"REMOTE_PROC_NODE_SUSPEND_FOR_DURATION":250,"REMOTE_PROC_DOMAIN_BLOCK_RESIZE":251,"REMOTE_PROC_DOMAIN_SET_BLOCK_IO_TUNE":252,"REMOTE_PROC_DOMAIN_GET_BLOCK_IO_TUNE":253,"REMOTE_PROC_DOMAIN_SET_NUMA_PARAMETERS":254,"REMOTE_PROC_DOMAIN_GET_NUMA_PARAMETERS":255,"REMOTE_PROC_DOMAIN_SET_INTERFACE_PARAMETERS":256,"REMOTE_PROC_DOMAIN_GET_INTERFACE_PARAMETERS":257,"REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS":258,"REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN":259,"REMOTE_PROC_STORAGE_VOL_RESIZE":260,"REMOTE_PROC_DOMAIN_PM_SUSPEND_FOR_DURATION":261,"REMOTE_PROC_DOMAIN_GET_CPU_STATS":262,"REMOTE_PROC_DOMAIN_GET_DISK_ERRORS":263,"REMOTE_PROC_DOMAIN_SET_METADATA":264,"REMOTE_PROC_DOMAIN_GET_METADATA":265,"REMOTE_PROC_DOMAIN_BLOCK_REBASE":266,"REMOTE_PROC_DOMAIN_PM_WAKEUP":267,"REMOTE_PROC_DOMAIN_EVENT_TRAY_CHANGE":268,"REMOTE_PROC_DOMAIN_EVENT_PMWAKEUP":269,"REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND":270,"REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT":271,"REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA":272,"REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS":273,"REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS":274,"REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN":275,"REMOTE_PROC_DOMAIN_EVENT_BALLOON_CHANGE":276,"REMOTE_PROC_DOMAIN_GET_HOSTNAME":277,"REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL_LIST":278,"REMOTE_PROC_DOMAIN_PIN_EMULATOR":279,"REMOTE_PROC_DOMAIN_GET_EMULATOR_PIN_INFO":280,"REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS":281,"REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES":282,"REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS":283,"REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES":284,"REMOTE_PROC_CONNECT_LIST_ALL_NODE_DEVICES":285,"REMOTE_PROC_CONNECT_LIST_ALL_NWFILTERS":286,"REMOTE_PROC_CONNECT_LIST_ALL_SECRETS":287,"REMOTE_PROC_NODE_SET_MEMORY_PARAMETERS":288,"REMOTE_PROC_NODE_GET_MEMORY_PARAMETERS":289,"REMOTE_PROC_DOMAIN_BLOCK_COMMIT":290,"REMOTE_PROC_NETWORK_UPDATE":291,"REMOTE_PROC_DOMAIN_EVENT_PMSUSPEND_DISK":292,"REMOTE_PROC_NODE_GET_CPU_MAP":293,"REMOTE_PROC_DOMAIN_FSTRIM":294,"REMOTE_PROC_DOMAIN_SEND_PROCESS_SIGNAL":295,"REMOTE_PROC_DOMAIN_OPEN_CHANNEL":296,"REMOTE_PROC_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN":297,"REMOTE_PROC_DOMAIN_GET_JOB_STATS":298,"REMOTE_PROC_DOMAIN_MIGRATE_GET_COMPRESSION_CACHE":299,"REMOTE_PROC_DOMAIN_MIGRATE_SET_COMPRESSION_CACHE":300,"REMOTE_PROC_NODE_DEVICE_DETACH_FLAGS":301,"REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3_PARAMS":302,"REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3_PARAMS":303,"REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS":304,"REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3_PARAMS":305,"REMOTE_PROC_DOMAIN_MIGRATE_FINISH3_PARAMS":306,"REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3_PARAMS":307,"REMOTE_PROC_DOMAIN_SET_MEMORY_STATS_PERIOD":308,"REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES":309,"REMOTE_PROC_DOMAIN_CREATE_WITH_FILES":310,"REMOTE_PROC_DOMAIN_EVENT_DEVICE_REMOVED":311,"REMOTE_PROC_CONNECT_GET_CPU_MODEL_NAMES":312,"REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY":313,"REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY":314,"REMOTE_PROC_NETWORK_EVENT_LIFECYCLE":315,"REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY":316,"REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY":317,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_LIFECYCLE":318,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_REBOOT":319,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_RTC_CHANGE":320,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_WATCHDOG":321,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR":322,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_GRAPHICS":323,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON":324,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_CONTROL_ERROR":325,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BLOCK_JOB":326,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DISK_CHANGE":327,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TRAY_CHANGE":328,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMWAKEUP":329,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND":330,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE":331,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK":332,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED":333,"REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT":334,"REMOTE_PROC_DOMAIN_FSFREEZE":335,"REMOTE_PROC_DOMAIN_FSTHAW":336,"REMOTE_PROC_DOMAIN_GET_TIME":337,"REMOTE_PROC_DOMAIN_SET_TIME":338,"REMOTE_PROC_DOMAIN_EVENT_BLOCK_JOB_2":339,"REMOTE_PROC_NODE_GET_FREE_PAGES":340,"REMOTE_PROC_NETWORK_GET_DHCP_LEASES":341,"REMOTE_PROC_CONNECT_GET_DOMAIN_CAPABILITIES":342,"REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD":343,"REMOTE_PROC_CONNECT_GET_ALL_DOMAIN_STATS":344,"REMOTE_PROC_DOMAIN_BLOCK_COPY":345,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_TUNABLE":346,"REMOTE_PROC_NODE_ALLOC_PAGES":347,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE":348,"REMOTE_PROC_DOMAIN_GET_FSINFO":349,"REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS":350,"REMOTE_PROC_DOMAIN_GET_IOTHREAD_INFO":351,"REMOTE_PROC_DOMAIN_PIN_IOTHREAD":352,"REMOTE_PROC_DOMAIN_INTERFACE_ADDRESSES":353,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_ADDED":354,"REMOTE_PROC_DOMAIN_ADD_IOTHREAD":355,"REMOTE_PROC_DOMAIN_DEL_IOTHREAD":356,"REMOTE_PROC_DOMAIN_SET_USER_PASSWORD":357,"REMOTE_PROC_DOMAIN_RENAME":358,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION":359,"REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK":360,"REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK":361,"REMOTE_PROC_CONNECT_EVENT_CONNECTION_CLOSED":362,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_JOB_COMPLETED":363,"REMOTE_PROC_DOMAIN_MIGRATE_START_POST_COPY":364,"REMOTE_PROC_DOMAIN_GET_PERF_EVENTS":365,"REMOTE_PROC_DOMAIN_SET_PERF_EVENTS":366,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED":367,"REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY":368,"REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY":369,"REMOTE_PROC_STORAGE_POOL_EVENT_LIFECYCLE":370,"REMOTE_PROC_DOMAIN_GET_GUEST_VCPUS":371,"REMOTE_PROC_DOMAIN_SET_GUEST_VCPUS":372,"REMOTE_PROC_STORAGE_POOL_EVENT_REFRESH":373,"REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY":374,"REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY":375,"REMOTE_PROC_NODE_DEVICE_EVENT_LIFECYCLE":376,"REMOTE_PROC_NODE_DEVICE_EVENT_UPDATE":377,"REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS":378,"REMOTE_PROC_DOMAIN_EVENT_CALLBACK_METADATA_CHANGE":379,"REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY":380,"REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY":381,"REMOTE_PROC_SECRET_EVENT_LIFECYCLE":382,"REMOTE_PROC_SECRET_EVENT_VALUE_CHANGED":383,"REMOTE_PROC_DOMAIN_SET_VCPU":384,"REMOTE_PROC_DOMAIN_EVENT_BLOCK_THRESHOLD":385,"REMOTE_PROC_DOMAIN_SET_BLOCK_THRESHOLD":386,"REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_DOWNTIME":387,"REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC":388,"REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML":389,"REMOTE_PROC_DOMAIN_SET_LIFECYCLE_ACTION":390,"REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH":391,"REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS":392,"REMOTE_PROC_CONNECT_COMPARE_HYPERVISOR_CPU":393,"REMOTE_PROC_CONNECT_BASELINE_HYPERVISOR_CPU":394,"REMOTE_PROC_NODE_GET_SEV_INFO":395,"REMOTE_PROC_DOMAIN_GET_LAUNCH_SECURITY_INFO":396,"REMOTE_PROC_NWFILTER_BINDING_LOOKUP_BY_PORT_DEV":397,"REMOTE_PROC_NWFILTER_BINDING_GET_XML_DESC":398,"REMOTE_PROC_NWFILTER_BINDING_CREATE_XML":399,"REMOTE_PROC_NWFILTER_BINDING_DELETE":400,"REMOTE_PROC_CONNECT_LIST_ALL_NWFILTER_BINDINGS":401,"REMOTE_PROC_DOMAIN_SET_IOTHREAD_PARAMS":402,"REMOTE_PROC_CONNECT_GET_STORAGE_POOL_CAPABILITIES":403,"REMOTE_PROC_NETWORK_LIST_ALL_PORTS":404,"REMOTE_PROC_NETWORK_PORT_LOOKUP_BY_UUID":405,"REMOTE_PROC_NETWORK_PORT_CREATE_XML":406,"REMOTE_PROC_NETWORK_PORT_GET_PARAMETERS":407,"REMOTE_PROC_NETWORK_PORT_SET_PARAMETERS":408,"REMOTE_PROC_NETWORK_PORT_GET_XML_DESC":409,"REMOTE_PROC_NETWORK_PORT_DELETE":410,"REMOTE_PROC_DOMAIN_CHECKPOINT_CREATE_XML":411,"REMOTE_PROC_DOMAIN_CHECKPOINT_GET_XML_DESC":412,"REMOTE_PROC_DOMAIN_LIST_ALL_CHECKPOINTS":413,"REMOTE_PROC_DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN":414,"REMOTE_PROC_DOMAIN_CHECKPOINT_LOOKUP_BY_NAME":415,"REMOTE_PROC_DOMAIN_CHECKPOINT_GET_PARENT":416,"REMOTE_PROC_DOMAIN_CHECKPOINT_DELETE":417,"REMOTE_PROC_DOMAIN_GET_GUEST_INFO":418,"REMOTE_PROC_CONNECT_SET_IDENTITY":419,"REMOTE_PROC_DOMAIN_AGENT_SET_RESPONSE_TIMEOUT":420,"REMOTE_PROC_DOMAIN_BACKUP_BEGIN":421,"REMOTE_PROC_DOMAIN_BACKUP_GET_XML_DESC":422,"REMOTE_PROC_DOMAIN_EVENT_MEMORY_FAILURE":423,"REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_GET":424,"REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_SET":425,"REMOTE_PROC_DOMAIN_GET_MESSAGES":426,"REMOTE_PROC_DOMAIN_START_DIRTY_RATE_CALC":427,"REMOTE_PROC_NODE_DEVICE_DEFINE_XML":428,"REMOTE_PROC_NODE_DEVICE_UNDEFINE":429,"REMOTE_PROC_NODE_DEVICE_CREATE":430,"REMOTE_PROC_NWFILTER_DEFINE_XML_FLAGS":431,"REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS":432,"REMOTE_PROC_NODE_DEVICE_GET_AUTOSTART":433,"REMOTE_PROC_NODE_DEVICE_SET_AUTOSTART":434,"REMOTE_PROC_NODE_DEVICE_IS_PERSISTENT":435,"REMOTE_PROC_NODE_DEVICE_IS_ACTIVE":436,"REMOTE_PROC_NETWORK_CREATE_XML_FLAGS":437,"REMOTE_PROC_DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE":438,"REMOTE_PROC_DOMAIN_SET_LAUNCH_SECURITY_STATE":439,"REMOTE_PROC_DOMAIN_SAVE_PARAMS":440,"REMOTE_PROC_DOMAIN_RESTORE_PARAMS":441,"REMOTE_PROC_DOMAIN_ABORT_JOB_FLAGS":442,"REMOTE_PROC_DOMAIN_FD_ASSOCIATE":443}},
};

// ---- Procedures ----

export interface ProcedureInfo {
  readonly number: number;
  readonly args: string | null;
  readonly ret: string | null;
  /** Type of the body when the daemon sends this procedure as an event message. */
  readonly message: string | null;
  /** A stream follows the reply: 'write' carries data to the daemon, 'read' from it. */
  readonly stream: 'read' | 'write' | null;
}

export const REMOTE_PROCEDURE_COUNT = 443;

export const remoteProcedures = {
  CONNECT_OPEN: {"number":1,"args":"remote_connect_open_args","ret":null,"message":null,"stream":null},
  CONNECT_CLOSE: {"number":2,"args":null,"ret":null,"message":null,"stream":null},
  CONNECT_GET_TYPE: {"number":3,"args":null,"ret":"remote_connect_get_type_ret","message":null,"stream":null},
  CONNECT_GET_VERSION: {"number":4,"args":null,"ret":"remote_connect_get_version_ret","message":null,"stream":null},
  CONNECT_GET_MAX_VCPUS: {"number":5,"args":"remote_connect_get_max_vcpus_args","ret":"remote_connect_get_max_vcpus_ret","message":null,"stream":null},
  NODE_GET_INFO: {"number":6,"args":null,"ret":"remote_node_get_info_ret","message":null,"stream":null},
  CONNECT_GET_CAPABILITIES: {"number":7,"args":null,"ret":"remote_connect_get_capabilities_ret","message":null,"stream":null},
  DOMAIN_ATTACH_DEVICE: {"number":8,"args":"remote_domain_attach_device_args","ret":null,"message":null,"stream":null},
  DOMAIN_CREATE: {"number":9,"args":"remote_domain_create_args","ret":null,"message":null,"stream":null},
  DOMAIN_CREATE_XML: {"number":10,"args":"remote_domain_create_xml_args","ret":"remote_domain_create_xml_ret","message":null,"stream":null},
  DOMAIN_DEFINE_XML: {"number":11,"args":"remote_domain_define_xml_args","ret":"remote_domain_define_xml_ret","message":null,"stream":null},
  DOMAIN_DESTROY: {"number":12,"args":"remote_domain_destroy_args","ret":null,"message":null,"stream":null},
  DOMAIN_DETACH_DEVICE: {"number":13,"args":"remote_domain_detach_device_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_XML_DESC: {"number":14,"args":"remote_domain_get_xml_desc_args","ret":"remote_domain_get_xml_desc_ret","message":null,"stream":null},
  DOMAIN_GET_AUTOSTART: {"number":15,"args":"remote_domain_get_autostart_args","ret":"remote_domain_get_autostart_ret","message":null,"stream":null},
  DOMAIN_GET_INFO: {"number":16,"args":"remote_domain_get_info_args","ret":"remote_domain_get_info_ret","message":null,"stream":null},
  DOMAIN_GET_MAX_MEMORY: {"number":17,"args":"remote_domain_get_max_memory_args","ret":"remote_domain_get_max_memory_ret","message":null,"stream":null},
  DOMAIN_GET_MAX_VCPUS: {"number":18,"args":"remote_domain_get_max_vcpus_args","ret":"remote_domain_get_max_vcpus_ret","message":null,"stream":null},
  DOMAIN_GET_OS_TYPE: {"number":19,"args":"remote_domain_get_os_type_args","ret":"remote_domain_get_os_type_ret","message":null,"stream":null},
  DOMAIN_GET_VCPUS: {"number":20,"args":"remote_domain_get_vcpus_args","ret":"remote_domain_get_vcpus_ret","message":null,"stream":null},
  CONNECT_LIST_DEFINED_DOMAINS: {"number":21,"args":"remote_connect_list_defined_domains_args","ret":"remote_connect_list_defined_domains_ret","message":null,"stream":null},
  DOMAIN_LOOKUP_BY_ID: {"number":22,"args":"remote_domain_lookup_by_id_args","ret":"remote_domain_lookup_by_id_ret","message":null,"stream":null},
  DOMAIN_LOOKUP_BY_NAME: {"number":23,"args":"remote_domain_lookup_by_name_args","ret":"remote_domain_lookup_by_name_ret","message":null,"stream":null},
  DOMAIN_LOOKUP_BY_UUID: {"number":24,"args":"remote_domain_lookup_by_uuid_args","ret":"remote_domain_lookup_by_uuid_ret","message":null,"stream":null},
  CONNECT_NUM_OF_DEFINED_DOMAINS: {"number":25,"args":null,"ret":"remote_connect_num_of_defined_domains_ret","message":null,"stream":null},
  DOMAIN_PIN_VCPU: {"number":26,"args":"remote_domain_pin_vcpu_args","ret":null,"message":null,"stream":null},
  DOMAIN_REBOOT: {"number":27,"args":"remote_domain_reboot_args","ret":null,"message":null,"stream":null},
  DOMAIN_RESUME: {"number":28,"args":"remote_domain_resume_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_AUTOSTART: {"number":29,"args":"remote_domain_set_autostart_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_MAX_MEMORY: {"number":30,"args":"remote_domain_set_max_memory_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_MEMORY: {"number":31,"args":"remote_domain_set_memory_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_VCPUS: {"number":32,"args":"remote_domain_set_vcpus_args","ret":null,"message":null,"stream":null},
  DOMAIN_SHUTDOWN: {"number":33,"args":"remote_domain_shutdown_args","ret":null,"message":null,"stream":null},
  DOMAIN_SUSPEND: {"number":34,"args":"remote_domain_suspend_args","ret":null,"message":null,"stream":null},
  DOMAIN_UNDEFINE: {"number":35,"args":"remote_domain_undefine_args","ret":null,"message":null,"stream":null},
  CONNECT_LIST_DEFINED_NETWORKS: {"number":36,"args":"remote_connect_list_defined_networks_args","ret":"remote_connect_list_defined_networks_ret","message":null,"stream":null},
  CONNECT_LIST_DOMAINS: {"number":37,"args":"remote_connect_list_domains_args","ret":"remote_connect_list_domains_ret","message":null,"stream":null},
  CONNECT_LIST_NETWORKS: {"number":38,"args":"remote_connect_list_networks_args","ret":"remote_connect_list_networks_ret","message":null,"stream":null},
  NETWORK_CREATE: {"number":39,"args":"remote_network_create_args","ret":null,"message":null,"stream":null},
  NETWORK_CREATE_XML: {"number":40,"args":"remote_network_create_xml_args","ret":"remote_network_create_xml_ret","message":null,"stream":null},
  NETWORK_DEFINE_XML: {"number":41,"args":"remote_network_define_xml_args","ret":"remote_network_define_xml_ret","message":null,"stream":null},
  NETWORK_DESTROY: {"number":42,"args":"remote_network_destroy_args","ret":null,"message":null,"stream":null},
  NETWORK_GET_XML_DESC: {"number":43,"args":"remote_network_get_xml_desc_args","ret":"remote_network_get_xml_desc_ret","message":null,"stream":null},
  NETWORK_GET_AUTOSTART: {"number":44,"args":"remote_network_get_autostart_args","ret":"remote_network_get_autostart_ret","message":null,"stream":null},
  NETWORK_GET_BRIDGE_NAME: {"number":45,"args":"remote_network_get_bridge_name_args","ret":"remote_network_get_bridge_name_ret","message":null,"stream":null},
  NETWORK_LOOKUP_BY_NAME: {"number":46,"args":"remote_network_lookup_by_name_args","ret":"remote_network_lookup_by_name_ret","message":null,"stream":null},
  NETWORK_LOOKUP_BY_UUID: {"number":47,"args":"remote_network_lookup_by_uuid_args","ret":"remote_network_lookup_by_uuid_ret","message":null,"stream":null},
  NETWORK_SET_AUTOSTART: {"number":48,"args":"remote_network_set_autostart_args","ret":null,"message":null,"stream":null},
  NETWORK_UNDEFINE: {"number":49,"args":"remote_network_undefine_args","ret":null,"message":null,"stream":null},
  CONNECT_NUM_OF_DEFINED_NETWORKS: {"number":50,"args":null,"ret":"remote_connect_num_of_defined_networks_ret","message":null,"stream":null},
  CONNECT_NUM_OF_DOMAINS: {"number":51,"args":null,"ret":"remote_connect_num_of_domains_ret","message":null,"stream":null},
  CONNECT_NUM_OF_NETWORKS: {"number":52,"args":null,"ret":"remote_connect_num_of_networks_ret","message":null,"stream":null},
  DOMAIN_CORE_DUMP: {"number":53,"args":"remote_domain_core_dump_args","ret":null,"message":null,"stream":null},
  DOMAIN_RESTORE: {"number":54,"args":"remote_domain_restore_args","ret":null,"message":null,"stream":null},
  DOMAIN_SAVE: {"number":55,"args":"remote_domain_save_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_SCHEDULER_TYPE: {"number":56,"args":"remote_domain_get_scheduler_type_args","ret":"remote_domain_get_scheduler_type_ret","message":null,"stream":null},
  DOMAIN_GET_SCHEDULER_PARAMETERS: {"number":57,"args":"remote_domain_get_scheduler_parameters_args","ret":"remote_domain_get_scheduler_parameters_ret","message":null,"stream":null},
  DOMAIN_SET_SCHEDULER_PARAMETERS: {"number":58,"args":"remote_domain_set_scheduler_parameters_args","ret":null,"message":null,"stream":null},
  CONNECT_GET_HOSTNAME: {"number":59,"args":null,"ret":"remote_connect_get_hostname_ret","message":null,"stream":null},
  CONNECT_SUPPORTS_FEATURE: {"number":60,"args":"remote_connect_supports_feature_args","ret":"remote_connect_supports_feature_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_PREPARE: {"number":61,"args":"remote_domain_migrate_prepare_args","ret":"remote_domain_migrate_prepare_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_PERFORM: {"number":62,"args":"remote_domain_migrate_perform_args","ret":null,"message":null,"stream":null},
  DOMAIN_MIGRATE_FINISH: {"number":63,"args":"remote_domain_migrate_finish_args","ret":"remote_domain_migrate_finish_ret","message":null,"stream":null},
  DOMAIN_BLOCK_STATS: {"number":64,"args":"remote_domain_block_stats_args","ret":"remote_domain_block_stats_ret","message":null,"stream":null},
  DOMAIN_INTERFACE_STATS: {"number":65,"args":"remote_domain_interface_stats_args","ret":"remote_domain_interface_stats_ret","message":null,"stream":null},
  AUTH_LIST: {"number":66,"args":null,"ret":"remote_auth_list_ret","message":null,"stream":null},
  AUTH_SASL_INIT: {"number":67,"args":null,"ret":"remote_auth_sasl_init_ret","message":null,"stream":null},
  AUTH_SASL_START: {"number":68,"args":"remote_auth_sasl_start_args","ret":"remote_auth_sasl_start_ret","message":null,"stream":null},
  AUTH_SASL_STEP: {"number":69,"args":"remote_auth_sasl_step_args","ret":"remote_auth_sasl_step_ret","message":null,"stream":null},
  AUTH_POLKIT: {"number":70,"args":null,"ret":"remote_auth_polkit_ret","message":null,"stream":null},
  CONNECT_NUM_OF_STORAGE_POOLS: {"number":71,"args":null,"ret":"remote_connect_num_of_storage_pools_ret","message":null,"stream":null},
  CONNECT_LIST_STORAGE_POOLS: {"number":72,"args":"remote_connect_list_storage_pools_args","ret":"remote_connect_list_storage_pools_ret","message":null,"stream":null},
  CONNECT_NUM_OF_DEFINED_STORAGE_POOLS: {"number":73,"args":null,"ret":"remote_connect_num_of_defined_storage_pools_ret","message":null,"stream":null},
  CONNECT_LIST_DEFINED_STORAGE_POOLS: {"number":74,"args":"remote_connect_list_defined_storage_pools_args","ret":"remote_connect_list_defined_storage_pools_ret","message":null,"stream":null},
  CONNECT_FIND_STORAGE_POOL_SOURCES: {"number":75,"args":"remote_connect_find_storage_pool_sources_args","ret":"remote_connect_find_storage_pool_sources_ret","message":null,"stream":null},
  STORAGE_POOL_CREATE_XML: {"number":76,"args":"remote_storage_pool_create_xml_args","ret":"remote_storage_pool_create_xml_ret","message":null,"stream":null},
  STORAGE_POOL_DEFINE_XML: {"number":77,"args":"remote_storage_pool_define_xml_args","ret":"remote_storage_pool_define_xml_ret","message":null,"stream":null},
  STORAGE_POOL_CREATE: {"number":78,"args":"remote_storage_pool_create_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_BUILD: {"number":79,"args":"remote_storage_pool_build_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_DESTROY: {"number":80,"args":"remote_storage_pool_destroy_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_DELETE: {"number":81,"args":"remote_storage_pool_delete_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_UNDEFINE: {"number":82,"args":"remote_storage_pool_undefine_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_REFRESH: {"number":83,"args":"remote_storage_pool_refresh_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_LOOKUP_BY_NAME: {"number":84,"args":"remote_storage_pool_lookup_by_name_args","ret":"remote_storage_pool_lookup_by_name_ret","message":null,"stream":null},
  STORAGE_POOL_LOOKUP_BY_UUID: {"number":85,"args":"remote_storage_pool_lookup_by_uuid_args","ret":"remote_storage_pool_lookup_by_uuid_ret","message":null,"stream":null},
  STORAGE_POOL_LOOKUP_BY_VOLUME: {"number":86,"args":"remote_storage_pool_lookup_by_volume_args","ret":"remote_storage_pool_lookup_by_volume_ret","message":null,"stream":null},
  STORAGE_POOL_GET_INFO: {"number":87,"args":"remote_storage_pool_get_info_args","ret":"remote_storage_pool_get_info_ret","message":null,"stream":null},
  STORAGE_POOL_GET_XML_DESC: {"number":88,"args":"remote_storage_pool_get_xml_desc_args","ret":"remote_storage_pool_get_xml_desc_ret","message":null,"stream":null},
  STORAGE_POOL_GET_AUTOSTART: {"number":89,"args":"remote_storage_pool_get_autostart_args","ret":"remote_storage_pool_get_autostart_ret","message":null,"stream":null},
  STORAGE_POOL_SET_AUTOSTART: {"number":90,"args":"remote_storage_pool_set_autostart_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_NUM_OF_VOLUMES: {"number":91,"args":"remote_storage_pool_num_of_volumes_args","ret":"remote_storage_pool_num_of_volumes_ret","message":null,"stream":null},
  STORAGE_POOL_LIST_VOLUMES: {"number":92,"args":"remote_storage_pool_list_volumes_args","ret":"remote_storage_pool_list_volumes_ret","message":null,"stream":null},
  STORAGE_VOL_CREATE_XML: {"number":93,"args":"remote_storage_vol_create_xml_args","ret":"remote_storage_vol_create_xml_ret","message":null,"stream":null},
  STORAGE_VOL_DELETE: {"number":94,"args":"remote_storage_vol_delete_args","ret":null,"message":null,"stream":null},
  STORAGE_VOL_LOOKUP_BY_NAME: {"number":95,"args":"remote_storage_vol_lookup_by_name_args","ret":"remote_storage_vol_lookup_by_name_ret","message":null,"stream":null},
  STORAGE_VOL_LOOKUP_BY_KEY: {"number":96,"args":"remote_storage_vol_lookup_by_key_args","ret":"remote_storage_vol_lookup_by_key_ret","message":null,"stream":null},
  STORAGE_VOL_LOOKUP_BY_PATH: {"number":97,"args":"remote_storage_vol_lookup_by_path_args","ret":"remote_storage_vol_lookup_by_path_ret","message":null,"stream":null},
  STORAGE_VOL_GET_INFO: {"number":98,"args":"remote_storage_vol_get_info_args","ret":"remote_storage_vol_get_info_ret","message":null,"stream":null},
  STORAGE_VOL_GET_XML_DESC: {"number":99,"args":"remote_storage_vol_get_xml_desc_args","ret":"remote_storage_vol_get_xml_desc_ret","message":null,"stream":null},
  STORAGE_VOL_GET_PATH: {"number":100,"args":"remote_storage_vol_get_path_args","ret":"remote_storage_vol_get_path_ret","message":null,"stream":null},
  NODE_GET_CELLS_FREE_MEMORY: {"number":101,"args":"remote_node_get_cells_free_memory_args","ret":"remote_node_get_cells_free_memory_ret","message":null,"stream":null},
  NODE_GET_FREE_MEMORY: {"number":102,"args":null,"ret":"remote_node_get_free_memory_ret","message":null,"stream":null},
  DOMAIN_BLOCK_PEEK: {"number":103,"args":"remote_domain_block_peek_args","ret":"remote_domain_block_peek_ret","message":null,"stream":null},
  DOMAIN_MEMORY_PEEK: {"number":104,"args":"remote_domain_memory_peek_args","ret":"remote_domain_memory_peek_ret","message":null,"stream":null},
  CONNECT_DOMAIN_EVENT_REGISTER: {"number":105,"args":null,"ret":"remote_connect_domain_event_register_ret","message":null,"stream":null},
  CONNECT_DOMAIN_EVENT_DEREGISTER: {"number":106,"args":null,"ret":"remote_connect_domain_event_deregister_ret","message":null,"stream":null},
  DOMAIN_EVENT_LIFECYCLE: {"number":107,"args":null,"ret":null,"message":"remote_domain_event_lifecycle_msg","stream":null},
  DOMAIN_MIGRATE_PREPARE2: {"number":108,"args":"remote_domain_migrate_prepare2_args","ret":"remote_domain_migrate_prepare2_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_FINISH2: {"number":109,"args":"remote_domain_migrate_finish2_args","ret":"remote_domain_migrate_finish2_ret","message":null,"stream":null},
  CONNECT_GET_URI: {"number":110,"args":null,"ret":"remote_connect_get_uri_ret","message":null,"stream":null},
  NODE_NUM_OF_DEVICES: {"number":111,"args":"remote_node_num_of_devices_args","ret":"remote_node_num_of_devices_ret","message":null,"stream":null},
  NODE_LIST_DEVICES: {"number":112,"args":"remote_node_list_devices_args","ret":"remote_node_list_devices_ret","message":null,"stream":null},
  NODE_DEVICE_LOOKUP_BY_NAME: {"number":113,"args":"remote_node_device_lookup_by_name_args","ret":"remote_node_device_lookup_by_name_ret","message":null,"stream":null},
  NODE_DEVICE_GET_XML_DESC: {"number":114,"args":"remote_node_device_get_xml_desc_args","ret":"remote_node_device_get_xml_desc_ret","message":null,"stream":null},
  NODE_DEVICE_GET_PARENT: {"number":115,"args":"remote_node_device_get_parent_args","ret":"remote_node_device_get_parent_ret","message":null,"stream":null},
  NODE_DEVICE_NUM_OF_CAPS: {"number":116,"args":"remote_node_device_num_of_caps_args","ret":"remote_node_device_num_of_caps_ret","message":null,"stream":null},
  NODE_DEVICE_LIST_CAPS: {"number":117,"args":"remote_node_device_list_caps_args","ret":"remote_node_device_list_caps_ret","message":null,"stream":null},
  NODE_DEVICE_DETTACH: {"number":118,"args":"remote_node_device_dettach_args","ret":null,"message":null,"stream":null},
  NODE_DEVICE_RE_ATTACH: {"number":119,"args":"remote_node_device_re_attach_args","ret":null,"message":null,"stream":null},
  NODE_DEVICE_RESET: {"number":120,"args":"remote_node_device_reset_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_SECURITY_LABEL: {"number":121,"args":"remote_domain_get_security_label_args","ret":"remote_domain_get_security_label_ret","message":null,"stream":null},
  NODE_GET_SECURITY_MODEL: {"number":122,"args":null,"ret":"remote_node_get_security_model_ret","message":null,"stream":null},
  NODE_DEVICE_CREATE_XML: {"number":123,"args":"remote_node_device_create_xml_args","ret":"remote_node_device_create_xml_ret","message":null,"stream":null},
  NODE_DEVICE_DESTROY: {"number":124,"args":"remote_node_device_destroy_args","ret":null,"message":null,"stream":null},
  STORAGE_VOL_CREATE_XML_FROM: {"number":125,"args":"remote_storage_vol_create_xml_from_args","ret":"remote_storage_vol_create_xml_from_ret","message":null,"stream":null},
  CONNECT_NUM_OF_INTERFACES: {"number":126,"args":null,"ret":"remote_connect_num_of_interfaces_ret","message":null,"stream":null},
  CONNECT_LIST_INTERFACES: {"number":127,"args":"remote_connect_list_interfaces_args","ret":"remote_connect_list_interfaces_ret","message":null,"stream":null},
  INTERFACE_LOOKUP_BY_NAME: {"number":128,"args":"remote_interface_lookup_by_name_args","ret":"remote_interface_lookup_by_name_ret","message":null,"stream":null},
  INTERFACE_LOOKUP_BY_MAC_STRING: {"number":129,"args":"remote_interface_lookup_by_mac_string_args","ret":"remote_interface_lookup_by_mac_string_ret","message":null,"stream":null},
  INTERFACE_GET_XML_DESC: {"number":130,"args":"remote_interface_get_xml_desc_args","ret":"remote_interface_get_xml_desc_ret","message":null,"stream":null},
  INTERFACE_DEFINE_XML: {"number":131,"args":"remote_interface_define_xml_args","ret":"remote_interface_define_xml_ret","message":null,"stream":null},
  INTERFACE_UNDEFINE: {"number":132,"args":"remote_interface_undefine_args","ret":null,"message":null,"stream":null},
  INTERFACE_CREATE: {"number":133,"args":"remote_interface_create_args","ret":null,"message":null,"stream":null},
  INTERFACE_DESTROY: {"number":134,"args":"remote_interface_destroy_args","ret":null,"message":null,"stream":null},
  CONNECT_DOMAIN_XML_FROM_NATIVE: {"number":135,"args":"remote_connect_domain_xml_from_native_args","ret":"remote_connect_domain_xml_from_native_ret","message":null,"stream":null},
  CONNECT_DOMAIN_XML_TO_NATIVE: {"number":136,"args":"remote_connect_domain_xml_to_native_args","ret":"remote_connect_domain_xml_to_native_ret","message":null,"stream":null},
  CONNECT_NUM_OF_DEFINED_INTERFACES: {"number":137,"args":null,"ret":"remote_connect_num_of_defined_interfaces_ret","message":null,"stream":null},
  CONNECT_LIST_DEFINED_INTERFACES: {"number":138,"args":"remote_connect_list_defined_interfaces_args","ret":"remote_connect_list_defined_interfaces_ret","message":null,"stream":null},
  CONNECT_NUM_OF_SECRETS: {"number":139,"args":null,"ret":"remote_connect_num_of_secrets_ret","message":null,"stream":null},
  CONNECT_LIST_SECRETS: {"number":140,"args":"remote_connect_list_secrets_args","ret":"remote_connect_list_secrets_ret","message":null,"stream":null},
  SECRET_LOOKUP_BY_UUID: {"number":141,"args":"remote_secret_lookup_by_uuid_args","ret":"remote_secret_lookup_by_uuid_ret","message":null,"stream":null},
  SECRET_DEFINE_XML: {"number":142,"args":"remote_secret_define_xml_args","ret":"remote_secret_define_xml_ret","message":null,"stream":null},
  SECRET_GET_XML_DESC: {"number":143,"args":"remote_secret_get_xml_desc_args","ret":"remote_secret_get_xml_desc_ret","message":null,"stream":null},
  SECRET_SET_VALUE: {"number":144,"args":"remote_secret_set_value_args","ret":null,"message":null,"stream":null},
  SECRET_GET_VALUE: {"number":145,"args":"remote_secret_get_value_args","ret":"remote_secret_get_value_ret","message":null,"stream":null},
  SECRET_UNDEFINE: {"number":146,"args":"remote_secret_undefine_args","ret":null,"message":null,"stream":null},
  SECRET_LOOKUP_BY_USAGE: {"number":147,"args":"remote_secret_lookup_by_usage_args","ret":"remote_secret_lookup_by_usage_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_PREPARE_TUNNEL: {"number":148,"args":"remote_domain_migrate_prepare_tunnel_args","ret":null,"message":null,"stream":"write"},
  CONNECT_IS_SECURE: {"number":149,"args":null,"ret":"remote_connect_is_secure_ret","message":null,"stream":null},
  DOMAIN_IS_ACTIVE: {"number":150,"args":"remote_domain_is_active_args","ret":"remote_domain_is_active_ret","message":null,"stream":null},
  DOMAIN_IS_PERSISTENT: {"number":151,"args":"remote_domain_is_persistent_args","ret":"remote_domain_is_persistent_ret","message":null,"stream":null},
  NETWORK_IS_ACTIVE: {"number":152,"args":"remote_network_is_active_args","ret":"remote_network_is_active_ret","message":null,"stream":null},
  NETWORK_IS_PERSISTENT: {"number":153,"args":"remote_network_is_persistent_args","ret":"remote_network_is_persistent_ret","message":null,"stream":null},
  STORAGE_POOL_IS_ACTIVE: {"number":154,"args":"remote_storage_pool_is_active_args","ret":"remote_storage_pool_is_active_ret","message":null,"stream":null},
  STORAGE_POOL_IS_PERSISTENT: {"number":155,"args":"remote_storage_pool_is_persistent_args","ret":"remote_storage_pool_is_persistent_ret","message":null,"stream":null},
  INTERFACE_IS_ACTIVE: {"number":156,"args":"remote_interface_is_active_args","ret":"remote_interface_is_active_ret","message":null,"stream":null},
  CONNECT_GET_LIB_VERSION: {"number":157,"args":null,"ret":"remote_connect_get_lib_version_ret","message":null,"stream":null},
  CONNECT_COMPARE_CPU: {"number":158,"args":"remote_connect_compare_cpu_args","ret":"remote_connect_compare_cpu_ret","message":null,"stream":null},
  DOMAIN_MEMORY_STATS: {"number":159,"args":"remote_domain_memory_stats_args","ret":"remote_domain_memory_stats_ret","message":null,"stream":null},
  DOMAIN_ATTACH_DEVICE_FLAGS: {"number":160,"args":"remote_domain_attach_device_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_DETACH_DEVICE_FLAGS: {"number":161,"args":"remote_domain_detach_device_flags_args","ret":null,"message":null,"stream":null},
  CONNECT_BASELINE_CPU: {"number":162,"args":"remote_connect_baseline_cpu_args","ret":"remote_connect_baseline_cpu_ret","message":null,"stream":null},
  DOMAIN_GET_JOB_INFO: {"number":163,"args":"remote_domain_get_job_info_args","ret":"remote_domain_get_job_info_ret","message":null,"stream":null},
  DOMAIN_ABORT_JOB: {"number":164,"args":"remote_domain_abort_job_args","ret":null,"message":null,"stream":null},
  STORAGE_VOL_WIPE: {"number":165,"args":"remote_storage_vol_wipe_args","ret":null,"message":null,"stream":null},
  DOMAIN_MIGRATE_SET_MAX_DOWNTIME: {"number":166,"args":"remote_domain_migrate_set_max_downtime_args","ret":null,"message":null,"stream":null},
  CONNECT_DOMAIN_EVENT_REGISTER_ANY: {"number":167,"args":"remote_connect_domain_event_register_any_args","ret":null,"message":null,"stream":null},
  CONNECT_DOMAIN_EVENT_DEREGISTER_ANY: {"number":168,"args":"remote_connect_domain_event_deregister_any_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_REBOOT: {"number":169,"args":null,"ret":null,"message":"remote_domain_event_reboot_msg","stream":null},
  DOMAIN_EVENT_RTC_CHANGE: {"number":170,"args":null,"ret":null,"message":"remote_domain_event_rtc_change_msg","stream":null},
  DOMAIN_EVENT_WATCHDOG: {"number":171,"args":null,"ret":null,"message":"remote_domain_event_watchdog_msg","stream":null},
  DOMAIN_EVENT_IO_ERROR: {"number":172,"args":null,"ret":null,"message":"remote_domain_event_io_error_msg","stream":null},
  DOMAIN_EVENT_GRAPHICS: {"number":173,"args":null,"ret":null,"message":"remote_domain_event_graphics_msg","stream":null},
  DOMAIN_UPDATE_DEVICE_FLAGS: {"number":174,"args":"remote_domain_update_device_flags_args","ret":null,"message":null,"stream":null},
  NWFILTER_LOOKUP_BY_NAME: {"number":175,"args":"remote_nwfilter_lookup_by_name_args","ret":"remote_nwfilter_lookup_by_name_ret","message":null,"stream":null},
  NWFILTER_LOOKUP_BY_UUID: {"number":176,"args":"remote_nwfilter_lookup_by_uuid_args","ret":"remote_nwfilter_lookup_by_uuid_ret","message":null,"stream":null},
  NWFILTER_GET_XML_DESC: {"number":177,"args":"remote_nwfilter_get_xml_desc_args","ret":"remote_nwfilter_get_xml_desc_ret","message":null,"stream":null},
  CONNECT_NUM_OF_NWFILTERS: {"number":178,"args":null,"ret":"remote_connect_num_of_nwfilters_ret","message":null,"stream":null},
  CONNECT_LIST_NWFILTERS: {"number":179,"args":"remote_connect_list_nwfilters_args","ret":"remote_connect_list_nwfilters_ret","message":null,"stream":null},
  NWFILTER_DEFINE_XML: {"number":180,"args":"remote_nwfilter_define_xml_args","ret":"remote_nwfilter_define_xml_ret","message":null,"stream":null},
  NWFILTER_UNDEFINE: {"number":181,"args":"remote_nwfilter_undefine_args","ret":null,"message":null,"stream":null},
  DOMAIN_MANAGED_SAVE: {"number":182,"args":"remote_domain_managed_save_args","ret":null,"message":null,"stream":null},
  DOMAIN_HAS_MANAGED_SAVE_IMAGE: {"number":183,"args":"remote_domain_has_managed_save_image_args","ret":"remote_domain_has_managed_save_image_ret","message":null,"stream":null},
  DOMAIN_MANAGED_SAVE_REMOVE: {"number":184,"args":"remote_domain_managed_save_remove_args","ret":null,"message":null,"stream":null},
  DOMAIN_SNAPSHOT_CREATE_XML: {"number":185,"args":"remote_domain_snapshot_create_xml_args","ret":"remote_domain_snapshot_create_xml_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_GET_XML_DESC: {"number":186,"args":"remote_domain_snapshot_get_xml_desc_args","ret":"remote_domain_snapshot_get_xml_desc_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_NUM: {"number":187,"args":"remote_domain_snapshot_num_args","ret":"remote_domain_snapshot_num_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_LIST_NAMES: {"number":188,"args":"remote_domain_snapshot_list_names_args","ret":"remote_domain_snapshot_list_names_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_LOOKUP_BY_NAME: {"number":189,"args":"remote_domain_snapshot_lookup_by_name_args","ret":"remote_domain_snapshot_lookup_by_name_ret","message":null,"stream":null},
  DOMAIN_HAS_CURRENT_SNAPSHOT: {"number":190,"args":"remote_domain_has_current_snapshot_args","ret":"remote_domain_has_current_snapshot_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_CURRENT: {"number":191,"args":"remote_domain_snapshot_current_args","ret":"remote_domain_snapshot_current_ret","message":null,"stream":null},
  DOMAIN_REVERT_TO_SNAPSHOT: {"number":192,"args":"remote_domain_revert_to_snapshot_args","ret":null,"message":null,"stream":null},
  DOMAIN_SNAPSHOT_DELETE: {"number":193,"args":"remote_domain_snapshot_delete_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_BLOCK_INFO: {"number":194,"args":"remote_domain_get_block_info_args","ret":"remote_domain_get_block_info_ret","message":null,"stream":null},
  DOMAIN_EVENT_IO_ERROR_REASON: {"number":195,"args":null,"ret":null,"message":"remote_domain_event_io_error_reason_msg","stream":null},
  DOMAIN_CREATE_WITH_FLAGS: {"number":196,"args":"remote_domain_create_with_flags_args","ret":"remote_domain_create_with_flags_ret","message":null,"stream":null},
  DOMAIN_SET_MEMORY_PARAMETERS: {"number":197,"args":"remote_domain_set_memory_parameters_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_MEMORY_PARAMETERS: {"number":198,"args":"remote_domain_get_memory_parameters_args","ret":"remote_domain_get_memory_parameters_ret","message":null,"stream":null},
  DOMAIN_SET_VCPUS_FLAGS: {"number":199,"args":"remote_domain_set_vcpus_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_VCPUS_FLAGS: {"number":200,"args":"remote_domain_get_vcpus_flags_args","ret":"remote_domain_get_vcpus_flags_ret","message":null,"stream":null},
  DOMAIN_OPEN_CONSOLE: {"number":201,"args":"remote_domain_open_console_args","ret":null,"message":null,"stream":"read"},
  DOMAIN_IS_UPDATED: {"number":202,"args":"remote_domain_is_updated_args","ret":"remote_domain_is_updated_ret","message":null,"stream":null},
  CONNECT_GET_SYSINFO: {"number":203,"args":"remote_connect_get_sysinfo_args","ret":"remote_connect_get_sysinfo_ret","message":null,"stream":null},
  DOMAIN_SET_MEMORY_FLAGS: {"number":204,"args":"remote_domain_set_memory_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_BLKIO_PARAMETERS: {"number":205,"args":"remote_domain_set_blkio_parameters_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_BLKIO_PARAMETERS: {"number":206,"args":"remote_domain_get_blkio_parameters_args","ret":"remote_domain_get_blkio_parameters_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_SET_MAX_SPEED: {"number":207,"args":"remote_domain_migrate_set_max_speed_args","ret":null,"message":null,"stream":null},
  STORAGE_VOL_UPLOAD: {"number":208,"args":"remote_storage_vol_upload_args","ret":null,"message":null,"stream":"write"},
  STORAGE_VOL_DOWNLOAD: {"number":209,"args":"remote_storage_vol_download_args","ret":null,"message":null,"stream":"read"},
  DOMAIN_INJECT_NMI: {"number":210,"args":"remote_domain_inject_nmi_args","ret":null,"message":null,"stream":null},
  DOMAIN_SCREENSHOT: {"number":211,"args":"remote_domain_screenshot_args","ret":"remote_domain_screenshot_ret","message":null,"stream":"read"},
  DOMAIN_GET_STATE: {"number":212,"args":"remote_domain_get_state_args","ret":"remote_domain_get_state_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_BEGIN3: {"number":213,"args":"remote_domain_migrate_begin3_args","ret":"remote_domain_migrate_begin3_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_PREPARE3: {"number":214,"args":"remote_domain_migrate_prepare3_args","ret":"remote_domain_migrate_prepare3_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_PREPARE_TUNNEL3: {"number":215,"args":"remote_domain_migrate_prepare_tunnel3_args","ret":"remote_domain_migrate_prepare_tunnel3_ret","message":null,"stream":"write"},
  DOMAIN_MIGRATE_PERFORM3: {"number":216,"args":"remote_domain_migrate_perform3_args","ret":"remote_domain_migrate_perform3_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_FINISH3: {"number":217,"args":"remote_domain_migrate_finish3_args","ret":"remote_domain_migrate_finish3_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_CONFIRM3: {"number":218,"args":"remote_domain_migrate_confirm3_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS: {"number":219,"args":"remote_domain_set_scheduler_parameters_flags_args","ret":null,"message":null,"stream":null},
  INTERFACE_CHANGE_BEGIN: {"number":220,"args":"remote_interface_change_begin_args","ret":null,"message":null,"stream":null},
  INTERFACE_CHANGE_COMMIT: {"number":221,"args":"remote_interface_change_commit_args","ret":null,"message":null,"stream":null},
  INTERFACE_CHANGE_ROLLBACK: {"number":222,"args":"remote_interface_change_rollback_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS: {"number":223,"args":"remote_domain_get_scheduler_parameters_flags_args","ret":"remote_domain_get_scheduler_parameters_flags_ret","message":null,"stream":null},
  DOMAIN_EVENT_CONTROL_ERROR: {"number":224,"args":null,"ret":null,"message":"remote_domain_event_control_error_msg","stream":null},
  DOMAIN_PIN_VCPU_FLAGS: {"number":225,"args":"remote_domain_pin_vcpu_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_SEND_KEY: {"number":226,"args":"remote_domain_send_key_args","ret":null,"message":null,"stream":null},
  NODE_GET_CPU_STATS: {"number":227,"args":"remote_node_get_cpu_stats_args","ret":"remote_node_get_cpu_stats_ret","message":null,"stream":null},
  NODE_GET_MEMORY_STATS: {"number":228,"args":"remote_node_get_memory_stats_args","ret":"remote_node_get_memory_stats_ret","message":null,"stream":null},
  DOMAIN_GET_CONTROL_INFO: {"number":229,"args":"remote_domain_get_control_info_args","ret":"remote_domain_get_control_info_ret","message":null,"stream":null},
  DOMAIN_GET_VCPU_PIN_INFO: {"number":230,"args":"remote_domain_get_vcpu_pin_info_args","ret":"remote_domain_get_vcpu_pin_info_ret","message":null,"stream":null},
  DOMAIN_UNDEFINE_FLAGS: {"number":231,"args":"remote_domain_undefine_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_SAVE_FLAGS: {"number":232,"args":"remote_domain_save_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_RESTORE_FLAGS: {"number":233,"args":"remote_domain_restore_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_DESTROY_FLAGS: {"number":234,"args":"remote_domain_destroy_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_SAVE_IMAGE_GET_XML_DESC: {"number":235,"args":"remote_domain_save_image_get_xml_desc_args","ret":"remote_domain_save_image_get_xml_desc_ret","message":null,"stream":null},
  DOMAIN_SAVE_IMAGE_DEFINE_XML: {"number":236,"args":"remote_domain_save_image_define_xml_args","ret":null,"message":null,"stream":null},
  DOMAIN_BLOCK_JOB_ABORT: {"number":237,"args":"remote_domain_block_job_abort_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_BLOCK_JOB_INFO: {"number":238,"args":"remote_domain_get_block_job_info_args","ret":"remote_domain_get_block_job_info_ret","message":null,"stream":null},
  DOMAIN_BLOCK_JOB_SET_SPEED: {"number":239,"args":"remote_domain_block_job_set_speed_args","ret":null,"message":null,"stream":null},
  DOMAIN_BLOCK_PULL: {"number":240,"args":"remote_domain_block_pull_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_BLOCK_JOB: {"number":241,"args":null,"ret":null,"message":"remote_domain_event_block_job_msg","stream":null},
  DOMAIN_MIGRATE_GET_MAX_SPEED: {"number":242,"args":"remote_domain_migrate_get_max_speed_args","ret":"remote_domain_migrate_get_max_speed_ret","message":null,"stream":null},
  DOMAIN_BLOCK_STATS_FLAGS: {"number":243,"args":"remote_domain_block_stats_flags_args","ret":"remote_domain_block_stats_flags_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_GET_PARENT: {"number":244,"args":"remote_domain_snapshot_get_parent_args","ret":"remote_domain_snapshot_get_parent_ret","message":null,"stream":null},
  DOMAIN_RESET: {"number":245,"args":"remote_domain_reset_args","ret":null,"message":null,"stream":null},
  DOMAIN_SNAPSHOT_NUM_CHILDREN: {"number":246,"args":"remote_domain_snapshot_num_children_args","ret":"remote_domain_snapshot_num_children_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES: {"number":247,"args":"remote_domain_snapshot_list_children_names_args","ret":"remote_domain_snapshot_list_children_names_ret","message":null,"stream":null},
  DOMAIN_EVENT_DISK_CHANGE: {"number":248,"args":null,"ret":null,"message":"remote_domain_event_disk_change_msg","stream":null},
  DOMAIN_OPEN_GRAPHICS: {"number":249,"args":"remote_domain_open_graphics_args","ret":null,"message":null,"stream":null},
  NODE_SUSPEND_FOR_DURATION: {"number":250,"args":"remote_node_suspend_for_duration_args","ret":null,"message":null,"stream":null},
  DOMAIN_BLOCK_RESIZE: {"number":251,"args":"remote_domain_block_resize_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_BLOCK_IO_TUNE: {"number":252,"args":"remote_domain_set_block_io_tune_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_BLOCK_IO_TUNE: {"number":253,"args":"remote_domain_get_block_io_tune_args","ret":"remote_domain_get_block_io_tune_ret","message":null,"stream":null},
  DOMAIN_SET_NUMA_PARAMETERS: {"number":254,"args":"remote_domain_set_numa_parameters_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_NUMA_PARAMETERS: {"number":255,"args":"remote_domain_get_numa_parameters_args","ret":"remote_domain_get_numa_parameters_ret","message":null,"stream":null},
  DOMAIN_SET_INTERFACE_PARAMETERS: {"number":256,"args":"remote_domain_set_interface_parameters_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_INTERFACE_PARAMETERS: {"number":257,"args":"remote_domain_get_interface_parameters_args","ret":"remote_domain_get_interface_parameters_ret","message":null,"stream":null},
  DOMAIN_SHUTDOWN_FLAGS: {"number":258,"args":"remote_domain_shutdown_flags_args","ret":null,"message":null,"stream":null},
  STORAGE_VOL_WIPE_PATTERN: {"number":259,"args":"remote_storage_vol_wipe_pattern_args","ret":null,"message":null,"stream":null},
  STORAGE_VOL_RESIZE: {"number":260,"args":"remote_storage_vol_resize_args","ret":null,"message":null,"stream":null},
  DOMAIN_PM_SUSPEND_FOR_DURATION: {"number":261,"args":"remote_domain_pm_suspend_for_duration_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_CPU_STATS: {"number":262,"args":"remote_domain_get_cpu_stats_args","ret":"remote_domain_get_cpu_stats_ret","message":null,"stream":null},
  DOMAIN_GET_DISK_ERRORS: {"number":263,"args":"remote_domain_get_disk_errors_args","ret":"remote_domain_get_disk_errors_ret","message":null,"stream":null},
  DOMAIN_SET_METADATA: {"number":264,"args":"remote_domain_set_metadata_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_METADATA: {"number":265,"args":"remote_domain_get_metadata_args","ret":"remote_domain_get_metadata_ret","message":null,"stream":null},
  DOMAIN_BLOCK_REBASE: {"number":266,"args":"remote_domain_block_rebase_args","ret":null,"message":null,"stream":null},
  DOMAIN_PM_WAKEUP: {"number":267,"args":"remote_domain_pm_wakeup_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_TRAY_CHANGE: {"number":268,"args":null,"ret":null,"message":"remote_domain_event_tray_change_msg","stream":null},
  DOMAIN_EVENT_PMWAKEUP: {"number":269,"args":null,"ret":null,"message":"remote_domain_event_pmwakeup_msg","stream":null},
  DOMAIN_EVENT_PMSUSPEND: {"number":270,"args":null,"ret":null,"message":"remote_domain_event_pmsuspend_msg","stream":null},
  DOMAIN_SNAPSHOT_IS_CURRENT: {"number":271,"args":"remote_domain_snapshot_is_current_args","ret":"remote_domain_snapshot_is_current_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_HAS_METADATA: {"number":272,"args":"remote_domain_snapshot_has_metadata_args","ret":"remote_domain_snapshot_has_metadata_ret","message":null,"stream":null},
  CONNECT_LIST_ALL_DOMAINS: {"number":273,"args":"remote_connect_list_all_domains_args","ret":"remote_connect_list_all_domains_ret","message":null,"stream":null},
  DOMAIN_LIST_ALL_SNAPSHOTS: {"number":274,"args":"remote_domain_list_all_snapshots_args","ret":"remote_domain_list_all_snapshots_ret","message":null,"stream":null},
  DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN: {"number":275,"args":"remote_domain_snapshot_list_all_children_args","ret":"remote_domain_snapshot_list_all_children_ret","message":null,"stream":null},
  DOMAIN_EVENT_BALLOON_CHANGE: {"number":276,"args":null,"ret":null,"message":"remote_domain_event_balloon_change_msg","stream":null},
  DOMAIN_GET_HOSTNAME: {"number":277,"args":"remote_domain_get_hostname_args","ret":"remote_domain_get_hostname_ret","message":null,"stream":null},
  DOMAIN_GET_SECURITY_LABEL_LIST: {"number":278,"args":"remote_domain_get_security_label_list_args","ret":"remote_domain_get_security_label_list_ret","message":null,"stream":null},
  DOMAIN_PIN_EMULATOR: {"number":279,"args":"remote_domain_pin_emulator_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_EMULATOR_PIN_INFO: {"number":280,"args":"remote_domain_get_emulator_pin_info_args","ret":"remote_domain_get_emulator_pin_info_ret","message":null,"stream":null},
  CONNECT_LIST_ALL_STORAGE_POOLS: {"number":281,"args":"remote_connect_list_all_storage_pools_args","ret":"remote_connect_list_all_storage_pools_ret","message":null,"stream":null},
  STORAGE_POOL_LIST_ALL_VOLUMES: {"number":282,"args":"remote_storage_pool_list_all_volumes_args","ret":"remote_storage_pool_list_all_volumes_ret","message":null,"stream":null},
  CONNECT_LIST_ALL_NETWORKS: {"number":283,"args":"remote_connect_list_all_networks_args","ret":"remote_connect_list_all_networks_ret","message":null,"stream":null},
  CONNECT_LIST_ALL_INTERFACES: {"number":284,"args":"remote_connect_list_all_interfaces_args","ret":"remote_connect_list_all_interfaces_ret","message":null,"stream":null},
  CONNECT_LIST_ALL_NODE_DEVICES: {"number":285,"args":"remote_connect_list_all_node_devices_args","ret":"remote_connect_list_all_node_devices_ret","message":null,"stream":null},
  CONNECT_LIST_ALL_NWFILTERS: {"number":286,"args":"remote_connect_list_all_nwfilters_args","ret":"remote_connect_list_all_nwfilters_ret","message":null,"stream":null},
  CONNECT_LIST_ALL_SECRETS: {"number":287,"args":"remote_connect_list_all_secrets_args","ret":"remote_connect_list_all_secrets_ret","message":null,"stream":null},
  NODE_SET_MEMORY_PARAMETERS: {"number":288,"args":"remote_node_set_memory_parameters_args","ret":null,"message":null,"stream":null},
  NODE_GET_MEMORY_PARAMETERS: {"number":289,"args":"remote_node_get_memory_parameters_args","ret":"remote_node_get_memory_parameters_ret","message":null,"stream":null},
  DOMAIN_BLOCK_COMMIT: {"number":290,"args":"remote_domain_block_commit_args","ret":null,"message":null,"stream":null},
  NETWORK_UPDATE: {"number":291,"args":"remote_network_update_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_PMSUSPEND_DISK: {"number":292,"args":null,"ret":null,"message":"remote_domain_event_pmsuspend_disk_msg","stream":null},
  NODE_GET_CPU_MAP: {"number":293,"args":"remote_node_get_cpu_map_args","ret":"remote_node_get_cpu_map_ret","message":null,"stream":null},
  DOMAIN_FSTRIM: {"number":294,"args":"remote_domain_fstrim_args","ret":null,"message":null,"stream":null},
  DOMAIN_SEND_PROCESS_SIGNAL: {"number":295,"args":"remote_domain_send_process_signal_args","ret":null,"message":null,"stream":null},
  DOMAIN_OPEN_CHANNEL: {"number":296,"args":"remote_domain_open_channel_args","ret":null,"message":null,"stream":"read"},
  NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN: {"number":297,"args":"remote_node_device_lookup_scsi_host_by_wwn_args","ret":"remote_node_device_lookup_scsi_host_by_wwn_ret","message":null,"stream":null},
  DOMAIN_GET_JOB_STATS: {"number":298,"args":"remote_domain_get_job_stats_args","ret":"remote_domain_get_job_stats_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_GET_COMPRESSION_CACHE: {"number":299,"args":"remote_domain_migrate_get_compression_cache_args","ret":"remote_domain_migrate_get_compression_cache_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_SET_COMPRESSION_CACHE: {"number":300,"args":"remote_domain_migrate_set_compression_cache_args","ret":null,"message":null,"stream":null},
  NODE_DEVICE_DETACH_FLAGS: {"number":301,"args":"remote_node_device_detach_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_MIGRATE_BEGIN3_PARAMS: {"number":302,"args":"remote_domain_migrate_begin3_params_args","ret":"remote_domain_migrate_begin3_params_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_PREPARE3_PARAMS: {"number":303,"args":"remote_domain_migrate_prepare3_params_args","ret":"remote_domain_migrate_prepare3_params_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS: {"number":304,"args":"remote_domain_migrate_prepare_tunnel3_params_args","ret":"remote_domain_migrate_prepare_tunnel3_params_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_PERFORM3_PARAMS: {"number":305,"args":"remote_domain_migrate_perform3_params_args","ret":"remote_domain_migrate_perform3_params_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_FINISH3_PARAMS: {"number":306,"args":"remote_domain_migrate_finish3_params_args","ret":"remote_domain_migrate_finish3_params_ret","message":null,"stream":null},
  DOMAIN_MIGRATE_CONFIRM3_PARAMS: {"number":307,"args":"remote_domain_migrate_confirm3_params_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_MEMORY_STATS_PERIOD: {"number":308,"args":"remote_domain_set_memory_stats_period_args","ret":null,"message":null,"stream":null},
  DOMAIN_CREATE_XML_WITH_FILES: {"number":309,"args":"remote_domain_create_xml_with_files_args","ret":"remote_domain_create_xml_with_files_ret","message":null,"stream":null},
  DOMAIN_CREATE_WITH_FILES: {"number":310,"args":"remote_domain_create_with_files_args","ret":"remote_domain_create_with_files_ret","message":null,"stream":null},
  DOMAIN_EVENT_DEVICE_REMOVED: {"number":311,"args":null,"ret":null,"message":"remote_domain_event_device_removed_msg","stream":null},
  CONNECT_GET_CPU_MODEL_NAMES: {"number":312,"args":"remote_connect_get_cpu_model_names_args","ret":"remote_connect_get_cpu_model_names_ret","message":null,"stream":null},
  CONNECT_NETWORK_EVENT_REGISTER_ANY: {"number":313,"args":"remote_connect_network_event_register_any_args","ret":"remote_connect_network_event_register_any_ret","message":null,"stream":null},
  CONNECT_NETWORK_EVENT_DEREGISTER_ANY: {"number":314,"args":"remote_connect_network_event_deregister_any_args","ret":null,"message":null,"stream":null},
  NETWORK_EVENT_LIFECYCLE: {"number":315,"args":null,"ret":null,"message":"remote_network_event_lifecycle_msg","stream":null},
  CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: {"number":316,"args":"remote_connect_domain_event_callback_register_any_args","ret":"remote_connect_domain_event_callback_register_any_ret","message":null,"stream":null},
  CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: {"number":317,"args":"remote_connect_domain_event_callback_deregister_any_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_CALLBACK_LIFECYCLE: {"number":318,"args":null,"ret":null,"message":"remote_domain_event_callback_lifecycle_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_REBOOT: {"number":319,"args":null,"ret":null,"message":"remote_domain_event_callback_reboot_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_RTC_CHANGE: {"number":320,"args":null,"ret":null,"message":"remote_domain_event_callback_rtc_change_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_WATCHDOG: {"number":321,"args":null,"ret":null,"message":"remote_domain_event_callback_watchdog_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_IO_ERROR: {"number":322,"args":null,"ret":null,"message":"remote_domain_event_callback_io_error_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_GRAPHICS: {"number":323,"args":null,"ret":null,"message":"remote_domain_event_callback_graphics_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: {"number":324,"args":null,"ret":null,"message":"remote_domain_event_callback_io_error_reason_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: {"number":325,"args":null,"ret":null,"message":"remote_domain_event_callback_control_error_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_BLOCK_JOB: {"number":326,"args":null,"ret":null,"message":"remote_domain_event_callback_block_job_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_DISK_CHANGE: {"number":327,"args":null,"ret":null,"message":"remote_domain_event_callback_disk_change_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: {"number":328,"args":null,"ret":null,"message":"remote_domain_event_callback_tray_change_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_PMWAKEUP: {"number":329,"args":null,"ret":null,"message":"remote_domain_event_callback_pmwakeup_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_PMSUSPEND: {"number":330,"args":null,"ret":null,"message":"remote_domain_event_callback_pmsuspend_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: {"number":331,"args":null,"ret":null,"message":"remote_domain_event_callback_balloon_change_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: {"number":332,"args":null,"ret":null,"message":"remote_domain_event_callback_pmsuspend_disk_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: {"number":333,"args":null,"ret":null,"message":"remote_domain_event_callback_device_removed_msg","stream":null},
  DOMAIN_CORE_DUMP_WITH_FORMAT: {"number":334,"args":"remote_domain_core_dump_with_format_args","ret":null,"message":null,"stream":null},
  DOMAIN_FSFREEZE: {"number":335,"args":"remote_domain_fsfreeze_args","ret":"remote_domain_fsfreeze_ret","message":null,"stream":null},
  DOMAIN_FSTHAW: {"number":336,"args":"remote_domain_fsthaw_args","ret":"remote_domain_fsthaw_ret","message":null,"stream":null},
  DOMAIN_GET_TIME: {"number":337,"args":"remote_domain_get_time_args","ret":"remote_domain_get_time_ret","message":null,"stream":null},
  DOMAIN_SET_TIME: {"number":338,"args":"remote_domain_set_time_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_BLOCK_JOB_2: {"number":339,"args":null,"ret":null,"message":"remote_domain_event_block_job_2_msg","stream":null},
  NODE_GET_FREE_PAGES: {"number":340,"args":"remote_node_get_free_pages_args","ret":"remote_node_get_free_pages_ret","message":null,"stream":null},
  NETWORK_GET_DHCP_LEASES: {"number":341,"args":"remote_network_get_dhcp_leases_args","ret":"remote_network_get_dhcp_leases_ret","message":null,"stream":null},
  CONNECT_GET_DOMAIN_CAPABILITIES: {"number":342,"args":"remote_connect_get_domain_capabilities_args","ret":"remote_connect_get_domain_capabilities_ret","message":null,"stream":null},
  DOMAIN_OPEN_GRAPHICS_FD: {"number":343,"args":"remote_domain_open_graphics_fd_args","ret":null,"message":null,"stream":null},
  CONNECT_GET_ALL_DOMAIN_STATS: {"number":344,"args":"remote_connect_get_all_domain_stats_args","ret":"remote_connect_get_all_domain_stats_ret","message":null,"stream":null},
  DOMAIN_BLOCK_COPY: {"number":345,"args":"remote_domain_block_copy_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_CALLBACK_TUNABLE: {"number":346,"args":null,"ret":null,"message":"remote_domain_event_callback_tunable_msg","stream":null},
  NODE_ALLOC_PAGES: {"number":347,"args":"remote_node_alloc_pages_args","ret":"remote_node_alloc_pages_ret","message":null,"stream":null},
  DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: {"number":348,"args":null,"ret":null,"message":"remote_domain_event_callback_agent_lifecycle_msg","stream":null},
  DOMAIN_GET_FSINFO: {"number":349,"args":"remote_domain_get_fsinfo_args","ret":"remote_domain_get_fsinfo_ret","message":null,"stream":null},
  DOMAIN_DEFINE_XML_FLAGS: {"number":350,"args":"remote_domain_define_xml_flags_args","ret":"remote_domain_define_xml_flags_ret","message":null,"stream":null},
  DOMAIN_GET_IOTHREAD_INFO: {"number":351,"args":"remote_domain_get_iothread_info_args","ret":"remote_domain_get_iothread_info_ret","message":null,"stream":null},
  DOMAIN_PIN_IOTHREAD: {"number":352,"args":"remote_domain_pin_iothread_args","ret":null,"message":null,"stream":null},
  DOMAIN_INTERFACE_ADDRESSES: {"number":353,"args":"remote_domain_interface_addresses_args","ret":"remote_domain_interface_addresses_ret","message":null,"stream":null},
  DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: {"number":354,"args":null,"ret":null,"message":"remote_domain_event_callback_device_added_msg","stream":null},
  DOMAIN_ADD_IOTHREAD: {"number":355,"args":"remote_domain_add_iothread_args","ret":null,"message":null,"stream":null},
  DOMAIN_DEL_IOTHREAD: {"number":356,"args":"remote_domain_del_iothread_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_USER_PASSWORD: {"number":357,"args":"remote_domain_set_user_password_args","ret":null,"message":null,"stream":null},
  DOMAIN_RENAME: {"number":358,"args":"remote_domain_rename_args","ret":"remote_domain_rename_ret","message":null,"stream":null},
  DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: {"number":359,"args":null,"ret":null,"message":"remote_domain_event_callback_migration_iteration_msg","stream":null},
  CONNECT_REGISTER_CLOSE_CALLBACK: {"number":360,"args":null,"ret":null,"message":null,"stream":null},
  CONNECT_UNREGISTER_CLOSE_CALLBACK: {"number":361,"args":null,"ret":null,"message":null,"stream":null},
  CONNECT_EVENT_CONNECTION_CLOSED: {"number":362,"args":null,"ret":null,"message":"remote_connect_event_connection_closed_msg","stream":null},
  DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: {"number":363,"args":null,"ret":null,"message":"remote_domain_event_callback_job_completed_msg","stream":null},
  DOMAIN_MIGRATE_START_POST_COPY: {"number":364,"args":"remote_domain_migrate_start_post_copy_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_PERF_EVENTS: {"number":365,"args":"remote_domain_get_perf_events_args","ret":"remote_domain_get_perf_events_ret","message":null,"stream":null},
  DOMAIN_SET_PERF_EVENTS: {"number":366,"args":"remote_domain_set_perf_events_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: {"number":367,"args":null,"ret":null,"message":"remote_domain_event_callback_device_removal_failed_msg","stream":null},
  CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY: {"number":368,"args":"remote_connect_storage_pool_event_register_any_args","ret":"remote_connect_storage_pool_event_register_any_ret","message":null,"stream":null},
  CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY: {"number":369,"args":"remote_connect_storage_pool_event_deregister_any_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_EVENT_LIFECYCLE: {"number":370,"args":null,"ret":null,"message":"remote_storage_pool_event_lifecycle_msg","stream":null},
  DOMAIN_GET_GUEST_VCPUS: {"number":371,"args":"remote_domain_get_guest_vcpus_args","ret":"remote_domain_get_guest_vcpus_ret","message":null,"stream":null},
  DOMAIN_SET_GUEST_VCPUS: {"number":372,"args":"remote_domain_set_guest_vcpus_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_EVENT_REFRESH: {"number":373,"args":null,"ret":null,"message":"remote_storage_pool_event_refresh_msg","stream":null},
  CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY: {"number":374,"args":"remote_connect_node_device_event_register_any_args","ret":"remote_connect_node_device_event_register_any_ret","message":null,"stream":null},
  CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY: {"number":375,"args":"remote_connect_node_device_event_deregister_any_args","ret":null,"message":null,"stream":null},
  NODE_DEVICE_EVENT_LIFECYCLE: {"number":376,"args":null,"ret":null,"message":"remote_node_device_event_lifecycle_msg","stream":null},
  NODE_DEVICE_EVENT_UPDATE: {"number":377,"args":null,"ret":null,"message":"remote_node_device_event_update_msg","stream":null},
  STORAGE_VOL_GET_INFO_FLAGS: {"number":378,"args":"remote_storage_vol_get_info_flags_args","ret":"remote_storage_vol_get_info_flags_ret","message":null,"stream":null},
  DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: {"number":379,"args":null,"ret":null,"message":"remote_domain_event_callback_metadata_change_msg","stream":null},
  CONNECT_SECRET_EVENT_REGISTER_ANY: {"number":380,"args":"remote_connect_secret_event_register_any_args","ret":"remote_connect_secret_event_register_any_ret","message":null,"stream":null},
  CONNECT_SECRET_EVENT_DEREGISTER_ANY: {"number":381,"args":"remote_connect_secret_event_deregister_any_args","ret":null,"message":null,"stream":null},
  SECRET_EVENT_LIFECYCLE: {"number":382,"args":null,"ret":null,"message":"remote_secret_event_lifecycle_msg","stream":null},
  SECRET_EVENT_VALUE_CHANGED: {"number":383,"args":null,"ret":null,"message":"remote_secret_event_value_changed_msg","stream":null},
  DOMAIN_SET_VCPU: {"number":384,"args":"remote_domain_set_vcpu_args","ret":null,"message":null,"stream":null},
  DOMAIN_EVENT_BLOCK_THRESHOLD: {"number":385,"args":null,"ret":null,"message":"remote_domain_event_block_threshold_msg","stream":null},
  DOMAIN_SET_BLOCK_THRESHOLD: {"number":386,"args":"remote_domain_set_block_threshold_args","ret":null,"message":null,"stream":null},
  DOMAIN_MIGRATE_GET_MAX_DOWNTIME: {"number":387,"args":"remote_domain_migrate_get_max_downtime_args","ret":"remote_domain_migrate_get_max_downtime_ret","message":null,"stream":null},
  DOMAIN_MANAGED_SAVE_GET_XML_DESC: {"number":388,"args":"remote_domain_managed_save_get_xml_desc_args","ret":"remote_domain_managed_save_get_xml_desc_ret","message":null,"stream":null},
  DOMAIN_MANAGED_SAVE_DEFINE_XML: {"number":389,"args":"remote_domain_managed_save_define_xml_args","ret":null,"message":null,"stream":null},
  DOMAIN_SET_LIFECYCLE_ACTION: {"number":390,"args":"remote_domain_set_lifecycle_action_args","ret":null,"message":null,"stream":null},
  STORAGE_POOL_LOOKUP_BY_TARGET_PATH: {"number":391,"args":"remote_storage_pool_lookup_by_target_path_args","ret":"remote_storage_pool_lookup_by_target_path_ret","message":null,"stream":null},
  DOMAIN_DETACH_DEVICE_ALIAS: {"number":392,"args":"remote_domain_detach_device_alias_args","ret":null,"message":null,"stream":null},
  CONNECT_COMPARE_HYPERVISOR_CPU: {"number":393,"args":"remote_connect_compare_hypervisor_cpu_args","ret":"remote_connect_compare_hypervisor_cpu_ret","message":null,"stream":null},
  CONNECT_BASELINE_HYPERVISOR_CPU: {"number":394,"args":"remote_connect_baseline_hypervisor_cpu_args","ret":"remote_connect_baseline_hypervisor_cpu_ret","message":null,"stream":null},
  NODE_GET_SEV_INFO: {"number":395,"args":"remote_node_get_sev_info_args","ret":"remote_node_get_sev_info_ret","message":null,"stream":null},
  DOMAIN_GET_LAUNCH_SECURITY_INFO: {"number":396,"args":"remote_domain_get_launch_security_info_args","ret":"remote_domain_get_launch_security_info_ret","message":null,"stream":null},
  NWFILTER_BINDING_LOOKUP_BY_PORT_DEV: {"number":397,"args":"remote_nwfilter_binding_lookup_by_port_dev_args","ret":"remote_nwfilter_binding_lookup_by_port_dev_ret","message":null,"stream":null},
  NWFILTER_BINDING_GET_XML_DESC: {"number":398,"args":"remote_nwfilter_binding_get_xml_desc_args","ret":"remote_nwfilter_binding_get_xml_desc_ret","message":null,"stream":null},
  NWFILTER_BINDING_CREATE_XML: {"number":399,"args":"remote_nwfilter_binding_create_xml_args","ret":"remote_nwfilter_binding_create_xml_ret","message":null,"stream":null},
  NWFILTER_BINDING_DELETE: {"number":400,"args":"remote_nwfilter_binding_delete_args","ret":null,"message":null,"stream":null},
  CONNECT_LIST_ALL_NWFILTER_BINDINGS: {"number":401,"args":"remote_connect_list_all_nwfilter_bindings_args","ret":"remote_connect_list_all_nwfilter_bindings_ret","message":null,"stream":null},
  DOMAIN_SET_IOTHREAD_PARAMS: {"number":402,"args":"remote_domain_set_iothread_params_args","ret":null,"message":null,"stream":null},
  CONNECT_GET_STORAGE_POOL_CAPABILITIES: {"number":403,"args":"remote_connect_get_storage_pool_capabilities_args","ret":"remote_connect_get_storage_pool_capabilities_ret","message":null,"stream":null},
  NETWORK_LIST_ALL_PORTS: {"number":404,"args":"remote_network_list_all_ports_args","ret":"remote_network_list_all_ports_ret","message":null,"stream":null},
  NETWORK_PORT_LOOKUP_BY_UUID: {"number":405,"args":"remote_network_port_lookup_by_uuid_args","ret":"remote_network_port_lookup_by_uuid_ret","message":null,"stream":null},
  NETWORK_PORT_CREATE_XML: {"number":406,"args":"remote_network_port_create_xml_args","ret":"remote_network_port_create_xml_ret","message":null,"stream":null},
  NETWORK_PORT_GET_PARAMETERS: {"number":407,"args":"remote_network_port_get_parameters_args","ret":"remote_network_port_get_parameters_ret","message":null,"stream":null},
  NETWORK_PORT_SET_PARAMETERS: {"number":408,"args":"remote_network_port_set_parameters_args","ret":null,"message":null,"stream":null},
  NETWORK_PORT_GET_XML_DESC: {"number":409,"args":"remote_network_port_get_xml_desc_args","ret":"remote_network_port_get_xml_desc_ret","message":null,"stream":null},
  NETWORK_PORT_DELETE: {"number":410,"args":"remote_network_port_delete_args","ret":null,"message":null,"stream":null},
  DOMAIN_CHECKPOINT_CREATE_XML: {"number":411,"args":"remote_domain_checkpoint_create_xml_args","ret":"remote_domain_checkpoint_create_xml_ret","message":null,"stream":null},
  DOMAIN_CHECKPOINT_GET_XML_DESC: {"number":412,"args":"remote_domain_checkpoint_get_xml_desc_args","ret":"remote_domain_checkpoint_get_xml_desc_ret","message":null,"stream":null},
  DOMAIN_LIST_ALL_CHECKPOINTS: {"number":413,"args":"remote_domain_list_all_checkpoints_args","ret":"remote_domain_list_all_checkpoints_ret","message":null,"stream":null},
  DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN: {"number":414,"args":"remote_domain_checkpoint_list_all_children_args","ret":"remote_domain_checkpoint_list_all_children_ret","message":null,"stream":null},
  DOMAIN_CHECKPOINT_LOOKUP_BY_NAME: {"number":415,"args":"remote_domain_checkpoint_lookup_by_name_args","ret":"remote_domain_checkpoint_lookup_by_name_ret","message":null,"stream":null},
  DOMAIN_CHECKPOINT_GET_PARENT: {"number":416,"args":"remote_domain_checkpoint_get_parent_args","ret":"remote_domain_checkpoint_get_parent_ret","message":null,"stream":null},
  DOMAIN_CHECKPOINT_DELETE: {"number":417,"args":"remote_domain_checkpoint_delete_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_GUEST_INFO: {"number":418,"args":"remote_domain_get_guest_info_args","ret":"remote_domain_get_guest_info_ret","message":null,"stream":null},
  CONNECT_SET_IDENTITY: {"number":419,"args":"remote_connect_set_identity_args","ret":null,"message":null,"stream":null},
  DOMAIN_AGENT_SET_RESPONSE_TIMEOUT: {"number":420,"args":"remote_domain_agent_set_response_timeout_args","ret":"remote_domain_agent_set_response_timeout_ret","message":null,"stream":null},
  DOMAIN_BACKUP_BEGIN: {"number":421,"args":"remote_domain_backup_begin_args","ret":null,"message":null,"stream":null},
  DOMAIN_BACKUP_GET_XML_DESC: {"number":422,"args":"remote_domain_backup_get_xml_desc_args","ret":"remote_domain_backup_get_xml_desc_ret","message":null,"stream":null},
  DOMAIN_EVENT_MEMORY_FAILURE: {"number":423,"args":null,"ret":null,"message":"remote_domain_event_memory_failure_msg","stream":null},
  DOMAIN_AUTHORIZED_SSH_KEYS_GET: {"number":424,"args":"remote_domain_authorized_ssh_keys_get_args","ret":"remote_domain_authorized_ssh_keys_get_ret","message":null,"stream":null},
  DOMAIN_AUTHORIZED_SSH_KEYS_SET: {"number":425,"args":"remote_domain_authorized_ssh_keys_set_args","ret":null,"message":null,"stream":null},
  DOMAIN_GET_MESSAGES: {"number":426,"args":"remote_domain_get_messages_args","ret":"remote_domain_get_messages_ret","message":null,"stream":null},
  DOMAIN_START_DIRTY_RATE_CALC: {"number":427,"args":"remote_domain_start_dirty_rate_calc_args","ret":null,"message":null,"stream":null},
  NODE_DEVICE_DEFINE_XML: {"number":428,"args":"remote_node_device_define_xml_args","ret":"remote_node_device_define_xml_ret","message":null,"stream":null},
  NODE_DEVICE_UNDEFINE: {"number":429,"args":"remote_node_device_undefine_args","ret":null,"message":null,"stream":null},
  NODE_DEVICE_CREATE: {"number":430,"args":"remote_node_device_create_args","ret":null,"message":null,"stream":null},
  NWFILTER_DEFINE_XML_FLAGS: {"number":431,"args":"remote_nwfilter_define_xml_flags_args","ret":"remote_nwfilter_define_xml_flags_ret","message":null,"stream":null},
  NETWORK_DEFINE_XML_FLAGS: {"number":432,"args":"remote_network_define_xml_flags_args","ret":"remote_network_define_xml_flags_ret","message":null,"stream":null},
  NODE_DEVICE_GET_AUTOSTART: {"number":433,"args":"remote_node_device_get_autostart_args","ret":"remote_node_device_get_autostart_ret","message":null,"stream":null},
  NODE_DEVICE_SET_AUTOSTART: {"number":434,"args":"remote_node_device_set_autostart_args","ret":null,"message":null,"stream":null},
  NODE_DEVICE_IS_PERSISTENT: {"number":435,"args":"remote_node_device_is_persistent_args","ret":"remote_node_device_is_persistent_ret","message":null,"stream":null},
  NODE_DEVICE_IS_ACTIVE: {"number":436,"args":"remote_node_device_is_active_args","ret":"remote_node_device_is_active_ret","message":null,"stream":null},
  NETWORK_CREATE_XML_FLAGS: {"number":437,"args":"remote_network_create_xml_flags_args","ret":"remote_network_create_xml_flags_ret","message":null,"stream":null},
  DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: {"number":438,"args":null,"ret":null,"message":"remote_domain_event_memory_device_size_change_msg","stream":null},
  DOMAIN_SET_LAUNCH_SECURITY_STATE: {"number":439,"args":"remote_domain_set_launch_security_state_args","ret":null,"message":null,"stream":null},
  DOMAIN_SAVE_PARAMS: {"number":440,"args":"remote_domain_save_params_args","ret":null,"message":null,"stream":null},
  DOMAIN_RESTORE_PARAMS: {"number":441,"args":"remote_domain_restore_params_args","ret":null,"message":null,"stream":null},
  DOMAIN_ABORT_JOB_FLAGS: {"number":442,"args":"remote_domain_abort_job_flags_args","ret":null,"message":null,"stream":null},
  DOMAIN_FD_ASSOCIATE: {"number":443,"args":"remote_domain_fd_associate_args","ret":null,"message":null,"stream":null},
} as const satisfies Record<string, ProcedureInfo>;

export type RemoteProcedureName = keyof typeof remoteProcedures;

/** Argument and result types of every procedure (void when the procedure has none). */
export interface RemoteProcedureTypes {
  CONNECT_OPEN: { args: RemoteConnectOpenArgs; ret: void };
  CONNECT_CLOSE: { args: void; ret: void };
  CONNECT_GET_TYPE: { args: void; ret: RemoteConnectGetTypeRet };
  CONNECT_GET_VERSION: { args: void; ret: RemoteConnectGetVersionRet };
  CONNECT_GET_MAX_VCPUS: { args: RemoteConnectGetMaxVcpusArgs; ret: RemoteConnectGetMaxVcpusRet };
  NODE_GET_INFO: { args: void; ret: RemoteNodeGetInfoRet };
  CONNECT_GET_CAPABILITIES: { args: void; ret: RemoteConnectGetCapabilitiesRet };
  DOMAIN_ATTACH_DEVICE: { args: RemoteDomainAttachDeviceArgs; ret: void };
  DOMAIN_CREATE: { args: RemoteDomainCreateArgs; ret: void };
  DOMAIN_CREATE_XML: { args: RemoteDomainCreateXmlArgs; ret: RemoteDomainCreateXmlRet };
  DOMAIN_DEFINE_XML: { args: RemoteDomainDefineXmlArgs; ret: RemoteDomainDefineXmlRet };
  DOMAIN_DESTROY: { args: RemoteDomainDestroyArgs; ret: void };
  DOMAIN_DETACH_DEVICE: { args: RemoteDomainDetachDeviceArgs; ret: void };
  DOMAIN_GET_XML_DESC: { args: RemoteDomainGetXmlDescArgs; ret: RemoteDomainGetXmlDescRet };
  DOMAIN_GET_AUTOSTART: { args: RemoteDomainGetAutostartArgs; ret: RemoteDomainGetAutostartRet };
  DOMAIN_GET_INFO: { args: RemoteDomainGetInfoArgs; ret: RemoteDomainGetInfoRet };
  DOMAIN_GET_MAX_MEMORY: { args: RemoteDomainGetMaxMemoryArgs; ret: RemoteDomainGetMaxMemoryRet };
  DOMAIN_GET_MAX_VCPUS: { args: RemoteDomainGetMaxVcpusArgs; ret: RemoteDomainGetMaxVcpusRet };
  DOMAIN_GET_OS_TYPE: { args: RemoteDomainGetOsTypeArgs; ret: RemoteDomainGetOsTypeRet };
  DOMAIN_GET_VCPUS: { args: RemoteDomainGetVcpusArgs; ret: RemoteDomainGetVcpusRet };
  CONNECT_LIST_DEFINED_DOMAINS: { args: RemoteConnectListDefinedDomainsArgs; ret: RemoteConnectListDefinedDomainsRet };
  DOMAIN_LOOKUP_BY_ID: { args: RemoteDomainLookupByIdArgs; ret: RemoteDomainLookupByIdRet };
  DOMAIN_LOOKUP_BY_NAME: { args: RemoteDomainLookupByNameArgs; ret: RemoteDomainLookupByNameRet };
  DOMAIN_LOOKUP_BY_UUID: { args: RemoteDomainLookupByUuidArgs; ret: RemoteDomainLookupByUuidRet };
  CONNECT_NUM_OF_DEFINED_DOMAINS: { args: void; ret: RemoteConnectNumOfDefinedDomainsRet };
  DOMAIN_PIN_VCPU: { args: RemoteDomainPinVcpuArgs; ret: void };
  DOMAIN_REBOOT: { args: RemoteDomainRebootArgs; ret: void };
  DOMAIN_RESUME: { args: RemoteDomainResumeArgs; ret: void };
  DOMAIN_SET_AUTOSTART: { args: RemoteDomainSetAutostartArgs; ret: void };
  DOMAIN_SET_MAX_MEMORY: { args: RemoteDomainSetMaxMemoryArgs; ret: void };
  DOMAIN_SET_MEMORY: { args: RemoteDomainSetMemoryArgs; ret: void };
  DOMAIN_SET_VCPUS: { args: RemoteDomainSetVcpusArgs; ret: void };
  DOMAIN_SHUTDOWN: { args: RemoteDomainShutdownArgs; ret: void };
  DOMAIN_SUSPEND: { args: RemoteDomainSuspendArgs; ret: void };
  DOMAIN_UNDEFINE: { args: RemoteDomainUndefineArgs; ret: void };
  CONNECT_LIST_DEFINED_NETWORKS: { args: RemoteConnectListDefinedNetworksArgs; ret: RemoteConnectListDefinedNetworksRet };
  CONNECT_LIST_DOMAINS: { args: RemoteConnectListDomainsArgs; ret: RemoteConnectListDomainsRet };
  CONNECT_LIST_NETWORKS: { args: RemoteConnectListNetworksArgs; ret: RemoteConnectListNetworksRet };
  NETWORK_CREATE: { args: RemoteNetworkCreateArgs; ret: void };
  NETWORK_CREATE_XML: { args: RemoteNetworkCreateXmlArgs; ret: RemoteNetworkCreateXmlRet };
  NETWORK_DEFINE_XML: { args: RemoteNetworkDefineXmlArgs; ret: RemoteNetworkDefineXmlRet };
  NETWORK_DESTROY: { args: RemoteNetworkDestroyArgs; ret: void };
  NETWORK_GET_XML_DESC: { args: RemoteNetworkGetXmlDescArgs; ret: RemoteNetworkGetXmlDescRet };
  NETWORK_GET_AUTOSTART: { args: RemoteNetworkGetAutostartArgs; ret: RemoteNetworkGetAutostartRet };
  NETWORK_GET_BRIDGE_NAME: { args: RemoteNetworkGetBridgeNameArgs; ret: RemoteNetworkGetBridgeNameRet };
  NETWORK_LOOKUP_BY_NAME: { args: RemoteNetworkLookupByNameArgs; ret: RemoteNetworkLookupByNameRet };
  NETWORK_LOOKUP_BY_UUID: { args: RemoteNetworkLookupByUuidArgs; ret: RemoteNetworkLookupByUuidRet };
  NETWORK_SET_AUTOSTART: { args: RemoteNetworkSetAutostartArgs; ret: void };
  NETWORK_UNDEFINE: { args: RemoteNetworkUndefineArgs; ret: void };
  CONNECT_NUM_OF_DEFINED_NETWORKS: { args: void; ret: RemoteConnectNumOfDefinedNetworksRet };
  CONNECT_NUM_OF_DOMAINS: { args: void; ret: RemoteConnectNumOfDomainsRet };
  CONNECT_NUM_OF_NETWORKS: { args: void; ret: RemoteConnectNumOfNetworksRet };
  DOMAIN_CORE_DUMP: { args: RemoteDomainCoreDumpArgs; ret: void };
  DOMAIN_RESTORE: { args: RemoteDomainRestoreArgs; ret: void };
  DOMAIN_SAVE: { args: RemoteDomainSaveArgs; ret: void };
  DOMAIN_GET_SCHEDULER_TYPE: { args: RemoteDomainGetSchedulerTypeArgs; ret: RemoteDomainGetSchedulerTypeRet };
  DOMAIN_GET_SCHEDULER_PARAMETERS: { args: RemoteDomainGetSchedulerParametersArgs; ret: RemoteDomainGetSchedulerParametersRet };
  DOMAIN_SET_SCHEDULER_PARAMETERS: { args: RemoteDomainSetSchedulerParametersArgs; ret: void };
  CONNECT_GET_HOSTNAME: { args: void; ret: RemoteConnectGetHostnameRet };
  CONNECT_SUPPORTS_FEATURE: { args: RemoteConnectSupportsFeatureArgs; ret: RemoteConnectSupportsFeatureRet };
  DOMAIN_MIGRATE_PREPARE: { args: RemoteDomainMigratePrepareArgs; ret: RemoteDomainMigratePrepareRet };
  DOMAIN_MIGRATE_PERFORM: { args: RemoteDomainMigratePerformArgs; ret: void };
  DOMAIN_MIGRATE_FINISH: { args: RemoteDomainMigrateFinishArgs; ret: RemoteDomainMigrateFinishRet };
  DOMAIN_BLOCK_STATS: { args: RemoteDomainBlockStatsArgs; ret: RemoteDomainBlockStatsRet };
  DOMAIN_INTERFACE_STATS: { args: RemoteDomainInterfaceStatsArgs; ret: RemoteDomainInterfaceStatsRet };
  AUTH_LIST: { args: void; ret: RemoteAuthListRet };
  AUTH_SASL_INIT: { args: void; ret: RemoteAuthSaslInitRet };
  AUTH_SASL_START: { args: RemoteAuthSaslStartArgs; ret: RemoteAuthSaslStartRet };
  AUTH_SASL_STEP: { args: RemoteAuthSaslStepArgs; ret: RemoteAuthSaslStepRet };
  AUTH_POLKIT: { args: void; ret: RemoteAuthPolkitRet };
  CONNECT_NUM_OF_STORAGE_POOLS: { args: void; ret: RemoteConnectNumOfStoragePoolsRet };
  CONNECT_LIST_STORAGE_POOLS: { args: RemoteConnectListStoragePoolsArgs; ret: RemoteConnectListStoragePoolsRet };
  CONNECT_NUM_OF_DEFINED_STORAGE_POOLS: { args: void; ret: RemoteConnectNumOfDefinedStoragePoolsRet };
  CONNECT_LIST_DEFINED_STORAGE_POOLS: { args: RemoteConnectListDefinedStoragePoolsArgs; ret: RemoteConnectListDefinedStoragePoolsRet };
  CONNECT_FIND_STORAGE_POOL_SOURCES: { args: RemoteConnectFindStoragePoolSourcesArgs; ret: RemoteConnectFindStoragePoolSourcesRet };
  STORAGE_POOL_CREATE_XML: { args: RemoteStoragePoolCreateXmlArgs; ret: RemoteStoragePoolCreateXmlRet };
  STORAGE_POOL_DEFINE_XML: { args: RemoteStoragePoolDefineXmlArgs; ret: RemoteStoragePoolDefineXmlRet };
  STORAGE_POOL_CREATE: { args: RemoteStoragePoolCreateArgs; ret: void };
  STORAGE_POOL_BUILD: { args: RemoteStoragePoolBuildArgs; ret: void };
  STORAGE_POOL_DESTROY: { args: RemoteStoragePoolDestroyArgs; ret: void };
  STORAGE_POOL_DELETE: { args: RemoteStoragePoolDeleteArgs; ret: void };
  STORAGE_POOL_UNDEFINE: { args: RemoteStoragePoolUndefineArgs; ret: void };
  STORAGE_POOL_REFRESH: { args: RemoteStoragePoolRefreshArgs; ret: void };
  STORAGE_POOL_LOOKUP_BY_NAME: { args: RemoteStoragePoolLookupByNameArgs; ret: RemoteStoragePoolLookupByNameRet };
  STORAGE_POOL_LOOKUP_BY_UUID: { args: RemoteStoragePoolLookupByUuidArgs; ret: RemoteStoragePoolLookupByUuidRet };
  STORAGE_POOL_LOOKUP_BY_VOLUME: { args: RemoteStoragePoolLookupByVolumeArgs; ret: RemoteStoragePoolLookupByVolumeRet };
  STORAGE_POOL_GET_INFO: { args: RemoteStoragePoolGetInfoArgs; ret: RemoteStoragePoolGetInfoRet };
  STORAGE_POOL_GET_XML_DESC: { args: RemoteStoragePoolGetXmlDescArgs; ret: RemoteStoragePoolGetXmlDescRet };
  STORAGE_POOL_GET_AUTOSTART: { args: RemoteStoragePoolGetAutostartArgs; ret: RemoteStoragePoolGetAutostartRet };
  STORAGE_POOL_SET_AUTOSTART: { args: RemoteStoragePoolSetAutostartArgs; ret: void };
  STORAGE_POOL_NUM_OF_VOLUMES: { args: RemoteStoragePoolNumOfVolumesArgs; ret: RemoteStoragePoolNumOfVolumesRet };
  STORAGE_POOL_LIST_VOLUMES: { args: RemoteStoragePoolListVolumesArgs; ret: RemoteStoragePoolListVolumesRet };
  STORAGE_VOL_CREATE_XML: { args: RemoteStorageVolCreateXmlArgs; ret: RemoteStorageVolCreateXmlRet };
  STORAGE_VOL_DELETE: { args: RemoteStorageVolDeleteArgs; ret: void };
  STORAGE_VOL_LOOKUP_BY_NAME: { args: RemoteStorageVolLookupByNameArgs; ret: RemoteStorageVolLookupByNameRet };
  STORAGE_VOL_LOOKUP_BY_KEY: { args: RemoteStorageVolLookupByKeyArgs; ret: RemoteStorageVolLookupByKeyRet };
  STORAGE_VOL_LOOKUP_BY_PATH: { args: RemoteStorageVolLookupByPathArgs; ret: RemoteStorageVolLookupByPathRet };
  STORAGE_VOL_GET_INFO: { args: RemoteStorageVolGetInfoArgs; ret: RemoteStorageVolGetInfoRet };
  STORAGE_VOL_GET_XML_DESC: { args: RemoteStorageVolGetXmlDescArgs; ret: RemoteStorageVolGetXmlDescRet };
  STORAGE_VOL_GET_PATH: { args: RemoteStorageVolGetPathArgs; ret: RemoteStorageVolGetPathRet };
  NODE_GET_CELLS_FREE_MEMORY: { args: RemoteNodeGetCellsFreeMemoryArgs; ret: RemoteNodeGetCellsFreeMemoryRet };
  NODE_GET_FREE_MEMORY: { args: void; ret: RemoteNodeGetFreeMemoryRet };
  DOMAIN_BLOCK_PEEK: { args: RemoteDomainBlockPeekArgs; ret: RemoteDomainBlockPeekRet };
  DOMAIN_MEMORY_PEEK: { args: RemoteDomainMemoryPeekArgs; ret: RemoteDomainMemoryPeekRet };
  CONNECT_DOMAIN_EVENT_REGISTER: { args: void; ret: RemoteConnectDomainEventRegisterRet };
  CONNECT_DOMAIN_EVENT_DEREGISTER: { args: void; ret: RemoteConnectDomainEventDeregisterRet };
  DOMAIN_EVENT_LIFECYCLE: { args: void; ret: void };
  DOMAIN_MIGRATE_PREPARE2: { args: RemoteDomainMigratePrepare2Args; ret: RemoteDomainMigratePrepare2Ret };
  DOMAIN_MIGRATE_FINISH2: { args: RemoteDomainMigrateFinish2Args; ret: RemoteDomainMigrateFinish2Ret };
  CONNECT_GET_URI: { args: void; ret: RemoteConnectGetUriRet };
  NODE_NUM_OF_DEVICES: { args: RemoteNodeNumOfDevicesArgs; ret: RemoteNodeNumOfDevicesRet };
  NODE_LIST_DEVICES: { args: RemoteNodeListDevicesArgs; ret: RemoteNodeListDevicesRet };
  NODE_DEVICE_LOOKUP_BY_NAME: { args: RemoteNodeDeviceLookupByNameArgs; ret: RemoteNodeDeviceLookupByNameRet };
  NODE_DEVICE_GET_XML_DESC: { args: RemoteNodeDeviceGetXmlDescArgs; ret: RemoteNodeDeviceGetXmlDescRet };
  NODE_DEVICE_GET_PARENT: { args: RemoteNodeDeviceGetParentArgs; ret: RemoteNodeDeviceGetParentRet };
  NODE_DEVICE_NUM_OF_CAPS: { args: RemoteNodeDeviceNumOfCapsArgs; ret: RemoteNodeDeviceNumOfCapsRet };
  NODE_DEVICE_LIST_CAPS: { args: RemoteNodeDeviceListCapsArgs; ret: RemoteNodeDeviceListCapsRet };
  NODE_DEVICE_DETTACH: { args: RemoteNodeDeviceDettachArgs; ret: void };
  NODE_DEVICE_RE_ATTACH: { args: RemoteNodeDeviceReAttachArgs; ret: void };
  NODE_DEVICE_RESET: { args: RemoteNodeDeviceResetArgs; ret: void };
  DOMAIN_GET_SECURITY_LABEL: { args: RemoteDomainGetSecurityLabelArgs; ret: RemoteDomainGetSecurityLabelRet };
  NODE_GET_SECURITY_MODEL: { args: void; ret: RemoteNodeGetSecurityModelRet };
  NODE_DEVICE_CREATE_XML: { args: RemoteNodeDeviceCreateXmlArgs; ret: RemoteNodeDeviceCreateXmlRet };
  NODE_DEVICE_DESTROY: { args: RemoteNodeDeviceDestroyArgs; ret: void };
  STORAGE_VOL_CREATE_XML_FROM: { args: RemoteStorageVolCreateXmlFromArgs; ret: RemoteStorageVolCreateXmlFromRet };
  CONNECT_NUM_OF_INTERFACES: { args: void; ret: RemoteConnectNumOfInterfacesRet };
  CONNECT_LIST_INTERFACES: { args: RemoteConnectListInterfacesArgs; ret: RemoteConnectListInterfacesRet };
  INTERFACE_LOOKUP_BY_NAME: { args: RemoteInterfaceLookupByNameArgs; ret: RemoteInterfaceLookupByNameRet };
  INTERFACE_LOOKUP_BY_MAC_STRING: { args: RemoteInterfaceLookupByMacStringArgs; ret: RemoteInterfaceLookupByMacStringRet };
  INTERFACE_GET_XML_DESC: { args: RemoteInterfaceGetXmlDescArgs; ret: RemoteInterfaceGetXmlDescRet };
  INTERFACE_DEFINE_XML: { args: RemoteInterfaceDefineXmlArgs; ret: RemoteInterfaceDefineXmlRet };
  INTERFACE_UNDEFINE: { args: RemoteInterfaceUndefineArgs; ret: void };
  INTERFACE_CREATE: { args: RemoteInterfaceCreateArgs; ret: void };
  INTERFACE_DESTROY: { args: RemoteInterfaceDestroyArgs; ret: void };
  CONNECT_DOMAIN_XML_FROM_NATIVE: { args: RemoteConnectDomainXmlFromNativeArgs; ret: RemoteConnectDomainXmlFromNativeRet };
  CONNECT_DOMAIN_XML_TO_NATIVE: { args: RemoteConnectDomainXmlToNativeArgs; ret: RemoteConnectDomainXmlToNativeRet };
  CONNECT_NUM_OF_DEFINED_INTERFACES: { args: void; ret: RemoteConnectNumOfDefinedInterfacesRet };
  CONNECT_LIST_DEFINED_INTERFACES: { args: RemoteConnectListDefinedInterfacesArgs; ret: RemoteConnectListDefinedInterfacesRet };
  CONNECT_NUM_OF_SECRETS: { args: void; ret: RemoteConnectNumOfSecretsRet };
  CONNECT_LIST_SECRETS: { args: RemoteConnectListSecretsArgs; ret: RemoteConnectListSecretsRet };
  SECRET_LOOKUP_BY_UUID: { args: RemoteSecretLookupByUuidArgs; ret: RemoteSecretLookupByUuidRet };
  SECRET_DEFINE_XML: { args: RemoteSecretDefineXmlArgs; ret: RemoteSecretDefineXmlRet };
  SECRET_GET_XML_DESC: { args: RemoteSecretGetXmlDescArgs; ret: RemoteSecretGetXmlDescRet };
  SECRET_SET_VALUE: { args: RemoteSecretSetValueArgs; ret: void };
  SECRET_GET_VALUE: { args: RemoteSecretGetValueArgs; ret: RemoteSecretGetValueRet };
  SECRET_UNDEFINE: { args: RemoteSecretUndefineArgs; ret: void };
  SECRET_LOOKUP_BY_USAGE: { args: RemoteSecretLookupByUsageArgs; ret: RemoteSecretLookupByUsageRet };
  DOMAIN_MIGRATE_PREPARE_TUNNEL: { args: RemoteDomainMigratePrepareTunnelArgs; ret: void };
  CONNECT_IS_SECURE: { args: void; ret: RemoteConnectIsSecureRet };
  DOMAIN_IS_ACTIVE: { args: RemoteDomainIsActiveArgs; ret: RemoteDomainIsActiveRet };
  DOMAIN_IS_PERSISTENT: { args: RemoteDomainIsPersistentArgs; ret: RemoteDomainIsPersistentRet };
  NETWORK_IS_ACTIVE: { args: RemoteNetworkIsActiveArgs; ret: RemoteNetworkIsActiveRet };
  NETWORK_IS_PERSISTENT: { args: RemoteNetworkIsPersistentArgs; ret: RemoteNetworkIsPersistentRet };
  STORAGE_POOL_IS_ACTIVE: { args: RemoteStoragePoolIsActiveArgs; ret: RemoteStoragePoolIsActiveRet };
  STORAGE_POOL_IS_PERSISTENT: { args: RemoteStoragePoolIsPersistentArgs; ret: RemoteStoragePoolIsPersistentRet };
  INTERFACE_IS_ACTIVE: { args: RemoteInterfaceIsActiveArgs; ret: RemoteInterfaceIsActiveRet };
  CONNECT_GET_LIB_VERSION: { args: void; ret: RemoteConnectGetLibVersionRet };
  CONNECT_COMPARE_CPU: { args: RemoteConnectCompareCpuArgs; ret: RemoteConnectCompareCpuRet };
  DOMAIN_MEMORY_STATS: { args: RemoteDomainMemoryStatsArgs; ret: RemoteDomainMemoryStatsRet };
  DOMAIN_ATTACH_DEVICE_FLAGS: { args: RemoteDomainAttachDeviceFlagsArgs; ret: void };
  DOMAIN_DETACH_DEVICE_FLAGS: { args: RemoteDomainDetachDeviceFlagsArgs; ret: void };
  CONNECT_BASELINE_CPU: { args: RemoteConnectBaselineCpuArgs; ret: RemoteConnectBaselineCpuRet };
  DOMAIN_GET_JOB_INFO: { args: RemoteDomainGetJobInfoArgs; ret: RemoteDomainGetJobInfoRet };
  DOMAIN_ABORT_JOB: { args: RemoteDomainAbortJobArgs; ret: void };
  STORAGE_VOL_WIPE: { args: RemoteStorageVolWipeArgs; ret: void };
  DOMAIN_MIGRATE_SET_MAX_DOWNTIME: { args: RemoteDomainMigrateSetMaxDowntimeArgs; ret: void };
  CONNECT_DOMAIN_EVENT_REGISTER_ANY: { args: RemoteConnectDomainEventRegisterAnyArgs; ret: void };
  CONNECT_DOMAIN_EVENT_DEREGISTER_ANY: { args: RemoteConnectDomainEventDeregisterAnyArgs; ret: void };
  DOMAIN_EVENT_REBOOT: { args: void; ret: void };
  DOMAIN_EVENT_RTC_CHANGE: { args: void; ret: void };
  DOMAIN_EVENT_WATCHDOG: { args: void; ret: void };
  DOMAIN_EVENT_IO_ERROR: { args: void; ret: void };
  DOMAIN_EVENT_GRAPHICS: { args: void; ret: void };
  DOMAIN_UPDATE_DEVICE_FLAGS: { args: RemoteDomainUpdateDeviceFlagsArgs; ret: void };
  NWFILTER_LOOKUP_BY_NAME: { args: RemoteNwfilterLookupByNameArgs; ret: RemoteNwfilterLookupByNameRet };
  NWFILTER_LOOKUP_BY_UUID: { args: RemoteNwfilterLookupByUuidArgs; ret: RemoteNwfilterLookupByUuidRet };
  NWFILTER_GET_XML_DESC: { args: RemoteNwfilterGetXmlDescArgs; ret: RemoteNwfilterGetXmlDescRet };
  CONNECT_NUM_OF_NWFILTERS: { args: void; ret: RemoteConnectNumOfNwfiltersRet };
  CONNECT_LIST_NWFILTERS: { args: RemoteConnectListNwfiltersArgs; ret: RemoteConnectListNwfiltersRet };
  NWFILTER_DEFINE_XML: { args: RemoteNwfilterDefineXmlArgs; ret: RemoteNwfilterDefineXmlRet };
  NWFILTER_UNDEFINE: { args: RemoteNwfilterUndefineArgs; ret: void };
  DOMAIN_MANAGED_SAVE: { args: RemoteDomainManagedSaveArgs; ret: void };
  DOMAIN_HAS_MANAGED_SAVE_IMAGE: { args: RemoteDomainHasManagedSaveImageArgs; ret: RemoteDomainHasManagedSaveImageRet };
  DOMAIN_MANAGED_SAVE_REMOVE: { args: RemoteDomainManagedSaveRemoveArgs; ret: void };
  DOMAIN_SNAPSHOT_CREATE_XML: { args: RemoteDomainSnapshotCreateXmlArgs; ret: RemoteDomainSnapshotCreateXmlRet };
  DOMAIN_SNAPSHOT_GET_XML_DESC: { args: RemoteDomainSnapshotGetXmlDescArgs; ret: RemoteDomainSnapshotGetXmlDescRet };
  DOMAIN_SNAPSHOT_NUM: { args: RemoteDomainSnapshotNumArgs; ret: RemoteDomainSnapshotNumRet };
  DOMAIN_SNAPSHOT_LIST_NAMES: { args: RemoteDomainSnapshotListNamesArgs; ret: RemoteDomainSnapshotListNamesRet };
  DOMAIN_SNAPSHOT_LOOKUP_BY_NAME: { args: RemoteDomainSnapshotLookupByNameArgs; ret: RemoteDomainSnapshotLookupByNameRet };
  DOMAIN_HAS_CURRENT_SNAPSHOT: { args: RemoteDomainHasCurrentSnapshotArgs; ret: RemoteDomainHasCurrentSnapshotRet };
  DOMAIN_SNAPSHOT_CURRENT: { args: RemoteDomainSnapshotCurrentArgs; ret: RemoteDomainSnapshotCurrentRet };
  DOMAIN_REVERT_TO_SNAPSHOT: { args: RemoteDomainRevertToSnapshotArgs; ret: void };
  DOMAIN_SNAPSHOT_DELETE: { args: RemoteDomainSnapshotDeleteArgs; ret: void };
  DOMAIN_GET_BLOCK_INFO: { args: RemoteDomainGetBlockInfoArgs; ret: RemoteDomainGetBlockInfoRet };
  DOMAIN_EVENT_IO_ERROR_REASON: { args: void; ret: void };
  DOMAIN_CREATE_WITH_FLAGS: { args: RemoteDomainCreateWithFlagsArgs; ret: RemoteDomainCreateWithFlagsRet };
  DOMAIN_SET_MEMORY_PARAMETERS: { args: RemoteDomainSetMemoryParametersArgs; ret: void };
  DOMAIN_GET_MEMORY_PARAMETERS: { args: RemoteDomainGetMemoryParametersArgs; ret: RemoteDomainGetMemoryParametersRet };
  DOMAIN_SET_VCPUS_FLAGS: { args: RemoteDomainSetVcpusFlagsArgs; ret: void };
  DOMAIN_GET_VCPUS_FLAGS: { args: RemoteDomainGetVcpusFlagsArgs; ret: RemoteDomainGetVcpusFlagsRet };
  DOMAIN_OPEN_CONSOLE: { args: RemoteDomainOpenConsoleArgs; ret: void };
  DOMAIN_IS_UPDATED: { args: RemoteDomainIsUpdatedArgs; ret: RemoteDomainIsUpdatedRet };
  CONNECT_GET_SYSINFO: { args: RemoteConnectGetSysinfoArgs; ret: RemoteConnectGetSysinfoRet };
  DOMAIN_SET_MEMORY_FLAGS: { args: RemoteDomainSetMemoryFlagsArgs; ret: void };
  DOMAIN_SET_BLKIO_PARAMETERS: { args: RemoteDomainSetBlkioParametersArgs; ret: void };
  DOMAIN_GET_BLKIO_PARAMETERS: { args: RemoteDomainGetBlkioParametersArgs; ret: RemoteDomainGetBlkioParametersRet };
  DOMAIN_MIGRATE_SET_MAX_SPEED: { args: RemoteDomainMigrateSetMaxSpeedArgs; ret: void };
  STORAGE_VOL_UPLOAD: { args: RemoteStorageVolUploadArgs; ret: void };
  STORAGE_VOL_DOWNLOAD: { args: RemoteStorageVolDownloadArgs; ret: void };
  DOMAIN_INJECT_NMI: { args: RemoteDomainInjectNmiArgs; ret: void };
  DOMAIN_SCREENSHOT: { args: RemoteDomainScreenshotArgs; ret: RemoteDomainScreenshotRet };
  DOMAIN_GET_STATE: { args: RemoteDomainGetStateArgs; ret: RemoteDomainGetStateRet };
  DOMAIN_MIGRATE_BEGIN3: { args: RemoteDomainMigrateBegin3Args; ret: RemoteDomainMigrateBegin3Ret };
  DOMAIN_MIGRATE_PREPARE3: { args: RemoteDomainMigratePrepare3Args; ret: RemoteDomainMigratePrepare3Ret };
  DOMAIN_MIGRATE_PREPARE_TUNNEL3: { args: RemoteDomainMigratePrepareTunnel3Args; ret: RemoteDomainMigratePrepareTunnel3Ret };
  DOMAIN_MIGRATE_PERFORM3: { args: RemoteDomainMigratePerform3Args; ret: RemoteDomainMigratePerform3Ret };
  DOMAIN_MIGRATE_FINISH3: { args: RemoteDomainMigrateFinish3Args; ret: RemoteDomainMigrateFinish3Ret };
  DOMAIN_MIGRATE_CONFIRM3: { args: RemoteDomainMigrateConfirm3Args; ret: void };
  DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS: { args: RemoteDomainSetSchedulerParametersFlagsArgs; ret: void };
  INTERFACE_CHANGE_BEGIN: { args: RemoteInterfaceChangeBeginArgs; ret: void };
  INTERFACE_CHANGE_COMMIT: { args: RemoteInterfaceChangeCommitArgs; ret: void };
  INTERFACE_CHANGE_ROLLBACK: { args: RemoteInterfaceChangeRollbackArgs; ret: void };
  DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS: { args: RemoteDomainGetSchedulerParametersFlagsArgs; ret: RemoteDomainGetSchedulerParametersFlagsRet };
  DOMAIN_EVENT_CONTROL_ERROR: { args: void; ret: void };
  DOMAIN_PIN_VCPU_FLAGS: { args: RemoteDomainPinVcpuFlagsArgs; ret: void };
  DOMAIN_SEND_KEY: { args: RemoteDomainSendKeyArgs; ret: void };
  NODE_GET_CPU_STATS: { args: RemoteNodeGetCpuStatsArgs; ret: RemoteNodeGetCpuStatsRet };
  NODE_GET_MEMORY_STATS: { args: RemoteNodeGetMemoryStatsArgs; ret: RemoteNodeGetMemoryStatsRet };
  DOMAIN_GET_CONTROL_INFO: { args: RemoteDomainGetControlInfoArgs; ret: RemoteDomainGetControlInfoRet };
  DOMAIN_GET_VCPU_PIN_INFO: { args: RemoteDomainGetVcpuPinInfoArgs; ret: RemoteDomainGetVcpuPinInfoRet };
  DOMAIN_UNDEFINE_FLAGS: { args: RemoteDomainUndefineFlagsArgs; ret: void };
  DOMAIN_SAVE_FLAGS: { args: RemoteDomainSaveFlagsArgs; ret: void };
  DOMAIN_RESTORE_FLAGS: { args: RemoteDomainRestoreFlagsArgs; ret: void };
  DOMAIN_DESTROY_FLAGS: { args: RemoteDomainDestroyFlagsArgs; ret: void };
  DOMAIN_SAVE_IMAGE_GET_XML_DESC: { args: RemoteDomainSaveImageGetXmlDescArgs; ret: RemoteDomainSaveImageGetXmlDescRet };
  DOMAIN_SAVE_IMAGE_DEFINE_XML: { args: RemoteDomainSaveImageDefineXmlArgs; ret: void };
  DOMAIN_BLOCK_JOB_ABORT: { args: RemoteDomainBlockJobAbortArgs; ret: void };
  DOMAIN_GET_BLOCK_JOB_INFO: { args: RemoteDomainGetBlockJobInfoArgs; ret: RemoteDomainGetBlockJobInfoRet };
  DOMAIN_BLOCK_JOB_SET_SPEED: { args: RemoteDomainBlockJobSetSpeedArgs; ret: void };
  DOMAIN_BLOCK_PULL: { args: RemoteDomainBlockPullArgs; ret: void };
  DOMAIN_EVENT_BLOCK_JOB: { args: void; ret: void };
  DOMAIN_MIGRATE_GET_MAX_SPEED: { args: RemoteDomainMigrateGetMaxSpeedArgs; ret: RemoteDomainMigrateGetMaxSpeedRet };
  DOMAIN_BLOCK_STATS_FLAGS: { args: RemoteDomainBlockStatsFlagsArgs; ret: RemoteDomainBlockStatsFlagsRet };
  DOMAIN_SNAPSHOT_GET_PARENT: { args: RemoteDomainSnapshotGetParentArgs; ret: RemoteDomainSnapshotGetParentRet };
  DOMAIN_RESET: { args: RemoteDomainResetArgs; ret: void };
  DOMAIN_SNAPSHOT_NUM_CHILDREN: { args: RemoteDomainSnapshotNumChildrenArgs; ret: RemoteDomainSnapshotNumChildrenRet };
  DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES: { args: RemoteDomainSnapshotListChildrenNamesArgs; ret: RemoteDomainSnapshotListChildrenNamesRet };
  DOMAIN_EVENT_DISK_CHANGE: { args: void; ret: void };
  DOMAIN_OPEN_GRAPHICS: { args: RemoteDomainOpenGraphicsArgs; ret: void };
  NODE_SUSPEND_FOR_DURATION: { args: RemoteNodeSuspendForDurationArgs; ret: void };
  DOMAIN_BLOCK_RESIZE: { args: RemoteDomainBlockResizeArgs; ret: void };
  DOMAIN_SET_BLOCK_IO_TUNE: { args: RemoteDomainSetBlockIoTuneArgs; ret: void };
  DOMAIN_GET_BLOCK_IO_TUNE: { args: RemoteDomainGetBlockIoTuneArgs; ret: RemoteDomainGetBlockIoTuneRet };
  DOMAIN_SET_NUMA_PARAMETERS: { args: RemoteDomainSetNumaParametersArgs; ret: void };
  DOMAIN_GET_NUMA_PARAMETERS: { args: RemoteDomainGetNumaParametersArgs; ret: RemoteDomainGetNumaParametersRet };
  DOMAIN_SET_INTERFACE_PARAMETERS: { args: RemoteDomainSetInterfaceParametersArgs; ret: void };
  DOMAIN_GET_INTERFACE_PARAMETERS: { args: RemoteDomainGetInterfaceParametersArgs; ret: RemoteDomainGetInterfaceParametersRet };
  DOMAIN_SHUTDOWN_FLAGS: { args: RemoteDomainShutdownFlagsArgs; ret: void };
  STORAGE_VOL_WIPE_PATTERN: { args: RemoteStorageVolWipePatternArgs; ret: void };
  STORAGE_VOL_RESIZE: { args: RemoteStorageVolResizeArgs; ret: void };
  DOMAIN_PM_SUSPEND_FOR_DURATION: { args: RemoteDomainPmSuspendForDurationArgs; ret: void };
  DOMAIN_GET_CPU_STATS: { args: RemoteDomainGetCpuStatsArgs; ret: RemoteDomainGetCpuStatsRet };
  DOMAIN_GET_DISK_ERRORS: { args: RemoteDomainGetDiskErrorsArgs; ret: RemoteDomainGetDiskErrorsRet };
  DOMAIN_SET_METADATA: { args: RemoteDomainSetMetadataArgs; ret: void };
  DOMAIN_GET_METADATA: { args: RemoteDomainGetMetadataArgs; ret: RemoteDomainGetMetadataRet };
  DOMAIN_BLOCK_REBASE: { args: RemoteDomainBlockRebaseArgs; ret: void };
  DOMAIN_PM_WAKEUP: { args: RemoteDomainPmWakeupArgs; ret: void };
  DOMAIN_EVENT_TRAY_CHANGE: { args: void; ret: void };
  DOMAIN_EVENT_PMWAKEUP: { args: void; ret: void };
  DOMAIN_EVENT_PMSUSPEND: { args: void; ret: void };
  DOMAIN_SNAPSHOT_IS_CURRENT: { args: RemoteDomainSnapshotIsCurrentArgs; ret: RemoteDomainSnapshotIsCurrentRet };
  DOMAIN_SNAPSHOT_HAS_METADATA: { args: RemoteDomainSnapshotHasMetadataArgs; ret: RemoteDomainSnapshotHasMetadataRet };
  CONNECT_LIST_ALL_DOMAINS: { args: RemoteConnectListAllDomainsArgs; ret: RemoteConnectListAllDomainsRet };
  DOMAIN_LIST_ALL_SNAPSHOTS: { args: RemoteDomainListAllSnapshotsArgs; ret: RemoteDomainListAllSnapshotsRet };
  DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN: { args: RemoteDomainSnapshotListAllChildrenArgs; ret: RemoteDomainSnapshotListAllChildrenRet };
  DOMAIN_EVENT_BALLOON_CHANGE: { args: void; ret: void };
  DOMAIN_GET_HOSTNAME: { args: RemoteDomainGetHostnameArgs; ret: RemoteDomainGetHostnameRet };
  DOMAIN_GET_SECURITY_LABEL_LIST: { args: RemoteDomainGetSecurityLabelListArgs; ret: RemoteDomainGetSecurityLabelListRet };
  DOMAIN_PIN_EMULATOR: { args: RemoteDomainPinEmulatorArgs; ret: void };
  DOMAIN_GET_EMULATOR_PIN_INFO: { args: RemoteDomainGetEmulatorPinInfoArgs; ret: RemoteDomainGetEmulatorPinInfoRet };
  CONNECT_LIST_ALL_STORAGE_POOLS: { args: RemoteConnectListAllStoragePoolsArgs; ret: RemoteConnectListAllStoragePoolsRet };
  STORAGE_POOL_LIST_ALL_VOLUMES: { args: RemoteStoragePoolListAllVolumesArgs; ret: RemoteStoragePoolListAllVolumesRet };
  CONNECT_LIST_ALL_NETWORKS: { args: RemoteConnectListAllNetworksArgs; ret: RemoteConnectListAllNetworksRet };
  CONNECT_LIST_ALL_INTERFACES: { args: RemoteConnectListAllInterfacesArgs; ret: RemoteConnectListAllInterfacesRet };
  CONNECT_LIST_ALL_NODE_DEVICES: { args: RemoteConnectListAllNodeDevicesArgs; ret: RemoteConnectListAllNodeDevicesRet };
  CONNECT_LIST_ALL_NWFILTERS: { args: RemoteConnectListAllNwfiltersArgs; ret: RemoteConnectListAllNwfiltersRet };
  CONNECT_LIST_ALL_SECRETS: { args: RemoteConnectListAllSecretsArgs; ret: RemoteConnectListAllSecretsRet };
  NODE_SET_MEMORY_PARAMETERS: { args: RemoteNodeSetMemoryParametersArgs; ret: void };
  NODE_GET_MEMORY_PARAMETERS: { args: RemoteNodeGetMemoryParametersArgs; ret: RemoteNodeGetMemoryParametersRet };
  DOMAIN_BLOCK_COMMIT: { args: RemoteDomainBlockCommitArgs; ret: void };
  NETWORK_UPDATE: { args: RemoteNetworkUpdateArgs; ret: void };
  DOMAIN_EVENT_PMSUSPEND_DISK: { args: void; ret: void };
  NODE_GET_CPU_MAP: { args: RemoteNodeGetCpuMapArgs; ret: RemoteNodeGetCpuMapRet };
  DOMAIN_FSTRIM: { args: RemoteDomainFstrimArgs; ret: void };
  DOMAIN_SEND_PROCESS_SIGNAL: { args: RemoteDomainSendProcessSignalArgs; ret: void };
  DOMAIN_OPEN_CHANNEL: { args: RemoteDomainOpenChannelArgs; ret: void };
  NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN: { args: RemoteNodeDeviceLookupScsiHostByWwnArgs; ret: RemoteNodeDeviceLookupScsiHostByWwnRet };
  DOMAIN_GET_JOB_STATS: { args: RemoteDomainGetJobStatsArgs; ret: RemoteDomainGetJobStatsRet };
  DOMAIN_MIGRATE_GET_COMPRESSION_CACHE: { args: RemoteDomainMigrateGetCompressionCacheArgs; ret: RemoteDomainMigrateGetCompressionCacheRet };
  DOMAIN_MIGRATE_SET_COMPRESSION_CACHE: { args: RemoteDomainMigrateSetCompressionCacheArgs; ret: void };
  NODE_DEVICE_DETACH_FLAGS: { args: RemoteNodeDeviceDetachFlagsArgs; ret: void };
  DOMAIN_MIGRATE_BEGIN3_PARAMS: { args: RemoteDomainMigrateBegin3ParamsArgs; ret: RemoteDomainMigrateBegin3ParamsRet };
  DOMAIN_MIGRATE_PREPARE3_PARAMS: { args: RemoteDomainMigratePrepare3ParamsArgs; ret: RemoteDomainMigratePrepare3ParamsRet };
  DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS: { args: RemoteDomainMigratePrepareTunnel3ParamsArgs; ret: RemoteDomainMigratePrepareTunnel3ParamsRet };
  DOMAIN_MIGRATE_PERFORM3_PARAMS: { args: RemoteDomainMigratePerform3ParamsArgs; ret: RemoteDomainMigratePerform3ParamsRet };
  DOMAIN_MIGRATE_FINISH3_PARAMS: { args: RemoteDomainMigrateFinish3ParamsArgs; ret: RemoteDomainMigrateFinish3ParamsRet };
  DOMAIN_MIGRATE_CONFIRM3_PARAMS: { args: RemoteDomainMigrateConfirm3ParamsArgs; ret: void };
  DOMAIN_SET_MEMORY_STATS_PERIOD: { args: RemoteDomainSetMemoryStatsPeriodArgs; ret: void };
  DOMAIN_CREATE_XML_WITH_FILES: { args: RemoteDomainCreateXmlWithFilesArgs; ret: RemoteDomainCreateXmlWithFilesRet };
  DOMAIN_CREATE_WITH_FILES: { args: RemoteDomainCreateWithFilesArgs; ret: RemoteDomainCreateWithFilesRet };
  DOMAIN_EVENT_DEVICE_REMOVED: { args: void; ret: void };
  CONNECT_GET_CPU_MODEL_NAMES: { args: RemoteConnectGetCpuModelNamesArgs; ret: RemoteConnectGetCpuModelNamesRet };
  CONNECT_NETWORK_EVENT_REGISTER_ANY: { args: RemoteConnectNetworkEventRegisterAnyArgs; ret: RemoteConnectNetworkEventRegisterAnyRet };
  CONNECT_NETWORK_EVENT_DEREGISTER_ANY: { args: RemoteConnectNetworkEventDeregisterAnyArgs; ret: void };
  NETWORK_EVENT_LIFECYCLE: { args: void; ret: void };
  CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY: { args: RemoteConnectDomainEventCallbackRegisterAnyArgs; ret: RemoteConnectDomainEventCallbackRegisterAnyRet };
  CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY: { args: RemoteConnectDomainEventCallbackDeregisterAnyArgs; ret: void };
  DOMAIN_EVENT_CALLBACK_LIFECYCLE: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_REBOOT: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_RTC_CHANGE: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_WATCHDOG: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_IO_ERROR: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_GRAPHICS: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_BLOCK_JOB: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_DISK_CHANGE: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_PMWAKEUP: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_PMSUSPEND: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: { args: void; ret: void };
  DOMAIN_CORE_DUMP_WITH_FORMAT: { args: RemoteDomainCoreDumpWithFormatArgs; ret: void };
  DOMAIN_FSFREEZE: { args: RemoteDomainFsfreezeArgs; ret: RemoteDomainFsfreezeRet };
  DOMAIN_FSTHAW: { args: RemoteDomainFsthawArgs; ret: RemoteDomainFsthawRet };
  DOMAIN_GET_TIME: { args: RemoteDomainGetTimeArgs; ret: RemoteDomainGetTimeRet };
  DOMAIN_SET_TIME: { args: RemoteDomainSetTimeArgs; ret: void };
  DOMAIN_EVENT_BLOCK_JOB_2: { args: void; ret: void };
  NODE_GET_FREE_PAGES: { args: RemoteNodeGetFreePagesArgs; ret: RemoteNodeGetFreePagesRet };
  NETWORK_GET_DHCP_LEASES: { args: RemoteNetworkGetDhcpLeasesArgs; ret: RemoteNetworkGetDhcpLeasesRet };
  CONNECT_GET_DOMAIN_CAPABILITIES: { args: RemoteConnectGetDomainCapabilitiesArgs; ret: RemoteConnectGetDomainCapabilitiesRet };
  DOMAIN_OPEN_GRAPHICS_FD: { args: RemoteDomainOpenGraphicsFdArgs; ret: void };
  CONNECT_GET_ALL_DOMAIN_STATS: { args: RemoteConnectGetAllDomainStatsArgs; ret: RemoteConnectGetAllDomainStatsRet };
  DOMAIN_BLOCK_COPY: { args: RemoteDomainBlockCopyArgs; ret: void };
  DOMAIN_EVENT_CALLBACK_TUNABLE: { args: void; ret: void };
  NODE_ALLOC_PAGES: { args: RemoteNodeAllocPagesArgs; ret: RemoteNodeAllocPagesRet };
  DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: { args: void; ret: void };
  DOMAIN_GET_FSINFO: { args: RemoteDomainGetFsinfoArgs; ret: RemoteDomainGetFsinfoRet };
  DOMAIN_DEFINE_XML_FLAGS: { args: RemoteDomainDefineXmlFlagsArgs; ret: RemoteDomainDefineXmlFlagsRet };
  DOMAIN_GET_IOTHREAD_INFO: { args: RemoteDomainGetIothreadInfoArgs; ret: RemoteDomainGetIothreadInfoRet };
  DOMAIN_PIN_IOTHREAD: { args: RemoteDomainPinIothreadArgs; ret: void };
  DOMAIN_INTERFACE_ADDRESSES: { args: RemoteDomainInterfaceAddressesArgs; ret: RemoteDomainInterfaceAddressesRet };
  DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: { args: void; ret: void };
  DOMAIN_ADD_IOTHREAD: { args: RemoteDomainAddIothreadArgs; ret: void };
  DOMAIN_DEL_IOTHREAD: { args: RemoteDomainDelIothreadArgs; ret: void };
  DOMAIN_SET_USER_PASSWORD: { args: RemoteDomainSetUserPasswordArgs; ret: void };
  DOMAIN_RENAME: { args: RemoteDomainRenameArgs; ret: RemoteDomainRenameRet };
  DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: { args: void; ret: void };
  CONNECT_REGISTER_CLOSE_CALLBACK: { args: void; ret: void };
  CONNECT_UNREGISTER_CLOSE_CALLBACK: { args: void; ret: void };
  CONNECT_EVENT_CONNECTION_CLOSED: { args: void; ret: void };
  DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: { args: void; ret: void };
  DOMAIN_MIGRATE_START_POST_COPY: { args: RemoteDomainMigrateStartPostCopyArgs; ret: void };
  DOMAIN_GET_PERF_EVENTS: { args: RemoteDomainGetPerfEventsArgs; ret: RemoteDomainGetPerfEventsRet };
  DOMAIN_SET_PERF_EVENTS: { args: RemoteDomainSetPerfEventsArgs; ret: void };
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: { args: void; ret: void };
  CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY: { args: RemoteConnectStoragePoolEventRegisterAnyArgs; ret: RemoteConnectStoragePoolEventRegisterAnyRet };
  CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY: { args: RemoteConnectStoragePoolEventDeregisterAnyArgs; ret: void };
  STORAGE_POOL_EVENT_LIFECYCLE: { args: void; ret: void };
  DOMAIN_GET_GUEST_VCPUS: { args: RemoteDomainGetGuestVcpusArgs; ret: RemoteDomainGetGuestVcpusRet };
  DOMAIN_SET_GUEST_VCPUS: { args: RemoteDomainSetGuestVcpusArgs; ret: void };
  STORAGE_POOL_EVENT_REFRESH: { args: void; ret: void };
  CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY: { args: RemoteConnectNodeDeviceEventRegisterAnyArgs; ret: RemoteConnectNodeDeviceEventRegisterAnyRet };
  CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY: { args: RemoteConnectNodeDeviceEventDeregisterAnyArgs; ret: void };
  NODE_DEVICE_EVENT_LIFECYCLE: { args: void; ret: void };
  NODE_DEVICE_EVENT_UPDATE: { args: void; ret: void };
  STORAGE_VOL_GET_INFO_FLAGS: { args: RemoteStorageVolGetInfoFlagsArgs; ret: RemoteStorageVolGetInfoFlagsRet };
  DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: { args: void; ret: void };
  CONNECT_SECRET_EVENT_REGISTER_ANY: { args: RemoteConnectSecretEventRegisterAnyArgs; ret: RemoteConnectSecretEventRegisterAnyRet };
  CONNECT_SECRET_EVENT_DEREGISTER_ANY: { args: RemoteConnectSecretEventDeregisterAnyArgs; ret: void };
  SECRET_EVENT_LIFECYCLE: { args: void; ret: void };
  SECRET_EVENT_VALUE_CHANGED: { args: void; ret: void };
  DOMAIN_SET_VCPU: { args: RemoteDomainSetVcpuArgs; ret: void };
  DOMAIN_EVENT_BLOCK_THRESHOLD: { args: void; ret: void };
  DOMAIN_SET_BLOCK_THRESHOLD: { args: RemoteDomainSetBlockThresholdArgs; ret: void };
  DOMAIN_MIGRATE_GET_MAX_DOWNTIME: { args: RemoteDomainMigrateGetMaxDowntimeArgs; ret: RemoteDomainMigrateGetMaxDowntimeRet };
  DOMAIN_MANAGED_SAVE_GET_XML_DESC: { args: RemoteDomainManagedSaveGetXmlDescArgs; ret: RemoteDomainManagedSaveGetXmlDescRet };
  DOMAIN_MANAGED_SAVE_DEFINE_XML: { args: RemoteDomainManagedSaveDefineXmlArgs; ret: void };
  DOMAIN_SET_LIFECYCLE_ACTION: { args: RemoteDomainSetLifecycleActionArgs; ret: void };
  STORAGE_POOL_LOOKUP_BY_TARGET_PATH: { args: RemoteStoragePoolLookupByTargetPathArgs; ret: RemoteStoragePoolLookupByTargetPathRet };
  DOMAIN_DETACH_DEVICE_ALIAS: { args: RemoteDomainDetachDeviceAliasArgs; ret: void };
  CONNECT_COMPARE_HYPERVISOR_CPU: { args: RemoteConnectCompareHypervisorCpuArgs; ret: RemoteConnectCompareHypervisorCpuRet };
  CONNECT_BASELINE_HYPERVISOR_CPU: { args: RemoteConnectBaselineHypervisorCpuArgs; ret: RemoteConnectBaselineHypervisorCpuRet };
  NODE_GET_SEV_INFO: { args: RemoteNodeGetSevInfoArgs; ret: RemoteNodeGetSevInfoRet };
  DOMAIN_GET_LAUNCH_SECURITY_INFO: { args: RemoteDomainGetLaunchSecurityInfoArgs; ret: RemoteDomainGetLaunchSecurityInfoRet };
  NWFILTER_BINDING_LOOKUP_BY_PORT_DEV: { args: RemoteNwfilterBindingLookupByPortDevArgs; ret: RemoteNwfilterBindingLookupByPortDevRet };
  NWFILTER_BINDING_GET_XML_DESC: { args: RemoteNwfilterBindingGetXmlDescArgs; ret: RemoteNwfilterBindingGetXmlDescRet };
  NWFILTER_BINDING_CREATE_XML: { args: RemoteNwfilterBindingCreateXmlArgs; ret: RemoteNwfilterBindingCreateXmlRet };
  NWFILTER_BINDING_DELETE: { args: RemoteNwfilterBindingDeleteArgs; ret: void };
  CONNECT_LIST_ALL_NWFILTER_BINDINGS: { args: RemoteConnectListAllNwfilterBindingsArgs; ret: RemoteConnectListAllNwfilterBindingsRet };
  DOMAIN_SET_IOTHREAD_PARAMS: { args: RemoteDomainSetIothreadParamsArgs; ret: void };
  CONNECT_GET_STORAGE_POOL_CAPABILITIES: { args: RemoteConnectGetStoragePoolCapabilitiesArgs; ret: RemoteConnectGetStoragePoolCapabilitiesRet };
  NETWORK_LIST_ALL_PORTS: { args: RemoteNetworkListAllPortsArgs; ret: RemoteNetworkListAllPortsRet };
  NETWORK_PORT_LOOKUP_BY_UUID: { args: RemoteNetworkPortLookupByUuidArgs; ret: RemoteNetworkPortLookupByUuidRet };
  NETWORK_PORT_CREATE_XML: { args: RemoteNetworkPortCreateXmlArgs; ret: RemoteNetworkPortCreateXmlRet };
  NETWORK_PORT_GET_PARAMETERS: { args: RemoteNetworkPortGetParametersArgs; ret: RemoteNetworkPortGetParametersRet };
  NETWORK_PORT_SET_PARAMETERS: { args: RemoteNetworkPortSetParametersArgs; ret: void };
  NETWORK_PORT_GET_XML_DESC: { args: RemoteNetworkPortGetXmlDescArgs; ret: RemoteNetworkPortGetXmlDescRet };
  NETWORK_PORT_DELETE: { args: RemoteNetworkPortDeleteArgs; ret: void };
  DOMAIN_CHECKPOINT_CREATE_XML: { args: RemoteDomainCheckpointCreateXmlArgs; ret: RemoteDomainCheckpointCreateXmlRet };
  DOMAIN_CHECKPOINT_GET_XML_DESC: { args: RemoteDomainCheckpointGetXmlDescArgs; ret: RemoteDomainCheckpointGetXmlDescRet };
  DOMAIN_LIST_ALL_CHECKPOINTS: { args: RemoteDomainListAllCheckpointsArgs; ret: RemoteDomainListAllCheckpointsRet };
  DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN: { args: RemoteDomainCheckpointListAllChildrenArgs; ret: RemoteDomainCheckpointListAllChildrenRet };
  DOMAIN_CHECKPOINT_LOOKUP_BY_NAME: { args: RemoteDomainCheckpointLookupByNameArgs; ret: RemoteDomainCheckpointLookupByNameRet };
  DOMAIN_CHECKPOINT_GET_PARENT: { args: RemoteDomainCheckpointGetParentArgs; ret: RemoteDomainCheckpointGetParentRet };
  DOMAIN_CHECKPOINT_DELETE: { args: RemoteDomainCheckpointDeleteArgs; ret: void };
  DOMAIN_GET_GUEST_INFO: { args: RemoteDomainGetGuestInfoArgs; ret: RemoteDomainGetGuestInfoRet };
  CONNECT_SET_IDENTITY: { args: RemoteConnectSetIdentityArgs; ret: void };
  DOMAIN_AGENT_SET_RESPONSE_TIMEOUT: { args: RemoteDomainAgentSetResponseTimeoutArgs; ret: RemoteDomainAgentSetResponseTimeoutRet };
  DOMAIN_BACKUP_BEGIN: { args: RemoteDomainBackupBeginArgs; ret: void };
  DOMAIN_BACKUP_GET_XML_DESC: { args: RemoteDomainBackupGetXmlDescArgs; ret: RemoteDomainBackupGetXmlDescRet };
  DOMAIN_EVENT_MEMORY_FAILURE: { args: void; ret: void };
  DOMAIN_AUTHORIZED_SSH_KEYS_GET: { args: RemoteDomainAuthorizedSshKeysGetArgs; ret: RemoteDomainAuthorizedSshKeysGetRet };
  DOMAIN_AUTHORIZED_SSH_KEYS_SET: { args: RemoteDomainAuthorizedSshKeysSetArgs; ret: void };
  DOMAIN_GET_MESSAGES: { args: RemoteDomainGetMessagesArgs; ret: RemoteDomainGetMessagesRet };
  DOMAIN_START_DIRTY_RATE_CALC: { args: RemoteDomainStartDirtyRateCalcArgs; ret: void };
  NODE_DEVICE_DEFINE_XML: { args: RemoteNodeDeviceDefineXmlArgs; ret: RemoteNodeDeviceDefineXmlRet };
  NODE_DEVICE_UNDEFINE: { args: RemoteNodeDeviceUndefineArgs; ret: void };
  NODE_DEVICE_CREATE: { args: RemoteNodeDeviceCreateArgs; ret: void };
  NWFILTER_DEFINE_XML_FLAGS: { args: RemoteNwfilterDefineXmlFlagsArgs; ret: RemoteNwfilterDefineXmlFlagsRet };
  NETWORK_DEFINE_XML_FLAGS: { args: RemoteNetworkDefineXmlFlagsArgs; ret: RemoteNetworkDefineXmlFlagsRet };
  NODE_DEVICE_GET_AUTOSTART: { args: RemoteNodeDeviceGetAutostartArgs; ret: RemoteNodeDeviceGetAutostartRet };
  NODE_DEVICE_SET_AUTOSTART: { args: RemoteNodeDeviceSetAutostartArgs; ret: void };
  NODE_DEVICE_IS_PERSISTENT: { args: RemoteNodeDeviceIsPersistentArgs; ret: RemoteNodeDeviceIsPersistentRet };
  NODE_DEVICE_IS_ACTIVE: { args: RemoteNodeDeviceIsActiveArgs; ret: RemoteNodeDeviceIsActiveRet };
  NETWORK_CREATE_XML_FLAGS: { args: RemoteNetworkCreateXmlFlagsArgs; ret: RemoteNetworkCreateXmlFlagsRet };
  DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: { args: void; ret: void };
  DOMAIN_SET_LAUNCH_SECURITY_STATE: { args: RemoteDomainSetLaunchSecurityStateArgs; ret: void };
  DOMAIN_SAVE_PARAMS: { args: RemoteDomainSaveParamsArgs; ret: void };
  DOMAIN_RESTORE_PARAMS: { args: RemoteDomainRestoreParamsArgs; ret: void };
  DOMAIN_ABORT_JOB_FLAGS: { args: RemoteDomainAbortJobFlagsArgs; ret: void };
  DOMAIN_FD_ASSOCIATE: { args: RemoteDomainFdAssociateArgs; ret: void };
}

/** Body types of the procedures the daemon sends as event messages. */
export interface RemoteMessageTypes {
  DOMAIN_EVENT_LIFECYCLE: RemoteDomainEventLifecycleMsg;
  DOMAIN_EVENT_REBOOT: RemoteDomainEventRebootMsg;
  DOMAIN_EVENT_RTC_CHANGE: RemoteDomainEventRtcChangeMsg;
  DOMAIN_EVENT_WATCHDOG: RemoteDomainEventWatchdogMsg;
  DOMAIN_EVENT_IO_ERROR: RemoteDomainEventIoErrorMsg;
  DOMAIN_EVENT_GRAPHICS: RemoteDomainEventGraphicsMsg;
  DOMAIN_EVENT_IO_ERROR_REASON: RemoteDomainEventIoErrorReasonMsg;
  DOMAIN_EVENT_CONTROL_ERROR: RemoteDomainEventControlErrorMsg;
  DOMAIN_EVENT_BLOCK_JOB: RemoteDomainEventBlockJobMsg;
  DOMAIN_EVENT_DISK_CHANGE: RemoteDomainEventDiskChangeMsg;
  DOMAIN_EVENT_TRAY_CHANGE: RemoteDomainEventTrayChangeMsg;
  DOMAIN_EVENT_PMWAKEUP: RemoteDomainEventPmwakeupMsg;
  DOMAIN_EVENT_PMSUSPEND: RemoteDomainEventPmsuspendMsg;
  DOMAIN_EVENT_BALLOON_CHANGE: RemoteDomainEventBalloonChangeMsg;
  DOMAIN_EVENT_PMSUSPEND_DISK: RemoteDomainEventPmsuspendDiskMsg;
  DOMAIN_EVENT_DEVICE_REMOVED: RemoteDomainEventDeviceRemovedMsg;
  NETWORK_EVENT_LIFECYCLE: RemoteNetworkEventLifecycleMsg;
  DOMAIN_EVENT_CALLBACK_LIFECYCLE: RemoteDomainEventCallbackLifecycleMsg;
  DOMAIN_EVENT_CALLBACK_REBOOT: RemoteDomainEventCallbackRebootMsg;
  DOMAIN_EVENT_CALLBACK_RTC_CHANGE: RemoteDomainEventCallbackRtcChangeMsg;
  DOMAIN_EVENT_CALLBACK_WATCHDOG: RemoteDomainEventCallbackWatchdogMsg;
  DOMAIN_EVENT_CALLBACK_IO_ERROR: RemoteDomainEventCallbackIoErrorMsg;
  DOMAIN_EVENT_CALLBACK_GRAPHICS: RemoteDomainEventCallbackGraphicsMsg;
  DOMAIN_EVENT_CALLBACK_IO_ERROR_REASON: RemoteDomainEventCallbackIoErrorReasonMsg;
  DOMAIN_EVENT_CALLBACK_CONTROL_ERROR: RemoteDomainEventCallbackControlErrorMsg;
  DOMAIN_EVENT_CALLBACK_BLOCK_JOB: RemoteDomainEventCallbackBlockJobMsg;
  DOMAIN_EVENT_CALLBACK_DISK_CHANGE: RemoteDomainEventCallbackDiskChangeMsg;
  DOMAIN_EVENT_CALLBACK_TRAY_CHANGE: RemoteDomainEventCallbackTrayChangeMsg;
  DOMAIN_EVENT_CALLBACK_PMWAKEUP: RemoteDomainEventCallbackPmwakeupMsg;
  DOMAIN_EVENT_CALLBACK_PMSUSPEND: RemoteDomainEventCallbackPmsuspendMsg;
  DOMAIN_EVENT_CALLBACK_BALLOON_CHANGE: RemoteDomainEventCallbackBalloonChangeMsg;
  DOMAIN_EVENT_CALLBACK_PMSUSPEND_DISK: RemoteDomainEventCallbackPmsuspendDiskMsg;
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVED: RemoteDomainEventCallbackDeviceRemovedMsg;
  DOMAIN_EVENT_BLOCK_JOB_2: RemoteDomainEventBlockJob2Msg;
  DOMAIN_EVENT_CALLBACK_TUNABLE: RemoteDomainEventCallbackTunableMsg;
  DOMAIN_EVENT_CALLBACK_AGENT_LIFECYCLE: RemoteDomainEventCallbackAgentLifecycleMsg;
  DOMAIN_EVENT_CALLBACK_DEVICE_ADDED: RemoteDomainEventCallbackDeviceAddedMsg;
  DOMAIN_EVENT_CALLBACK_MIGRATION_ITERATION: RemoteDomainEventCallbackMigrationIterationMsg;
  CONNECT_EVENT_CONNECTION_CLOSED: RemoteConnectEventConnectionClosedMsg;
  DOMAIN_EVENT_CALLBACK_JOB_COMPLETED: RemoteDomainEventCallbackJobCompletedMsg;
  DOMAIN_EVENT_CALLBACK_DEVICE_REMOVAL_FAILED: RemoteDomainEventCallbackDeviceRemovalFailedMsg;
  STORAGE_POOL_EVENT_LIFECYCLE: RemoteStoragePoolEventLifecycleMsg;
  STORAGE_POOL_EVENT_REFRESH: RemoteStoragePoolEventRefreshMsg;
  NODE_DEVICE_EVENT_LIFECYCLE: RemoteNodeDeviceEventLifecycleMsg;
  NODE_DEVICE_EVENT_UPDATE: RemoteNodeDeviceEventUpdateMsg;
  DOMAIN_EVENT_CALLBACK_METADATA_CHANGE: RemoteDomainEventCallbackMetadataChangeMsg;
  SECRET_EVENT_LIFECYCLE: RemoteSecretEventLifecycleMsg;
  SECRET_EVENT_VALUE_CHANGED: RemoteSecretEventValueChangedMsg;
  DOMAIN_EVENT_BLOCK_THRESHOLD: RemoteDomainEventBlockThresholdMsg;
  DOMAIN_EVENT_MEMORY_FAILURE: RemoteDomainEventMemoryFailureMsg;
  DOMAIN_EVENT_MEMORY_DEVICE_SIZE_CHANGE: RemoteDomainEventMemoryDeviceSizeChangeMsg;
}
