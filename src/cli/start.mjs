/**
 * `npm start`: the built server (dist-server/, the app in dist/) on plain Node. Where the build tools are
 * installed (`npm install`), it builds first, so `npm install && npm start` serves what the sources say;
 * after a production install (`npm ci --omit=dev`, no build tools) it serves what the last `npm run build`
 * left. JavaScript, not TypeScript: it runs before anything could compile it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function installed(name) {
  try {
    import.meta.resolve(name);
    return true;
  } catch {
    return false;
  }
}

if (installed('vite')) {
  const npm = process.env.npm_execpath;
  const build = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = new URL('../../dist-server/main.js', import.meta.url);
if (!existsSync(server) || !existsSync(new URL('../../dist/index.html', import.meta.url))) {
  console.error(
    'vgcopy: no build to serve: run `npm run build` (with the dev dependencies installed) first.',
  );
  process.exit(1);
}
// The built files carry source maps: errors name the lines of src/, not of the bundle.
process.setSourceMapsEnabled(true);
await import(server.href);
