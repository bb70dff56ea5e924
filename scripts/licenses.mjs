// The production dependencies and their licences, for Help › About. Read from
// package-lock.json (every installed package, with the flags npm sets on
// dev-only ones) and each package's own package.json for its licence.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function licenseOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** [{ name, version, license }] for every package the app ships (not dev-only), sorted by name. */
export function productionLicenses(root) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const seen = new Map();
  for (const [where, entry] of Object.entries(lock.packages ?? {})) {
    if (!where.startsWith('node_modules/') || entry.dev || entry.devOptional || entry.link) continue;
    const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const file = path.join(root, where, 'package.json');
    // Optional packages for other platforms are in the lock but not installed: not shipped here.
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    const version = pkg.version ?? entry.version ?? '';
    seen.set(`${name}@${version}`, { name, version, license: licenseOf(pkg) });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}
