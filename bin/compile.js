// The bot runs as plain JavaScript: esbuild bundles the TypeScript sources into
// node_modules/.cache/career-bot/js/, and bundles them again whenever a file they were built from
// changes (the key hashes the content of every one), so there is no build step to forget. Running
// the sources through a TypeScript loader instead costs a loader thread with a heap of its own
// (about 35 MiB of a bot's memory) and a slower start.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Inside the project, so that the bundle's imports of packages find node_modules as the sources do. */
const outDir = (root) => join(root, 'node_modules/.cache/career-bot/js');
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Each module keeps its own location: `import.meta.url` is the URL of the source file, so paths
 * to data files (`new URL('../../data/…', import.meta.url)`) mean what they mean in the sources.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
      loader: 'ts',
    }));
  },
};

/** A key over this file, the TypeScript settings, esbuild's version and every input's name and content. */
function keyOf(root, inputs) {
  const hash = createHash('sha256');
  for (const file of ['bin/compile.js', 'tsconfig.json', 'node_modules/esbuild/package.json'])
    hash.update(readFileSync(join(ROOT, file))).update('\0');
  for (const file of inputs)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The bundle last built for `entry`, if every file it was built from is unchanged. */
function current(root, manifestFile) {
  try {
    const { key, inputs, output } = JSON.parse(readFileSync(manifestFile, 'utf8'));
    return keyOf(root, inputs) === key && statSync(join(root, output)).isFile() ? output : undefined;
  } catch {
    return undefined; // never built, or a file it was built from is gone
  }
}

/** Builds running in this process: esbuild's service is stopped when the last one ends. */
let running = 0;

async function bundle(root, entry, manifestFile) {
  const esbuild = await import('esbuild');
  running++;
  // Unique to this build: processes in two containers sharing the folder may have the same pid.
  const building = join(outDir(root), `.building-${randomUUID()}`);
  try {
    const { metafile } = await esbuild.build({
      absWorkingDir: root, // the metafile names files relative to the project
      entryPoints: [entry],
      outdir: building,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true, // what the sources import lazily (Slack, Discord, charts) stays lazy
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: 'linked', // for `node --enable-source-maps`; an inline map would sit in memory
      metafile: true,
      logLevel: 'silent',
      plugins: [keepModuleUrls],
    });
    const inputs = Object.keys(metafile.inputs);
    const key = keyOf(root, inputs);
    const dir = join(outDir(root), key);
    try {
      renameSync(building, dir);
    } catch {
      rmSync(building, { recursive: true, force: true }); // built at the same time by another process
    }
    const [built] = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entry);
    const output = relative(root, join(dir, relative(building, join(root, built))));
    const tmp = `${building}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key, inputs, output }));
    renameSync(tmp, manifestFile);
    return output;
  } finally {
    rmSync(building, { recursive: true, force: true }); // left only by a failed build
    if (--running === 0) await esbuild.stop();
  }
}

/**
 * Removes bundles that no manifest names and that are older than a day: a bot started from an
 * older bundle still loads parts of it lazily, so a new one does not replace it at once.
 */
function prune(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  const manifests = entries.filter((e) => e.isFile() && e.name.endsWith('.json'));
  const named = manifests.map((e) => {
    try {
      return JSON.parse(readFileSync(join(dir, e.name), 'utf8'))
        .output.split('/')
        .at(-2);
    } catch {
      return undefined; // unreadable: it names nothing, and its entry is bundled again when asked for
    }
  });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (!entry.isDirectory() || named.includes(entry.name)) continue;
    const made = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now(); // gone: another process pruned it
    if (Date.now() - made > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * The URL of `entry` (a TypeScript file, relative to `root`, the project by default) as bundled
 * JavaScript, bundled first if it never was or a file it was built from changed.
 */
export async function compiled(entry, root = ROOT) {
  const dir = outDir(root);
  mkdirSync(dir, { recursive: true });
  const manifestFile = join(dir, `${entry.replaceAll('/', '_')}.json`);
  let output = current(root, manifestFile);
  if (!output) {
    output = await bundle(root, entry, manifestFile);
    prune(dir);
  }
  return pathToFileURL(join(root, output)).href;
}
