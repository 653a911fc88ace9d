/** What `cpi --help` prints, and what `cpi` says when its stdin is a terminal. */
export function usageText(version: string): string {
  return `cpi ${version}: a BOSH CPI for libvirt (QEMU/KVM) and VirtualBox

usage:
  cpi --config PATH/TO/cpi.json < request.json
      Answers one CPI call: reads one JSON request on stdin, writes one JSON response
      {"result", "error", "log"} on stdout, logs on stderr. The BOSH director and
      create-env run it this way. A request:
        {"method": "calculate_vm_cloud_properties",
         "arguments": [{"cpu": 2, "ram": 2048, "ephemeral_disk_size": 10240}],
         "context": {"director_uuid": "…"}}
      Also accepted for the config: -configPath PATH, --config=PATH, or the path alone.
  cpi doctor [--json] --config PATH/TO/cpi.json
      Checks the config and the host the configured driver will use, with a fix for
      each problem; exits non-zero when a deploy would fail.
  cpi --help      this text
  cpi --version   the version

cpi.json: {"driver": "libvirt" | "virtualbox" | "memory", "<driver>": {…}, "agent": {"mbus": "…"}}
(docs/operators.md lists every key)
`;
}
