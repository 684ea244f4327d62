/**
 * Makes sure Debian's Chromium is there before the browser tests run.
 * On a fresh Debian machine as root it installs the package; elsewhere it says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_ENV, findChromium } from './chromium';

function fail(message: string): never {
  console.error(`\nBrowser tests need Chromium. ${message}\n`);
  process.exit(1);
}

const override = process.env[CHROMIUM_ENV];
if (override && !findChromium()) {
  fail(`${CHROMIUM_ENV} is set to "${override}", but no executable file is there. Fix the path or unset the variable.`);
}

if (!findChromium()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!existsSync('/usr/bin/apt-get')) {
    fail(`Install Chromium with your package manager, or set ${CHROMIUM_ENV} to its executable.`);
  }
  if (!isRoot) {
    fail(`Run "sudo apt-get update && sudo apt-get install -y chromium", or set ${CHROMIUM_ENV} to a Chromium executable.`);
  }
  console.log("Chromium is missing: installing Debian's chromium package (this takes a minute) …");
  try {
    const options = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update', '-qq'], options);
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], options);
  } catch {
    fail('Installing it with apt-get failed (see above). Install the package "chromium" by hand and run the tests again.');
  }
  if (!findChromium()) fail(`apt-get finished but no Chromium was found. Set ${CHROMIUM_ENV} to its executable.`);
}
console.log(`Chromium: ${findChromium()}`);
