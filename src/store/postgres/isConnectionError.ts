/** Socket-level failures that a new connection may cure. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs meaning "the connection went away": class 08 (connection exception) and the
 * 57P0x shutdown family (server restarting or failing over).
 */
function isConnectionSqlState(code: string): boolean {
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03';
}

/** True when an error from `pg` says the connection failed or was lost, not that the query was wrong. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || isConnectionSqlState(code))) return true;
  // pg reports a dropped socket and its own connect timeout without a code.
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
    error.message,
  );
}
