/** Who a process runs as, for permission checks: its uid, primary gid and supplementary gids. */
export interface ProcessIdentity {
  readonly uid: number;
  readonly gids: readonly number[];
  /** For messages: `libvirt-qemu (uid 64055)`. */
  readonly label: string;
}

/** One directory on the way to a path, as stat(2) shows it. */
export interface DirectoryEntry {
  readonly path: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}
