/** Limits against hostile input and for sessions; every value has a safe default. */
export type SecurityConfig = {
  http: {
    /** Time a client has to send the complete request headers. */
    headersTimeoutMs: number;
    /** Time a client has to send the complete request. */
    requestTimeoutMs: number;
    /** How long an idle keep-alive connection stays open after a response. */
    keepAliveTimeoutMs: number;
    /** A TCP connection with no traffic this long (e.g. one that never sends a byte) is closed. */
    idleSocketTimeoutMs: number;
    jsonBodyMaxBytes: number;
    jsonMaxDepth: number;
    /**
     * Reverse proxies in front of the app whose X-Forwarded-For is believed (0: none). Client
     * addresses count login failures and socket connections; behind a proxy without this,
     * everyone would share the proxy's address.
     */
    trustProxyHops: number;
  };
  socket: {
    /** Largest socket.io message or polling body. */
    maxBufferBytes: number;
    /** Concurrent socket.io connections from one remote address. */
    maxConnectionsPerAddress: number;
    /** Nesting allowed in an event's payload (JSON_MAX_DEPTH, as for HTTP bodies). */
    maxJsonDepth: number;
    /** TRUST_PROXY, as for HTTP. */
    trustProxyHops: number;
  };
  login: {
    /** Failed attempts in a row after which an account is locked for a while (doubling). */
    accountFailureLimit: number;
    /** The first lock; each further failure doubles it, up to lockMaxSeconds. */
    lockBaseSeconds: number;
    lockMaxSeconds: number;
  };
  session: {
    /** A session is renewed on use (TOKEN_TTL_HOURS from then), but never beyond this age. */
    maxHours: number;
  };
};

/** Reads one bounded integer (fallback when unset) and records a problem when it is invalid. */
export type IntReader = (name: string, fallback: number, min: number, max: number) => number;

export function loadSecurityConfig(int: IntReader, problems: string[]): SecurityConfig {
  const jsonMaxDepth = int('JSON_MAX_DEPTH', 32, 2, 1000);
  // TRUST_PROXY_HOPS is this setting's earlier name; a deployment that set it keeps working.
  const trustProxyHops = int('TRUST_PROXY', int('TRUST_PROXY_HOPS', 0, 0, 10), 0, 10);
  const config: SecurityConfig = {
    http: {
      headersTimeoutMs: int('HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
      requestTimeoutMs: int('HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
      keepAliveTimeoutMs: int('HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
      idleSocketTimeoutMs: int('HTTP_IDLE_SOCKET_TIMEOUT_MS', 60_000, 100, 3_600_000),
      jsonBodyMaxBytes: int('JSON_BODY_MAX_BYTES', 100 * 1024, 1024, 50 * 1024 * 1024),
      jsonMaxDepth,
      trustProxyHops,
    },
    socket: {
      maxBufferBytes: int('SOCKET_MAX_BUFFER_BYTES', 64 * 1024, 1024, 10 * 1024 * 1024),
      maxConnectionsPerAddress: int('SOCKET_MAX_CONNECTIONS_PER_ADDRESS', 50, 1, 100_000),
      maxJsonDepth: jsonMaxDepth,
      trustProxyHops,
    },
    login: {
      accountFailureLimit: int('LOGIN_ACCOUNT_FAILURE_LIMIT', 5, 1, 1000),
      lockBaseSeconds: int('LOGIN_LOCK_BASE_SECONDS', 30, 1, 86_400),
      lockMaxSeconds: int('LOGIN_LOCK_MAX_SECONDS', 900, 1, 86_400),
    },
    session: { maxHours: int('SESSION_MAX_HOURS', 24 * 7, 1, 24 * 365) },
  };
  if (config.http.headersTimeoutMs > config.http.requestTimeoutMs) {
    problems.push('HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS');
  }
  if (config.login.lockBaseSeconds > config.login.lockMaxSeconds) {
    problems.push('LOGIN_LOCK_BASE_SECONDS must not exceed LOGIN_LOCK_MAX_SECONDS');
  }
  return config;
}
