export { freePort, isListening } from './ports.ts';
export { SERVICE_NAMES, type ServiceName, type Stack, type StackOptions, startAll } from './stack.ts';
