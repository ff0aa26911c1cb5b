/**
 * What the web server tells the browser at runtime (`/config.json`), so the same build runs
 * against any gateway and identity provider.
 */
export interface WebConfig {
  gatewayUrl: string;
  issuer: string;
  clientId: string;
  scope: string;
  resource?: string;
}

/** The props the shell hands every app through single-spa's customProps. */
export interface StelselAppProps {
  gatewayUrl: string;
  /** Base path the app is mounted on, e.g. "/school". */
  basePath: string;
}
