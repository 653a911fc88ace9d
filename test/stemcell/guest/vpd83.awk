# vpd83.awk: decodes a SCSI VPD page 0x83 (device identification), given as `xxd -p` hex on stdin.
# Prints one line per designator: "TYPE ASSOCIATION VALUE", where TYPE is the designator type
# (0 vendor specific, 1 T10 vendor id, 2 EUI-64, 3 NAA, ...), ASSOCIATION 0 means "the logical unit",
# and VALUE is the text for ASCII/UTF-8 designators (code set 2 or 3, NULs dropped, outer blanks kept
# as they are) or lowercase hex otherwise. The guest uses it to name disks the way udev's scsi_id
# would, because the real agent finds disks through those /dev/disk/by-id names.

{ hex = hex $0 }

END {
  gsub(/[^0-9a-fA-F]/, "", hex)
  hex = tolower(hex)
  n = int(length(hex) / 2)
  for (i = 0; i < n; i++) b[i] = byte(substr(hex, 2 * i + 1, 2))
  if (n < 4) exit 0
  last = 4 + b[2] * 256 + b[3]
  if (last > n) last = n
  p = 4
  while (p + 4 <= last) {
    codeset = b[p] % 16
    type = b[p + 1] % 16
    assoc = int(b[p + 1] / 16) % 4
    len = b[p + 3]
    v = ""
    for (j = p + 4; j < p + 4 + len && j < last; j++) {
      if (codeset == 2 || codeset == 3) { if (b[j] != 0) v = v sprintf("%c", b[j]) }
      else v = v sprintf("%02x", b[j])
    }
    print type, assoc, v
    p += 4 + len
  }
}

function byte(h) {
  return (index("0123456789abcdef", substr(h, 1, 1)) - 1) * 16 + index("0123456789abcdef", substr(h, 2, 1)) - 1
}
