// Paths as the simulated host prints them. On a Windows host VirtualBox's own machine folder is
// a Windows path (`C:\Users\vcap\VirtualBox VMs\…`, as in the recorded outputs of vagrant#10989
// and docker/toolbox#630); the simulator keeps its files under a POSIX folder and translates
// both ways: paths it prints, and paths it is given back (the driver hands a disk's location
// from showvminfo to showmediuminfo). Paths the caller chose (the CPI's store) stay as given.
const WINDOWS_VM_ROOT = 'C:\\Users\\vcap\\VirtualBox VMs';

export function hostPaths(version, vmRoot) {
  if (!version.windows) return { show: (p) => p, resolve: (p) => p };
  return {
    show(p) {
      if (typeof p !== 'string' || (p !== vmRoot && !p.startsWith(`${vmRoot}/`))) return p;
      return WINDOWS_VM_ROOT + p.slice(vmRoot.length).replace(/\//g, '\\');
    },
    resolve(p) {
      if (typeof p !== 'string' || !p.toLowerCase().startsWith(WINDOWS_VM_ROOT.toLowerCase())) return p;
      return vmRoot + p.slice(WINDOWS_VM_ROOT.length).replace(/\\/g, '/');
    },
  };
}
