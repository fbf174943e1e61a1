import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const CLIENT = join(__dirname, '../../playground/client.ts');
const CACHE = join(__dirname, '../../../node_modules/.cache/itsm-playground');

/** Resolves packages the way the client's imports do: from the gateway, and for the
 * editor's workers from @graphiql/react, which depends on them. */
const fromGateway = createRequire(CLIENT);
const fromGraphiQLReact = createRequire(
  createRequire(fromGateway.resolve('graphiql/package.json')).resolve(
    '@graphiql/react/package.json',
  ),
);

const WORKERS = {
  editor: fromGraphiQLReact.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
  json: fromGraphiQLReact.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
  graphql: fromGraphiQLReact.resolve('monaco-graphql/esm/graphql.worker.js'),
};

function versionOf(require: NodeJS.Require, name: string): string {
  return (
    JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }
  ).version;
}

/** The bundle changes only with the client and the packages in it. */
function bundleKey(): string {
  const hash = createHash('sha256').update(readFileSync(CLIENT));
  for (const name of ['graphiql', 'react', 'react-dom', 'esbuild']) {
    hash.update(`${name}@${versionOf(fromGateway, name)}`);
  }
  hash.update(`monaco-editor@${versionOf(fromGraphiQLReact, 'monaco-editor')}`);
  return hash.digest('hex').slice(0, 16);
}

let bundling: Promise<string> | undefined;

/**
 * The folder holding the playground's assets: app.js, app.css, the editor workers and
 * fonts, bundled with esbuild from the npm packages on first use and kept in
 * node_modules/.cache, so every later start (and every test) reuses them. Images build it
 * ahead (`pnpm --filter @itsm/gateway playground:build`), since they run read-only.
 */
export function playgroundBundle(): Promise<string> {
  bundling ??= bundleOnce();
  return bundling;
}

async function bundleOnce(): Promise<string> {
  const folder = join(CACHE, bundleKey());
  if (existsSync(join(folder, 'app.js'))) return folder;
  // Built aside and renamed into place, so a concurrent start never serves half a bundle.
  const building = `${folder}.${process.pid}.tmp`;
  mkdirSync(dirname(building), { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    outdir: building,
    logLevel: 'error' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: { app: CLIENT },
      format: 'iife',
      loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
      assetNames: '[name]-[hash]',
    }),
    build({
      ...common,
      entryPoints: Object.fromEntries(
        Object.entries(WORKERS).map(([label, path]) => [`${label}.worker`, path]),
      ),
      format: 'iife',
    }),
  ]);
  try {
    renameSync(building, folder);
  } catch (error) {
    // Another process won the race; its bundle is the same.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(folder, 'app.js'))) throw error;
  }
  return folder;
}
