/**
 * Login through an OpenID Connect provider — the route for the national e-ID (VNeID). Authorization code flow
 * with PKCE, state and nonce (openid-client v6). What must survive the browser's round trip to the provider
 * (verifier, state, nonce) travels in a short-lived signed cookie, so any server process can finish the login.
 */
import * as client from 'openid-client';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  scope?: string;
  /** Only for a provider on plain http (tests, a local mock of VNeID). */
  allowInsecure?: boolean;
}

/** What the callback needs to check the provider's answer. */
export interface OidcTransaction {
  state: string;
  nonce: string;
  verifier: string;
  /** Where to send the browser once signed in (a local path only). */
  returnTo: string;
}

export interface OidcIdentity {
  sub: string;
  name?: string;
  email?: string;
}

export class OidcLogin {
  private configuration?: Promise<client.Configuration>;

  constructor(private readonly settings: OidcSettings) {}

  /** Discovery happens once, on first use; a failed discovery is retried on the next login. */
  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        this.settings.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  async begin(returnTo = '/'): Promise<{ url: string; transaction: OidcTransaction }> {
    const config = await this.config();
    const verifier = client.randomPKCECodeVerifier();
    const transaction: OidcTransaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier,
      returnTo: safeReturnTo(returnTo),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scope ?? 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    return { url: url.href, transaction };
  }

  /**
   * Exchanges the code (checking state, nonce, PKCE and the ID token) and reads who signed in. `query` is the
   * callback's query string; the URL is rebuilt on the configured redirect URI, which the token request must
   * repeat exactly, whatever host or proxy the browser came through.
   */
  async finish(query: string, transaction: OidcTransaction): Promise<OidcIdentity> {
    const config = await this.config();
    const callbackUrl = new URL(this.settings.redirectUri);
    callbackUrl.search = query;
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: transaction.verifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    const identity: OidcIdentity = { sub: claims.sub };
    let profile: Record<string, unknown> = claims;
    // Providers that keep profile claims out of the ID token give them at the userinfo endpoint.
    if (typeof claims.name !== 'string' && config.serverMetadata().userinfo_endpoint) {
      profile = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    }
    if (typeof profile.name === 'string') identity.name = profile.name;
    if (typeof profile.email === 'string') identity.email = profile.email;
    return identity;
  }
}

/** Only same-site paths: an open redirect after login would hand the session's victim to anyone. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  return value;
}
