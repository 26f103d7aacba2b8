/**
 * Reason phrases as they appear next to status codes in logs, client errors and alerts: the IANA phrases,
 * their former names (older RFCs, framework enum names such as Spring's `I_AM_A_TEAPOT`), and the vendors'
 * phrases of the unofficial codes in data/status-codes.json. The detector cannot read the dataset (the core
 * does no I/O); test/detect/statusPhrases.test.ts checks that this table covers every dataset entry.
 */
const PHRASES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [100, ['Continue']],
  [101, ['Switching Protocols']],
  [102, ['Processing']],
  [103, ['Early Hints']],
  [200, ['OK']],
  [201, ['Created']],
  [202, ['Accepted']],
  [203, ['Non-Authoritative Information']],
  [204, ['No Content']],
  [205, ['Reset Content']],
  [206, ['Partial Content']],
  [207, ['Multi-Status']],
  [208, ['Already Reported']],
  [226, ['IM Used']],
  [300, ['Multiple Choices']],
  [301, ['Moved Permanently']],
  [302, ['Found', 'Moved Temporarily']],
  [303, ['See Other']],
  [304, ['Not Modified']],
  [305, ['Use Proxy']],
  [306, ['Switch Proxy']],
  [307, ['Temporary Redirect']],
  [308, ['Permanent Redirect']],
  [400, ['Bad Request']],
  [401, ['Unauthorized']],
  [402, ['Payment Required']],
  [403, ['Forbidden']],
  [404, ['Not Found']],
  [405, ['Method Not Allowed']],
  [406, ['Not Acceptable']],
  [407, ['Proxy Authentication Required']],
  [408, ['Request Timeout', 'Request Time-out']],
  [409, ['Conflict']],
  [410, ['Gone']],
  [411, ['Length Required']],
  [412, ['Precondition Failed']],
  [413, ['Content Too Large', 'Payload Too Large', 'Request Entity Too Large']],
  [414, ['URI Too Long', 'Request-URI Too Long', 'Request-URI Too Large']],
  [415, ['Unsupported Media Type']],
  [416, ['Range Not Satisfiable', 'Requested Range Not Satisfiable']],
  [417, ['Expectation Failed']],
  [418, ["I'm a teapot", 'I am a teapot']],
  [419, ['Page Expired']],
  [421, ['Misdirected Request']],
  [422, ['Unprocessable Content', 'Unprocessable Entity']],
  [423, ['Locked']],
  [424, ['Failed Dependency']],
  [425, ['Too Early']],
  [426, ['Upgrade Required']],
  [428, ['Precondition Required']],
  [429, ['Too Many Requests']],
  [431, ['Request Header Fields Too Large']],
  [444, ['No Response', 'Connection Closed Without Response']],
  [451, ['Unavailable For Legal Reasons']],
  [460, ['Client Closed Connection']],
  [463, ['Too Many Forwarded IPs']],
  [494, ['Request Header Too Large']],
  [495, ['SSL Certificate Error']],
  [496, ['SSL Certificate Required']],
  [497, ['HTTP Request Sent to HTTPS Port']],
  [498, ['Invalid Token']],
  [499, ['Client Closed Request', 'Token Required']],
  [500, ['Internal Server Error']],
  [501, ['Not Implemented']],
  [502, ['Bad Gateway', 'Proxy Error']],
  [503, ['Service Unavailable', 'Service Temporarily Unavailable']],
  [504, ['Gateway Timeout', 'Gateway Time-out']],
  [505, ['HTTP Version Not Supported']],
  [506, ['Variant Also Negotiates']],
  [507, ['Insufficient Storage']],
  [508, ['Loop Detected']],
  [509, ['Bandwidth Limit Exceeded']],
  [510, ['Not Extended']],
  [511, ['Network Authentication Required']],
  [520, ['Web Server Returned an Unknown Error', 'Unknown Error']],
  [521, ['Web Server Is Down']],
  [522, ['Connection Timed Out']],
  [523, ['Origin Is Unreachable']],
  [524, ['A Timeout Occurred']],
  [525, ['SSL Handshake Failed']],
  [526, ['Invalid SSL Certificate']],
  [530, ['Origin DNS Error']],
  [561, ['Unauthorized']],
  [599, ['Network Connect Timeout Error']],
];

/** Splits a phrase into lowercase ASCII words, the way the detector reads words after a number. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** The longest phrase in words; the detector reads no further than this. */
export const MAX_PHRASE_WORDS = 7;

/** Normalised phrase ("service unavailable") -> the codes it names. */
export const PHRASE_INDEX: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  for (const [code, phrases] of PHRASES) {
    for (const phrase of phrases) {
      const key = phraseWords(phrase).join(' ');
      const codes = index.get(key) ?? [];
      codes.push(code);
      index.set(key, codes);
    }
  }
  return index;
})();

/** First and last words of the phrases (plus "Server Error"/"Client Error"), to give up early. */
export const PHRASE_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...[...PHRASE_INDEX.keys()].map((key) => key.split(' ')[0]!),
  'server',
  'client',
]);
export const PHRASE_LAST_WORDS: ReadonlySet<string> = new Set([
  ...[...PHRASE_INDEX.keys()].map((key) => key.split(' ').at(-1)!),
  'error',
]);

/** Codes the bot knows (the dataset's codes). Weak evidence only counts for these. */
export const KNOWN_STATUS_CODES: ReadonlySet<number> = new Set(PHRASES.map(([code]) => code));

const KNOWN_TABLE = new Uint8Array(600);
for (const code of KNOWN_STATUS_CODES) KNOWN_TABLE[code] = 1;

/** `KNOWN_STATUS_CODES.has(code)` for a code in 0-599, as a table read (it runs for every number). */
export function isKnownCode(code: number): boolean {
  return KNOWN_TABLE[code] === 1;
}

/** The phrases of one code, for tests and the corpus check. */
export function phrasesOf(code: number): readonly string[] {
  return PHRASES.find(([c]) => c === code)?.[1] ?? [];
}
