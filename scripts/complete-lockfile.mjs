// The registry mirror used on the project's machines lacks the prebuilt compiler bindings for other
// platforms, so `npm install` leaves them out of package-lock.json and `npm ci` then refuses the
// lock file ("Missing: … from lock file"). This adds the missing optional platform packages as
// entries with their os/cpu, which npm skips on this platform without downloading anything.
// Run after `npm install` changes the lock file: node scripts/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const platforms = [
  [/-android-arm64$/, { os: ['android'], cpu: ['arm64'] }],
  [/-darwin-arm64$/, { os: ['darwin'], cpu: ['arm64'] }],
  [/-darwin-x64$/, { os: ['darwin'], cpu: ['x64'] }],
  [/-linux-arm64-gnu$/, { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] }],
  [/-linux-arm64-musl$/, { os: ['linux'], cpu: ['arm64'], libc: ['musl'] }],
  [/-linux-x64-gnu$/, { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }],
  [/-linux-x64-musl$/, { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
  [/-wasm32-wasi$/, { cpu: ['wasm32'] }],
  [/-win32-arm64-msvc$/, { os: ['win32'], cpu: ['arm64'] }],
  [/-win32-x64-msvc$/, { os: ['win32'], cpu: ['x64'] }],
];

let added = 0;
for (const [, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    const platform = platforms.find(([pattern]) => pattern.test(name));
    if (!platform) {
      console.error(`No platform known for optional dependency ${name}; add it to scripts/complete-lockfile.mjs.`);
      process.exitCode = 1;
      continue;
    }
    lock.packages[key] = { version, optional: true, ...platform[1] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform entries.`);
