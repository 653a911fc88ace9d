/** Layer rules of docs/architecture.md, "Layers", checked by `npm run layers`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ imports nothing outside domain/: no packages, no node built-ins',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'ports-import-only-domain',
      severity: 'error',
      from: { path: '^src/ports/' },
      to: { pathNot: ['^src/domain/', '^src/ports/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'adapters-never-import-app',
      severity: 'error',
      from: { path: '^src/adapters/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'rpc-client-stands-alone',
      comment: 'the libvirt protocol client could be published on its own',
      severity: 'error',
      from: { path: '^src/adapters/libvirt/rpc/' },
      to: { path: '^src/', pathNot: '^src/adapters/libvirt/rpc/' },
    },
    {
      name: 'only-the-container-knows-adapters',
      severity: 'error',
      from: { path: '^src/app/', pathNot: '^src/app/container/' },
      to: { path: '^src/adapters/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: 'specify',
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'node', 'default'],
      mainFields: ['types', 'module', 'main'],
    },
  },
};
