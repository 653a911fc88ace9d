/**
 * Generates the TypeScript protocol of the libvirt RPC client from libvirt's own XDR definitions,
 * kept in scripts/libvirt-protocol/ (see its README for their origin and licence).
 *
 *   npm run generate:libvirt                      writes src/adapters/libvirt/rpc/generated/
 *   node scripts/runTs.mjs scripts/generate-libvirt-protocol.ts [output-dir]
 *
 * The output depends on nothing but the inputs (not on the output folder), so that
 * scripts/check-generated.sh can regenerate into a temporary folder and compare byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitTypescript } from './xdrgen/emitTypescript.js';
import { emptyDefinitions, parseXdr } from './xdrgen/parseXdr.js';
import { streamAnnotations } from './xdrgen/streamAnnotations.js';

/** Names the `.x` files take from libvirt's C headers (libvirt-host.h, libvirt-common.h). */
const C_HEADER_CONSTANTS: Record<string, number> = {
  VIR_UUID_BUFLEN: 16,
  VIR_SECURITY_MODEL_BUFLEN: 256 + 1,
  VIR_SECURITY_LABEL_BUFLEN: 4096 + 1,
  VIR_SECURITY_DOI_BUFLEN: 256 + 1,
  VIR_TYPED_PARAM_INT: 1,
  VIR_TYPED_PARAM_UINT: 2,
  VIR_TYPED_PARAM_LLONG: 3,
  VIR_TYPED_PARAM_ULLONG: 4,
  VIR_TYPED_PARAM_DOUBLE: 5,
  VIR_TYPED_PARAM_BOOLEAN: 6,
  VIR_TYPED_PARAM_STRING: 7,
};

const INPUT_DIR = 'scripts/libvirt-protocol';
const INPUTS = ['virnetprotocol.x', 'virkeepaliveprotocol.x', 'remote_protocol.x'].map((file) => `${INPUT_DIR}/${file}`);
const DEFAULT_OUTPUT_DIR = 'src/adapters/libvirt/rpc/generated';

const HEADER = `// GENERATED FILE, do not edit: regenerate with \`npm run generate:libvirt\`.
// Generator: scripts/generate-libvirt-protocol.ts, from libvirt 9.0.0's XDR definitions:
//   ${INPUTS.join(', ')}
// (\`npm test\` fails when this file differs from what the generator writes.)`;

/** Paths are relative to the repository root, the working directory scripts/runTs.mjs gives. */
function main(): void {
  const args = process.argv.slice(2);
  if (args.length > 1) {
    console.error('usage: generate-libvirt-protocol [output-dir]   (default: src/adapters/libvirt/rpc/generated)');
    process.exit(2);
  }
  const outDir = args[0] ?? DEFAULT_OUTPUT_DIR;
  const defs = emptyDefinitions(C_HEADER_CONSTANTS);
  const sources = INPUTS.map((path) => readFileSync(path, 'utf8'));
  for (const source of sources) parseXdr(source, defs);
  const files = emitTypescript(
    defs,
    {
      procedureEnum: 'remote_procedure',
      memberPrefix: 'REMOTE_PROC_',
      typePrefix: 'remote_',
      streams: streamAnnotations(sources[2]!),
    },
    {
      header: HEADER,
      xdrTypeModule: '../xdr/XdrType.js',
      invokerModule: '../ProcedureInvoker.js',
      protocolModule: './remoteProtocol.js',
    },
  );
  writeFileSync(join(outDir, 'remoteProtocol.ts'), files.protocol);
  writeFileSync(join(outDir, 'RemoteProcedures.ts'), files.calls);
  console.log(`generated ${defs.types.size} types and ${files.procedures.length} procedures into ${outDir}`);
}

main();
