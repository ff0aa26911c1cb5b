import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateGatewayKeys } from '@stelsel/auth';
import { findRepoRoot } from '@stelsel/graphql-kit';
import { PARTS, type PartName, partOf, SUBGRAPHS, type SubgraphName } from '@stelsel/topology';
import { assertEventPortsFree, assertPortsFree, eventPortsFromEnv, portsFromEnv } from './port-plan.ts';
import { freePort, isListening } from './ports.ts';
import { DEFAULT_RESTART_POLICY, nextRestart, type RestartPolicy, seconds } from './supervisor.ts';

/** Every part, in start order, from the one list in @stelsel/topology. */
export const SERVICE_NAMES = PARTS.map((part) => part.name);
export type ServiceName = PartName;

const DEFAULT_PORTS = Object.fromEntries(PARTS.map((part) => [part.name, part.port])) as Record<ServiceName, number>;

export interface StackOptions {
  /** Where databases and keys live; default `<repo>/.data`. */
  dataDir?: string;
  /**
   * `fixed` (default): the documented ports, each moved by its `<PART>_PORT` variable (GATEWAY_PORT,
   * PLACEMENTS_PORT, …, WEB_PORT); `free` picks free ones (tests). A taken port is refused before
   * anything starts (PortError, Dutch message naming the part, the port and the variable).
   */
  ports?: 'fixed' | 'free' | Partial<Record<ServiceName, number>>;
  /** Which parts to start; default all that exist in the repo. */
  only?: readonly ServiceName[];
  /** Where the children's log lines go: the terminal, nowhere, or `<dataDir>/logs/<part>.log`. */
  output?: 'inherit' | 'silent' | 'files';
  env?: Record<string, string>;
  /** Start a part that crashed again, with exponential backoff (default on); `false` leaves it down. */
  restart?: false | Partial<RestartPolicy>;
  /** Where the supervisor's Dutch lines go; default stderr unless output is `silent`. */
  log?: (line: string) => void;
}

export interface Stack {
  ports: Record<ServiceName, number>;
  /** Each subgraph's loopback event feed (packages/events). */
  eventPorts: Record<SubgraphName, number>;
  urls: { gateway: string; issuer: string; web: string };
  dataDir: string;
  started: ServiceName[];
  /** Stops one part (to test how the others cope) and starts it again. */
  stopService(name: ServiceName): Promise<void>;
  startService(name: ServiceName): Promise<void>;
  /** The process id of a running part (to test the supervisor), undefined when it is down. */
  pidOf(name: ServiceName): number | undefined;
  stop(): Promise<void>;
}

interface Child {
  name: ServiceName;
  process: ChildProcess;
  exited: Promise<number | null>;
  /** Listened once; from then on an exit is a crash for the supervisor. */
  ready: boolean;
}

function entryOf(root: string, name: ServiceName): { cwd: string; entry: string } {
  if (name === 'web') return { cwd: root, entry: join(root, 'apps', 'web', 'src', 'main.ts') };
  const cwd = join(root, 'services', name);
  return { cwd, entry: join(cwd, 'src', 'server.ts') };
}

/**
 * Starts the whole system as child processes, each part on its own port with its own database,
 * and waits until every part listens. Used by `npm start`, the gateway tests and the browser tests.
 */
export async function startAll(options: StackOptions = {}): Promise<Stack> {
  const root = findRepoRoot();
  const dataDir = options.dataDir ?? join(root, '.data');
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const wanted = (options.only ?? SERVICE_NAMES).filter((name) => existsSync(entryOf(root, name).entry));

  let ports = { ...DEFAULT_PORTS };
  if (options.ports === 'free') {
    for (const name of SERVICE_NAMES) ports[name] = await freePort();
  } else {
    ports =
      typeof options.ports === 'object'
        ? { ...DEFAULT_PORTS, ...options.ports }
        : portsFromEnv({ ...process.env, ...options.env });
    await assertPortsFree(ports, wanted);
  }
  // Each subgraph's loopback event feed (packages/events) on a port of its own.
  const eventPorts = eventPortsFromEnv({ ...process.env, ...options.env });
  if (options.ports === 'free') {
    for (const { name } of SUBGRAPHS) eventPorts[name] = await freePort();
  } else {
    await assertEventPortsFree(
      eventPorts,
      SUBGRAPHS.map((s) => s.name).filter((name) => wanted.includes(name)),
    );
  }
  const policy: RestartPolicy | null =
    options.restart === false ? null : { ...DEFAULT_RESTART_POLICY, ...options.restart };
  const log =
    options.log ?? (options.output === 'silent' ? () => {} : (line: string) => process.stderr.write(`${line}\n`));

  const keyFiles = {
    private: join(dataDir, 'keys', 'gateway.private.jwk.json'),
    public: join(dataDir, 'keys', 'gateway.public.jwk.json'),
  };
  await loadOrCreateGatewayKeys(keyFiles.private, keyFiles.public);
  const eventsSecretFile = join(dataDir, 'keys', 'events.secret');
  if (!existsSync(eventsSecretFile)) {
    writeFileSync(eventsSecretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }

  const issuer = `http://localhost:${ports.identity}`;
  const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;
  const webOrigin = `http://localhost:${ports.web}`;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...options.env,
    GATEWAY_PUBLIC_JWK_FILE: keyFiles.public,
    GATEWAY_PRIVATE_JWK_FILE: keyFiles.private,
    IDENTITY_PORT: String(ports.identity),
    IDENTITY_ISSUER: issuer,
    IDENTITY_DATA_DIR: join(dataDir, 'identity'),
    OIDC_ISSUER: issuer,
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_URL: gatewayUrl,
    WEB_PORT: String(ports.web),
    WEB_ORIGIN: webOrigin,
    WEB_ORIGINS: webOrigin,
    WEB_DATA_DIR: join(dataDir, 'web'),
    EVENTS_SECRET:
      options.env?.EVENTS_SECRET ?? process.env.EVENTS_SECRET ?? readFileSync(eventsSecretFile, 'utf8').trim(),
  };
  for (const { name, env: prefix } of SUBGRAPHS) {
    env[`${prefix}_PORT`] = String(ports[name]);
    env[`${prefix}_URL`] = `http://localhost:${ports[name]}/graphql`;
    env[`${prefix}_DATA_DIR`] = join(dataDir, name);
    env[`${prefix}_EVENTS_PORT`] = String(eventPorts[name]);
  }

  const children = new Map<ServiceName, Child>();
  const crashes = new Map<ServiceName, number[]>();
  const pending = new Set<ReturnType<typeof setTimeout>>();
  let stopping = false;

  /** The supervisor: a part that exits on its own is started again after a growing pause. */
  const onCrash = (name: ServiceName, code: number | null, signal: string | null) => {
    if (!policy || stopping) return;
    const label = partOf(name).label;
    const now = Date.now();
    const decision = nextRestart(crashes.get(name) ?? [], now, policy);
    crashes.set(name, [...(crashes.get(name) ?? []).filter((t) => now - t < policy.windowMs), now]);
    const how = signal ? `signaal ${signal}` : `code ${code}`;
    if (decision.giveUp) {
      log(
        `De ${label} is ${decision.recent} keer gecrasht binnen ${seconds(policy.windowMs)} (${how}); ik start hem niet opnieuw. Zie ${join(dataDir, 'logs', `${name}.log`)} en start het stelsel opnieuw met npm start.`,
      );
      return;
    }
    log(`De ${label} is gestopt (${how}); opnieuw starten over ${seconds(decision.delayMs)}.`);
    const timer = setTimeout(() => {
      pending.delete(timer);
      if (stopping) return;
      launch(name).then(
        () => log(`De ${label} draait weer op poort ${ports[name]}.`),
        (error: unknown) => {
          children.delete(name);
          log(`De ${label} kon niet opnieuw starten: ${error instanceof Error ? error.message : String(error)}`);
          onCrash(name, null, null);
        },
      );
    }, decision.delayMs);
    pending.add(timer);
  };

  const launch = async (name: ServiceName) => {
    const { cwd, entry } = entryOf(root, name);
    const logFile =
      options.output === 'files' ? createWriteStream(join(dataDir, 'logs', `${name}.log`), { flags: 'a' }) : null;
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      if (logFile) logFile.write(chunk);
      else if (options.output === 'inherit') process.stdout.write(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
      logFile?.write(chunk);
      if (options.output === 'inherit') process.stderr.write(chunk);
    });
    child.once('exit', () => logFile?.end());
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const part: Child = { name, process: child, exited, ready: false };
    children.set(name, part);
    child.once('exit', (code, signal) => {
      // Stopped on purpose (stopService/stop) removes the part first; failing at start is startAll's error.
      if (children.get(name) !== part || !part.ready) return;
      children.delete(name);
      onCrash(name, code, signal);
    });
    // A part that crashes is reported at once (exitCode); a slow one on a busy machine gets time.
    const startLimitMs =
      Number(process.env.STACK_START_TIMEOUT_MS) > 0 ? Number(process.env.STACK_START_TIMEOUT_MS) : 180_000;
    const deadline = Date.now() + startLimitMs;
    while (!(await isListening(ports[name]))) {
      if (child.exitCode !== null) {
        throw new Error(`${name} stopte bij het starten (code ${child.exitCode}):\n${stderr.trim()}`);
      }
      if (Date.now() > deadline)
        throw new Error(`${name} luistert na ${Math.round(startLimitMs / 1000)} s nog niet op poort ${ports[name]}.`);
      await new Promise((r) => setTimeout(r, 150));
    }
    part.ready = true;
  };

  const stopChild = async (name: ServiceName) => {
    const child = children.get(name);
    if (!child) return;
    children.delete(name);
    if (child.process.exitCode === null && child.process.signalCode === null) {
      child.process.kill('SIGTERM');
      const timeout = setTimeout(() => child.process.kill('SIGKILL'), 10_000);
      await child.exited;
      clearTimeout(timeout);
    }
  };

  const stop = async () => {
    stopping = true;
    for (const timer of pending) clearTimeout(timer);
    pending.clear();
    await Promise.all([...children.keys()].map(stopChild));
  };

  try {
    // Identity and the subgraphs first (in parallel), then the gateway, then the web apps.
    const first = wanted.filter((n) => n === 'identity' || SUBGRAPHS.some((s) => s.name === n));
    await Promise.all(first.map(launch));
    if (wanted.includes('gateway')) await launch('gateway');
    if (wanted.includes('web')) await launch('web');
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    ports,
    eventPorts,
    urls: { gateway: gatewayUrl, issuer, web: webOrigin },
    dataDir,
    started: wanted,
    stopService: stopChild,
    startService: launch,
    pidOf: (name) => children.get(name)?.process.pid,
    stop,
  };
}
