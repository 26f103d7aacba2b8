/** A status-code class mention such as "5xx". */
export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/** What the detector found in a message: codes and class mentions, in order of appearance, unique. */
export interface StatusDetection {
  codes: number[];
  classes: StatusClass[];
}

/** Finds HTTP status codes used as statuses in chat text. (Placeholder until the real detector lands.) */
export function detectStatusCodes(_text: string): StatusDetection {
  return { codes: [], classes: [] };
}
