import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Kafka, logLevel } from 'kafkajs';
import { freePort } from './ports';

/** A real single-node Apache Kafka broker (KRaft), run from the jars on Maven Central. */
export interface KafkaBroker {
  /** `host:port` addresses for a client's `brokers`. */
  brokers: string[];
  /** Stops the JVM: SIGTERM, then SIGKILL if it is still running after 15 s. */
  stop(): Promise<void>;
  /** Kills the JVM at once (SIGKILL), as a crashed machine would stop it. */
  kill(): Promise<void>;
  /** Starts the stopped broker again on the same ports and data. */
  start(): Promise<void>;
}

export interface KafkaBrokerOptions {
  /** Holds the broker's configuration, its data and, without `onLog`, `broker.log`. */
  dataDir: string;
  port?: number;
  controllerPort?: number;
  /** Receives each line the JVM prints; without it they go to `<dataDir>/broker.log`. */
  onLog?: (line: string) => void;
}

const repositoryRoot = join(__dirname, '../../..');
const infraFolder = join(repositoryRoot, 'infra/kafka');
// A JVM on a busy 2-core machine has been seen to print nothing for a minute.
const READY_TIMEOUT_MS = 180_000;
const KILL_AFTER_MS = 15_000;
const KEPT_LOG_LINES = 100;

const INSTALL_HINTS: Record<string, string> = {
  java: 'Java 17 or later (Debian: apt-get install openjdk-17-jre-headless)',
  mvn: 'Maven (Debian: apt-get install maven)',
};

/** Runs a command to completion and returns what it printed. */
async function run(command: string, args: string[]): Promise<string> {
  const child = spawn(command, args, { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new Error(`\`${command}\` is not on the PATH; install ${INSTALL_HINTS[command]}.`)
          : error,
      ),
    );
    child.once('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}

/** The broker's jars, fetched once into `.cache/kafka-<version>/libs`. */
async function kafkaLibraries(): Promise<string> {
  const pom = join(infraFolder, 'pom.xml');
  const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(pom, 'utf8'))?.[1];
  if (!version) throw new Error(`${pom} sets no <kafka.version>.`);
  const folder = join(repositoryRoot, '.cache', `kafka-${version}`);
  const libs = join(folder, 'libs');
  if (existsSync(libs)) return libs;
  mkdirSync(folder, { recursive: true });
  // Fetched aside and renamed, so an interrupted fetch never looks like a complete one.
  const partial = mkdtempSync(join(folder, 'partial-'));
  try {
    await run('mvn', [
      '--batch-mode',
      '--quiet',
      '--file',
      pom,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${partial}`,
    ]);
    renameSync(partial, libs);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    // Another process may have fetched the same jars at the same time.
    if (!existsSync(libs)) throw error;
  }
  return libs;
}

/** The committed template with this broker's ports and folder. */
function serverProperties(port: number, controllerPort: number, logDir: string): string {
  const values: Record<string, string> = {
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'controller.quorum.bootstrap.servers': `127.0.0.1:${controllerPort}`,
    'log.dirs': logDir,
  };
  let text = readFileSync(join(infraFolder, 'server.properties'), 'utf8');
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^${key.replace(/\./g, '\\.')}=.*$`, 'm');
    if (!line.test(text)) throw new Error(`infra/kafka/server.properties has no ${key}.`);
    text = text.replace(line, `${key}=${value}`);
  }
  return text;
}

/** A Kafka cluster id: 16 random bytes in URL-safe base64, not starting with '-'. */
function clusterId(): string {
  const id = randomBytes(16).toString('base64url');
  return id.startsWith('-') ? clusterId() : id;
}

async function answers(client: Kafka): Promise<boolean> {
  const admin = client.admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect();
  }
}

/** Formats `dataDir` on first use, starts the broker and resolves once it answers. */
export async function startKafkaBroker(options: KafkaBrokerOptions): Promise<KafkaBroker> {
  const libs = await kafkaLibraries();
  const port = options.port ?? (await freePort(options.controllerPort));
  const controllerPort = options.controllerPort ?? (await freePort(port));
  const brokers = [`127.0.0.1:${port}`];
  const logDir = join(options.dataDir, 'data');
  const configuration = join(options.dataDir, 'server.properties');
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(configuration, serverProperties(port, controllerPort, logDir));

  const logFile = join(options.dataDir, 'broker.log');
  const onLog = options.onLog ?? ((line: string) => appendFileSync(logFile, `${line}\n`));
  const java = (mainClass: string, ...args: string[]) => [
    `-Dlog4j2.configurationFile=${join(infraFolder, 'log4j2.properties')}`,
    '-cp',
    `${libs}/*`,
    mainClass,
    ...args,
  ];

  if (!existsSync(join(logDir, 'meta.properties'))) {
    const formatted = await run(
      'java',
      java(
        'kafka.tools.StorageTool',
        'format',
        '-t',
        clusterId(),
        '-c',
        configuration,
        '--standalone',
      ),
    );
    for (const line of formatted.trimEnd().split('\n')) onLog(line);
  }

  const readiness = new Kafka({
    clientId: 'itsm-kafka-readiness',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
  });
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  async function stop(): Promise<void> {
    const running = child;
    if (!running) return;
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), KILL_AFTER_MS);
    await exited;
    clearTimeout(timer);
  }

  async function kill(): Promise<void> {
    child?.kill('SIGKILL');
    await exited;
  }

  async function start(): Promise<void> {
    if (child) throw new Error('The Kafka broker is already running.');
    const lastLines: string[] = [];
    const launched = spawn(
      'java',
      ['-Xmx512m', '-XX:+UseSerialGC', ...java('kafka.Kafka', configuration)],
      { cwd: options.dataDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    for (const stream of [launched.stdout, launched.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        lastLines.push(line);
        if (lastLines.length > KEPT_LOG_LINES) lastLines.shift();
        onLog(line);
      });
    }
    // A broker must not outlive the process that started it, such as a Jest worker.
    const killOnExit = () => launched.kill('SIGKILL');
    process.once('exit', killOnExit);
    let exitReason: string | undefined;
    child = launched;
    exited = new Promise((resolve) => {
      const finish = (reason: string) => {
        if (exitReason !== undefined) return;
        exitReason = reason;
        process.off('exit', killOnExit);
        child = undefined;
        resolve();
      };
      // 'close' rather than 'exit': by then the last lines have been read.
      launched.once('close', (code, signal) => finish(`exited with ${signal ?? code}`));
      launched.once('error', (error) => finish(`failed: ${error.message}`));
    });

    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (exitReason === undefined && Date.now() < deadline) {
      if (await answers(readiness)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const why = exitReason ?? `was not ready within ${READY_TIMEOUT_MS / 1000} s`;
    await stop();
    throw new Error(`The Kafka broker ${why}. Its last lines:\n${lastLines.join('\n')}`);
  }

  await start();
  return { brokers, stop, kill, start };
}
