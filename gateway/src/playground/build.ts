import { playgroundBundle } from './bundle';

/** Bundles the playground ahead of the first start, for images that run read-only. */
playgroundBundle().then(
  (folder) => process.stdout.write(`Playground bundled in ${folder}\n`),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
