// GENERATED FILE, do not edit: regenerate with `npm run generate:libvirt`.
// Generator: scripts/generate-libvirt-protocol.ts, from libvirt 9.0.0's XDR definitions:
//   scripts/libvirt-protocol/virnetprotocol.x, scripts/libvirt-protocol/virkeepaliveprotocol.x, scripts/libvirt-protocol/remote_protocol.x
// (`npm test` fails when this file differs from what the generator writes.)

import type { CallOptions, ProcedureInvoker, RpcStream } from '../ProcedureInvoker.js';
import type {
  RemoteAuthListRet,
  RemoteAuthPolkitRet,
  RemoteAuthSaslInitRet,
  RemoteAuthSaslStartArgs,
  RemoteAuthSaslStartRet,
  RemoteAuthSaslStepArgs,
  RemoteAuthSaslStepRet,
  RemoteConnectBaselineCpuArgs,
  RemoteConnectBaselineCpuRet,
  RemoteConnectBaselineHypervisorCpuArgs,
  RemoteConnectBaselineHypervisorCpuRet,
  RemoteConnectCompareCpuArgs,
  RemoteConnectCompareCpuRet,
  RemoteConnectCompareHypervisorCpuArgs,
  RemoteConnectCompareHypervisorCpuRet,
  RemoteConnectDomainEventCallbackDeregisterAnyArgs,
  RemoteConnectDomainEventCallbackRegisterAnyArgs,
  RemoteConnectDomainEventCallbackRegisterAnyRet,
  RemoteConnectDomainEventDeregisterAnyArgs,
  RemoteConnectDomainEventDeregisterRet,
  RemoteConnectDomainEventRegisterAnyArgs,
  RemoteConnectDomainEventRegisterRet,
  RemoteConnectDomainXmlFromNativeArgs,
  RemoteConnectDomainXmlFromNativeRet,
  RemoteConnectDomainXmlToNativeArgs,
  RemoteConnectDomainXmlToNativeRet,
  RemoteConnectFindStoragePoolSourcesArgs,
  RemoteConnectFindStoragePoolSourcesRet,
  RemoteConnectGetAllDomainStatsArgs,
  RemoteConnectGetAllDomainStatsRet,
  RemoteConnectGetCapabilitiesRet,
  RemoteConnectGetCpuModelNamesArgs,
  RemoteConnectGetCpuModelNamesRet,
  RemoteConnectGetDomainCapabilitiesArgs,
  RemoteConnectGetDomainCapabilitiesRet,
  RemoteConnectGetHostnameRet,
  RemoteConnectGetLibVersionRet,
  RemoteConnectGetMaxVcpusArgs,
  RemoteConnectGetMaxVcpusRet,
  RemoteConnectGetStoragePoolCapabilitiesArgs,
  RemoteConnectGetStoragePoolCapabilitiesRet,
  RemoteConnectGetSysinfoArgs,
  RemoteConnectGetSysinfoRet,
  RemoteConnectGetTypeRet,
  RemoteConnectGetUriRet,
  RemoteConnectGetVersionRet,
  RemoteConnectIsSecureRet,
  RemoteConnectListAllDomainsArgs,
  RemoteConnectListAllDomainsRet,
  RemoteConnectListAllInterfacesArgs,
  RemoteConnectListAllInterfacesRet,
  RemoteConnectListAllNetworksArgs,
  RemoteConnectListAllNetworksRet,
  RemoteConnectListAllNodeDevicesArgs,
  RemoteConnectListAllNodeDevicesRet,
  RemoteConnectListAllNwfilterBindingsArgs,
  RemoteConnectListAllNwfilterBindingsRet,
  RemoteConnectListAllNwfiltersArgs,
  RemoteConnectListAllNwfiltersRet,
  RemoteConnectListAllSecretsArgs,
  RemoteConnectListAllSecretsRet,
  RemoteConnectListAllStoragePoolsArgs,
  RemoteConnectListAllStoragePoolsRet,
  RemoteConnectListDefinedDomainsArgs,
  RemoteConnectListDefinedDomainsRet,
  RemoteConnectListDefinedInterfacesArgs,
  RemoteConnectListDefinedInterfacesRet,
  RemoteConnectListDefinedNetworksArgs,
  RemoteConnectListDefinedNetworksRet,
  RemoteConnectListDefinedStoragePoolsArgs,
  RemoteConnectListDefinedStoragePoolsRet,
  RemoteConnectListDomainsArgs,
  RemoteConnectListDomainsRet,
  RemoteConnectListInterfacesArgs,
  RemoteConnectListInterfacesRet,
  RemoteConnectListNetworksArgs,
  RemoteConnectListNetworksRet,
  RemoteConnectListNwfiltersArgs,
  RemoteConnectListNwfiltersRet,
  RemoteConnectListSecretsArgs,
  RemoteConnectListSecretsRet,
  RemoteConnectListStoragePoolsArgs,
  RemoteConnectListStoragePoolsRet,
  RemoteConnectNetworkEventDeregisterAnyArgs,
  RemoteConnectNetworkEventRegisterAnyArgs,
  RemoteConnectNetworkEventRegisterAnyRet,
  RemoteConnectNodeDeviceEventDeregisterAnyArgs,
  RemoteConnectNodeDeviceEventRegisterAnyArgs,
  RemoteConnectNodeDeviceEventRegisterAnyRet,
  RemoteConnectNumOfDefinedDomainsRet,
  RemoteConnectNumOfDefinedInterfacesRet,
  RemoteConnectNumOfDefinedNetworksRet,
  RemoteConnectNumOfDefinedStoragePoolsRet,
  RemoteConnectNumOfDomainsRet,
  RemoteConnectNumOfInterfacesRet,
  RemoteConnectNumOfNetworksRet,
  RemoteConnectNumOfNwfiltersRet,
  RemoteConnectNumOfSecretsRet,
  RemoteConnectNumOfStoragePoolsRet,
  RemoteConnectOpenArgs,
  RemoteConnectSecretEventDeregisterAnyArgs,
  RemoteConnectSecretEventRegisterAnyArgs,
  RemoteConnectSecretEventRegisterAnyRet,
  RemoteConnectSetIdentityArgs,
  RemoteConnectStoragePoolEventDeregisterAnyArgs,
  RemoteConnectStoragePoolEventRegisterAnyArgs,
  RemoteConnectStoragePoolEventRegisterAnyRet,
  RemoteConnectSupportsFeatureArgs,
  RemoteConnectSupportsFeatureRet,
  RemoteDomainAbortJobArgs,
  RemoteDomainAbortJobFlagsArgs,
  RemoteDomainAddIothreadArgs,
  RemoteDomainAgentSetResponseTimeoutArgs,
  RemoteDomainAgentSetResponseTimeoutRet,
  RemoteDomainAttachDeviceArgs,
  RemoteDomainAttachDeviceFlagsArgs,
  RemoteDomainAuthorizedSshKeysGetArgs,
  RemoteDomainAuthorizedSshKeysGetRet,
  RemoteDomainAuthorizedSshKeysSetArgs,
  RemoteDomainBackupBeginArgs,
  RemoteDomainBackupGetXmlDescArgs,
  RemoteDomainBackupGetXmlDescRet,
  RemoteDomainBlockCommitArgs,
  RemoteDomainBlockCopyArgs,
  RemoteDomainBlockJobAbortArgs,
  RemoteDomainBlockJobSetSpeedArgs,
  RemoteDomainBlockPeekArgs,
  RemoteDomainBlockPeekRet,
  RemoteDomainBlockPullArgs,
  RemoteDomainBlockRebaseArgs,
  RemoteDomainBlockResizeArgs,
  RemoteDomainBlockStatsArgs,
  RemoteDomainBlockStatsFlagsArgs,
  RemoteDomainBlockStatsFlagsRet,
  RemoteDomainBlockStatsRet,
  RemoteDomainCheckpointCreateXmlArgs,
  RemoteDomainCheckpointCreateXmlRet,
  RemoteDomainCheckpointDeleteArgs,
  RemoteDomainCheckpointGetParentArgs,
  RemoteDomainCheckpointGetParentRet,
  RemoteDomainCheckpointGetXmlDescArgs,
  RemoteDomainCheckpointGetXmlDescRet,
  RemoteDomainCheckpointListAllChildrenArgs,
  RemoteDomainCheckpointListAllChildrenRet,
  RemoteDomainCheckpointLookupByNameArgs,
  RemoteDomainCheckpointLookupByNameRet,
  RemoteDomainCoreDumpArgs,
  RemoteDomainCoreDumpWithFormatArgs,
  RemoteDomainCreateArgs,
  RemoteDomainCreateWithFilesArgs,
  RemoteDomainCreateWithFilesRet,
  RemoteDomainCreateWithFlagsArgs,
  RemoteDomainCreateWithFlagsRet,
  RemoteDomainCreateXmlArgs,
  RemoteDomainCreateXmlRet,
  RemoteDomainCreateXmlWithFilesArgs,
  RemoteDomainCreateXmlWithFilesRet,
  RemoteDomainDefineXmlArgs,
  RemoteDomainDefineXmlFlagsArgs,
  RemoteDomainDefineXmlFlagsRet,
  RemoteDomainDefineXmlRet,
  RemoteDomainDelIothreadArgs,
  RemoteDomainDestroyArgs,
  RemoteDomainDestroyFlagsArgs,
  RemoteDomainDetachDeviceAliasArgs,
  RemoteDomainDetachDeviceArgs,
  RemoteDomainDetachDeviceFlagsArgs,
  RemoteDomainFdAssociateArgs,
  RemoteDomainFsfreezeArgs,
  RemoteDomainFsfreezeRet,
  RemoteDomainFsthawArgs,
  RemoteDomainFsthawRet,
  RemoteDomainFstrimArgs,
  RemoteDomainGetAutostartArgs,
  RemoteDomainGetAutostartRet,
  RemoteDomainGetBlkioParametersArgs,
  RemoteDomainGetBlkioParametersRet,
  RemoteDomainGetBlockInfoArgs,
  RemoteDomainGetBlockInfoRet,
  RemoteDomainGetBlockIoTuneArgs,
  RemoteDomainGetBlockIoTuneRet,
  RemoteDomainGetBlockJobInfoArgs,
  RemoteDomainGetBlockJobInfoRet,
  RemoteDomainGetControlInfoArgs,
  RemoteDomainGetControlInfoRet,
  RemoteDomainGetCpuStatsArgs,
  RemoteDomainGetCpuStatsRet,
  RemoteDomainGetDiskErrorsArgs,
  RemoteDomainGetDiskErrorsRet,
  RemoteDomainGetEmulatorPinInfoArgs,
  RemoteDomainGetEmulatorPinInfoRet,
  RemoteDomainGetFsinfoArgs,
  RemoteDomainGetFsinfoRet,
  RemoteDomainGetGuestInfoArgs,
  RemoteDomainGetGuestInfoRet,
  RemoteDomainGetGuestVcpusArgs,
  RemoteDomainGetGuestVcpusRet,
  RemoteDomainGetHostnameArgs,
  RemoteDomainGetHostnameRet,
  RemoteDomainGetInfoArgs,
  RemoteDomainGetInfoRet,
  RemoteDomainGetInterfaceParametersArgs,
  RemoteDomainGetInterfaceParametersRet,
  RemoteDomainGetIothreadInfoArgs,
  RemoteDomainGetIothreadInfoRet,
  RemoteDomainGetJobInfoArgs,
  RemoteDomainGetJobInfoRet,
  RemoteDomainGetJobStatsArgs,
  RemoteDomainGetJobStatsRet,
  RemoteDomainGetLaunchSecurityInfoArgs,
  RemoteDomainGetLaunchSecurityInfoRet,
  RemoteDomainGetMaxMemoryArgs,
  RemoteDomainGetMaxMemoryRet,
  RemoteDomainGetMaxVcpusArgs,
  RemoteDomainGetMaxVcpusRet,
  RemoteDomainGetMemoryParametersArgs,
  RemoteDomainGetMemoryParametersRet,
  RemoteDomainGetMessagesArgs,
  RemoteDomainGetMessagesRet,
  RemoteDomainGetMetadataArgs,
  RemoteDomainGetMetadataRet,
  RemoteDomainGetNumaParametersArgs,
  RemoteDomainGetNumaParametersRet,
  RemoteDomainGetOsTypeArgs,
  RemoteDomainGetOsTypeRet,
  RemoteDomainGetPerfEventsArgs,
  RemoteDomainGetPerfEventsRet,
  RemoteDomainGetSchedulerParametersArgs,
  RemoteDomainGetSchedulerParametersFlagsArgs,
  RemoteDomainGetSchedulerParametersFlagsRet,
  RemoteDomainGetSchedulerParametersRet,
  RemoteDomainGetSchedulerTypeArgs,
  RemoteDomainGetSchedulerTypeRet,
  RemoteDomainGetSecurityLabelArgs,
  RemoteDomainGetSecurityLabelListArgs,
  RemoteDomainGetSecurityLabelListRet,
  RemoteDomainGetSecurityLabelRet,
  RemoteDomainGetStateArgs,
  RemoteDomainGetStateRet,
  RemoteDomainGetTimeArgs,
  RemoteDomainGetTimeRet,
  RemoteDomainGetVcpuPinInfoArgs,
  RemoteDomainGetVcpuPinInfoRet,
  RemoteDomainGetVcpusArgs,
  RemoteDomainGetVcpusFlagsArgs,
  RemoteDomainGetVcpusFlagsRet,
  RemoteDomainGetVcpusRet,
  RemoteDomainGetXmlDescArgs,
  RemoteDomainGetXmlDescRet,
  RemoteDomainHasCurrentSnapshotArgs,
  RemoteDomainHasCurrentSnapshotRet,
  RemoteDomainHasManagedSaveImageArgs,
  RemoteDomainHasManagedSaveImageRet,
  RemoteDomainInjectNmiArgs,
  RemoteDomainInterfaceAddressesArgs,
  RemoteDomainInterfaceAddressesRet,
  RemoteDomainInterfaceStatsArgs,
  RemoteDomainInterfaceStatsRet,
  RemoteDomainIsActiveArgs,
  RemoteDomainIsActiveRet,
  RemoteDomainIsPersistentArgs,
  RemoteDomainIsPersistentRet,
  RemoteDomainIsUpdatedArgs,
  RemoteDomainIsUpdatedRet,
  RemoteDomainListAllCheckpointsArgs,
  RemoteDomainListAllCheckpointsRet,
  RemoteDomainListAllSnapshotsArgs,
  RemoteDomainListAllSnapshotsRet,
  RemoteDomainLookupByIdArgs,
  RemoteDomainLookupByIdRet,
  RemoteDomainLookupByNameArgs,
  RemoteDomainLookupByNameRet,
  RemoteDomainLookupByUuidArgs,
  RemoteDomainLookupByUuidRet,
  RemoteDomainManagedSaveArgs,
  RemoteDomainManagedSaveDefineXmlArgs,
  RemoteDomainManagedSaveGetXmlDescArgs,
  RemoteDomainManagedSaveGetXmlDescRet,
  RemoteDomainManagedSaveRemoveArgs,
  RemoteDomainMemoryPeekArgs,
  RemoteDomainMemoryPeekRet,
  RemoteDomainMemoryStatsArgs,
  RemoteDomainMemoryStatsRet,
  RemoteDomainMigrateBegin3Args,
  RemoteDomainMigrateBegin3ParamsArgs,
  RemoteDomainMigrateBegin3ParamsRet,
  RemoteDomainMigrateBegin3Ret,
  RemoteDomainMigrateConfirm3Args,
  RemoteDomainMigrateConfirm3ParamsArgs,
  RemoteDomainMigrateFinish2Args,
  RemoteDomainMigrateFinish2Ret,
  RemoteDomainMigrateFinish3Args,
  RemoteDomainMigrateFinish3ParamsArgs,
  RemoteDomainMigrateFinish3ParamsRet,
  RemoteDomainMigrateFinish3Ret,
  RemoteDomainMigrateFinishArgs,
  RemoteDomainMigrateFinishRet,
  RemoteDomainMigrateGetCompressionCacheArgs,
  RemoteDomainMigrateGetCompressionCacheRet,
  RemoteDomainMigrateGetMaxDowntimeArgs,
  RemoteDomainMigrateGetMaxDowntimeRet,
  RemoteDomainMigrateGetMaxSpeedArgs,
  RemoteDomainMigrateGetMaxSpeedRet,
  RemoteDomainMigratePerform3Args,
  RemoteDomainMigratePerform3ParamsArgs,
  RemoteDomainMigratePerform3ParamsRet,
  RemoteDomainMigratePerform3Ret,
  RemoteDomainMigratePerformArgs,
  RemoteDomainMigratePrepare2Args,
  RemoteDomainMigratePrepare2Ret,
  RemoteDomainMigratePrepare3Args,
  RemoteDomainMigratePrepare3ParamsArgs,
  RemoteDomainMigratePrepare3ParamsRet,
  RemoteDomainMigratePrepare3Ret,
  RemoteDomainMigratePrepareArgs,
  RemoteDomainMigratePrepareRet,
  RemoteDomainMigratePrepareTunnel3Args,
  RemoteDomainMigratePrepareTunnel3ParamsArgs,
  RemoteDomainMigratePrepareTunnel3ParamsRet,
  RemoteDomainMigratePrepareTunnel3Ret,
  RemoteDomainMigratePrepareTunnelArgs,
  RemoteDomainMigrateSetCompressionCacheArgs,
  RemoteDomainMigrateSetMaxDowntimeArgs,
  RemoteDomainMigrateSetMaxSpeedArgs,
  RemoteDomainMigrateStartPostCopyArgs,
  RemoteDomainOpenChannelArgs,
  RemoteDomainOpenConsoleArgs,
  RemoteDomainOpenGraphicsArgs,
  RemoteDomainOpenGraphicsFdArgs,
  RemoteDomainPinEmulatorArgs,
  RemoteDomainPinIothreadArgs,
  RemoteDomainPinVcpuArgs,
  RemoteDomainPinVcpuFlagsArgs,
  RemoteDomainPmSuspendForDurationArgs,
  RemoteDomainPmWakeupArgs,
  RemoteDomainRebootArgs,
  RemoteDomainRenameArgs,
  RemoteDomainRenameRet,
  RemoteDomainResetArgs,
  RemoteDomainRestoreArgs,
  RemoteDomainRestoreFlagsArgs,
  RemoteDomainRestoreParamsArgs,
  RemoteDomainResumeArgs,
  RemoteDomainRevertToSnapshotArgs,
  RemoteDomainSaveArgs,
  RemoteDomainSaveFlagsArgs,
  RemoteDomainSaveImageDefineXmlArgs,
  RemoteDomainSaveImageGetXmlDescArgs,
  RemoteDomainSaveImageGetXmlDescRet,
  RemoteDomainSaveParamsArgs,
  RemoteDomainScreenshotArgs,
  RemoteDomainScreenshotRet,
  RemoteDomainSendKeyArgs,
  RemoteDomainSendProcessSignalArgs,
  RemoteDomainSetAutostartArgs,
  RemoteDomainSetBlkioParametersArgs,
  RemoteDomainSetBlockIoTuneArgs,
  RemoteDomainSetBlockThresholdArgs,
  RemoteDomainSetGuestVcpusArgs,
  RemoteDomainSetInterfaceParametersArgs,
  RemoteDomainSetIothreadParamsArgs,
  RemoteDomainSetLaunchSecurityStateArgs,
  RemoteDomainSetLifecycleActionArgs,
  RemoteDomainSetMaxMemoryArgs,
  RemoteDomainSetMemoryArgs,
  RemoteDomainSetMemoryFlagsArgs,
  RemoteDomainSetMemoryParametersArgs,
  RemoteDomainSetMemoryStatsPeriodArgs,
  RemoteDomainSetMetadataArgs,
  RemoteDomainSetNumaParametersArgs,
  RemoteDomainSetPerfEventsArgs,
  RemoteDomainSetSchedulerParametersArgs,
  RemoteDomainSetSchedulerParametersFlagsArgs,
  RemoteDomainSetTimeArgs,
  RemoteDomainSetUserPasswordArgs,
  RemoteDomainSetVcpuArgs,
  RemoteDomainSetVcpusArgs,
  RemoteDomainSetVcpusFlagsArgs,
  RemoteDomainShutdownArgs,
  RemoteDomainShutdownFlagsArgs,
  RemoteDomainSnapshotCreateXmlArgs,
  RemoteDomainSnapshotCreateXmlRet,
  RemoteDomainSnapshotCurrentArgs,
  RemoteDomainSnapshotCurrentRet,
  RemoteDomainSnapshotDeleteArgs,
  RemoteDomainSnapshotGetParentArgs,
  RemoteDomainSnapshotGetParentRet,
  RemoteDomainSnapshotGetXmlDescArgs,
  RemoteDomainSnapshotGetXmlDescRet,
  RemoteDomainSnapshotHasMetadataArgs,
  RemoteDomainSnapshotHasMetadataRet,
  RemoteDomainSnapshotIsCurrentArgs,
  RemoteDomainSnapshotIsCurrentRet,
  RemoteDomainSnapshotListAllChildrenArgs,
  RemoteDomainSnapshotListAllChildrenRet,
  RemoteDomainSnapshotListChildrenNamesArgs,
  RemoteDomainSnapshotListChildrenNamesRet,
  RemoteDomainSnapshotListNamesArgs,
  RemoteDomainSnapshotListNamesRet,
  RemoteDomainSnapshotLookupByNameArgs,
  RemoteDomainSnapshotLookupByNameRet,
  RemoteDomainSnapshotNumArgs,
  RemoteDomainSnapshotNumChildrenArgs,
  RemoteDomainSnapshotNumChildrenRet,
  RemoteDomainSnapshotNumRet,
  RemoteDomainStartDirtyRateCalcArgs,
  RemoteDomainSuspendArgs,
  RemoteDomainUndefineArgs,
  RemoteDomainUndefineFlagsArgs,
  RemoteDomainUpdateDeviceFlagsArgs,
  RemoteInterfaceChangeBeginArgs,
  RemoteInterfaceChangeCommitArgs,
  RemoteInterfaceChangeRollbackArgs,
  RemoteInterfaceCreateArgs,
  RemoteInterfaceDefineXmlArgs,
  RemoteInterfaceDefineXmlRet,
  RemoteInterfaceDestroyArgs,
  RemoteInterfaceGetXmlDescArgs,
  RemoteInterfaceGetXmlDescRet,
  RemoteInterfaceIsActiveArgs,
  RemoteInterfaceIsActiveRet,
  RemoteInterfaceLookupByMacStringArgs,
  RemoteInterfaceLookupByMacStringRet,
  RemoteInterfaceLookupByNameArgs,
  RemoteInterfaceLookupByNameRet,
  RemoteInterfaceUndefineArgs,
  RemoteNetworkCreateArgs,
  RemoteNetworkCreateXmlArgs,
  RemoteNetworkCreateXmlFlagsArgs,
  RemoteNetworkCreateXmlFlagsRet,
  RemoteNetworkCreateXmlRet,
  RemoteNetworkDefineXmlArgs,
  RemoteNetworkDefineXmlFlagsArgs,
  RemoteNetworkDefineXmlFlagsRet,
  RemoteNetworkDefineXmlRet,
  RemoteNetworkDestroyArgs,
  RemoteNetworkGetAutostartArgs,
  RemoteNetworkGetAutostartRet,
  RemoteNetworkGetBridgeNameArgs,
  RemoteNetworkGetBridgeNameRet,
  RemoteNetworkGetDhcpLeasesArgs,
  RemoteNetworkGetDhcpLeasesRet,
  RemoteNetworkGetXmlDescArgs,
  RemoteNetworkGetXmlDescRet,
  RemoteNetworkIsActiveArgs,
  RemoteNetworkIsActiveRet,
  RemoteNetworkIsPersistentArgs,
  RemoteNetworkIsPersistentRet,
  RemoteNetworkListAllPortsArgs,
  RemoteNetworkListAllPortsRet,
  RemoteNetworkLookupByNameArgs,
  RemoteNetworkLookupByNameRet,
  RemoteNetworkLookupByUuidArgs,
  RemoteNetworkLookupByUuidRet,
  RemoteNetworkPortCreateXmlArgs,
  RemoteNetworkPortCreateXmlRet,
  RemoteNetworkPortDeleteArgs,
  RemoteNetworkPortGetParametersArgs,
  RemoteNetworkPortGetParametersRet,
  RemoteNetworkPortGetXmlDescArgs,
  RemoteNetworkPortGetXmlDescRet,
  RemoteNetworkPortLookupByUuidArgs,
  RemoteNetworkPortLookupByUuidRet,
  RemoteNetworkPortSetParametersArgs,
  RemoteNetworkSetAutostartArgs,
  RemoteNetworkUndefineArgs,
  RemoteNetworkUpdateArgs,
  RemoteNodeAllocPagesArgs,
  RemoteNodeAllocPagesRet,
  RemoteNodeDeviceCreateArgs,
  RemoteNodeDeviceCreateXmlArgs,
  RemoteNodeDeviceCreateXmlRet,
  RemoteNodeDeviceDefineXmlArgs,
  RemoteNodeDeviceDefineXmlRet,
  RemoteNodeDeviceDestroyArgs,
  RemoteNodeDeviceDetachFlagsArgs,
  RemoteNodeDeviceDettachArgs,
  RemoteNodeDeviceGetAutostartArgs,
  RemoteNodeDeviceGetAutostartRet,
  RemoteNodeDeviceGetParentArgs,
  RemoteNodeDeviceGetParentRet,
  RemoteNodeDeviceGetXmlDescArgs,
  RemoteNodeDeviceGetXmlDescRet,
  RemoteNodeDeviceIsActiveArgs,
  RemoteNodeDeviceIsActiveRet,
  RemoteNodeDeviceIsPersistentArgs,
  RemoteNodeDeviceIsPersistentRet,
  RemoteNodeDeviceListCapsArgs,
  RemoteNodeDeviceListCapsRet,
  RemoteNodeDeviceLookupByNameArgs,
  RemoteNodeDeviceLookupByNameRet,
  RemoteNodeDeviceLookupScsiHostByWwnArgs,
  RemoteNodeDeviceLookupScsiHostByWwnRet,
  RemoteNodeDeviceNumOfCapsArgs,
  RemoteNodeDeviceNumOfCapsRet,
  RemoteNodeDeviceReAttachArgs,
  RemoteNodeDeviceResetArgs,
  RemoteNodeDeviceSetAutostartArgs,
  RemoteNodeDeviceUndefineArgs,
  RemoteNodeGetCellsFreeMemoryArgs,
  RemoteNodeGetCellsFreeMemoryRet,
  RemoteNodeGetCpuMapArgs,
  RemoteNodeGetCpuMapRet,
  RemoteNodeGetCpuStatsArgs,
  RemoteNodeGetCpuStatsRet,
  RemoteNodeGetFreeMemoryRet,
  RemoteNodeGetFreePagesArgs,
  RemoteNodeGetFreePagesRet,
  RemoteNodeGetInfoRet,
  RemoteNodeGetMemoryParametersArgs,
  RemoteNodeGetMemoryParametersRet,
  RemoteNodeGetMemoryStatsArgs,
  RemoteNodeGetMemoryStatsRet,
  RemoteNodeGetSecurityModelRet,
  RemoteNodeGetSevInfoArgs,
  RemoteNodeGetSevInfoRet,
  RemoteNodeListDevicesArgs,
  RemoteNodeListDevicesRet,
  RemoteNodeNumOfDevicesArgs,
  RemoteNodeNumOfDevicesRet,
  RemoteNodeSetMemoryParametersArgs,
  RemoteNodeSuspendForDurationArgs,
  RemoteNwfilterBindingCreateXmlArgs,
  RemoteNwfilterBindingCreateXmlRet,
  RemoteNwfilterBindingDeleteArgs,
  RemoteNwfilterBindingGetXmlDescArgs,
  RemoteNwfilterBindingGetXmlDescRet,
  RemoteNwfilterBindingLookupByPortDevArgs,
  RemoteNwfilterBindingLookupByPortDevRet,
  RemoteNwfilterDefineXmlArgs,
  RemoteNwfilterDefineXmlFlagsArgs,
  RemoteNwfilterDefineXmlFlagsRet,
  RemoteNwfilterDefineXmlRet,
  RemoteNwfilterGetXmlDescArgs,
  RemoteNwfilterGetXmlDescRet,
  RemoteNwfilterLookupByNameArgs,
  RemoteNwfilterLookupByNameRet,
  RemoteNwfilterLookupByUuidArgs,
  RemoteNwfilterLookupByUuidRet,
  RemoteNwfilterUndefineArgs,
  RemoteSecretDefineXmlArgs,
  RemoteSecretDefineXmlRet,
  RemoteSecretGetValueArgs,
  RemoteSecretGetValueRet,
  RemoteSecretGetXmlDescArgs,
  RemoteSecretGetXmlDescRet,
  RemoteSecretLookupByUsageArgs,
  RemoteSecretLookupByUsageRet,
  RemoteSecretLookupByUuidArgs,
  RemoteSecretLookupByUuidRet,
  RemoteSecretSetValueArgs,
  RemoteSecretUndefineArgs,
  RemoteStoragePoolBuildArgs,
  RemoteStoragePoolCreateArgs,
  RemoteStoragePoolCreateXmlArgs,
  RemoteStoragePoolCreateXmlRet,
  RemoteStoragePoolDefineXmlArgs,
  RemoteStoragePoolDefineXmlRet,
  RemoteStoragePoolDeleteArgs,
  RemoteStoragePoolDestroyArgs,
  RemoteStoragePoolGetAutostartArgs,
  RemoteStoragePoolGetAutostartRet,
  RemoteStoragePoolGetInfoArgs,
  RemoteStoragePoolGetInfoRet,
  RemoteStoragePoolGetXmlDescArgs,
  RemoteStoragePoolGetXmlDescRet,
  RemoteStoragePoolIsActiveArgs,
  RemoteStoragePoolIsActiveRet,
  RemoteStoragePoolIsPersistentArgs,
  RemoteStoragePoolIsPersistentRet,
  RemoteStoragePoolListAllVolumesArgs,
  RemoteStoragePoolListAllVolumesRet,
  RemoteStoragePoolListVolumesArgs,
  RemoteStoragePoolListVolumesRet,
  RemoteStoragePoolLookupByNameArgs,
  RemoteStoragePoolLookupByNameRet,
  RemoteStoragePoolLookupByTargetPathArgs,
  RemoteStoragePoolLookupByTargetPathRet,
  RemoteStoragePoolLookupByUuidArgs,
  RemoteStoragePoolLookupByUuidRet,
  RemoteStoragePoolLookupByVolumeArgs,
  RemoteStoragePoolLookupByVolumeRet,
  RemoteStoragePoolNumOfVolumesArgs,
  RemoteStoragePoolNumOfVolumesRet,
  RemoteStoragePoolRefreshArgs,
  RemoteStoragePoolSetAutostartArgs,
  RemoteStoragePoolUndefineArgs,
  RemoteStorageVolCreateXmlArgs,
  RemoteStorageVolCreateXmlFromArgs,
  RemoteStorageVolCreateXmlFromRet,
  RemoteStorageVolCreateXmlRet,
  RemoteStorageVolDeleteArgs,
  RemoteStorageVolDownloadArgs,
  RemoteStorageVolGetInfoArgs,
  RemoteStorageVolGetInfoFlagsArgs,
  RemoteStorageVolGetInfoFlagsRet,
  RemoteStorageVolGetInfoRet,
  RemoteStorageVolGetPathArgs,
  RemoteStorageVolGetPathRet,
  RemoteStorageVolGetXmlDescArgs,
  RemoteStorageVolGetXmlDescRet,
  RemoteStorageVolLookupByKeyArgs,
  RemoteStorageVolLookupByKeyRet,
  RemoteStorageVolLookupByNameArgs,
  RemoteStorageVolLookupByNameRet,
  RemoteStorageVolLookupByPathArgs,
  RemoteStorageVolLookupByPathRet,
  RemoteStorageVolResizeArgs,
  RemoteStorageVolUploadArgs,
  RemoteStorageVolWipeArgs,
  RemoteStorageVolWipePatternArgs,
} from './remoteProtocol.js';

/**
 * One typed method per callable procedure of the remote program. Event messages (procedures
 * the daemon sends on its own) have no method; they arrive through the connection.
 */
export class RemoteProcedures {
  constructor(private readonly invoker: ProcedureInvoker) {}

  /** REMOTE_PROC_CONNECT_OPEN = 1 */
  connectOpen(args: RemoteConnectOpenArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_OPEN', args, options);
  }

  /** REMOTE_PROC_CONNECT_CLOSE = 2 */
  connectClose(options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_CLOSE', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_GET_TYPE = 3 */
  connectGetType(options?: CallOptions): Promise<RemoteConnectGetTypeRet> {
    return this.invoker.call('CONNECT_GET_TYPE', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_GET_VERSION = 4 */
  connectGetVersion(options?: CallOptions): Promise<RemoteConnectGetVersionRet> {
    return this.invoker.call('CONNECT_GET_VERSION', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_GET_MAX_VCPUS = 5 */
  connectGetMaxVcpus(args: RemoteConnectGetMaxVcpusArgs, options?: CallOptions): Promise<RemoteConnectGetMaxVcpusRet> {
    return this.invoker.call('CONNECT_GET_MAX_VCPUS', args, options);
  }

  /** REMOTE_PROC_NODE_GET_INFO = 6 */
  nodeGetInfo(options?: CallOptions): Promise<RemoteNodeGetInfoRet> {
    return this.invoker.call('NODE_GET_INFO', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_GET_CAPABILITIES = 7 */
  connectGetCapabilities(options?: CallOptions): Promise<RemoteConnectGetCapabilitiesRet> {
    return this.invoker.call('CONNECT_GET_CAPABILITIES', undefined, options);
  }

  /** REMOTE_PROC_DOMAIN_ATTACH_DEVICE = 8 */
  domainAttachDevice(args: RemoteDomainAttachDeviceArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_ATTACH_DEVICE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CREATE = 9 */
  domainCreate(args: RemoteDomainCreateArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_CREATE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CREATE_XML = 10 */
  domainCreateXml(args: RemoteDomainCreateXmlArgs, options?: CallOptions): Promise<RemoteDomainCreateXmlRet> {
    return this.invoker.call('DOMAIN_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_DOMAIN_DEFINE_XML = 11 */
  domainDefineXml(args: RemoteDomainDefineXmlArgs, options?: CallOptions): Promise<RemoteDomainDefineXmlRet> {
    return this.invoker.call('DOMAIN_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_DOMAIN_DESTROY = 12 */
  domainDestroy(args: RemoteDomainDestroyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_DESTROY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_DETACH_DEVICE = 13 */
  domainDetachDevice(args: RemoteDomainDetachDeviceArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_DETACH_DEVICE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_XML_DESC = 14 */
  domainGetXmlDesc(args: RemoteDomainGetXmlDescArgs, options?: CallOptions): Promise<RemoteDomainGetXmlDescRet> {
    return this.invoker.call('DOMAIN_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_AUTOSTART = 15 */
  domainGetAutostart(args: RemoteDomainGetAutostartArgs, options?: CallOptions): Promise<RemoteDomainGetAutostartRet> {
    return this.invoker.call('DOMAIN_GET_AUTOSTART', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_INFO = 16 */
  domainGetInfo(args: RemoteDomainGetInfoArgs, options?: CallOptions): Promise<RemoteDomainGetInfoRet> {
    return this.invoker.call('DOMAIN_GET_INFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_MAX_MEMORY = 17 */
  domainGetMaxMemory(args: RemoteDomainGetMaxMemoryArgs, options?: CallOptions): Promise<RemoteDomainGetMaxMemoryRet> {
    return this.invoker.call('DOMAIN_GET_MAX_MEMORY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_MAX_VCPUS = 18 */
  domainGetMaxVcpus(args: RemoteDomainGetMaxVcpusArgs, options?: CallOptions): Promise<RemoteDomainGetMaxVcpusRet> {
    return this.invoker.call('DOMAIN_GET_MAX_VCPUS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_OS_TYPE = 19 */
  domainGetOsType(args: RemoteDomainGetOsTypeArgs, options?: CallOptions): Promise<RemoteDomainGetOsTypeRet> {
    return this.invoker.call('DOMAIN_GET_OS_TYPE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_VCPUS = 20 */
  domainGetVcpus(args: RemoteDomainGetVcpusArgs, options?: CallOptions): Promise<RemoteDomainGetVcpusRet> {
    return this.invoker.call('DOMAIN_GET_VCPUS', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_DEFINED_DOMAINS = 21 */
  connectListDefinedDomains(args: RemoteConnectListDefinedDomainsArgs, options?: CallOptions): Promise<RemoteConnectListDefinedDomainsRet> {
    return this.invoker.call('CONNECT_LIST_DEFINED_DOMAINS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_LOOKUP_BY_ID = 22 */
  domainLookupById(args: RemoteDomainLookupByIdArgs, options?: CallOptions): Promise<RemoteDomainLookupByIdRet> {
    return this.invoker.call('DOMAIN_LOOKUP_BY_ID', args, options);
  }

  /** REMOTE_PROC_DOMAIN_LOOKUP_BY_NAME = 23 */
  domainLookupByName(args: RemoteDomainLookupByNameArgs, options?: CallOptions): Promise<RemoteDomainLookupByNameRet> {
    return this.invoker.call('DOMAIN_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_DOMAIN_LOOKUP_BY_UUID = 24 */
  domainLookupByUuid(args: RemoteDomainLookupByUuidArgs, options?: CallOptions): Promise<RemoteDomainLookupByUuidRet> {
    return this.invoker.call('DOMAIN_LOOKUP_BY_UUID', args, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_DEFINED_DOMAINS = 25 */
  connectNumOfDefinedDomains(options?: CallOptions): Promise<RemoteConnectNumOfDefinedDomainsRet> {
    return this.invoker.call('CONNECT_NUM_OF_DEFINED_DOMAINS', undefined, options);
  }

  /** REMOTE_PROC_DOMAIN_PIN_VCPU = 26 */
  domainPinVcpu(args: RemoteDomainPinVcpuArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_PIN_VCPU', args, options);
  }

  /** REMOTE_PROC_DOMAIN_REBOOT = 27 */
  domainReboot(args: RemoteDomainRebootArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_REBOOT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_RESUME = 28 */
  domainResume(args: RemoteDomainResumeArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_RESUME', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_AUTOSTART = 29 */
  domainSetAutostart(args: RemoteDomainSetAutostartArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_AUTOSTART', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_MAX_MEMORY = 30 */
  domainSetMaxMemory(args: RemoteDomainSetMaxMemoryArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_MAX_MEMORY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_MEMORY = 31 */
  domainSetMemory(args: RemoteDomainSetMemoryArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_MEMORY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_VCPUS = 32 */
  domainSetVcpus(args: RemoteDomainSetVcpusArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_VCPUS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SHUTDOWN = 33 */
  domainShutdown(args: RemoteDomainShutdownArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SHUTDOWN', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SUSPEND = 34 */
  domainSuspend(args: RemoteDomainSuspendArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SUSPEND', args, options);
  }

  /** REMOTE_PROC_DOMAIN_UNDEFINE = 35 */
  domainUndefine(args: RemoteDomainUndefineArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_UNDEFINE', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_DEFINED_NETWORKS = 36 */
  connectListDefinedNetworks(args: RemoteConnectListDefinedNetworksArgs, options?: CallOptions): Promise<RemoteConnectListDefinedNetworksRet> {
    return this.invoker.call('CONNECT_LIST_DEFINED_NETWORKS', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_DOMAINS = 37 */
  connectListDomains(args: RemoteConnectListDomainsArgs, options?: CallOptions): Promise<RemoteConnectListDomainsRet> {
    return this.invoker.call('CONNECT_LIST_DOMAINS', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_NETWORKS = 38 */
  connectListNetworks(args: RemoteConnectListNetworksArgs, options?: CallOptions): Promise<RemoteConnectListNetworksRet> {
    return this.invoker.call('CONNECT_LIST_NETWORKS', args, options);
  }

  /** REMOTE_PROC_NETWORK_CREATE = 39 */
  networkCreate(args: RemoteNetworkCreateArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NETWORK_CREATE', args, options);
  }

  /** REMOTE_PROC_NETWORK_CREATE_XML = 40 */
  networkCreateXml(args: RemoteNetworkCreateXmlArgs, options?: CallOptions): Promise<RemoteNetworkCreateXmlRet> {
    return this.invoker.call('NETWORK_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_NETWORK_DEFINE_XML = 41 */
  networkDefineXml(args: RemoteNetworkDefineXmlArgs, options?: CallOptions): Promise<RemoteNetworkDefineXmlRet> {
    return this.invoker.call('NETWORK_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_NETWORK_DESTROY = 42 */
  networkDestroy(args: RemoteNetworkDestroyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NETWORK_DESTROY', args, options);
  }

  /** REMOTE_PROC_NETWORK_GET_XML_DESC = 43 */
  networkGetXmlDesc(args: RemoteNetworkGetXmlDescArgs, options?: CallOptions): Promise<RemoteNetworkGetXmlDescRet> {
    return this.invoker.call('NETWORK_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_NETWORK_GET_AUTOSTART = 44 */
  networkGetAutostart(args: RemoteNetworkGetAutostartArgs, options?: CallOptions): Promise<RemoteNetworkGetAutostartRet> {
    return this.invoker.call('NETWORK_GET_AUTOSTART', args, options);
  }

  /** REMOTE_PROC_NETWORK_GET_BRIDGE_NAME = 45 */
  networkGetBridgeName(args: RemoteNetworkGetBridgeNameArgs, options?: CallOptions): Promise<RemoteNetworkGetBridgeNameRet> {
    return this.invoker.call('NETWORK_GET_BRIDGE_NAME', args, options);
  }

  /** REMOTE_PROC_NETWORK_LOOKUP_BY_NAME = 46 */
  networkLookupByName(args: RemoteNetworkLookupByNameArgs, options?: CallOptions): Promise<RemoteNetworkLookupByNameRet> {
    return this.invoker.call('NETWORK_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_NETWORK_LOOKUP_BY_UUID = 47 */
  networkLookupByUuid(args: RemoteNetworkLookupByUuidArgs, options?: CallOptions): Promise<RemoteNetworkLookupByUuidRet> {
    return this.invoker.call('NETWORK_LOOKUP_BY_UUID', args, options);
  }

  /** REMOTE_PROC_NETWORK_SET_AUTOSTART = 48 */
  networkSetAutostart(args: RemoteNetworkSetAutostartArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NETWORK_SET_AUTOSTART', args, options);
  }

  /** REMOTE_PROC_NETWORK_UNDEFINE = 49 */
  networkUndefine(args: RemoteNetworkUndefineArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NETWORK_UNDEFINE', args, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_DEFINED_NETWORKS = 50 */
  connectNumOfDefinedNetworks(options?: CallOptions): Promise<RemoteConnectNumOfDefinedNetworksRet> {
    return this.invoker.call('CONNECT_NUM_OF_DEFINED_NETWORKS', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_DOMAINS = 51 */
  connectNumOfDomains(options?: CallOptions): Promise<RemoteConnectNumOfDomainsRet> {
    return this.invoker.call('CONNECT_NUM_OF_DOMAINS', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_NETWORKS = 52 */
  connectNumOfNetworks(options?: CallOptions): Promise<RemoteConnectNumOfNetworksRet> {
    return this.invoker.call('CONNECT_NUM_OF_NETWORKS', undefined, options);
  }

  /** REMOTE_PROC_DOMAIN_CORE_DUMP = 53 */
  domainCoreDump(args: RemoteDomainCoreDumpArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_CORE_DUMP', args, options);
  }

  /** REMOTE_PROC_DOMAIN_RESTORE = 54 */
  domainRestore(args: RemoteDomainRestoreArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_RESTORE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SAVE = 55 */
  domainSave(args: RemoteDomainSaveArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SAVE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_SCHEDULER_TYPE = 56 */
  domainGetSchedulerType(args: RemoteDomainGetSchedulerTypeArgs, options?: CallOptions): Promise<RemoteDomainGetSchedulerTypeRet> {
    return this.invoker.call('DOMAIN_GET_SCHEDULER_TYPE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS = 57 */
  domainGetSchedulerParameters(args: RemoteDomainGetSchedulerParametersArgs, options?: CallOptions): Promise<RemoteDomainGetSchedulerParametersRet> {
    return this.invoker.call('DOMAIN_GET_SCHEDULER_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS = 58 */
  domainSetSchedulerParameters(args: RemoteDomainSetSchedulerParametersArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_SCHEDULER_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_CONNECT_GET_HOSTNAME = 59 */
  connectGetHostname(options?: CallOptions): Promise<RemoteConnectGetHostnameRet> {
    return this.invoker.call('CONNECT_GET_HOSTNAME', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_SUPPORTS_FEATURE = 60 */
  connectSupportsFeature(args: RemoteConnectSupportsFeatureArgs, options?: CallOptions): Promise<RemoteConnectSupportsFeatureRet> {
    return this.invoker.call('CONNECT_SUPPORTS_FEATURE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE = 61 */
  domainMigratePrepare(args: RemoteDomainMigratePrepareArgs, options?: CallOptions): Promise<RemoteDomainMigratePrepareRet> {
    return this.invoker.call('DOMAIN_MIGRATE_PREPARE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PERFORM = 62 */
  domainMigratePerform(args: RemoteDomainMigratePerformArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MIGRATE_PERFORM', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_FINISH = 63 */
  domainMigrateFinish(args: RemoteDomainMigrateFinishArgs, options?: CallOptions): Promise<RemoteDomainMigrateFinishRet> {
    return this.invoker.call('DOMAIN_MIGRATE_FINISH', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_STATS = 64 */
  domainBlockStats(args: RemoteDomainBlockStatsArgs, options?: CallOptions): Promise<RemoteDomainBlockStatsRet> {
    return this.invoker.call('DOMAIN_BLOCK_STATS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_INTERFACE_STATS = 65 */
  domainInterfaceStats(args: RemoteDomainInterfaceStatsArgs, options?: CallOptions): Promise<RemoteDomainInterfaceStatsRet> {
    return this.invoker.call('DOMAIN_INTERFACE_STATS', args, options);
  }

  /** REMOTE_PROC_AUTH_LIST = 66 */
  authList(options?: CallOptions): Promise<RemoteAuthListRet> {
    return this.invoker.call('AUTH_LIST', undefined, options);
  }

  /** REMOTE_PROC_AUTH_SASL_INIT = 67 */
  authSaslInit(options?: CallOptions): Promise<RemoteAuthSaslInitRet> {
    return this.invoker.call('AUTH_SASL_INIT', undefined, options);
  }

  /** REMOTE_PROC_AUTH_SASL_START = 68 */
  authSaslStart(args: RemoteAuthSaslStartArgs, options?: CallOptions): Promise<RemoteAuthSaslStartRet> {
    return this.invoker.call('AUTH_SASL_START', args, options);
  }

  /** REMOTE_PROC_AUTH_SASL_STEP = 69 */
  authSaslStep(args: RemoteAuthSaslStepArgs, options?: CallOptions): Promise<RemoteAuthSaslStepRet> {
    return this.invoker.call('AUTH_SASL_STEP', args, options);
  }

  /** REMOTE_PROC_AUTH_POLKIT = 70 */
  authPolkit(options?: CallOptions): Promise<RemoteAuthPolkitRet> {
    return this.invoker.call('AUTH_POLKIT', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_STORAGE_POOLS = 71 */
  connectNumOfStoragePools(options?: CallOptions): Promise<RemoteConnectNumOfStoragePoolsRet> {
    return this.invoker.call('CONNECT_NUM_OF_STORAGE_POOLS', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_STORAGE_POOLS = 72 */
  connectListStoragePools(args: RemoteConnectListStoragePoolsArgs, options?: CallOptions): Promise<RemoteConnectListStoragePoolsRet> {
    return this.invoker.call('CONNECT_LIST_STORAGE_POOLS', args, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_DEFINED_STORAGE_POOLS = 73 */
  connectNumOfDefinedStoragePools(options?: CallOptions): Promise<RemoteConnectNumOfDefinedStoragePoolsRet> {
    return this.invoker.call('CONNECT_NUM_OF_DEFINED_STORAGE_POOLS', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_DEFINED_STORAGE_POOLS = 74 */
  connectListDefinedStoragePools(args: RemoteConnectListDefinedStoragePoolsArgs, options?: CallOptions): Promise<RemoteConnectListDefinedStoragePoolsRet> {
    return this.invoker.call('CONNECT_LIST_DEFINED_STORAGE_POOLS', args, options);
  }

  /** REMOTE_PROC_CONNECT_FIND_STORAGE_POOL_SOURCES = 75 */
  connectFindStoragePoolSources(args: RemoteConnectFindStoragePoolSourcesArgs, options?: CallOptions): Promise<RemoteConnectFindStoragePoolSourcesRet> {
    return this.invoker.call('CONNECT_FIND_STORAGE_POOL_SOURCES', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_CREATE_XML = 76 */
  storagePoolCreateXml(args: RemoteStoragePoolCreateXmlArgs, options?: CallOptions): Promise<RemoteStoragePoolCreateXmlRet> {
    return this.invoker.call('STORAGE_POOL_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_DEFINE_XML = 77 */
  storagePoolDefineXml(args: RemoteStoragePoolDefineXmlArgs, options?: CallOptions): Promise<RemoteStoragePoolDefineXmlRet> {
    return this.invoker.call('STORAGE_POOL_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_CREATE = 78 */
  storagePoolCreate(args: RemoteStoragePoolCreateArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_POOL_CREATE', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_BUILD = 79 */
  storagePoolBuild(args: RemoteStoragePoolBuildArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_POOL_BUILD', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_DESTROY = 80 */
  storagePoolDestroy(args: RemoteStoragePoolDestroyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_POOL_DESTROY', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_DELETE = 81 */
  storagePoolDelete(args: RemoteStoragePoolDeleteArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_POOL_DELETE', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_UNDEFINE = 82 */
  storagePoolUndefine(args: RemoteStoragePoolUndefineArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_POOL_UNDEFINE', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_REFRESH = 83 */
  storagePoolRefresh(args: RemoteStoragePoolRefreshArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_POOL_REFRESH', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_NAME = 84 */
  storagePoolLookupByName(args: RemoteStoragePoolLookupByNameArgs, options?: CallOptions): Promise<RemoteStoragePoolLookupByNameRet> {
    return this.invoker.call('STORAGE_POOL_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_UUID = 85 */
  storagePoolLookupByUuid(args: RemoteStoragePoolLookupByUuidArgs, options?: CallOptions): Promise<RemoteStoragePoolLookupByUuidRet> {
    return this.invoker.call('STORAGE_POOL_LOOKUP_BY_UUID', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_VOLUME = 86 */
  storagePoolLookupByVolume(args: RemoteStoragePoolLookupByVolumeArgs, options?: CallOptions): Promise<RemoteStoragePoolLookupByVolumeRet> {
    return this.invoker.call('STORAGE_POOL_LOOKUP_BY_VOLUME', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_GET_INFO = 87 */
  storagePoolGetInfo(args: RemoteStoragePoolGetInfoArgs, options?: CallOptions): Promise<RemoteStoragePoolGetInfoRet> {
    return this.invoker.call('STORAGE_POOL_GET_INFO', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_GET_XML_DESC = 88 */
  storagePoolGetXmlDesc(args: RemoteStoragePoolGetXmlDescArgs, options?: CallOptions): Promise<RemoteStoragePoolGetXmlDescRet> {
    return this.invoker.call('STORAGE_POOL_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_GET_AUTOSTART = 89 */
  storagePoolGetAutostart(args: RemoteStoragePoolGetAutostartArgs, options?: CallOptions): Promise<RemoteStoragePoolGetAutostartRet> {
    return this.invoker.call('STORAGE_POOL_GET_AUTOSTART', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_SET_AUTOSTART = 90 */
  storagePoolSetAutostart(args: RemoteStoragePoolSetAutostartArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_POOL_SET_AUTOSTART', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_NUM_OF_VOLUMES = 91 */
  storagePoolNumOfVolumes(args: RemoteStoragePoolNumOfVolumesArgs, options?: CallOptions): Promise<RemoteStoragePoolNumOfVolumesRet> {
    return this.invoker.call('STORAGE_POOL_NUM_OF_VOLUMES', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_LIST_VOLUMES = 92 */
  storagePoolListVolumes(args: RemoteStoragePoolListVolumesArgs, options?: CallOptions): Promise<RemoteStoragePoolListVolumesRet> {
    return this.invoker.call('STORAGE_POOL_LIST_VOLUMES', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_CREATE_XML = 93 */
  storageVolCreateXml(args: RemoteStorageVolCreateXmlArgs, options?: CallOptions): Promise<RemoteStorageVolCreateXmlRet> {
    return this.invoker.call('STORAGE_VOL_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_DELETE = 94 */
  storageVolDelete(args: RemoteStorageVolDeleteArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_VOL_DELETE', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_NAME = 95 */
  storageVolLookupByName(args: RemoteStorageVolLookupByNameArgs, options?: CallOptions): Promise<RemoteStorageVolLookupByNameRet> {
    return this.invoker.call('STORAGE_VOL_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_KEY = 96 */
  storageVolLookupByKey(args: RemoteStorageVolLookupByKeyArgs, options?: CallOptions): Promise<RemoteStorageVolLookupByKeyRet> {
    return this.invoker.call('STORAGE_VOL_LOOKUP_BY_KEY', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_LOOKUP_BY_PATH = 97 */
  storageVolLookupByPath(args: RemoteStorageVolLookupByPathArgs, options?: CallOptions): Promise<RemoteStorageVolLookupByPathRet> {
    return this.invoker.call('STORAGE_VOL_LOOKUP_BY_PATH', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_GET_INFO = 98 */
  storageVolGetInfo(args: RemoteStorageVolGetInfoArgs, options?: CallOptions): Promise<RemoteStorageVolGetInfoRet> {
    return this.invoker.call('STORAGE_VOL_GET_INFO', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_GET_XML_DESC = 99 */
  storageVolGetXmlDesc(args: RemoteStorageVolGetXmlDescArgs, options?: CallOptions): Promise<RemoteStorageVolGetXmlDescRet> {
    return this.invoker.call('STORAGE_VOL_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_GET_PATH = 100 */
  storageVolGetPath(args: RemoteStorageVolGetPathArgs, options?: CallOptions): Promise<RemoteStorageVolGetPathRet> {
    return this.invoker.call('STORAGE_VOL_GET_PATH', args, options);
  }

  /** REMOTE_PROC_NODE_GET_CELLS_FREE_MEMORY = 101 */
  nodeGetCellsFreeMemory(args: RemoteNodeGetCellsFreeMemoryArgs, options?: CallOptions): Promise<RemoteNodeGetCellsFreeMemoryRet> {
    return this.invoker.call('NODE_GET_CELLS_FREE_MEMORY', args, options);
  }

  /** REMOTE_PROC_NODE_GET_FREE_MEMORY = 102 */
  nodeGetFreeMemory(options?: CallOptions): Promise<RemoteNodeGetFreeMemoryRet> {
    return this.invoker.call('NODE_GET_FREE_MEMORY', undefined, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_PEEK = 103 */
  domainBlockPeek(args: RemoteDomainBlockPeekArgs, options?: CallOptions): Promise<RemoteDomainBlockPeekRet> {
    return this.invoker.call('DOMAIN_BLOCK_PEEK', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MEMORY_PEEK = 104 */
  domainMemoryPeek(args: RemoteDomainMemoryPeekArgs, options?: CallOptions): Promise<RemoteDomainMemoryPeekRet> {
    return this.invoker.call('DOMAIN_MEMORY_PEEK', args, options);
  }

  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER = 105 */
  connectDomainEventRegister(options?: CallOptions): Promise<RemoteConnectDomainEventRegisterRet> {
    return this.invoker.call('CONNECT_DOMAIN_EVENT_REGISTER', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER = 106 */
  connectDomainEventDeregister(options?: CallOptions): Promise<RemoteConnectDomainEventDeregisterRet> {
    return this.invoker.call('CONNECT_DOMAIN_EVENT_DEREGISTER', undefined, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE2 = 108 */
  domainMigratePrepare2(args: RemoteDomainMigratePrepare2Args, options?: CallOptions): Promise<RemoteDomainMigratePrepare2Ret> {
    return this.invoker.call('DOMAIN_MIGRATE_PREPARE2', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_FINISH2 = 109 */
  domainMigrateFinish2(args: RemoteDomainMigrateFinish2Args, options?: CallOptions): Promise<RemoteDomainMigrateFinish2Ret> {
    return this.invoker.call('DOMAIN_MIGRATE_FINISH2', args, options);
  }

  /** REMOTE_PROC_CONNECT_GET_URI = 110 */
  connectGetUri(options?: CallOptions): Promise<RemoteConnectGetUriRet> {
    return this.invoker.call('CONNECT_GET_URI', undefined, options);
  }

  /** REMOTE_PROC_NODE_NUM_OF_DEVICES = 111 */
  nodeNumOfDevices(args: RemoteNodeNumOfDevicesArgs, options?: CallOptions): Promise<RemoteNodeNumOfDevicesRet> {
    return this.invoker.call('NODE_NUM_OF_DEVICES', args, options);
  }

  /** REMOTE_PROC_NODE_LIST_DEVICES = 112 */
  nodeListDevices(args: RemoteNodeListDevicesArgs, options?: CallOptions): Promise<RemoteNodeListDevicesRet> {
    return this.invoker.call('NODE_LIST_DEVICES', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_LOOKUP_BY_NAME = 113 */
  nodeDeviceLookupByName(args: RemoteNodeDeviceLookupByNameArgs, options?: CallOptions): Promise<RemoteNodeDeviceLookupByNameRet> {
    return this.invoker.call('NODE_DEVICE_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_GET_XML_DESC = 114 */
  nodeDeviceGetXmlDesc(args: RemoteNodeDeviceGetXmlDescArgs, options?: CallOptions): Promise<RemoteNodeDeviceGetXmlDescRet> {
    return this.invoker.call('NODE_DEVICE_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_GET_PARENT = 115 */
  nodeDeviceGetParent(args: RemoteNodeDeviceGetParentArgs, options?: CallOptions): Promise<RemoteNodeDeviceGetParentRet> {
    return this.invoker.call('NODE_DEVICE_GET_PARENT', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_NUM_OF_CAPS = 116 */
  nodeDeviceNumOfCaps(args: RemoteNodeDeviceNumOfCapsArgs, options?: CallOptions): Promise<RemoteNodeDeviceNumOfCapsRet> {
    return this.invoker.call('NODE_DEVICE_NUM_OF_CAPS', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_LIST_CAPS = 117 */
  nodeDeviceListCaps(args: RemoteNodeDeviceListCapsArgs, options?: CallOptions): Promise<RemoteNodeDeviceListCapsRet> {
    return this.invoker.call('NODE_DEVICE_LIST_CAPS', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_DETTACH = 118 */
  nodeDeviceDettach(args: RemoteNodeDeviceDettachArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_DEVICE_DETTACH', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_RE_ATTACH = 119 */
  nodeDeviceReAttach(args: RemoteNodeDeviceReAttachArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_DEVICE_RE_ATTACH', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_RESET = 120 */
  nodeDeviceReset(args: RemoteNodeDeviceResetArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_DEVICE_RESET', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL = 121 */
  domainGetSecurityLabel(args: RemoteDomainGetSecurityLabelArgs, options?: CallOptions): Promise<RemoteDomainGetSecurityLabelRet> {
    return this.invoker.call('DOMAIN_GET_SECURITY_LABEL', args, options);
  }

  /** REMOTE_PROC_NODE_GET_SECURITY_MODEL = 122 */
  nodeGetSecurityModel(options?: CallOptions): Promise<RemoteNodeGetSecurityModelRet> {
    return this.invoker.call('NODE_GET_SECURITY_MODEL', undefined, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_CREATE_XML = 123 */
  nodeDeviceCreateXml(args: RemoteNodeDeviceCreateXmlArgs, options?: CallOptions): Promise<RemoteNodeDeviceCreateXmlRet> {
    return this.invoker.call('NODE_DEVICE_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_DESTROY = 124 */
  nodeDeviceDestroy(args: RemoteNodeDeviceDestroyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_DEVICE_DESTROY', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_CREATE_XML_FROM = 125 */
  storageVolCreateXmlFrom(args: RemoteStorageVolCreateXmlFromArgs, options?: CallOptions): Promise<RemoteStorageVolCreateXmlFromRet> {
    return this.invoker.call('STORAGE_VOL_CREATE_XML_FROM', args, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_INTERFACES = 126 */
  connectNumOfInterfaces(options?: CallOptions): Promise<RemoteConnectNumOfInterfacesRet> {
    return this.invoker.call('CONNECT_NUM_OF_INTERFACES', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_INTERFACES = 127 */
  connectListInterfaces(args: RemoteConnectListInterfacesArgs, options?: CallOptions): Promise<RemoteConnectListInterfacesRet> {
    return this.invoker.call('CONNECT_LIST_INTERFACES', args, options);
  }

  /** REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME = 128 */
  interfaceLookupByName(args: RemoteInterfaceLookupByNameArgs, options?: CallOptions): Promise<RemoteInterfaceLookupByNameRet> {
    return this.invoker.call('INTERFACE_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_INTERFACE_LOOKUP_BY_MAC_STRING = 129 */
  interfaceLookupByMacString(args: RemoteInterfaceLookupByMacStringArgs, options?: CallOptions): Promise<RemoteInterfaceLookupByMacStringRet> {
    return this.invoker.call('INTERFACE_LOOKUP_BY_MAC_STRING', args, options);
  }

  /** REMOTE_PROC_INTERFACE_GET_XML_DESC = 130 */
  interfaceGetXmlDesc(args: RemoteInterfaceGetXmlDescArgs, options?: CallOptions): Promise<RemoteInterfaceGetXmlDescRet> {
    return this.invoker.call('INTERFACE_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_INTERFACE_DEFINE_XML = 131 */
  interfaceDefineXml(args: RemoteInterfaceDefineXmlArgs, options?: CallOptions): Promise<RemoteInterfaceDefineXmlRet> {
    return this.invoker.call('INTERFACE_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_INTERFACE_UNDEFINE = 132 */
  interfaceUndefine(args: RemoteInterfaceUndefineArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('INTERFACE_UNDEFINE', args, options);
  }

  /** REMOTE_PROC_INTERFACE_CREATE = 133 */
  interfaceCreate(args: RemoteInterfaceCreateArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('INTERFACE_CREATE', args, options);
  }

  /** REMOTE_PROC_INTERFACE_DESTROY = 134 */
  interfaceDestroy(args: RemoteInterfaceDestroyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('INTERFACE_DESTROY', args, options);
  }

  /** REMOTE_PROC_CONNECT_DOMAIN_XML_FROM_NATIVE = 135 */
  connectDomainXmlFromNative(args: RemoteConnectDomainXmlFromNativeArgs, options?: CallOptions): Promise<RemoteConnectDomainXmlFromNativeRet> {
    return this.invoker.call('CONNECT_DOMAIN_XML_FROM_NATIVE', args, options);
  }

  /** REMOTE_PROC_CONNECT_DOMAIN_XML_TO_NATIVE = 136 */
  connectDomainXmlToNative(args: RemoteConnectDomainXmlToNativeArgs, options?: CallOptions): Promise<RemoteConnectDomainXmlToNativeRet> {
    return this.invoker.call('CONNECT_DOMAIN_XML_TO_NATIVE', args, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_DEFINED_INTERFACES = 137 */
  connectNumOfDefinedInterfaces(options?: CallOptions): Promise<RemoteConnectNumOfDefinedInterfacesRet> {
    return this.invoker.call('CONNECT_NUM_OF_DEFINED_INTERFACES', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_DEFINED_INTERFACES = 138 */
  connectListDefinedInterfaces(args: RemoteConnectListDefinedInterfacesArgs, options?: CallOptions): Promise<RemoteConnectListDefinedInterfacesRet> {
    return this.invoker.call('CONNECT_LIST_DEFINED_INTERFACES', args, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_SECRETS = 139 */
  connectNumOfSecrets(options?: CallOptions): Promise<RemoteConnectNumOfSecretsRet> {
    return this.invoker.call('CONNECT_NUM_OF_SECRETS', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_SECRETS = 140 */
  connectListSecrets(args: RemoteConnectListSecretsArgs, options?: CallOptions): Promise<RemoteConnectListSecretsRet> {
    return this.invoker.call('CONNECT_LIST_SECRETS', args, options);
  }

  /** REMOTE_PROC_SECRET_LOOKUP_BY_UUID = 141 */
  secretLookupByUuid(args: RemoteSecretLookupByUuidArgs, options?: CallOptions): Promise<RemoteSecretLookupByUuidRet> {
    return this.invoker.call('SECRET_LOOKUP_BY_UUID', args, options);
  }

  /** REMOTE_PROC_SECRET_DEFINE_XML = 142 */
  secretDefineXml(args: RemoteSecretDefineXmlArgs, options?: CallOptions): Promise<RemoteSecretDefineXmlRet> {
    return this.invoker.call('SECRET_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_SECRET_GET_XML_DESC = 143 */
  secretGetXmlDesc(args: RemoteSecretGetXmlDescArgs, options?: CallOptions): Promise<RemoteSecretGetXmlDescRet> {
    return this.invoker.call('SECRET_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_SECRET_SET_VALUE = 144 */
  secretSetValue(args: RemoteSecretSetValueArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('SECRET_SET_VALUE', args, options);
  }

  /** REMOTE_PROC_SECRET_GET_VALUE = 145 */
  secretGetValue(args: RemoteSecretGetValueArgs, options?: CallOptions): Promise<RemoteSecretGetValueRet> {
    return this.invoker.call('SECRET_GET_VALUE', args, options);
  }

  /** REMOTE_PROC_SECRET_UNDEFINE = 146 */
  secretUndefine(args: RemoteSecretUndefineArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('SECRET_UNDEFINE', args, options);
  }

  /** REMOTE_PROC_SECRET_LOOKUP_BY_USAGE = 147 */
  secretLookupByUsage(args: RemoteSecretLookupByUsageArgs, options?: CallOptions): Promise<RemoteSecretLookupByUsageRet> {
    return this.invoker.call('SECRET_LOOKUP_BY_USAGE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL = 148 (write stream) */
  domainMigratePrepareTunnel(args: RemoteDomainMigratePrepareTunnelArgs, options?: CallOptions): Promise<{ ret: void; stream: RpcStream }> {
    return this.invoker.callWithStream('DOMAIN_MIGRATE_PREPARE_TUNNEL', args, options);
  }

  /** REMOTE_PROC_CONNECT_IS_SECURE = 149 */
  connectIsSecure(options?: CallOptions): Promise<RemoteConnectIsSecureRet> {
    return this.invoker.call('CONNECT_IS_SECURE', undefined, options);
  }

  /** REMOTE_PROC_DOMAIN_IS_ACTIVE = 150 */
  domainIsActive(args: RemoteDomainIsActiveArgs, options?: CallOptions): Promise<RemoteDomainIsActiveRet> {
    return this.invoker.call('DOMAIN_IS_ACTIVE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_IS_PERSISTENT = 151 */
  domainIsPersistent(args: RemoteDomainIsPersistentArgs, options?: CallOptions): Promise<RemoteDomainIsPersistentRet> {
    return this.invoker.call('DOMAIN_IS_PERSISTENT', args, options);
  }

  /** REMOTE_PROC_NETWORK_IS_ACTIVE = 152 */
  networkIsActive(args: RemoteNetworkIsActiveArgs, options?: CallOptions): Promise<RemoteNetworkIsActiveRet> {
    return this.invoker.call('NETWORK_IS_ACTIVE', args, options);
  }

  /** REMOTE_PROC_NETWORK_IS_PERSISTENT = 153 */
  networkIsPersistent(args: RemoteNetworkIsPersistentArgs, options?: CallOptions): Promise<RemoteNetworkIsPersistentRet> {
    return this.invoker.call('NETWORK_IS_PERSISTENT', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_IS_ACTIVE = 154 */
  storagePoolIsActive(args: RemoteStoragePoolIsActiveArgs, options?: CallOptions): Promise<RemoteStoragePoolIsActiveRet> {
    return this.invoker.call('STORAGE_POOL_IS_ACTIVE', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_IS_PERSISTENT = 155 */
  storagePoolIsPersistent(args: RemoteStoragePoolIsPersistentArgs, options?: CallOptions): Promise<RemoteStoragePoolIsPersistentRet> {
    return this.invoker.call('STORAGE_POOL_IS_PERSISTENT', args, options);
  }

  /** REMOTE_PROC_INTERFACE_IS_ACTIVE = 156 */
  interfaceIsActive(args: RemoteInterfaceIsActiveArgs, options?: CallOptions): Promise<RemoteInterfaceIsActiveRet> {
    return this.invoker.call('INTERFACE_IS_ACTIVE', args, options);
  }

  /** REMOTE_PROC_CONNECT_GET_LIB_VERSION = 157 */
  connectGetLibVersion(options?: CallOptions): Promise<RemoteConnectGetLibVersionRet> {
    return this.invoker.call('CONNECT_GET_LIB_VERSION', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_COMPARE_CPU = 158 */
  connectCompareCpu(args: RemoteConnectCompareCpuArgs, options?: CallOptions): Promise<RemoteConnectCompareCpuRet> {
    return this.invoker.call('CONNECT_COMPARE_CPU', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MEMORY_STATS = 159 */
  domainMemoryStats(args: RemoteDomainMemoryStatsArgs, options?: CallOptions): Promise<RemoteDomainMemoryStatsRet> {
    return this.invoker.call('DOMAIN_MEMORY_STATS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_ATTACH_DEVICE_FLAGS = 160 */
  domainAttachDeviceFlags(args: RemoteDomainAttachDeviceFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_ATTACH_DEVICE_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_DETACH_DEVICE_FLAGS = 161 */
  domainDetachDeviceFlags(args: RemoteDomainDetachDeviceFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_DETACH_DEVICE_FLAGS', args, options);
  }

  /** REMOTE_PROC_CONNECT_BASELINE_CPU = 162 */
  connectBaselineCpu(args: RemoteConnectBaselineCpuArgs, options?: CallOptions): Promise<RemoteConnectBaselineCpuRet> {
    return this.invoker.call('CONNECT_BASELINE_CPU', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_JOB_INFO = 163 */
  domainGetJobInfo(args: RemoteDomainGetJobInfoArgs, options?: CallOptions): Promise<RemoteDomainGetJobInfoRet> {
    return this.invoker.call('DOMAIN_GET_JOB_INFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_ABORT_JOB = 164 */
  domainAbortJob(args: RemoteDomainAbortJobArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_ABORT_JOB', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_WIPE = 165 */
  storageVolWipe(args: RemoteStorageVolWipeArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_VOL_WIPE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_DOWNTIME = 166 */
  domainMigrateSetMaxDowntime(args: RemoteDomainMigrateSetMaxDowntimeArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MIGRATE_SET_MAX_DOWNTIME', args, options);
  }

  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_REGISTER_ANY = 167 */
  connectDomainEventRegisterAny(args: RemoteConnectDomainEventRegisterAnyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_DOMAIN_EVENT_REGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_DEREGISTER_ANY = 168 */
  connectDomainEventDeregisterAny(args: RemoteConnectDomainEventDeregisterAnyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_DOMAIN_EVENT_DEREGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_UPDATE_DEVICE_FLAGS = 174 */
  domainUpdateDeviceFlags(args: RemoteDomainUpdateDeviceFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_UPDATE_DEVICE_FLAGS', args, options);
  }

  /** REMOTE_PROC_NWFILTER_LOOKUP_BY_NAME = 175 */
  nwfilterLookupByName(args: RemoteNwfilterLookupByNameArgs, options?: CallOptions): Promise<RemoteNwfilterLookupByNameRet> {
    return this.invoker.call('NWFILTER_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_NWFILTER_LOOKUP_BY_UUID = 176 */
  nwfilterLookupByUuid(args: RemoteNwfilterLookupByUuidArgs, options?: CallOptions): Promise<RemoteNwfilterLookupByUuidRet> {
    return this.invoker.call('NWFILTER_LOOKUP_BY_UUID', args, options);
  }

  /** REMOTE_PROC_NWFILTER_GET_XML_DESC = 177 */
  nwfilterGetXmlDesc(args: RemoteNwfilterGetXmlDescArgs, options?: CallOptions): Promise<RemoteNwfilterGetXmlDescRet> {
    return this.invoker.call('NWFILTER_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_CONNECT_NUM_OF_NWFILTERS = 178 */
  connectNumOfNwfilters(options?: CallOptions): Promise<RemoteConnectNumOfNwfiltersRet> {
    return this.invoker.call('CONNECT_NUM_OF_NWFILTERS', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_NWFILTERS = 179 */
  connectListNwfilters(args: RemoteConnectListNwfiltersArgs, options?: CallOptions): Promise<RemoteConnectListNwfiltersRet> {
    return this.invoker.call('CONNECT_LIST_NWFILTERS', args, options);
  }

  /** REMOTE_PROC_NWFILTER_DEFINE_XML = 180 */
  nwfilterDefineXml(args: RemoteNwfilterDefineXmlArgs, options?: CallOptions): Promise<RemoteNwfilterDefineXmlRet> {
    return this.invoker.call('NWFILTER_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_NWFILTER_UNDEFINE = 181 */
  nwfilterUndefine(args: RemoteNwfilterUndefineArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NWFILTER_UNDEFINE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MANAGED_SAVE = 182 */
  domainManagedSave(args: RemoteDomainManagedSaveArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MANAGED_SAVE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_HAS_MANAGED_SAVE_IMAGE = 183 */
  domainHasManagedSaveImage(args: RemoteDomainHasManagedSaveImageArgs, options?: CallOptions): Promise<RemoteDomainHasManagedSaveImageRet> {
    return this.invoker.call('DOMAIN_HAS_MANAGED_SAVE_IMAGE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MANAGED_SAVE_REMOVE = 184 */
  domainManagedSaveRemove(args: RemoteDomainManagedSaveRemoveArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MANAGED_SAVE_REMOVE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_CREATE_XML = 185 */
  domainSnapshotCreateXml(args: RemoteDomainSnapshotCreateXmlArgs, options?: CallOptions): Promise<RemoteDomainSnapshotCreateXmlRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_GET_XML_DESC = 186 */
  domainSnapshotGetXmlDesc(args: RemoteDomainSnapshotGetXmlDescArgs, options?: CallOptions): Promise<RemoteDomainSnapshotGetXmlDescRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_NUM = 187 */
  domainSnapshotNum(args: RemoteDomainSnapshotNumArgs, options?: CallOptions): Promise<RemoteDomainSnapshotNumRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_NUM', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_NAMES = 188 */
  domainSnapshotListNames(args: RemoteDomainSnapshotListNamesArgs, options?: CallOptions): Promise<RemoteDomainSnapshotListNamesRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_LIST_NAMES', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_LOOKUP_BY_NAME = 189 */
  domainSnapshotLookupByName(args: RemoteDomainSnapshotLookupByNameArgs, options?: CallOptions): Promise<RemoteDomainSnapshotLookupByNameRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_DOMAIN_HAS_CURRENT_SNAPSHOT = 190 */
  domainHasCurrentSnapshot(args: RemoteDomainHasCurrentSnapshotArgs, options?: CallOptions): Promise<RemoteDomainHasCurrentSnapshotRet> {
    return this.invoker.call('DOMAIN_HAS_CURRENT_SNAPSHOT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_CURRENT = 191 */
  domainSnapshotCurrent(args: RemoteDomainSnapshotCurrentArgs, options?: CallOptions): Promise<RemoteDomainSnapshotCurrentRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_CURRENT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_REVERT_TO_SNAPSHOT = 192 */
  domainRevertToSnapshot(args: RemoteDomainRevertToSnapshotArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_REVERT_TO_SNAPSHOT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_DELETE = 193 */
  domainSnapshotDelete(args: RemoteDomainSnapshotDeleteArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SNAPSHOT_DELETE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_BLOCK_INFO = 194 */
  domainGetBlockInfo(args: RemoteDomainGetBlockInfoArgs, options?: CallOptions): Promise<RemoteDomainGetBlockInfoRet> {
    return this.invoker.call('DOMAIN_GET_BLOCK_INFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CREATE_WITH_FLAGS = 196 */
  domainCreateWithFlags(args: RemoteDomainCreateWithFlagsArgs, options?: CallOptions): Promise<RemoteDomainCreateWithFlagsRet> {
    return this.invoker.call('DOMAIN_CREATE_WITH_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_MEMORY_PARAMETERS = 197 */
  domainSetMemoryParameters(args: RemoteDomainSetMemoryParametersArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_MEMORY_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_MEMORY_PARAMETERS = 198 */
  domainGetMemoryParameters(args: RemoteDomainGetMemoryParametersArgs, options?: CallOptions): Promise<RemoteDomainGetMemoryParametersRet> {
    return this.invoker.call('DOMAIN_GET_MEMORY_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_VCPUS_FLAGS = 199 */
  domainSetVcpusFlags(args: RemoteDomainSetVcpusFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_VCPUS_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_VCPUS_FLAGS = 200 */
  domainGetVcpusFlags(args: RemoteDomainGetVcpusFlagsArgs, options?: CallOptions): Promise<RemoteDomainGetVcpusFlagsRet> {
    return this.invoker.call('DOMAIN_GET_VCPUS_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_OPEN_CONSOLE = 201 (read stream) */
  domainOpenConsole(args: RemoteDomainOpenConsoleArgs, options?: CallOptions): Promise<{ ret: void; stream: RpcStream }> {
    return this.invoker.callWithStream('DOMAIN_OPEN_CONSOLE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_IS_UPDATED = 202 */
  domainIsUpdated(args: RemoteDomainIsUpdatedArgs, options?: CallOptions): Promise<RemoteDomainIsUpdatedRet> {
    return this.invoker.call('DOMAIN_IS_UPDATED', args, options);
  }

  /** REMOTE_PROC_CONNECT_GET_SYSINFO = 203 */
  connectGetSysinfo(args: RemoteConnectGetSysinfoArgs, options?: CallOptions): Promise<RemoteConnectGetSysinfoRet> {
    return this.invoker.call('CONNECT_GET_SYSINFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_MEMORY_FLAGS = 204 */
  domainSetMemoryFlags(args: RemoteDomainSetMemoryFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_MEMORY_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_BLKIO_PARAMETERS = 205 */
  domainSetBlkioParameters(args: RemoteDomainSetBlkioParametersArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_BLKIO_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_BLKIO_PARAMETERS = 206 */
  domainGetBlkioParameters(args: RemoteDomainGetBlkioParametersArgs, options?: CallOptions): Promise<RemoteDomainGetBlkioParametersRet> {
    return this.invoker.call('DOMAIN_GET_BLKIO_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_SET_MAX_SPEED = 207 */
  domainMigrateSetMaxSpeed(args: RemoteDomainMigrateSetMaxSpeedArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MIGRATE_SET_MAX_SPEED', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_UPLOAD = 208 (write stream) */
  storageVolUpload(args: RemoteStorageVolUploadArgs, options?: CallOptions): Promise<{ ret: void; stream: RpcStream }> {
    return this.invoker.callWithStream('STORAGE_VOL_UPLOAD', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_DOWNLOAD = 209 (read stream) */
  storageVolDownload(args: RemoteStorageVolDownloadArgs, options?: CallOptions): Promise<{ ret: void; stream: RpcStream }> {
    return this.invoker.callWithStream('STORAGE_VOL_DOWNLOAD', args, options);
  }

  /** REMOTE_PROC_DOMAIN_INJECT_NMI = 210 */
  domainInjectNmi(args: RemoteDomainInjectNmiArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_INJECT_NMI', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SCREENSHOT = 211 (read stream) */
  domainScreenshot(args: RemoteDomainScreenshotArgs, options?: CallOptions): Promise<{ ret: RemoteDomainScreenshotRet; stream: RpcStream }> {
    return this.invoker.callWithStream('DOMAIN_SCREENSHOT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_STATE = 212 */
  domainGetState(args: RemoteDomainGetStateArgs, options?: CallOptions): Promise<RemoteDomainGetStateRet> {
    return this.invoker.call('DOMAIN_GET_STATE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3 = 213 */
  domainMigrateBegin3(args: RemoteDomainMigrateBegin3Args, options?: CallOptions): Promise<RemoteDomainMigrateBegin3Ret> {
    return this.invoker.call('DOMAIN_MIGRATE_BEGIN3', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3 = 214 */
  domainMigratePrepare3(args: RemoteDomainMigratePrepare3Args, options?: CallOptions): Promise<RemoteDomainMigratePrepare3Ret> {
    return this.invoker.call('DOMAIN_MIGRATE_PREPARE3', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3 = 215 (write stream) */
  domainMigratePrepareTunnel3(args: RemoteDomainMigratePrepareTunnel3Args, options?: CallOptions): Promise<{ ret: RemoteDomainMigratePrepareTunnel3Ret; stream: RpcStream }> {
    return this.invoker.callWithStream('DOMAIN_MIGRATE_PREPARE_TUNNEL3', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3 = 216 */
  domainMigratePerform3(args: RemoteDomainMigratePerform3Args, options?: CallOptions): Promise<RemoteDomainMigratePerform3Ret> {
    return this.invoker.call('DOMAIN_MIGRATE_PERFORM3', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_FINISH3 = 217 */
  domainMigrateFinish3(args: RemoteDomainMigrateFinish3Args, options?: CallOptions): Promise<RemoteDomainMigrateFinish3Ret> {
    return this.invoker.call('DOMAIN_MIGRATE_FINISH3', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3 = 218 */
  domainMigrateConfirm3(args: RemoteDomainMigrateConfirm3Args, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MIGRATE_CONFIRM3', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS = 219 */
  domainSetSchedulerParametersFlags(args: RemoteDomainSetSchedulerParametersFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_SCHEDULER_PARAMETERS_FLAGS', args, options);
  }

  /** REMOTE_PROC_INTERFACE_CHANGE_BEGIN = 220 */
  interfaceChangeBegin(args: RemoteInterfaceChangeBeginArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('INTERFACE_CHANGE_BEGIN', args, options);
  }

  /** REMOTE_PROC_INTERFACE_CHANGE_COMMIT = 221 */
  interfaceChangeCommit(args: RemoteInterfaceChangeCommitArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('INTERFACE_CHANGE_COMMIT', args, options);
  }

  /** REMOTE_PROC_INTERFACE_CHANGE_ROLLBACK = 222 */
  interfaceChangeRollback(args: RemoteInterfaceChangeRollbackArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('INTERFACE_CHANGE_ROLLBACK', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS = 223 */
  domainGetSchedulerParametersFlags(args: RemoteDomainGetSchedulerParametersFlagsArgs, options?: CallOptions): Promise<RemoteDomainGetSchedulerParametersFlagsRet> {
    return this.invoker.call('DOMAIN_GET_SCHEDULER_PARAMETERS_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_PIN_VCPU_FLAGS = 225 */
  domainPinVcpuFlags(args: RemoteDomainPinVcpuFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_PIN_VCPU_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SEND_KEY = 226 */
  domainSendKey(args: RemoteDomainSendKeyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SEND_KEY', args, options);
  }

  /** REMOTE_PROC_NODE_GET_CPU_STATS = 227 */
  nodeGetCpuStats(args: RemoteNodeGetCpuStatsArgs, options?: CallOptions): Promise<RemoteNodeGetCpuStatsRet> {
    return this.invoker.call('NODE_GET_CPU_STATS', args, options);
  }

  /** REMOTE_PROC_NODE_GET_MEMORY_STATS = 228 */
  nodeGetMemoryStats(args: RemoteNodeGetMemoryStatsArgs, options?: CallOptions): Promise<RemoteNodeGetMemoryStatsRet> {
    return this.invoker.call('NODE_GET_MEMORY_STATS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_CONTROL_INFO = 229 */
  domainGetControlInfo(args: RemoteDomainGetControlInfoArgs, options?: CallOptions): Promise<RemoteDomainGetControlInfoRet> {
    return this.invoker.call('DOMAIN_GET_CONTROL_INFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_VCPU_PIN_INFO = 230 */
  domainGetVcpuPinInfo(args: RemoteDomainGetVcpuPinInfoArgs, options?: CallOptions): Promise<RemoteDomainGetVcpuPinInfoRet> {
    return this.invoker.call('DOMAIN_GET_VCPU_PIN_INFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_UNDEFINE_FLAGS = 231 */
  domainUndefineFlags(args: RemoteDomainUndefineFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_UNDEFINE_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SAVE_FLAGS = 232 */
  domainSaveFlags(args: RemoteDomainSaveFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SAVE_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_RESTORE_FLAGS = 233 */
  domainRestoreFlags(args: RemoteDomainRestoreFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_RESTORE_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_DESTROY_FLAGS = 234 */
  domainDestroyFlags(args: RemoteDomainDestroyFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_DESTROY_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SAVE_IMAGE_GET_XML_DESC = 235 */
  domainSaveImageGetXmlDesc(args: RemoteDomainSaveImageGetXmlDescArgs, options?: CallOptions): Promise<RemoteDomainSaveImageGetXmlDescRet> {
    return this.invoker.call('DOMAIN_SAVE_IMAGE_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SAVE_IMAGE_DEFINE_XML = 236 */
  domainSaveImageDefineXml(args: RemoteDomainSaveImageDefineXmlArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SAVE_IMAGE_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_JOB_ABORT = 237 */
  domainBlockJobAbort(args: RemoteDomainBlockJobAbortArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_BLOCK_JOB_ABORT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_BLOCK_JOB_INFO = 238 */
  domainGetBlockJobInfo(args: RemoteDomainGetBlockJobInfoArgs, options?: CallOptions): Promise<RemoteDomainGetBlockJobInfoRet> {
    return this.invoker.call('DOMAIN_GET_BLOCK_JOB_INFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_JOB_SET_SPEED = 239 */
  domainBlockJobSetSpeed(args: RemoteDomainBlockJobSetSpeedArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_BLOCK_JOB_SET_SPEED', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_PULL = 240 */
  domainBlockPull(args: RemoteDomainBlockPullArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_BLOCK_PULL', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_SPEED = 242 */
  domainMigrateGetMaxSpeed(args: RemoteDomainMigrateGetMaxSpeedArgs, options?: CallOptions): Promise<RemoteDomainMigrateGetMaxSpeedRet> {
    return this.invoker.call('DOMAIN_MIGRATE_GET_MAX_SPEED', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_STATS_FLAGS = 243 */
  domainBlockStatsFlags(args: RemoteDomainBlockStatsFlagsArgs, options?: CallOptions): Promise<RemoteDomainBlockStatsFlagsRet> {
    return this.invoker.call('DOMAIN_BLOCK_STATS_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_GET_PARENT = 244 */
  domainSnapshotGetParent(args: RemoteDomainSnapshotGetParentArgs, options?: CallOptions): Promise<RemoteDomainSnapshotGetParentRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_GET_PARENT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_RESET = 245 */
  domainReset(args: RemoteDomainResetArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_RESET', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_NUM_CHILDREN = 246 */
  domainSnapshotNumChildren(args: RemoteDomainSnapshotNumChildrenArgs, options?: CallOptions): Promise<RemoteDomainSnapshotNumChildrenRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_NUM_CHILDREN', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES = 247 */
  domainSnapshotListChildrenNames(args: RemoteDomainSnapshotListChildrenNamesArgs, options?: CallOptions): Promise<RemoteDomainSnapshotListChildrenNamesRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES', args, options);
  }

  /** REMOTE_PROC_DOMAIN_OPEN_GRAPHICS = 249 */
  domainOpenGraphics(args: RemoteDomainOpenGraphicsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_OPEN_GRAPHICS', args, options);
  }

  /** REMOTE_PROC_NODE_SUSPEND_FOR_DURATION = 250 */
  nodeSuspendForDuration(args: RemoteNodeSuspendForDurationArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_SUSPEND_FOR_DURATION', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_RESIZE = 251 */
  domainBlockResize(args: RemoteDomainBlockResizeArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_BLOCK_RESIZE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_BLOCK_IO_TUNE = 252 */
  domainSetBlockIoTune(args: RemoteDomainSetBlockIoTuneArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_BLOCK_IO_TUNE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_BLOCK_IO_TUNE = 253 */
  domainGetBlockIoTune(args: RemoteDomainGetBlockIoTuneArgs, options?: CallOptions): Promise<RemoteDomainGetBlockIoTuneRet> {
    return this.invoker.call('DOMAIN_GET_BLOCK_IO_TUNE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_NUMA_PARAMETERS = 254 */
  domainSetNumaParameters(args: RemoteDomainSetNumaParametersArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_NUMA_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_NUMA_PARAMETERS = 255 */
  domainGetNumaParameters(args: RemoteDomainGetNumaParametersArgs, options?: CallOptions): Promise<RemoteDomainGetNumaParametersRet> {
    return this.invoker.call('DOMAIN_GET_NUMA_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_INTERFACE_PARAMETERS = 256 */
  domainSetInterfaceParameters(args: RemoteDomainSetInterfaceParametersArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_INTERFACE_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_INTERFACE_PARAMETERS = 257 */
  domainGetInterfaceParameters(args: RemoteDomainGetInterfaceParametersArgs, options?: CallOptions): Promise<RemoteDomainGetInterfaceParametersRet> {
    return this.invoker.call('DOMAIN_GET_INTERFACE_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SHUTDOWN_FLAGS = 258 */
  domainShutdownFlags(args: RemoteDomainShutdownFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SHUTDOWN_FLAGS', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_WIPE_PATTERN = 259 */
  storageVolWipePattern(args: RemoteStorageVolWipePatternArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_VOL_WIPE_PATTERN', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_RESIZE = 260 */
  storageVolResize(args: RemoteStorageVolResizeArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('STORAGE_VOL_RESIZE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_PM_SUSPEND_FOR_DURATION = 261 */
  domainPmSuspendForDuration(args: RemoteDomainPmSuspendForDurationArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_PM_SUSPEND_FOR_DURATION', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_CPU_STATS = 262 */
  domainGetCpuStats(args: RemoteDomainGetCpuStatsArgs, options?: CallOptions): Promise<RemoteDomainGetCpuStatsRet> {
    return this.invoker.call('DOMAIN_GET_CPU_STATS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_DISK_ERRORS = 263 */
  domainGetDiskErrors(args: RemoteDomainGetDiskErrorsArgs, options?: CallOptions): Promise<RemoteDomainGetDiskErrorsRet> {
    return this.invoker.call('DOMAIN_GET_DISK_ERRORS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_METADATA = 264 */
  domainSetMetadata(args: RemoteDomainSetMetadataArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_METADATA', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_METADATA = 265 */
  domainGetMetadata(args: RemoteDomainGetMetadataArgs, options?: CallOptions): Promise<RemoteDomainGetMetadataRet> {
    return this.invoker.call('DOMAIN_GET_METADATA', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_REBASE = 266 */
  domainBlockRebase(args: RemoteDomainBlockRebaseArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_BLOCK_REBASE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_PM_WAKEUP = 267 */
  domainPmWakeup(args: RemoteDomainPmWakeupArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_PM_WAKEUP', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_IS_CURRENT = 271 */
  domainSnapshotIsCurrent(args: RemoteDomainSnapshotIsCurrentArgs, options?: CallOptions): Promise<RemoteDomainSnapshotIsCurrentRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_IS_CURRENT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_HAS_METADATA = 272 */
  domainSnapshotHasMetadata(args: RemoteDomainSnapshotHasMetadataArgs, options?: CallOptions): Promise<RemoteDomainSnapshotHasMetadataRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_HAS_METADATA', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_ALL_DOMAINS = 273 */
  connectListAllDomains(args: RemoteConnectListAllDomainsArgs, options?: CallOptions): Promise<RemoteConnectListAllDomainsRet> {
    return this.invoker.call('CONNECT_LIST_ALL_DOMAINS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_LIST_ALL_SNAPSHOTS = 274 */
  domainListAllSnapshots(args: RemoteDomainListAllSnapshotsArgs, options?: CallOptions): Promise<RemoteDomainListAllSnapshotsRet> {
    return this.invoker.call('DOMAIN_LIST_ALL_SNAPSHOTS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN = 275 */
  domainSnapshotListAllChildren(args: RemoteDomainSnapshotListAllChildrenArgs, options?: CallOptions): Promise<RemoteDomainSnapshotListAllChildrenRet> {
    return this.invoker.call('DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_HOSTNAME = 277 */
  domainGetHostname(args: RemoteDomainGetHostnameArgs, options?: CallOptions): Promise<RemoteDomainGetHostnameRet> {
    return this.invoker.call('DOMAIN_GET_HOSTNAME', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_SECURITY_LABEL_LIST = 278 */
  domainGetSecurityLabelList(args: RemoteDomainGetSecurityLabelListArgs, options?: CallOptions): Promise<RemoteDomainGetSecurityLabelListRet> {
    return this.invoker.call('DOMAIN_GET_SECURITY_LABEL_LIST', args, options);
  }

  /** REMOTE_PROC_DOMAIN_PIN_EMULATOR = 279 */
  domainPinEmulator(args: RemoteDomainPinEmulatorArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_PIN_EMULATOR', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_EMULATOR_PIN_INFO = 280 */
  domainGetEmulatorPinInfo(args: RemoteDomainGetEmulatorPinInfoArgs, options?: CallOptions): Promise<RemoteDomainGetEmulatorPinInfoRet> {
    return this.invoker.call('DOMAIN_GET_EMULATOR_PIN_INFO', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_ALL_STORAGE_POOLS = 281 */
  connectListAllStoragePools(args: RemoteConnectListAllStoragePoolsArgs, options?: CallOptions): Promise<RemoteConnectListAllStoragePoolsRet> {
    return this.invoker.call('CONNECT_LIST_ALL_STORAGE_POOLS', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_LIST_ALL_VOLUMES = 282 */
  storagePoolListAllVolumes(args: RemoteStoragePoolListAllVolumesArgs, options?: CallOptions): Promise<RemoteStoragePoolListAllVolumesRet> {
    return this.invoker.call('STORAGE_POOL_LIST_ALL_VOLUMES', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_ALL_NETWORKS = 283 */
  connectListAllNetworks(args: RemoteConnectListAllNetworksArgs, options?: CallOptions): Promise<RemoteConnectListAllNetworksRet> {
    return this.invoker.call('CONNECT_LIST_ALL_NETWORKS', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_ALL_INTERFACES = 284 */
  connectListAllInterfaces(args: RemoteConnectListAllInterfacesArgs, options?: CallOptions): Promise<RemoteConnectListAllInterfacesRet> {
    return this.invoker.call('CONNECT_LIST_ALL_INTERFACES', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_ALL_NODE_DEVICES = 285 */
  connectListAllNodeDevices(args: RemoteConnectListAllNodeDevicesArgs, options?: CallOptions): Promise<RemoteConnectListAllNodeDevicesRet> {
    return this.invoker.call('CONNECT_LIST_ALL_NODE_DEVICES', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_ALL_NWFILTERS = 286 */
  connectListAllNwfilters(args: RemoteConnectListAllNwfiltersArgs, options?: CallOptions): Promise<RemoteConnectListAllNwfiltersRet> {
    return this.invoker.call('CONNECT_LIST_ALL_NWFILTERS', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_ALL_SECRETS = 287 */
  connectListAllSecrets(args: RemoteConnectListAllSecretsArgs, options?: CallOptions): Promise<RemoteConnectListAllSecretsRet> {
    return this.invoker.call('CONNECT_LIST_ALL_SECRETS', args, options);
  }

  /** REMOTE_PROC_NODE_SET_MEMORY_PARAMETERS = 288 */
  nodeSetMemoryParameters(args: RemoteNodeSetMemoryParametersArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_SET_MEMORY_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_NODE_GET_MEMORY_PARAMETERS = 289 */
  nodeGetMemoryParameters(args: RemoteNodeGetMemoryParametersArgs, options?: CallOptions): Promise<RemoteNodeGetMemoryParametersRet> {
    return this.invoker.call('NODE_GET_MEMORY_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_COMMIT = 290 */
  domainBlockCommit(args: RemoteDomainBlockCommitArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_BLOCK_COMMIT', args, options);
  }

  /** REMOTE_PROC_NETWORK_UPDATE = 291 */
  networkUpdate(args: RemoteNetworkUpdateArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NETWORK_UPDATE', args, options);
  }

  /** REMOTE_PROC_NODE_GET_CPU_MAP = 293 */
  nodeGetCpuMap(args: RemoteNodeGetCpuMapArgs, options?: CallOptions): Promise<RemoteNodeGetCpuMapRet> {
    return this.invoker.call('NODE_GET_CPU_MAP', args, options);
  }

  /** REMOTE_PROC_DOMAIN_FSTRIM = 294 */
  domainFstrim(args: RemoteDomainFstrimArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_FSTRIM', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SEND_PROCESS_SIGNAL = 295 */
  domainSendProcessSignal(args: RemoteDomainSendProcessSignalArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SEND_PROCESS_SIGNAL', args, options);
  }

  /** REMOTE_PROC_DOMAIN_OPEN_CHANNEL = 296 (read stream) */
  domainOpenChannel(args: RemoteDomainOpenChannelArgs, options?: CallOptions): Promise<{ ret: void; stream: RpcStream }> {
    return this.invoker.callWithStream('DOMAIN_OPEN_CHANNEL', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN = 297 */
  nodeDeviceLookupScsiHostByWwn(args: RemoteNodeDeviceLookupScsiHostByWwnArgs, options?: CallOptions): Promise<RemoteNodeDeviceLookupScsiHostByWwnRet> {
    return this.invoker.call('NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_JOB_STATS = 298 */
  domainGetJobStats(args: RemoteDomainGetJobStatsArgs, options?: CallOptions): Promise<RemoteDomainGetJobStatsRet> {
    return this.invoker.call('DOMAIN_GET_JOB_STATS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_GET_COMPRESSION_CACHE = 299 */
  domainMigrateGetCompressionCache(args: RemoteDomainMigrateGetCompressionCacheArgs, options?: CallOptions): Promise<RemoteDomainMigrateGetCompressionCacheRet> {
    return this.invoker.call('DOMAIN_MIGRATE_GET_COMPRESSION_CACHE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_SET_COMPRESSION_CACHE = 300 */
  domainMigrateSetCompressionCache(args: RemoteDomainMigrateSetCompressionCacheArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MIGRATE_SET_COMPRESSION_CACHE', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_DETACH_FLAGS = 301 */
  nodeDeviceDetachFlags(args: RemoteNodeDeviceDetachFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_DEVICE_DETACH_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_BEGIN3_PARAMS = 302 */
  domainMigrateBegin3Params(args: RemoteDomainMigrateBegin3ParamsArgs, options?: CallOptions): Promise<RemoteDomainMigrateBegin3ParamsRet> {
    return this.invoker.call('DOMAIN_MIGRATE_BEGIN3_PARAMS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE3_PARAMS = 303 */
  domainMigratePrepare3Params(args: RemoteDomainMigratePrepare3ParamsArgs, options?: CallOptions): Promise<RemoteDomainMigratePrepare3ParamsRet> {
    return this.invoker.call('DOMAIN_MIGRATE_PREPARE3_PARAMS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS = 304 */
  domainMigratePrepareTunnel3Params(args: RemoteDomainMigratePrepareTunnel3ParamsArgs, options?: CallOptions): Promise<RemoteDomainMigratePrepareTunnel3ParamsRet> {
    return this.invoker.call('DOMAIN_MIGRATE_PREPARE_TUNNEL3_PARAMS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_PERFORM3_PARAMS = 305 */
  domainMigratePerform3Params(args: RemoteDomainMigratePerform3ParamsArgs, options?: CallOptions): Promise<RemoteDomainMigratePerform3ParamsRet> {
    return this.invoker.call('DOMAIN_MIGRATE_PERFORM3_PARAMS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_FINISH3_PARAMS = 306 */
  domainMigrateFinish3Params(args: RemoteDomainMigrateFinish3ParamsArgs, options?: CallOptions): Promise<RemoteDomainMigrateFinish3ParamsRet> {
    return this.invoker.call('DOMAIN_MIGRATE_FINISH3_PARAMS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_CONFIRM3_PARAMS = 307 */
  domainMigrateConfirm3Params(args: RemoteDomainMigrateConfirm3ParamsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MIGRATE_CONFIRM3_PARAMS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_MEMORY_STATS_PERIOD = 308 */
  domainSetMemoryStatsPeriod(args: RemoteDomainSetMemoryStatsPeriodArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_MEMORY_STATS_PERIOD', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CREATE_XML_WITH_FILES = 309 */
  domainCreateXmlWithFiles(args: RemoteDomainCreateXmlWithFilesArgs, options?: CallOptions): Promise<RemoteDomainCreateXmlWithFilesRet> {
    return this.invoker.call('DOMAIN_CREATE_XML_WITH_FILES', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CREATE_WITH_FILES = 310 */
  domainCreateWithFiles(args: RemoteDomainCreateWithFilesArgs, options?: CallOptions): Promise<RemoteDomainCreateWithFilesRet> {
    return this.invoker.call('DOMAIN_CREATE_WITH_FILES', args, options);
  }

  /** REMOTE_PROC_CONNECT_GET_CPU_MODEL_NAMES = 312 */
  connectGetCpuModelNames(args: RemoteConnectGetCpuModelNamesArgs, options?: CallOptions): Promise<RemoteConnectGetCpuModelNamesRet> {
    return this.invoker.call('CONNECT_GET_CPU_MODEL_NAMES', args, options);
  }

  /** REMOTE_PROC_CONNECT_NETWORK_EVENT_REGISTER_ANY = 313 */
  connectNetworkEventRegisterAny(args: RemoteConnectNetworkEventRegisterAnyArgs, options?: CallOptions): Promise<RemoteConnectNetworkEventRegisterAnyRet> {
    return this.invoker.call('CONNECT_NETWORK_EVENT_REGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_CONNECT_NETWORK_EVENT_DEREGISTER_ANY = 314 */
  connectNetworkEventDeregisterAny(args: RemoteConnectNetworkEventDeregisterAnyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_NETWORK_EVENT_DEREGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY = 316 */
  connectDomainEventCallbackRegisterAny(args: RemoteConnectDomainEventCallbackRegisterAnyArgs, options?: CallOptions): Promise<RemoteConnectDomainEventCallbackRegisterAnyRet> {
    return this.invoker.call('CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY = 317 */
  connectDomainEventCallbackDeregisterAny(args: RemoteConnectDomainEventCallbackDeregisterAnyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CORE_DUMP_WITH_FORMAT = 334 */
  domainCoreDumpWithFormat(args: RemoteDomainCoreDumpWithFormatArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_CORE_DUMP_WITH_FORMAT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_FSFREEZE = 335 */
  domainFsfreeze(args: RemoteDomainFsfreezeArgs, options?: CallOptions): Promise<RemoteDomainFsfreezeRet> {
    return this.invoker.call('DOMAIN_FSFREEZE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_FSTHAW = 336 */
  domainFsthaw(args: RemoteDomainFsthawArgs, options?: CallOptions): Promise<RemoteDomainFsthawRet> {
    return this.invoker.call('DOMAIN_FSTHAW', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_TIME = 337 */
  domainGetTime(args: RemoteDomainGetTimeArgs, options?: CallOptions): Promise<RemoteDomainGetTimeRet> {
    return this.invoker.call('DOMAIN_GET_TIME', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_TIME = 338 */
  domainSetTime(args: RemoteDomainSetTimeArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_TIME', args, options);
  }

  /** REMOTE_PROC_NODE_GET_FREE_PAGES = 340 */
  nodeGetFreePages(args: RemoteNodeGetFreePagesArgs, options?: CallOptions): Promise<RemoteNodeGetFreePagesRet> {
    return this.invoker.call('NODE_GET_FREE_PAGES', args, options);
  }

  /** REMOTE_PROC_NETWORK_GET_DHCP_LEASES = 341 */
  networkGetDhcpLeases(args: RemoteNetworkGetDhcpLeasesArgs, options?: CallOptions): Promise<RemoteNetworkGetDhcpLeasesRet> {
    return this.invoker.call('NETWORK_GET_DHCP_LEASES', args, options);
  }

  /** REMOTE_PROC_CONNECT_GET_DOMAIN_CAPABILITIES = 342 */
  connectGetDomainCapabilities(args: RemoteConnectGetDomainCapabilitiesArgs, options?: CallOptions): Promise<RemoteConnectGetDomainCapabilitiesRet> {
    return this.invoker.call('CONNECT_GET_DOMAIN_CAPABILITIES', args, options);
  }

  /** REMOTE_PROC_DOMAIN_OPEN_GRAPHICS_FD = 343 */
  domainOpenGraphicsFd(args: RemoteDomainOpenGraphicsFdArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_OPEN_GRAPHICS_FD', args, options);
  }

  /** REMOTE_PROC_CONNECT_GET_ALL_DOMAIN_STATS = 344 */
  connectGetAllDomainStats(args: RemoteConnectGetAllDomainStatsArgs, options?: CallOptions): Promise<RemoteConnectGetAllDomainStatsRet> {
    return this.invoker.call('CONNECT_GET_ALL_DOMAIN_STATS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BLOCK_COPY = 345 */
  domainBlockCopy(args: RemoteDomainBlockCopyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_BLOCK_COPY', args, options);
  }

  /** REMOTE_PROC_NODE_ALLOC_PAGES = 347 */
  nodeAllocPages(args: RemoteNodeAllocPagesArgs, options?: CallOptions): Promise<RemoteNodeAllocPagesRet> {
    return this.invoker.call('NODE_ALLOC_PAGES', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_FSINFO = 349 */
  domainGetFsinfo(args: RemoteDomainGetFsinfoArgs, options?: CallOptions): Promise<RemoteDomainGetFsinfoRet> {
    return this.invoker.call('DOMAIN_GET_FSINFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_DEFINE_XML_FLAGS = 350 */
  domainDefineXmlFlags(args: RemoteDomainDefineXmlFlagsArgs, options?: CallOptions): Promise<RemoteDomainDefineXmlFlagsRet> {
    return this.invoker.call('DOMAIN_DEFINE_XML_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_IOTHREAD_INFO = 351 */
  domainGetIothreadInfo(args: RemoteDomainGetIothreadInfoArgs, options?: CallOptions): Promise<RemoteDomainGetIothreadInfoRet> {
    return this.invoker.call('DOMAIN_GET_IOTHREAD_INFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_PIN_IOTHREAD = 352 */
  domainPinIothread(args: RemoteDomainPinIothreadArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_PIN_IOTHREAD', args, options);
  }

  /** REMOTE_PROC_DOMAIN_INTERFACE_ADDRESSES = 353 */
  domainInterfaceAddresses(args: RemoteDomainInterfaceAddressesArgs, options?: CallOptions): Promise<RemoteDomainInterfaceAddressesRet> {
    return this.invoker.call('DOMAIN_INTERFACE_ADDRESSES', args, options);
  }

  /** REMOTE_PROC_DOMAIN_ADD_IOTHREAD = 355 */
  domainAddIothread(args: RemoteDomainAddIothreadArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_ADD_IOTHREAD', args, options);
  }

  /** REMOTE_PROC_DOMAIN_DEL_IOTHREAD = 356 */
  domainDelIothread(args: RemoteDomainDelIothreadArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_DEL_IOTHREAD', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_USER_PASSWORD = 357 */
  domainSetUserPassword(args: RemoteDomainSetUserPasswordArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_USER_PASSWORD', args, options);
  }

  /** REMOTE_PROC_DOMAIN_RENAME = 358 */
  domainRename(args: RemoteDomainRenameArgs, options?: CallOptions): Promise<RemoteDomainRenameRet> {
    return this.invoker.call('DOMAIN_RENAME', args, options);
  }

  /** REMOTE_PROC_CONNECT_REGISTER_CLOSE_CALLBACK = 360 */
  connectRegisterCloseCallback(options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_REGISTER_CLOSE_CALLBACK', undefined, options);
  }

  /** REMOTE_PROC_CONNECT_UNREGISTER_CLOSE_CALLBACK = 361 */
  connectUnregisterCloseCallback(options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_UNREGISTER_CLOSE_CALLBACK', undefined, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_START_POST_COPY = 364 */
  domainMigrateStartPostCopy(args: RemoteDomainMigrateStartPostCopyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MIGRATE_START_POST_COPY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_PERF_EVENTS = 365 */
  domainGetPerfEvents(args: RemoteDomainGetPerfEventsArgs, options?: CallOptions): Promise<RemoteDomainGetPerfEventsRet> {
    return this.invoker.call('DOMAIN_GET_PERF_EVENTS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_PERF_EVENTS = 366 */
  domainSetPerfEvents(args: RemoteDomainSetPerfEventsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_PERF_EVENTS', args, options);
  }

  /** REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY = 368 */
  connectStoragePoolEventRegisterAny(args: RemoteConnectStoragePoolEventRegisterAnyArgs, options?: CallOptions): Promise<RemoteConnectStoragePoolEventRegisterAnyRet> {
    return this.invoker.call('CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY = 369 */
  connectStoragePoolEventDeregisterAny(args: RemoteConnectStoragePoolEventDeregisterAnyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_GUEST_VCPUS = 371 */
  domainGetGuestVcpus(args: RemoteDomainGetGuestVcpusArgs, options?: CallOptions): Promise<RemoteDomainGetGuestVcpusRet> {
    return this.invoker.call('DOMAIN_GET_GUEST_VCPUS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_GUEST_VCPUS = 372 */
  domainSetGuestVcpus(args: RemoteDomainSetGuestVcpusArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_GUEST_VCPUS', args, options);
  }

  /** REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY = 374 */
  connectNodeDeviceEventRegisterAny(args: RemoteConnectNodeDeviceEventRegisterAnyArgs, options?: CallOptions): Promise<RemoteConnectNodeDeviceEventRegisterAnyRet> {
    return this.invoker.call('CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY = 375 */
  connectNodeDeviceEventDeregisterAny(args: RemoteConnectNodeDeviceEventDeregisterAnyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_STORAGE_VOL_GET_INFO_FLAGS = 378 */
  storageVolGetInfoFlags(args: RemoteStorageVolGetInfoFlagsArgs, options?: CallOptions): Promise<RemoteStorageVolGetInfoFlagsRet> {
    return this.invoker.call('STORAGE_VOL_GET_INFO_FLAGS', args, options);
  }

  /** REMOTE_PROC_CONNECT_SECRET_EVENT_REGISTER_ANY = 380 */
  connectSecretEventRegisterAny(args: RemoteConnectSecretEventRegisterAnyArgs, options?: CallOptions): Promise<RemoteConnectSecretEventRegisterAnyRet> {
    return this.invoker.call('CONNECT_SECRET_EVENT_REGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_CONNECT_SECRET_EVENT_DEREGISTER_ANY = 381 */
  connectSecretEventDeregisterAny(args: RemoteConnectSecretEventDeregisterAnyArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_SECRET_EVENT_DEREGISTER_ANY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_VCPU = 384 */
  domainSetVcpu(args: RemoteDomainSetVcpuArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_VCPU', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_BLOCK_THRESHOLD = 386 */
  domainSetBlockThreshold(args: RemoteDomainSetBlockThresholdArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_BLOCK_THRESHOLD', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MIGRATE_GET_MAX_DOWNTIME = 387 */
  domainMigrateGetMaxDowntime(args: RemoteDomainMigrateGetMaxDowntimeArgs, options?: CallOptions): Promise<RemoteDomainMigrateGetMaxDowntimeRet> {
    return this.invoker.call('DOMAIN_MIGRATE_GET_MAX_DOWNTIME', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MANAGED_SAVE_GET_XML_DESC = 388 */
  domainManagedSaveGetXmlDesc(args: RemoteDomainManagedSaveGetXmlDescArgs, options?: CallOptions): Promise<RemoteDomainManagedSaveGetXmlDescRet> {
    return this.invoker.call('DOMAIN_MANAGED_SAVE_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_DOMAIN_MANAGED_SAVE_DEFINE_XML = 389 */
  domainManagedSaveDefineXml(args: RemoteDomainManagedSaveDefineXmlArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_MANAGED_SAVE_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_LIFECYCLE_ACTION = 390 */
  domainSetLifecycleAction(args: RemoteDomainSetLifecycleActionArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_LIFECYCLE_ACTION', args, options);
  }

  /** REMOTE_PROC_STORAGE_POOL_LOOKUP_BY_TARGET_PATH = 391 */
  storagePoolLookupByTargetPath(args: RemoteStoragePoolLookupByTargetPathArgs, options?: CallOptions): Promise<RemoteStoragePoolLookupByTargetPathRet> {
    return this.invoker.call('STORAGE_POOL_LOOKUP_BY_TARGET_PATH', args, options);
  }

  /** REMOTE_PROC_DOMAIN_DETACH_DEVICE_ALIAS = 392 */
  domainDetachDeviceAlias(args: RemoteDomainDetachDeviceAliasArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_DETACH_DEVICE_ALIAS', args, options);
  }

  /** REMOTE_PROC_CONNECT_COMPARE_HYPERVISOR_CPU = 393 */
  connectCompareHypervisorCpu(args: RemoteConnectCompareHypervisorCpuArgs, options?: CallOptions): Promise<RemoteConnectCompareHypervisorCpuRet> {
    return this.invoker.call('CONNECT_COMPARE_HYPERVISOR_CPU', args, options);
  }

  /** REMOTE_PROC_CONNECT_BASELINE_HYPERVISOR_CPU = 394 */
  connectBaselineHypervisorCpu(args: RemoteConnectBaselineHypervisorCpuArgs, options?: CallOptions): Promise<RemoteConnectBaselineHypervisorCpuRet> {
    return this.invoker.call('CONNECT_BASELINE_HYPERVISOR_CPU', args, options);
  }

  /** REMOTE_PROC_NODE_GET_SEV_INFO = 395 */
  nodeGetSevInfo(args: RemoteNodeGetSevInfoArgs, options?: CallOptions): Promise<RemoteNodeGetSevInfoRet> {
    return this.invoker.call('NODE_GET_SEV_INFO', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_LAUNCH_SECURITY_INFO = 396 */
  domainGetLaunchSecurityInfo(args: RemoteDomainGetLaunchSecurityInfoArgs, options?: CallOptions): Promise<RemoteDomainGetLaunchSecurityInfoRet> {
    return this.invoker.call('DOMAIN_GET_LAUNCH_SECURITY_INFO', args, options);
  }

  /** REMOTE_PROC_NWFILTER_BINDING_LOOKUP_BY_PORT_DEV = 397 */
  nwfilterBindingLookupByPortDev(args: RemoteNwfilterBindingLookupByPortDevArgs, options?: CallOptions): Promise<RemoteNwfilterBindingLookupByPortDevRet> {
    return this.invoker.call('NWFILTER_BINDING_LOOKUP_BY_PORT_DEV', args, options);
  }

  /** REMOTE_PROC_NWFILTER_BINDING_GET_XML_DESC = 398 */
  nwfilterBindingGetXmlDesc(args: RemoteNwfilterBindingGetXmlDescArgs, options?: CallOptions): Promise<RemoteNwfilterBindingGetXmlDescRet> {
    return this.invoker.call('NWFILTER_BINDING_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_NWFILTER_BINDING_CREATE_XML = 399 */
  nwfilterBindingCreateXml(args: RemoteNwfilterBindingCreateXmlArgs, options?: CallOptions): Promise<RemoteNwfilterBindingCreateXmlRet> {
    return this.invoker.call('NWFILTER_BINDING_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_NWFILTER_BINDING_DELETE = 400 */
  nwfilterBindingDelete(args: RemoteNwfilterBindingDeleteArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NWFILTER_BINDING_DELETE', args, options);
  }

  /** REMOTE_PROC_CONNECT_LIST_ALL_NWFILTER_BINDINGS = 401 */
  connectListAllNwfilterBindings(args: RemoteConnectListAllNwfilterBindingsArgs, options?: CallOptions): Promise<RemoteConnectListAllNwfilterBindingsRet> {
    return this.invoker.call('CONNECT_LIST_ALL_NWFILTER_BINDINGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_IOTHREAD_PARAMS = 402 */
  domainSetIothreadParams(args: RemoteDomainSetIothreadParamsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_IOTHREAD_PARAMS', args, options);
  }

  /** REMOTE_PROC_CONNECT_GET_STORAGE_POOL_CAPABILITIES = 403 */
  connectGetStoragePoolCapabilities(args: RemoteConnectGetStoragePoolCapabilitiesArgs, options?: CallOptions): Promise<RemoteConnectGetStoragePoolCapabilitiesRet> {
    return this.invoker.call('CONNECT_GET_STORAGE_POOL_CAPABILITIES', args, options);
  }

  /** REMOTE_PROC_NETWORK_LIST_ALL_PORTS = 404 */
  networkListAllPorts(args: RemoteNetworkListAllPortsArgs, options?: CallOptions): Promise<RemoteNetworkListAllPortsRet> {
    return this.invoker.call('NETWORK_LIST_ALL_PORTS', args, options);
  }

  /** REMOTE_PROC_NETWORK_PORT_LOOKUP_BY_UUID = 405 */
  networkPortLookupByUuid(args: RemoteNetworkPortLookupByUuidArgs, options?: CallOptions): Promise<RemoteNetworkPortLookupByUuidRet> {
    return this.invoker.call('NETWORK_PORT_LOOKUP_BY_UUID', args, options);
  }

  /** REMOTE_PROC_NETWORK_PORT_CREATE_XML = 406 */
  networkPortCreateXml(args: RemoteNetworkPortCreateXmlArgs, options?: CallOptions): Promise<RemoteNetworkPortCreateXmlRet> {
    return this.invoker.call('NETWORK_PORT_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_NETWORK_PORT_GET_PARAMETERS = 407 */
  networkPortGetParameters(args: RemoteNetworkPortGetParametersArgs, options?: CallOptions): Promise<RemoteNetworkPortGetParametersRet> {
    return this.invoker.call('NETWORK_PORT_GET_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_NETWORK_PORT_SET_PARAMETERS = 408 */
  networkPortSetParameters(args: RemoteNetworkPortSetParametersArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NETWORK_PORT_SET_PARAMETERS', args, options);
  }

  /** REMOTE_PROC_NETWORK_PORT_GET_XML_DESC = 409 */
  networkPortGetXmlDesc(args: RemoteNetworkPortGetXmlDescArgs, options?: CallOptions): Promise<RemoteNetworkPortGetXmlDescRet> {
    return this.invoker.call('NETWORK_PORT_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_NETWORK_PORT_DELETE = 410 */
  networkPortDelete(args: RemoteNetworkPortDeleteArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NETWORK_PORT_DELETE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CHECKPOINT_CREATE_XML = 411 */
  domainCheckpointCreateXml(args: RemoteDomainCheckpointCreateXmlArgs, options?: CallOptions): Promise<RemoteDomainCheckpointCreateXmlRet> {
    return this.invoker.call('DOMAIN_CHECKPOINT_CREATE_XML', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CHECKPOINT_GET_XML_DESC = 412 */
  domainCheckpointGetXmlDesc(args: RemoteDomainCheckpointGetXmlDescArgs, options?: CallOptions): Promise<RemoteDomainCheckpointGetXmlDescRet> {
    return this.invoker.call('DOMAIN_CHECKPOINT_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_DOMAIN_LIST_ALL_CHECKPOINTS = 413 */
  domainListAllCheckpoints(args: RemoteDomainListAllCheckpointsArgs, options?: CallOptions): Promise<RemoteDomainListAllCheckpointsRet> {
    return this.invoker.call('DOMAIN_LIST_ALL_CHECKPOINTS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN = 414 */
  domainCheckpointListAllChildren(args: RemoteDomainCheckpointListAllChildrenArgs, options?: CallOptions): Promise<RemoteDomainCheckpointListAllChildrenRet> {
    return this.invoker.call('DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CHECKPOINT_LOOKUP_BY_NAME = 415 */
  domainCheckpointLookupByName(args: RemoteDomainCheckpointLookupByNameArgs, options?: CallOptions): Promise<RemoteDomainCheckpointLookupByNameRet> {
    return this.invoker.call('DOMAIN_CHECKPOINT_LOOKUP_BY_NAME', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CHECKPOINT_GET_PARENT = 416 */
  domainCheckpointGetParent(args: RemoteDomainCheckpointGetParentArgs, options?: CallOptions): Promise<RemoteDomainCheckpointGetParentRet> {
    return this.invoker.call('DOMAIN_CHECKPOINT_GET_PARENT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_CHECKPOINT_DELETE = 417 */
  domainCheckpointDelete(args: RemoteDomainCheckpointDeleteArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_CHECKPOINT_DELETE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_GUEST_INFO = 418 */
  domainGetGuestInfo(args: RemoteDomainGetGuestInfoArgs, options?: CallOptions): Promise<RemoteDomainGetGuestInfoRet> {
    return this.invoker.call('DOMAIN_GET_GUEST_INFO', args, options);
  }

  /** REMOTE_PROC_CONNECT_SET_IDENTITY = 419 */
  connectSetIdentity(args: RemoteConnectSetIdentityArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('CONNECT_SET_IDENTITY', args, options);
  }

  /** REMOTE_PROC_DOMAIN_AGENT_SET_RESPONSE_TIMEOUT = 420 */
  domainAgentSetResponseTimeout(args: RemoteDomainAgentSetResponseTimeoutArgs, options?: CallOptions): Promise<RemoteDomainAgentSetResponseTimeoutRet> {
    return this.invoker.call('DOMAIN_AGENT_SET_RESPONSE_TIMEOUT', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BACKUP_BEGIN = 421 */
  domainBackupBegin(args: RemoteDomainBackupBeginArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_BACKUP_BEGIN', args, options);
  }

  /** REMOTE_PROC_DOMAIN_BACKUP_GET_XML_DESC = 422 */
  domainBackupGetXmlDesc(args: RemoteDomainBackupGetXmlDescArgs, options?: CallOptions): Promise<RemoteDomainBackupGetXmlDescRet> {
    return this.invoker.call('DOMAIN_BACKUP_GET_XML_DESC', args, options);
  }

  /** REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_GET = 424 */
  domainAuthorizedSshKeysGet(args: RemoteDomainAuthorizedSshKeysGetArgs, options?: CallOptions): Promise<RemoteDomainAuthorizedSshKeysGetRet> {
    return this.invoker.call('DOMAIN_AUTHORIZED_SSH_KEYS_GET', args, options);
  }

  /** REMOTE_PROC_DOMAIN_AUTHORIZED_SSH_KEYS_SET = 425 */
  domainAuthorizedSshKeysSet(args: RemoteDomainAuthorizedSshKeysSetArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_AUTHORIZED_SSH_KEYS_SET', args, options);
  }

  /** REMOTE_PROC_DOMAIN_GET_MESSAGES = 426 */
  domainGetMessages(args: RemoteDomainGetMessagesArgs, options?: CallOptions): Promise<RemoteDomainGetMessagesRet> {
    return this.invoker.call('DOMAIN_GET_MESSAGES', args, options);
  }

  /** REMOTE_PROC_DOMAIN_START_DIRTY_RATE_CALC = 427 */
  domainStartDirtyRateCalc(args: RemoteDomainStartDirtyRateCalcArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_START_DIRTY_RATE_CALC', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_DEFINE_XML = 428 */
  nodeDeviceDefineXml(args: RemoteNodeDeviceDefineXmlArgs, options?: CallOptions): Promise<RemoteNodeDeviceDefineXmlRet> {
    return this.invoker.call('NODE_DEVICE_DEFINE_XML', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_UNDEFINE = 429 */
  nodeDeviceUndefine(args: RemoteNodeDeviceUndefineArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_DEVICE_UNDEFINE', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_CREATE = 430 */
  nodeDeviceCreate(args: RemoteNodeDeviceCreateArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_DEVICE_CREATE', args, options);
  }

  /** REMOTE_PROC_NWFILTER_DEFINE_XML_FLAGS = 431 */
  nwfilterDefineXmlFlags(args: RemoteNwfilterDefineXmlFlagsArgs, options?: CallOptions): Promise<RemoteNwfilterDefineXmlFlagsRet> {
    return this.invoker.call('NWFILTER_DEFINE_XML_FLAGS', args, options);
  }

  /** REMOTE_PROC_NETWORK_DEFINE_XML_FLAGS = 432 */
  networkDefineXmlFlags(args: RemoteNetworkDefineXmlFlagsArgs, options?: CallOptions): Promise<RemoteNetworkDefineXmlFlagsRet> {
    return this.invoker.call('NETWORK_DEFINE_XML_FLAGS', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_GET_AUTOSTART = 433 */
  nodeDeviceGetAutostart(args: RemoteNodeDeviceGetAutostartArgs, options?: CallOptions): Promise<RemoteNodeDeviceGetAutostartRet> {
    return this.invoker.call('NODE_DEVICE_GET_AUTOSTART', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_SET_AUTOSTART = 434 */
  nodeDeviceSetAutostart(args: RemoteNodeDeviceSetAutostartArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('NODE_DEVICE_SET_AUTOSTART', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_IS_PERSISTENT = 435 */
  nodeDeviceIsPersistent(args: RemoteNodeDeviceIsPersistentArgs, options?: CallOptions): Promise<RemoteNodeDeviceIsPersistentRet> {
    return this.invoker.call('NODE_DEVICE_IS_PERSISTENT', args, options);
  }

  /** REMOTE_PROC_NODE_DEVICE_IS_ACTIVE = 436 */
  nodeDeviceIsActive(args: RemoteNodeDeviceIsActiveArgs, options?: CallOptions): Promise<RemoteNodeDeviceIsActiveRet> {
    return this.invoker.call('NODE_DEVICE_IS_ACTIVE', args, options);
  }

  /** REMOTE_PROC_NETWORK_CREATE_XML_FLAGS = 437 */
  networkCreateXmlFlags(args: RemoteNetworkCreateXmlFlagsArgs, options?: CallOptions): Promise<RemoteNetworkCreateXmlFlagsRet> {
    return this.invoker.call('NETWORK_CREATE_XML_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SET_LAUNCH_SECURITY_STATE = 439 */
  domainSetLaunchSecurityState(args: RemoteDomainSetLaunchSecurityStateArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SET_LAUNCH_SECURITY_STATE', args, options);
  }

  /** REMOTE_PROC_DOMAIN_SAVE_PARAMS = 440 */
  domainSaveParams(args: RemoteDomainSaveParamsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_SAVE_PARAMS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_RESTORE_PARAMS = 441 */
  domainRestoreParams(args: RemoteDomainRestoreParamsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_RESTORE_PARAMS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_ABORT_JOB_FLAGS = 442 */
  domainAbortJobFlags(args: RemoteDomainAbortJobFlagsArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_ABORT_JOB_FLAGS', args, options);
  }

  /** REMOTE_PROC_DOMAIN_FD_ASSOCIATE = 443 */
  domainFdAssociate(args: RemoteDomainFdAssociateArgs, options?: CallOptions): Promise<void> {
    return this.invoker.call('DOMAIN_FD_ASSOCIATE', args, options);
  }
}
