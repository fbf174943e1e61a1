import { join } from 'node:path';

export const repositoryRoot = join(__dirname, '../../..');

/** The variables the bench hands on to the processes it starts, such as PATH; each process
 * validates its own. */
export const inheritedEnvironment: Readonly<Record<string, string | undefined>> = process.env;
