import { defineConfig } from 'vitest/config';

// Three kinds of tests, by folder:
//   unit         pure code, fakes, property and model-based tests on the memory driver
//   integration  a real libvirt daemon with QEMU (started by scripts/test.sh), sshd on loopback
//   e2e          the built `cpi` executable driven as the director drives it, booting test stemcells
// Inside unit/ and integration/, a test of code in src/ sits in the folder of that code without
// the src/ prefix (src/adapters/libvirt/rpc/xdr/ -> test/unit/adapters/libvirt/rpc/xdr/); a test
// of something outside src/ is named after it: docs/, release/, scripts/, stemcell/ (the test
// stemcell), package/ (the npm package); unit/model/ runs the model-based suite on the whole CPI.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
