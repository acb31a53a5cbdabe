// Builds the production JavaScript as ESM bundles (esbuild) that run on plain Node, without tsx: the API and
// each of its workers, the `destseg` CLI and the platform launcher. `pnpm start` runs it first; `pnpm build`
// alone. Arguments choose bundles (`node scripts/build.mjs api`); none builds them all.
//
//   api       apps/api/dist/{main,worker-main,training-worker,engine-worker,pixel-worker,predictor-worker}.js
//   cli       packages/core/dist/destseg.js
//   launcher  dist/start-platform.js
//
// The workspace's own TypeScript (@destseg/*) is bundled; npm packages stay imports, found at run time
// through dist/node_modules, links to the installed packages of the workspace package that imports them
// (pnpm keeps each package's dependencies in its own node_modules). Bundled code keeps its source
// location: `import.meta.url` is the source file's URL, so the files read beside the sources (migrations,
// schema.graphql, package.json, ../shared) are found as in development. The one exception is
// apps/api/src/worker-entry.ts, which finds the worker bundles beside its own bundle.
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = join(root, 'apps', 'api');
const WORKER_ENTRY = join(api, 'src', 'worker-entry.ts');

const BUNDLES = {
  api: {
    outdir: join(api, 'dist'),
    entryPoints: {
      main: join(api, 'src', 'main.ts'),
      'worker-main': join(api, 'src', 'worker-main.ts'),
      'training-worker': join(api, 'src', 'jobs', 'training-worker.ts'),
      'engine-worker': join(api, 'src', 'jobs', 'engine-worker.ts'),
      'pixel-worker': join(api, 'src', 'inference', 'pixel-worker.ts'),
      'predictor-worker': join(api, 'src', 'inference', 'predictor-worker.ts'),
    },
  },
  cli: {
    outdir: join(root, 'packages', 'core', 'dist'),
    entryPoints: { destseg: join(root, 'packages', 'core', 'src', 'cli', 'main.ts') },
  },
  launcher: {
    outdir: join(root, 'dist'),
    entryPoints: { 'start-platform': join(root, 'scripts', 'start-platform.ts') },
  },
};

const chosen = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(BUNDLES);
for (const name of chosen) {
  if (!(name in BUNDLES))
    throw new Error(`unknown bundle '${name}'; one of ${Object.keys(BUNDLES).join(', ')}`);
}

/** The folder of the package.json nearest above `file`. */
function packageRoot(file) {
  let dir = dirname(file);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/** `@scope/name/sub/path` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** npm packages stay imports; records, per package name, the workspace packages that import it. */
function externalPackages(imported) {
  return {
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('@destseg/')) return undefined;
        if (args.path.startsWith('node:')) return { external: true };
        // A package's JSON (tfjs-internals-version.ts reads a version) is inlined: esbuild would drop the
        // import attribute that Node requires of an external JSON import.
        if (args.path.endsWith('.json')) return undefined;
        const owner = packageRoot(args.importer);
        const name = packageName(args.path);
        if (!imported.has(name)) imported.set(name, new Set());
        imported.get(name).add(owner);
        return { external: true };
      });
    },
  };
}

/** `import.meta.url` of each bundled source becomes that source's own URL (see the header). */
const sourceLocation = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path === WORKER_ENTRY) return undefined;
      const text = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/** dist/node_modules/<name> → (a relative link to) the package its importer has installed; two installs are an error. */
function linkPackages(outdir, imported) {
  const modules = join(outdir, 'node_modules');
  rmSync(modules, { recursive: true, force: true });
  for (const [name, owners] of [...imported].sort(([a], [b]) => a.localeCompare(b))) {
    const installs = new Set(
      [...owners]
        .map((owner) => join(owner, 'node_modules', name))
        .filter((path) => existsSync(path))
        .map((path) => realpathSync(path)),
    );
    if (installs.size > 1) throw new Error(`${name} is installed twice: ${[...installs].join(', ')}`);
    const [target] = installs;
    if (target === undefined) continue; // an optional package that is not installed (tfjs-node, …)
    const link = join(modules, name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), target), link, 'dir');
  }
}

/** Each bundled workspace package's declared (and optional) dependencies, also those imported by a computed name. */
function declaredDependencies(imported, bundledPackages) {
  for (const dir of bundledPackages) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      if (name.startsWith('@destseg/')) continue;
      if (!imported.has(name)) imported.set(name, new Set());
      imported.get(name).add(dir);
    }
  }
}

for (const bundle of chosen.map((name) => BUNDLES[name])) {
  const imported = new Map();
  rmSync(bundle.outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: bundle.entryPoints,
    outdir: bundle.outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    metafile: true,
    plugins: [externalPackages(imported), sourceLocation],
    logLevel: 'warning',
  });
  const bundledPackages = new Set(
    Object.keys(result.metafile.inputs).map((input) => packageRoot(join(root, input))),
  );
  declaredDependencies(imported, bundledPackages);
  linkPackages(bundle.outdir, imported);
  console.log(
    `built ${Object.keys(bundle.entryPoints).length} bundle(s) in ${bundle.outdir.slice(root.length)}`,
  );
}
