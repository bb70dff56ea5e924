#!/usr/bin/env node
// The `vitrine` command: runs the bundled CLI (built by `npm run build`).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli', 'vitrine.cjs');
if (!fs.existsSync(cli)) {
  console.error('vitrine: the command line is not built yet; run "npm run build" in the Vitrine folder (or use "npm run cli -- …").');
  process.exit(2);
}
require(cli);
