/**
 * Finds the Chromium the browser tests run in. Playwright cannot download its own browser here, so the
 * tests use a system Chromium: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium. Where none
 * is found and we run as root with apt-get, Debian's chromium is installed; otherwise the run stops with
 * a message saying what to install. The browser tests are never skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function found(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return candidates.find((c) => existsSync(c));
}

export function chromiumExecutable(): string {
  const path = found();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("vgcopy tests: no Chromium found; installing Debian's chromium with apt-get.");
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    'The browser tests need Chromium and none was found. Install it (Debian: `sudo apt-get install chromium`) ' +
      'or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome binary.',
  );
}
