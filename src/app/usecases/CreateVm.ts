import { inject, injectable } from 'inversify';
import { CID_HEX_LENGTH, type DiskCid, makeCid, type VmCid } from '../../domain/cid/Cid.js';
import { type GivenCid, ourCidOrUndefined, showCid } from '../../domain/cid/GivenCid.js';
import { failure } from '../../domain/errors/DomainError.js';
import { vmCreationFailure } from '../../domain/errors/vmCreationFailure.js';
import type { NetworkSpec } from '../../domain/network/NetworkSpec.js';
import { planNics } from '../../domain/network/planNics.js';
import { buildAgentSettings } from '../../domain/settings/buildAgentSettings.js';
import type { SettingsMediumKind } from '../../domain/settings/SettingsMediumKind.js';
import { settingsMediumFor } from '../../domain/stemcell/StemcellFormat.js';
import { vmSpecFromCloudProperties } from '../../domain/vm/vmSpecFromCloudProperties.js';
import { IdGenerator } from '../../ports/IdGenerator.js';
import { Logger } from '../../ports/Logger.js';
import { NetworkDriver } from '../../ports/NetworkDriver.js';
import { StemcellDriver } from '../../ports/StemcellDriver.js';
import { VmDriver } from '../../ports/VmDriver.js';
import { AgentDefaults } from '../tokens.js';

export interface CreatedVm {
  readonly cid: VmCid;
  /** The networks as the VM got them; API v2 callers receive them next to the CID. */
  readonly networks: Readonly<Record<string, NetworkSpec>>;
}

interface CreateVmRequest {
  readonly agentId: string;
  readonly stemcellCid: GivenCid<'stemcell'>;
  readonly cloudProperties: Readonly<Record<string, unknown>>;
  readonly networks: Readonly<Record<string, NetworkSpec>>;
  readonly diskCids: readonly GivenCid<'disk'>[];
  readonly env: Readonly<Record<string, unknown>>;
}

const MEDIA: readonly SettingsMediumKind[] = ['cdrom-env', 'config-drive'];
/** Errors that are the caller's, not the VM's: they keep their own type. */
const CALLER_ERRORS = ['invalid_request', 'invalid_config'] as const;

@injectable()
export class CreateVm {
  constructor(
    @inject(StemcellDriver) private readonly stemcells: StemcellDriver,
    @inject(VmDriver) private readonly vms: VmDriver,
    @inject(NetworkDriver) private readonly networkDriver: NetworkDriver,
    @inject(IdGenerator) private readonly ids: IdGenerator,
    @inject(AgentDefaults) private readonly agent: AgentDefaults,
    @inject(Logger) private readonly logger: Logger,
  ) {}

  async execute(
    agentId: string,
    stemcellCid: GivenCid<'stemcell'>,
    cloudProperties: Readonly<Record<string, unknown>>,
    networks: Readonly<Record<string, NetworkSpec>>,
    diskCids: readonly GivenCid<'disk'>[],
    env: Readonly<Record<string, unknown>>,
  ): Promise<CreatedVm> {
    const request: CreateVmRequest = { agentId, stemcellCid, cloudProperties, networks, diskCids, env };
    try {
      return await this.create(request);
    } catch (error) {
      // The driver has removed what it made; a retry can only help where the driver said so.
      throw vmCreationFailure(error, `creating a VM from stemcell ${showCid(request.stemcellCid)}`, { keep: CALLER_ERRORS });
    }
  }

  private async create(request: CreateVmRequest): Promise<CreatedVm> {
    const spec = vmSpecFromCloudProperties(request.cloudProperties);
    const medium = this.chooseMedium(request.cloudProperties);
    const stemcellCid = ourCidOrUndefined(request.stemcellCid);
    const stemcell = stemcellCid && (await this.stemcells.findStemcell(stemcellCid));
    if (!stemcell) throw failure('stemcell_not_found', `stemcell ${showCid(request.stemcellCid)} does not exist`);
    const diskCids = request.diskCids.map((disk) => ourCidOrUndefined(disk)).filter((disk): disk is DiskCid => disk !== undefined);
    if (!this.agent.mbus)
      this.logger.warn('cpi.json has no agent.mbus: the agent finds its message bus only if env.bosh.mbus.urls names one');

    const cid = makeCid('vm', this.ids.hex(CID_HEX_LENGTH.vm));
    const nics = planNics(request.networks, () => this.ids.hex(6));
    await this.networkDriver.prepareNetworks(nics);
    const layout = this.vms.diskLayout(stemcell, spec);
    const settings = buildAgentSettings({
      agentId: request.agentId,
      vmName: cid,
      agent: this.agent,
      networks: request.networks,
      nics,
      disks: layout,
      env: request.env,
    });
    this.logger.info(`creating VM ${cid} for agent ${request.agentId} from stemcell ${stemcell.cid}`, {
      cpus: spec.cpus,
      memoryMiB: spec.memoryMiB,
      ephemeralDiskMiB: spec.ephemeralDiskMiB,
      nics: nics.map((nic) => `${nic.mac}=${nic.networkNames.join('+')}`),
    });
    await this.vms.createVm({
      cid,
      agentId: request.agentId,
      stemcell,
      spec,
      nics,
      settings,
      medium: medium ?? settingsMediumFor(stemcell.kind),
      cloudProperties: request.cloudProperties,
      diskCids,
    });
    return { cid, networks: request.networks };
  }

  /** `settings_medium` in cloud properties overrides what the stemcell's format implies. */
  private chooseMedium(cloudProperties: Readonly<Record<string, unknown>>): SettingsMediumKind | undefined {
    const value = cloudProperties['settings_medium'];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && (MEDIA as readonly string[]).includes(value)) return value as SettingsMediumKind;
    throw failure(
      'invalid_request',
      `invalid VM cloud_properties: settings_medium must be one of ${MEDIA.join(', ')}, got ${JSON.stringify(value)}`,
    );
  }
}
