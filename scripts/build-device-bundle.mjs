// Builds what the GPU device machine needs besides Node (docs/GPU.md): the `destseg` CLI as one ESM file
// with everything bundled except Dawn, plus Dawn's addon, the tfjs wasm binaries and the teacher weights,
// all under the git-ignored .device/ that ../shared/device/prepare.sh fills with Node and Vulkan.
//
// usage (from the repository root):  ../shared/device/prepare.sh .device && node scripts/build-device-bundle.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.device');
const core = join(root, 'packages', 'core');
// The device machine takes the checkout plus .device, 64 MiB in all.
const LIMIT = 64 * 1024 * 1024;

/** esbuild comes with tsx (a root devDependency); a direct devDependency would be found first. */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    const fromTsx = createRequire(createRequire(join(root, 'package.json')).resolve('tsx/package.json'));
    return fromTsx('esbuild');
  }
}

/** Where a dependency of @destseg/core is installed (pnpm keeps them under packages/core/node_modules). */
function packageDir(name) {
  return dirname(createRequire(join(core, 'package.json')).resolve(`${name}/package.json`));
}

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

const esbuild = await loadEsbuild();
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [join(core, 'src', 'cli', 'main.ts')],
  outfile: join(out, 'destseg.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  // Dawn is a native addon, loaded from .device/node_modules/webgpu. sharp's JS is bundled; it requires its
  // native addon by a computed name, found at run time in .device/node_modules/@img. The tfjs-node packages
  // are imported by a variable name, so they stay runtime imports and are reported missing, as on any
  // machine without them.
  external: ['webgpu'],
  // CommonJS code inside an ESM bundle (tfjs, emscripten) needs require and __dirname; emscripten looks
  // for the wasm binaries in __dirname, which is .device/.
  banner: {
    js: [
      "import { createRequire as __destsegRequire } from 'node:module';",
      "import { dirname as __destsegDirname } from 'node:path';",
      "import { fileURLToPath as __destsegPath } from 'node:url';",
      'const require = __destsegRequire(import.meta.url);',
      'const __filename = __destsegPath(import.meta.url);',
      'const __dirname = __destsegDirname(__filename);',
    ].join('\n'),
  },
  logLevel: 'warning',
});

const wasmDist = join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist');
for (const name of readdirSync(wasmDist).filter((n) => n.endsWith('.wasm'))) {
  copy(join(wasmDist, name), join(out, name));
}

/** Copies a package's files into .device/node_modules; native libraries travel xz-compressed (setup.sh unpacks). */
function copyPackage(name, from, files, compressed) {
  const dir = join(out, 'node_modules', name);
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) copy(join(from, file), join(dir, file));
  for (const file of compressed) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    execFileSync('sh', ['-c', `xz -T2 -9 -c "$0" > "$1"`, join(from, file), `${join(dir, file)}.xz`]);
  }
}

copyPackage(
  'webgpu',
  packageDir('webgpu'),
  ['package.json', 'index.js'],
  [join('dist', 'linux-x64', 'dawn.node')],
);
// sharp decodes the dataset images exactly as on this machine (libjpeg-turbo inside libvips).
const sharpDir = packageDir('sharp');
const sharpRequire = createRequire(join(sharpDir, 'package.json'));
const addonDir = dirname(sharpRequire.resolve('@img/sharp-linux-x64/package'));
const libvipsDir = dirname(
  createRequire(join(addonDir, 'package.json')).resolve('@img/sharp-libvips-linux-x64/package'),
);
copyPackage('@img/sharp-linux-x64', addonDir, ['package.json', join('lib', 'sharp-linux-x64.node')], []);
const libvips = readdirSync(join(libvipsDir, 'lib')).find((n) => n.startsWith('libvips-cpp.so'));
copyPackage('@img/sharp-libvips-linux-x64', libvipsDir, ['package.json'], [join('lib', libvips)]);

// Run after env.sh in every device command (and before a local check of the bundle): unpacks the natives once.
writeFileSync(
  join(out, 'unpack.sh'),
  [
    '# Unpacks the xz-compressed native addons under .device/node_modules once (run from the repository root).',
    'for f in $(find .device/node_modules -name "*.xz"); do',
    '  out=$(dirname "$f")/$(basename "$f" .xz)',
    '  [ -s "$out" ] || xz -dc "$f" > "$out" 2>/dev/null ||',
    '    python3 -c "import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2],\'wb\'))" "$f" "$out"',
    'done',
    '',
  ].join('\n'),
);

// The device has no ../shared and no internet: take the teacher along (DESTSEG_TEACHER or ../shared/weights).
const teacherName = 'resnet18-imagenet-l1-l3.safetensors';
const teacher = process.env.DESTSEG_TEACHER ?? join(root, '..', 'shared', 'weights', teacherName);
if (existsSync(teacher)) copy(teacher, join(out, teacherName));
else console.warn(`warning: no teacher weights at ${teacher}; pass --teacher on the device`);

function sizeOf(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Bytes of what the device run copies: tracked and untracked-but-not-ignored files. */
function checkoutBytes() {
  const list = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  return list
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(root, f)))
    .reduce((sum, f) => sum + statSync(join(root, f)).size, 0);
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
for (const name of readdirSync(out).sort())
  console.log(`  ${mib(sizeOf(join(out, name))).padStart(9)}  .device/${name}`);
const device = sizeOf(out);
const checkout = checkoutBytes();
const total = device + checkout;
console.log(`.device ${mib(device)} + checkout ${mib(checkout)} = ${mib(total)} of ${mib(LIMIT)}`);
if (!existsSync(join(out, 'node.xz'))) {
  console.warn(
    `warning: ${relative(root, out)}/node.xz missing: run ../shared/device/prepare.sh .device first`,
  );
}
if (total > LIMIT) {
  console.error('too large for the device machine');
  process.exit(1);
}
