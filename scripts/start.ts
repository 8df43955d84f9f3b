/**
 * `npm start`: builds the site from the content and serves it on http://127.0.0.1:4321.
 * The editing workflow (CMS) runs with `npm run dev`.
 */
import { spawn } from 'node:child_process';

const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Cancelaria needs Node.js 22.12 or newer (24 LTS recommended); this is ${process.version}. See README.md, "Requirements".`);
  process.exit(1);
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro ${args[0]} exited with ${code}`))));
  });
}

try {
  await run(['build']);
  await run(['preview', '--host', '127.0.0.1', '--port', '4321']);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
