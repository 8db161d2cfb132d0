/**
 * REDIS_URL: unset or blank = one instance (nothing shared, no Redis needed); otherwise
 * `redis://…` or `rediss://…` (TLS), which several instances share for live events, session
 * revocation, the login throttle and import jobs. Returns an error message instead of throwing so
 * the config can report every problem at once.
 */
export function parseRedisUrl(value: string | undefined): string | null | { problem: string } {
  const url = value?.trim();
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: `REDIS_URL "${url}" is no URL (redis://host:port or rediss://…)` };
  }
  if (!['redis:', 'rediss:'].includes(parsed.protocol) || !parsed.hostname) {
    return { problem: `REDIS_URL must be redis://host:port or rediss://host:port (got "${url}")` };
  }
  return url;
}
