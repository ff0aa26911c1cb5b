/** Standard OAuth 2.0 client credentials against the issuer's token endpoint (found by discovery). */
export async function clientCredentialsToken(
  issuer: string,
  clientId: string,
  clientSecret: string,
  resource = 'urn:stelsel:api',
): Promise<string> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    token_endpoint: string;
  };
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api', resource }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) {
    throw new Error(`Geen token voor ${clientId}: ${body.error ?? response.status} ${body.error_description ?? ''}`);
  }
  return body.access_token;
}
