export { assertEventPortsFree, assertPortsFree, eventPortsFromEnv, PortError, portsFromEnv } from './port-plan.ts';
export { freePort, isListening, isPortTaken } from './ports.ts';
export { SERVICE_NAMES, type ServiceName, type Stack, type StackOptions, startAll } from './stack.ts';
export { DEFAULT_RESTART_POLICY, nextRestart, type RestartPolicy } from './supervisor.ts';
