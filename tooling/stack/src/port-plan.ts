import {
  eventsPortVariableOf,
  PARTS,
  type PartName,
  partOf,
  portVariableOf,
  SUBGRAPHS,
  type SubgraphName,
} from '@stelsel/topology';
import { isPortTaken } from './ports.ts';

/** A port setting `npm start` cannot use; the message says which part, which port and which variable. */
export class PortError extends Error {
  override name = 'PortError';
  constructor(
    readonly code: 'PORT_TAKEN' | 'PORT_INVALID',
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** The documented default of every part, moved by its `<PART>_PORT` variable (GATEWAY_PORT, WEB_PORT, …). */
export function portsFromEnv(env: Record<string, string | undefined>): Record<PartName, number> {
  const ports = {} as Record<PartName, number>;
  for (const part of PARTS) {
    const variable = portVariableOf(part.name);
    const raw = env[variable]?.trim();
    if (!raw) {
      ports[part.name] = part.port;
      continue;
    }
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) {
      throw new PortError(
        'PORT_INVALID',
        `${variable}="${raw}" is geen poortnummer (1 tot en met 65535) voor de ${part.label}.`,
        variable,
      );
    }
    ports[part.name] = port;
  }
  const seen = new Map<number, PartName>();
  for (const part of PARTS) {
    const other = seen.get(ports[part.name]);
    if (other) {
      throw new PortError(
        'PORT_INVALID',
        `De ${partOf(other).label} en de ${part.label} staan allebei op poort ${ports[part.name]}. Geef er één een andere poort met ${portVariableOf(part.name)}.`,
        portVariableOf(part.name),
      );
    }
    seen.set(ports[part.name], part.name);
  }
  return ports;
}

/**
 * Refuses, before anything starts, a port another program already uses: otherwise the stack would
 * find "something listening" there and report a system that is in fact someone else's.
 */
export async function assertPortsFree(ports: Record<PartName, number>, parts: readonly PartName[]): Promise<void> {
  for (const name of parts) {
    if (await isPortTaken(ports[name])) {
      const variable = portVariableOf(name);
      throw new PortError(
        'PORT_TAKEN',
        `Poort ${ports[name]} is al in gebruik, dus de ${partOf(name).label} kan niet starten. ` +
          `Stop wat daar draait (misschien een eerder gestart stelsel), of kies een andere poort: ${variable}=<poort> npm start.`,
        variable,
      );
    }
  }
}

/** Each subgraph's event-feed port: its default, moved by `<SUBGRAPH>_EVENTS_PORT`. */
export function eventPortsFromEnv(env: Record<string, string | undefined>): Record<SubgraphName, number> {
  const ports = {} as Record<SubgraphName, number>;
  for (const part of SUBGRAPHS) {
    const variable = eventsPortVariableOf(part.name);
    const raw = env[variable]?.trim();
    const port = raw ? Number(raw) : part.eventsPort;
    if (!Number.isInteger(port) || port < 1 || port > 65_535) {
      throw new PortError(
        'PORT_INVALID',
        `${variable}="${raw}" is geen poortnummer (1 tot en met 65535) voor de events van de ${part.label}.`,
        variable,
      );
    }
    ports[part.name] = port;
  }
  return ports;
}

export async function assertEventPortsFree(
  ports: Record<SubgraphName, number>,
  parts: readonly SubgraphName[],
): Promise<void> {
  for (const name of parts) {
    if (await isPortTaken(ports[name])) {
      const variable = eventsPortVariableOf(name);
      throw new PortError(
        'PORT_TAKEN',
        `Poort ${ports[name]} is al in gebruik, dus de events van de ${partOf(name).label} kunnen niet starten. ` +
          `Stop wat daar draait (misschien een eerder gestart stelsel), of kies een andere poort: ${variable}=<poort> npm start.`,
        variable,
      );
    }
  }
}
