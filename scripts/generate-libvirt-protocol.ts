/**
 * Generates the TypeScript protocol of the libvirt RPC client from libvirt's own XDR definitions.
 *
 *   node generate-libvirt-protocol.js <libvirt-source-dir> <output-dir>
 *
 * Normally run through `npm run generate:libvirt` (scripts/generate-libvirt-protocol.sh), which
 * fetches Debian's libvirt source package and bundles this script with esbuild first.
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

const INPUTS = ['src/rpc/virnetprotocol.x', 'src/rpc/virkeepaliveprotocol.x', 'src/remote/remote_protocol.x'];

const HEADER = `// GENERATED FILE, do not edit.
// Source: libvirt 9.0.0, Debian bookworm source package \`libvirt\` (9.0.0-4+deb12u2):
//   ${INPUTS.join(', ')}
// Generator: scripts/generate-libvirt-protocol.ts. Regenerate with: npm run generate:libvirt`;

function main(): void {
  const [sourceDir, outDir] = process.argv.slice(2);
  if (!sourceDir || !outDir) {
    console.error('usage: generate-libvirt-protocol <libvirt-source-dir> <output-dir>');
    process.exit(2);
  }
  const defs = emptyDefinitions(C_HEADER_CONSTANTS);
  const sources = INPUTS.map((path) => readFileSync(join(sourceDir, path), 'utf8'));
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
