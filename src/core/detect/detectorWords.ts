/**
 * The words that decide whether a number next to them is an HTTP status. Lowercase; compared with the token
 * lowercased. Kept as data so precision can be tuned against the corpus without touching the logic.
 */

/** Words that may sit between a cue and the number ("returned a 503", "status code was 502"). */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'with', 'of', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'as', 'back', 'us',
  'me', 'them', 'it', 'again', 'another', 'still', 'now', 'some', 'lots', 'lot', 'many', 'more', 'repeated',
  'constant', 'intermittent', 'intermittently', 'random', 'sporadic', 'occasional', 'several', 'multiple',
  'bunch', 'just', 'all', 'mostly', 'suddenly', 'also', 'even', 'like', 'code',
]);

/**
 * Keys and words after which any number in 100-599 is a status: `HTTP 599`, `status=512`,
 * `elb_status_code`, `probe_http_status_code`. Compared with the word lowercased and stripped of `_`/`-`.
 */
export function isStrongKey(normalized: string): boolean {
  if (STRONG_EXACT.has(normalized)) return true;
  if (NOT_HTTP_KEYS.has(normalized)) return false;
  return (
    normalized.endsWith('statuscode') ||
    normalized.endsWith('httpstatus') ||
    normalized.endsWith('httpcode') ||
    normalized.endsWith('responsecode') ||
    normalized.endsWith('upstreamstatus') ||
    normalized === 'status' ||
    normalized === 'statuses'
  );
}

const STRONG_EXACT: ReadonlySet<string> = new Set(['http', 'https', 'httpstatus', 'statuscode', 'httpcode']);

/** Keys that look like status keys but belong to processes or other protocols. */
const NOT_HTTP_KEYS: ReadonlySet<string> = new Set([
  'exitstatus', 'exitcode', 'exitstatuscode', 'grpcstatus', 'grpcstatuscode', 'returncode', 'errorcode',
  'smtpstatus', 'smtpcode', 'sipstatus', 'processstatus', 'podstatus', 'jobstatus',
]);

/** Words after which a known code counts ("returned 502", "got a 504", "error 500", "code 429"). */
export const MEDIUM_CUE_WORDS: ReadonlySet<string> = new Set([
  'code', 'codes', 'error', 'errors', 'err', 'returned', 'returns', 'return', 'returning', 'got', 'get',
  'gets', 'getting', 'gotten', 'gave', 'give', 'gives', 'giving', 'received', 'receive', 'receives',
  'receiving', 'responded', 'responds', 'respond', 'responding', 'response', 'responses', 'answered',
  'answers', 'failed', 'fails', 'failing', 'fail', 'failure', 'threw', 'throws', 'throwing', 'throw',
  'seeing', 'see', 'saw', 'seen', 'hit', 'hits', 'hitting', 'serving', 'serves', 'served', 'sends',
  'sending', 'reply', 'replied', 'replies', 'reason', 'result', 'yields', 'yielding',
]);

/** Words that, right before a number, make it something else (line 503, port 503, PR 502, over 500). */
export const VETO_BEFORE_WORDS: ReadonlySet<string> = new Set([
  'line', 'lines', 'ln', 'row', 'rows', 'col', 'column', 'port', 'ports', 'pr', 'prs', 'pull', 'issue',
  'issues', 'ticket', 'tickets', 'bug', 'room', 'page', 'pages', 'version', 'ver', 'v', 'build', 'release',
  'step', 'job', 'run', 'pid', 'id', 'no', 'num', 'number', 'order', 'invoice', 'item', 'task', 'episode',
  'chapter', 'part', 'section', 'rule', 'exit', 'exited', 'over', 'under', 'above', 'below', 'than', 'least',
  'most', 'about', 'around', 'approximately', 'approx', 'nearly', 'almost', 'only', 'total', 'top', 'last',
  'first', 'between', 'not', 'except', 'excluding', 'expected', 'expecting', 'expect', 'instead', 'should',
  'must', 'size', 'timeout', 'delay', 'interval', 'limit', 'max', 'min', 'threshold', 'count', 'batch',
  'retry', 'retries', 'attempt', 'attempts', 'pool', 'workers', 'replicas', 'usd', 'krw', 'eur', 'uid',
  'gid', 'node', 'shard', 'partition', 'offset', 'seq', 'sequence', 'bus', 'route', 'highway', 'year',
  'day', 'days', 'errno', 'sqlstate', 'smtp', 'sip', 'grpc', 'ldap', 'ftp', 'imap', 'pop3', 'rtsp', 'mysql',
  'postgres', 'postgresql', 'oracle', 'ora', 'redis', 'mongo', 'mongodb', 'kafka', 'signal', 'sig',
  'opcode', 'winerror', 'rc', 'vs', 'per', 'every', 'each', 'within', 'after', 'before', 'since', 'until',
  'x', 'times', 'width', 'height', 'level',
  'lvl', 'score', 'rank', 'floor', 'zip', 'flight', 'gate', 'mile', 'km', 'kb', 'mb', 'gb', 'ms', 'sec',
  'epoch', 'tx', 'block', 'commit', 'revision', 'rev', 'cpu', 'mem', 'memory', 'disk', 'heap',
]);

/** The word before a `code`/`status` cue that makes it someone else's code (exit code, reply code). */
export const NOT_HTTP_QUALIFIERS: ReadonlySet<string> = new Set([
  'exit', 'exited', 'return', 'reply', 'process', 'shell', 'command', 'cmd', 'grpc', 'smtp', 'sip', 'ldap',
  'ftp', 'sqlstate', 'errno', 'mysql', 'postgres', 'postgresql', 'kafka', 'win32', 'windows', 'signal',
  'job', 'pod', 'container', 'lambda', 'npm', 'promo', 'discount', 'zip', 'postal', 'area', 'country',
  'verification', 'auth', 'otp', 'coupon', 'source', 'qr', 'bar', 'product', 'order', 'tracking',
]);

/**
 * Other protocols and databases: when one of these words is within a few tokens before the number on the
 * same line, only an explicit HTTP context (`HTTP 503`, a status line) still counts.
 */
export const OTHER_PROTOCOL_WORDS: ReadonlySet<string> = new Set([
  'smtp', 'esmtp', 'sip', 'grpc', 'ldap', 'ldaps', 'ftp', 'ftps', 'sftp', 'imap', 'pop3', 'rtsp', 'sqlstate',
  'errno', 'mysql', 'mariadb', 'postgres', 'postgresql', 'psql', 'oracle', 'mssql', 'sqlserver', 'mongodb',
  'mongo', 'redis', 'exit', 'exited', 'postfix', 'sendmail', 'mta', 'winerror', 'modbus', 'snmp', 'xmpp',
  'dns', 'nxdomain', 'rcode', 'ora', 'db2', 'sqlite', 'jdbc', 'odbc', 'kafka', 'amqp', 'mqtt', 'coap',
]);

/** Words right after a number that make it a quantity (503 seconds, 404 records, 500 MB). */
export const UNIT_AFTER_WORDS: ReadonlySet<string> = new Set([
  'ms', 'msec', 'msecs', 'millis', 'millisecond', 'milliseconds', 's', 'sec', 'secs', 'second', 'seconds',
  'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'b', 'kb', 'mb', 'gb', 'tb', 'kib', 'mib', 'gib', 'tib', 'byte',
  'bytes', 'bit', 'bits', 'users', 'people', 'customers', 'records',
  'rows', 'items', 'entries', 'files', 'lines',
  'messages', 'events', 'times', 'tests', 'requests', 'req', 'reqs',
  'rps', 'qps', 'ops', 'tps', 'point', 'points', 'pts', 'px', 'dollar', 'dollars', 'usd', 'won', 'krw',
  'eur', 'euro', 'euros', 'yen', 'percent', 'pct', 'km', 'miles', 'mile', 'm', 'kg', 'g', 'x', 'degrees',
  'commits', 'tickets', 'issues', 'servers', 'pods',
  'nodes', 'instances', 'connections', 'conns', 'threads',
  'workers', 'replicas', 'calls', 'visits', 'views', 'clicks', 'downloads',
  'orders', 'words', 'characters', 'chars', 'tokens', 'steps', 'retries', 'attempts', 'jobs', 'tasks',
  'stars', 'votes', 'members', 'employees', 'students', 'cars', 'packages', 'dependencies', 'vulnerabilities',
  'px', 'pt', 'em', 'dpi', 'fps', 'hz', 'khz', 'mhz', 'ghz', 'kbps', 'mbps', 'gbps', 'cores', 'vcpu',
  'per', 'million', 'thousand', 'k', 'mm', 'cm',
]);

/** Words that, between two numbers, make a range ("200 to 299"). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'until', 'till']);

/** Words right after a number that mark it as a status ("503 errors", "502 responses"). */
export const CUE_AFTER_WORDS: ReadonlySet<string> = new Set([
  'error', 'errors', 'err', 'response', 'responses', 'status', 'statuses', 'reply', 'replies', 'page',
  'code', 'codes', 'returned', 'returns', 'spike', 'spikes', 'storm', 'rate',
]);

/** List separators words between two codes ("502, 503 and 504"). */
export const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'plus', 'nor']);

/** Korean words before a number that mark a status (응답 코드 503, 상태 코드: 502, 에러 500). */
export const KO_CUES_BEFORE: ReadonlyArray<readonly [string, 'strong' | 'medium']> = [
  ['상태코드', 'strong'],
  ['응답코드', 'strong'],
  ['상태값', 'strong'],
  ['상태', 'strong'],
  ['에러코드', 'medium'],
  ['오류코드', 'medium'],
  ['코드', 'medium'],
  ['응답', 'medium'],
  ['에러', 'medium'],
  ['오류', 'medium'],
  ['반환', 'medium'],
  ['리턴', 'medium'],
];

/** Korean words after a number that mark a status (502 에러, 503 오류, 503이 떠요). */
export const KO_CUES_AFTER: readonly string[] = [
  '에러', '오류', '응답', '떠', '떴', '뜸', '뜨', '뜹', '발생', '반환', '리턴', '나옴', '나와', '나오', '남',
  '났', '페이지', '상태',
];

/** Korean counters and units glued to or right after a number (503호, 404번, 500원, 30분). */
export const KO_UNITS: readonly string[] = [
  '번째', '호', '번', '명', '개', '건', '원', '초', '분', '시', '일', '년', '월', '회', '층', '차', '등', '위',
  '점', '장', '권', '배', '마리', '줄', '행', '바이트', '달러', '킬로', '메가', '기가', '밀리', '만', '천', '억',
  '퍼센트', '프로', '살', '세', '대', '톤', '주', '이상', '이하', '미만', '초과', '쪽', '페이지째', '명의',
];

/** Korean particles that may follow a number or cue word without changing what it is. */
export const KO_PARTICLES: ReadonlySet<string> = new Set([
  '', '가', '이', '는', '은', '를', '을', '로', '으로', '도', '만', '의', '에', '에서', '와', '과', '랑',
  '이랑', '이나', '나', '요', '가요', '이요', '는요', '값', '값이', '값은', '값을', '이고', '이며', '이라',
  '이라고', '라고', '인', '이면', '면', '인데', '였', '였어', '였어요', '입니다', '이에요', '예요',
]);

/** Korean words before a number that make it something else (포트 503, 버전 404, 약 500). */
export const KO_VETO_BEFORE: ReadonlySet<string> = new Set([
  '약', '총', '포트', '버전', '라인', '줄', '번호', '제', '최대', '최소', '무려', '이슈', '호실', '방', '버스',
  '고객', '사용자', '대략', '거의', '평균', '건수', '개수', '횟수', '타임아웃', '지연', '사이즈', '크기',
]);

/** Korean adverbs that may sit between a cue and the number (응답 코드가 계속 503). */
export const KO_FILLERS: ReadonlySet<string> = new Set([
  '계속', '계속해서', '자꾸', '또', '다시', '간헐적으로', '가끔', '종종', '갑자기', '전부', '모두', '대부분',
  '전부다', '다', '무조건', '계속계속',
]);

/** True when `word` is `stem` followed by nothing but a particle (코드가, 응답은). */
export function hasKoStem(word: string, stem: string): boolean {
  return word.startsWith(stem) && KO_PARTICLES.has(word.slice(stem.length));
}
