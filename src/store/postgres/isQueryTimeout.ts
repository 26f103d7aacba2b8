/**
 * True when an error from `pg` says a query ran out of time: the server cancelled it at our
 * `statement_timeout` (SQLSTATE 57014, query_canceled: nothing else cancels the store's queries), or
 * `pg`'s own `query_timeout` gave up on a server that did not answer at all.
 */
export function isQueryTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (error as { code?: unknown }).code === '57014' || /Query read timeout/i.test(error.message);
}
