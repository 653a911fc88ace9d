import { defineConfig } from 'vitest/config';

// Three kinds of tests, by folder:
//   unit         pure code, fakes, property and model-based tests on the memory driver
//   integration  a real libvirt daemon with QEMU (started by scripts/test.sh), sshd on loopback
//   e2e          the built `cpi` executable driven as the director drives it, booting test stemcells
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
