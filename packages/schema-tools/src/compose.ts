import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from '@itsm/platform';

/** Composes the four subgraph SDLs into schema/supergraph.graphql and keeps a copy of
 * each SDL beside it for consumers. With --check, fails instead of writing when the
 * committed files are stale or composition fails. */
const root = join(__dirname, '../../..');
const check = process.argv.includes('--check');

const subgraphs = SUBGRAPHS.map(({ name, defaultPort }) => ({
  name,
  url: `http://localhost:${defaultPort}/graphql`,
  sdl: readFileSync(join(root, 'services', name, 'src/schema.graphql'), 'utf8'),
}));

const result = composeServices(
  subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
);
if (result.errors) {
  for (const error of result.errors) process.stderr.write(`${error.message}\n`);
  process.stderr.write('Composition failed.\n');
  process.exit(1);
}

const outputs = [
  { path: join(root, 'schema/supergraph.graphql'), content: result.supergraphSdl },
  ...subgraphs.map(({ name, sdl }) => ({
    path: join(root, 'schema/subgraphs', `${name}.graphql`),
    content: sdl,
  })),
];

const stale = outputs.filter(
  ({ path, content }) => !existsSync(path) || readFileSync(path, 'utf8') !== content,
);
if (check) {
  if (stale.length) {
    for (const { path } of stale) process.stderr.write(`stale: ${path}\n`);
    process.stderr.write('The committed supergraph is stale: run `pnpm compose` and commit.\n');
    process.exit(1);
  }
  process.stdout.write('The committed supergraph is up to date.\n');
} else {
  mkdirSync(join(root, 'schema/subgraphs'), { recursive: true });
  for (const { path, content } of stale) writeFileSync(path, content);
  process.stdout.write(
    `Composed ${subgraphs.length} subgraphs; ${stale.length} file(s) written.\n`,
  );
}
