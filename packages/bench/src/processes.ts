import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inheritedEnvironment, repositoryRoot } from './environment';

/** A Node.js process the bench started: a subgraph, a gateway or `pnpm start`. */
export interface ServiceProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Its resident set size now, in MB, from /proc. */
  rssMb(): number;
  stop(): Promise<void>;
}

export interface ServiceLaunch {
  name: string;
  /** The script to run, relative to the repository root. */
  entry: string;
  args?: string[];
  environment: Record<string, string>;
  /** The origin it serves, such as http://127.0.0.1:4100. */
  origin: string;
  /** Node.js options such as `--cpu-prof`. */
  nodeOptions?: string[];
  cwd?: string;
}

const READY_TIMEOUT_MS = 120_000;

/** Starts a TypeScript entry point under tsx and resolves once `/health/ready` (or, for a
 * server without one, `/graphql`) answers 200. */
export async function launch(service: ServiceLaunch, readyPath = '/health/ready') {
  const child = spawn(
    process.execPath,
    [...(service.nodeOptions ?? []), '--import', 'tsx', service.entry, ...(service.args ?? [])],
    {
      cwd: service.cwd ?? repositoryRoot,
      env: { ...inheritedEnvironment, ...service.environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running: ServiceProcess = {
    name: service.name,
    url: `${service.origin}/graphql`,
    child,
    rssMb: () => rssMbOf(child.pid!),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitUntilReady(`${service.origin}${readyPath}`, () => child.exitCode !== null);
  } catch (error) {
    await running.stop();
    throw new Error(
      `${service.name} did not become ready: ${(error as Error).message}\n${output.join('')}`,
      { cause: error },
    );
  }
  return running;
}

export async function waitUntilReady(
  url: string,
  gaveUp: () => boolean,
  timeoutMs = READY_TIMEOUT_MS,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gaveUp()) throw new Error('the process exited');
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

/** The resident set size of a process, in MB, as the kernel reports it. */
export function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes / 1024;
}
