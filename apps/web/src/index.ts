export { APP_NAMES, type AppName, isAppName, specifierOf } from './apps.ts';
export { type DeployResult, deployApp } from './deploy.ts';
export { readWebEnv, repoRoot, type WebEnv } from './env.ts';
export {
  appUrl,
  ensureImportMap,
  type ImportMap,
  importMapFile,
  readDeployments,
  readImportMap,
} from './import-map.ts';
export { contentSecurityPolicy, startWeb, type WebOptions, type WebServer } from './server.ts';
