#!/bin/sh
# fs-probe.sh DISK: the filesystem side of the snapshot test, run by /init (in the background)
# for each persistent disk when the settings' `env` has `"fs_probe": "yes"`.
#
# The test puts an ext4 filesystem 4 MiB into the disk (clear of the marker /init keeps at 1 MiB)
# and the guest reaches it through a loop device at that offset. A filesystem without the file
# `marker` is written: the marker, a sync, then an endless loop of writes (the guest "keeps
# working" while the snapshot is taken). A filesystem that has the marker is a restored copy: it
# is checked with `e2fsck -n` before and after the journal replay a mount performs (a crash-
# consistent copy needs exactly the recovery a power cut needs), and the marker is reported.
#
#   STEMCELL fs-probe dev=sdX mode=write marker_b64=...
#   STEMCELL fs-writing dev=sdX n=N                       (every 20 writes)
#   STEMCELL fs-probe dev=sdX mode=check fsck_before_replay=RC fsck=RC marker_b64=... churn_lines=N fsck_b64=...
#   STEMCELL fs-probe dev=sdX error=...
b=$1
OFFSET=4194304
MNT=/mnt/probe-$b
say() { echo "STEMCELL $*"; }
b64() { base64 | tr -d '\n'; }

modprobe loop 2>/dev/null
loopdev=$(losetup -f) || { say fs-probe dev=$b error=no-loop-device; exit 0; }
losetup -o $OFFSET "$loopdev" /dev/$b || { say fs-probe dev=$b error=losetup-failed; exit 0; }
mkdir -p $MNT
e2fsck -n "$loopdev" >/run/fsck-before-$b.out 2>&1
before=$?
mount -t ext4 "$loopdev" $MNT || { say fs-probe dev=$b error=mount-failed fsck_b64=$(b64 </run/fsck-before-$b.out); exit 0; }

if [ -f $MNT/marker ]; then
  churn=$(wc -l < $MNT/churn 2>/dev/null || echo 0)
  umount $MNT
  e2fsck -n "$loopdev" >/run/fsck-$b.out 2>&1
  after=$?
  mount -t ext4 -o ro "$loopdev" $MNT || { say fs-probe dev=$b error=remount-failed; exit 0; }
  say fs-probe dev=$b mode=check fsck_before_replay=$before fsck=$after marker_b64=$(b64 <$MNT/marker) \
    churn_lines=$churn fsck_b64=$(b64 </run/fsck-$b.out)
  exit 0
fi

echo "FS-MARKER dev=$b boot_id=$(cat /proc/sys/kernel/random/boot_id) uptime=$(cut -d' ' -f1 /proc/uptime)" > $MNT/marker
sync
say fs-probe dev=$b mode=write marker_b64=$(b64 <$MNT/marker)
n=0
while true; do
  n=$((n + 1))
  echo "write $n $(cut -d' ' -f1 /proc/uptime)" >> $MNT/churn
  dd if=/dev/zero of=$MNT/blob-$((n % 4)) bs=4k count=16 2>/dev/null
  sync
  [ $((n % 20)) -eq 0 ] && say fs-writing dev=$b n=$n
  sleep 0.1
done
