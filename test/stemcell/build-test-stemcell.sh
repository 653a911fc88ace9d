#!/usr/bin/env bash
# build-test-stemcell.sh WORKDIR [VERSION]
#
# Builds a tiny bootable BOSH *test* stemcell from Debian packages only and wraps it twice:
#   WORKDIR/bosh-stemcell-VERSION-openstack-kvm-busybox-test-go_agent.tgz   (openstack-qcow2)
#   WORKDIR/bosh-stemcell-VERSION-vsphere-esxi-busybox-test-go_agent.tgz    (vsphere-ova, vsphere-ovf)
# The guest is the Debian cloud kernel plus a busybox initramfs whose /init (the file `init` next to
# this script) plays the BOSH agent's part and reports over the serial console.
#
# No root, loop devices or mount are needed: packages are fetched with `apt-get download` and unpacked
# with `dpkg-deb -x`; the FAT is made in a plain file with mkfs.fat and filled with mtools.
# Host tools: apt-get, dpkg-deb, mtools, dosfstools, qemu-utils, gzip, tar, coreutils.
# Downloaded .debs and their unpacked tree stay in WORKDIR/debs and WORKDIR/x, so a rebuild costs a
# few seconds and no network. Optional environment: DISK_MB (default 64), KERNEL_ARGS.
set -euo pipefail

if [ $# -lt 1 ]; then echo "usage: $0 WORKDIR [VERSION]" >&2; exit 2; fi
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$1"
work=$(cd "$1" && pwd)
version=${2:-0.0.1}
disk_mb=${DISK_MB:-64}
cd "$work"

# ---------------------------------------------------------------------------------------------
# 1. Debian packages, downloaded once and kept in debs/
mkdir -p debs
have_deb() { compgen -G "debs/${1}_*.deb" >/dev/null; }
download() {
  # root downloading into a folder that user _apt cannot read would only print a sandbox warning
  (cd debs && apt-get -q=2 -o APT::Sandbox::User=root download "$@")
}
kernel_deb=$(compgen -G 'debs/linux-image-*-cloud-amd64_*.deb' | head -n1 || true)
if [ -z "$kernel_deb" ]; then
  kernel_pkg=$(apt-cache depends linux-image-cloud-amd64 2>/dev/null | awk '/Depends: linux-image-/ {print $2; exit}')
  if [ -z "$kernel_pkg" ]; then apt-get update -qq; kernel_pkg=$(apt-cache depends linux-image-cloud-amd64 | awk '/Depends: linux-image-/ {print $2; exit}'); fi
  wanted=("$kernel_pkg")
else
  wanted=()
fi
for p in busybox-static syslinux syslinux-common e2fsck-static; do have_deb "$p" || wanted+=("$p"); done
if [ ${#wanted[@]} -gt 0 ]; then
  # empty package lists make `apt-get download` fail; refresh them once and retry
  download "${wanted[@]}" || { apt-get update -qq && download "${wanted[@]}"; }
fi

# unpack into x/ unless the same set of .debs was unpacked already
deb_list=$(cd debs && ls -1 ./*.deb | LC_ALL=C sort)
if [ ! -f x/.debs ] || [ "$(cat x/.debs)" != "$deb_list" ]; then
  rm -rf x && mkdir x
  for d in debs/*.deb; do dpkg-deb -x "$d" x; done
  printf '%s' "$deb_list" > x/.debs
fi
kver=$(ls x/lib/modules | head -n1)
busybox=$work/x/bin/busybox
vmlinuz=x/boot/vmlinuz-$kver
mbr_bin=x/usr/lib/syslinux/mbr/mbr.bin
syslinux_installer=$work/x/usr/bin/syslinux

# ---------------------------------------------------------------------------------------------
# 2. initramfs: busybox, the kernel modules the guest needs, /init and its awk helpers
rm -rf initramfs initrd.gz disk.raw part.img out sc
[ -f "x/lib/modules/$kver/modules.dep" ] || "$busybox" depmod -b x "$kver"   # the .deb ships none
modules=(virtio_pci virtio_blk virtio_scsi virtio_net ata_piix ata_generic sd_mod sr_mod
         isofs vfat nls_cp437 nls_ascii nls_utf8 button evdev loop)
mod_files=$(for m in "${modules[@]}"; do
  grep -E "/$m\.ko(\.[a-z]+)?:" "x/lib/modules/$kver/modules.dep" | tr -d ':' | tr ' ' '\n'
done | sed '/^$/d' | LC_ALL=C sort -u)
mkdir -p initramfs/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,etc,mnt,run,lib/test-agent,lib/modules/$kver}
cp x/bin/busybox initramfs/bin/busybox
for applet in $("$busybox" --list-full); do
  [ -e "initramfs/$applet" ] || ln -s /bin/busybox "initramfs/$applet"
done
# shellcheck disable=SC2086  # mod_files is a newline-separated list of relative paths
(cd "x/lib/modules/$kver" && cp --parents $mod_files modules.order modules.builtin "$work/initramfs/lib/modules/$kver/")
"$busybox" depmod -b initramfs "$kver"
install -m 0755 "$here/init" initramfs/init
install -m 0644 "$here"/guest/*.awk initramfs/lib/test-agent/
install -m 0755 "$here"/guest/*.sh initramfs/lib/test-agent/
install -m 0755 x/sbin/e2fsck.static initramfs/sbin/e2fsck   # guest/fs-probe.sh checks filesystems
(cd initramfs && find . | LC_ALL=C sort | "$busybox" cpio -o -H newc -R 0:0 2>/dev/null | gzip -9n) > initrd.gz

# ---------------------------------------------------------------------------------------------
# 3. bootable raw disk: syslinux MBR code, one active FAT16 partition at 1 MiB labelled STEMCELL
cat > syslinux.cfg <<EOF
SERIAL 0 115200
DEFAULT linux
PROMPT 0
TIMEOUT 0
LABEL linux
  LINUX /vmlinuz
  INITRD /initrd.gz
  APPEND console=ttyS0,115200 panic=10 ${KERNEL_ARGS:-}
EOF
part_start=2048                       # sectors
total_sectors=$((disk_mb * 2048))
part_sectors=$((total_sectors - part_start))
# little-endian 32-bit and CHS triplets as printf escapes, for the 16-byte partition entry
le32() { printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(($1 & 255)) $(($1 >> 8 & 255)) $(($1 >> 16 & 255)) $(($1 >> 24 & 255)); }
chs() {
  local c=$(($1 / (255 * 63))) h=$(($1 / 63 % 255)) s=$(($1 % 63 + 1))
  if [ $c -gt 1023 ]; then c=1023; h=254; s=63; fi
  printf '\\x%02x\\x%02x\\x%02x' $h $((s | (c >> 8) << 6)) $((c & 255))
}
truncate -s "${disk_mb}M" disk.raw
dd if="$mbr_bin" of=disk.raw bs=440 count=1 conv=notrunc status=none
printf '%b' "\\x80$(chs $part_start)\\x0e$(chs $((total_sectors - 1)))$(le32 $part_start)$(le32 $part_sectors)" \
  | dd of=disk.raw bs=1 seek=446 conv=notrunc status=none
printf '\x55\xaa' | dd of=disk.raw bs=1 seek=510 conv=notrunc status=none
mkfs.fat -F 16 -n STEMCELL -i 5354454d -h $part_start -C part.img $((part_sectors / 2)) >/dev/null
mcopy -i part.img "$vmlinuz" ::/vmlinuz
mcopy -i part.img initrd.gz ::/initrd.gz
mcopy -i part.img syslinux.cfg ::/syslinux.cfg
# Debian's syslinux is the mtools-based installer; it runs mcopy/mattrib from PATH
"$syslinux_installer" --install part.img
dd if=part.img of=disk.raw bs=1M seek=1 conv=notrunc,sparse status=none
rm -f part.img

# ---------------------------------------------------------------------------------------------
# 4. the two disk formats, plus the OVF descriptor and its manifest
mkdir -p out
qemu-img convert -f raw -O qcow2 -o compat=0.10 disk.raw out/root.img
qemu-img convert -f raw -O vmdk -o subformat=streamOptimized,adapter_type=lsilogic disk.raw out/image-disk1.vmdk
vmdk_bytes=$(stat -c %s out/image-disk1.vmdk)
capacity_bytes=$((disk_mb * 1024 * 1024))
cat > out/image.ovf <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
    xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
    xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData"
    xmlns:vmw="http://www.vmware.com/schema/ovf">
  <References>
    <File ovf:id="file1" ovf:href="image-disk1.vmdk" ovf:size="$vmdk_bytes"/>
  </References>
  <DiskSection>
    <Info>Virtual disks</Info>
    <Disk ovf:diskId="vmdisk1" ovf:fileRef="file1" ovf:capacity="$capacity_bytes" ovf:capacityAllocationUnits="byte"
          ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
  </DiskSection>
  <NetworkSection>
    <Info>Networks</Info>
    <Network ovf:name="VM Network"><Description>VM Network</Description></Network>
  </NetworkSection>
  <VirtualSystem ovf:id="bosh-test-stemcell">
    <Info>BOSH test stemcell: Debian cloud kernel and a busybox initramfs that reports on ttyS0</Info>
    <Name>bosh-test-stemcell</Name>
    <OperatingSystemSection ovf:id="96" vmw:osType="debian11_64Guest">
      <Info>Guest operating system</Info>
    </OperatingSystemSection>
    <VirtualHardwareSection>
      <Info>Virtual hardware</Info>
      <System>
        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>
        <vssd:InstanceID>0</vssd:InstanceID>
        <vssd:VirtualSystemIdentifier>bosh-test-stemcell</vssd:VirtualSystemIdentifier>
        <vssd:VirtualSystemType>vmx-13</vssd:VirtualSystemType>
      </System>
      <Item>
        <rasd:AllocationUnits>hertz * 10^6</rasd:AllocationUnits>
        <rasd:ElementName>1 virtual CPU</rasd:ElementName>
        <rasd:InstanceID>1</rasd:InstanceID>
        <rasd:ResourceType>3</rasd:ResourceType>
        <rasd:VirtualQuantity>1</rasd:VirtualQuantity>
      </Item>
      <Item>
        <rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>
        <rasd:ElementName>256 MB of memory</rasd:ElementName>
        <rasd:InstanceID>2</rasd:InstanceID>
        <rasd:ResourceType>4</rasd:ResourceType>
        <rasd:VirtualQuantity>256</rasd:VirtualQuantity>
      </Item>
      <Item>
        <rasd:Address>0</rasd:Address>
        <rasd:ElementName>SCSI controller 0</rasd:ElementName>
        <rasd:InstanceID>3</rasd:InstanceID>
        <rasd:ResourceSubType>lsilogic</rasd:ResourceSubType>
        <rasd:ResourceType>6</rasd:ResourceType>
      </Item>
      <Item>
        <rasd:AddressOnParent>0</rasd:AddressOnParent>
        <rasd:ElementName>Hard disk 1</rasd:ElementName>
        <rasd:HostResource>ovf:/disk/vmdisk1</rasd:HostResource>
        <rasd:InstanceID>4</rasd:InstanceID>
        <rasd:Parent>3</rasd:Parent>
        <rasd:ResourceType>17</rasd:ResourceType>
      </Item>
      <Item>
        <rasd:AutomaticAllocation>true</rasd:AutomaticAllocation>
        <rasd:Connection>VM Network</rasd:Connection>
        <rasd:ElementName>Network adapter 1</rasd:ElementName>
        <rasd:InstanceID>5</rasd:InstanceID>
        <rasd:ResourceSubType>VmxNet3</rasd:ResourceSubType>
        <rasd:ResourceType>10</rasd:ResourceType>
      </Item>
    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>
EOF
(cd out && for f in image.ovf image-disk1.vmdk; do
  printf 'SHA1(%s)= %s\n' "$f" "$(sha1sum "$f" | cut -d' ' -f1)"
done > image.mf)

# ---------------------------------------------------------------------------------------------
# 5. stemcell tarballs: stemcell.MF + image (itself a gzipped tar)
tar_c() { tar --owner=0 --group=0 --numeric-owner "$@"; }
write_manifest() { # NAME_PART FORMATS_YAML EXTRA_CLOUD_PROPERTIES_YAML
  cat <<EOF
---
name: bosh-$1-busybox-test-go_agent
version: '$version'
bosh_protocol: '1'
api_version: 3
sha1: $(sha1sum image | cut -d' ' -f1)
operating_system: busybox-test
stemcell_formats:
$2
cloud_properties:
  name: bosh-$1-busybox-test-go_agent
  version: '$version'
  disk: $disk_mb
  container_format: bare
  os_type: linux
  os_distro: debian
  architecture: x86_64
$3
EOF
}
openstack_tgz=$work/bosh-stemcell-$version-openstack-kvm-busybox-test-go_agent.tgz
vsphere_tgz=$work/bosh-stemcell-$version-vsphere-esxi-busybox-test-go_agent.tgz
mkdir -p sc/openstack sc/vsphere
(
  cd sc/openstack
  tar_c -C ../../out -czf image root.img
  write_manifest openstack-kvm '- openstack-qcow2' '  infrastructure: openstack
  hypervisor: kvm
  disk_format: qcow2
  auto_disk_config: true' > stemcell.MF
  tar_c -czf "$openstack_tgz.partial" stemcell.MF image
)
(
  cd sc/vsphere
  tar_c -C ../../out -czf image image.ovf image-disk1.vmdk image.mf
  write_manifest vsphere-esxi '- vsphere-ova
- vsphere-ovf' '  infrastructure: vsphere
  hypervisor: esxi
  disk_format: ovf
  root_device_name: /dev/sda1' > stemcell.MF
  tar_c -czf "$vsphere_tgz.partial" stemcell.MF image
)
# renames last, so a reader never sees half a tarball
mv -f "$openstack_tgz.partial" "$openstack_tgz"
mv -f "$vsphere_tgz.partial" "$vsphere_tgz"
rm -rf sc initramfs disk.raw
echo "$openstack_tgz"
echo "$vsphere_tgz"
