/**
 * `127.0.0.1:5432/test`: where a `postgres://` URL points, for messages and logs. Never includes the
 * user's password (nor the user, nor query parameters).
 */
export function describePostgresTarget(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || 'localhost';
    const port = parsed.port || '5432';
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return database ? `${host}:${port}/${database}` : `${host}:${port}`;
  } catch {
    return 'the configured PostgreSQL server';
  }
}
