#!/usr/bin/env node
// The pipeline is TypeScript run by Node's type stripping (Node >= 22.18); the project pins Node 24.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`kb needs Node 22.18 or newer; this is ${process.version}. Run it through npm (npx kb …) so the pinned Node 24 is used.`);
  process.exit(1);
}
const { main } = await import('../pipeline/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
