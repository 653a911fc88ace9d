// Writes docs/methods.md from the method table (src/app/protocol/cpiMethods.ts).
// Usage: node scripts/runTs.mjs scripts/generate-methods-doc.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderMethodsDoc } from '../src/app/protocol/renderMethodsDoc.js';

writeFileSync(fileURLToPath(new URL('../docs/methods.md', import.meta.url)), renderMethodsDoc());
