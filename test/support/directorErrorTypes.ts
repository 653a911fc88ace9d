/**
 * The error types the director knows (docs/cpi-protocol.md §3.2); any other name becomes "unknown CPI
 * error". Kept apart from src/ on purpose: tests check the implementation against the spec.
 */
export const DIRECTOR_ERROR_TYPES: readonly string[] = [
  'Bosh::Clouds::CloudError',
  'Bosh::Clouds::CpiError',
  'Bosh::Clouds::NotImplemented',
  'Bosh::Clouds::NotSupported',
  'Bosh::Clouds::VMNotFound',
  'Bosh::Clouds::DiskNotFound',
  'Bosh::Clouds::DiskNotAttached',
  'Bosh::Clouds::NetworkNotFound',
  'Bosh::Clouds::NoDiskSpace',
  'Bosh::Clouds::VMCreationFailed',
];
