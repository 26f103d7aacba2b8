import { wordSet } from './wordSet.js';

/**
 * The words that decide whether a number next to them is an HTTP status. Lowercase; compared with the token
 * lowercased. Kept as data so precision can be tuned against the corpus without touching the logic.
 */

/** Words that may sit between a cue and the number ("returned a 503", "status code was 502"). */
export const FILLER_WORDS: ReadonlySet<string> = wordSet(`
  a an the with of is was are were be been being as back us me them it again another still now
  some lots lot many more repeated constant intermittent intermittently random sporadic occasional
  several multiple bunch just all mostly suddenly also even like code on upon after
`);

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
const NOT_HTTP_KEYS: ReadonlySet<string> = wordSet(`
  exitstatus exitcode exitstatuscode grpcstatus grpcstatuscode returncode errorcode smtpstatus smtpcode sipstatus processstatus podstatus jobstatus
`);

/** Words after which a known code counts ("returned 502", "got a 504", "error 500", "code 429"). */
export const MEDIUM_CUE_WORDS: ReadonlySet<string> = wordSet(`
  code codes error errors err returned returns return returning got get gets getting gotten gave
  give gives giving received receive receives receiving responded responds respond responding
  response responses answered answers failed fails failing fail failure threw throws throwing
  throw seeing see saw seen hit hits hitting serving serves served sends sending reply replied
  replies reason result yields yielding retry retrying retried retries retryable
`);

/** Words that, right before a number, make it something else (line 503, port 503, PR 502, over 500). */
export const VETO_BEFORE_WORDS: ReadonlySet<string> = wordSet(`
  line lines ln row rows col column port ports pr prs pull issue issues ticket tickets bug room
  page pages version ver v build release step job pid id no num number order invoice item task
  episode chapter part section rule exit exited over under above below than least most about
  around approximately approx nearly almost only total top last first between not except excluding
  expected expecting expect instead should must size timeout delay interval limit max min
  threshold count batch attempt attempts pool workers replicas usd krw eur uid gid node shard
  partition offset seq sequence bus route highway year day days errno sqlstate smtp sip grpc ldap
  ftp imap pop3 rtsp mysql postgres postgresql oracle ora redis mongo mongodb kafka signal sig
  opcode winerror rc vs per every each within x times width height level lvl score rank floor zip
  flight gate mile km kb mb gb ms sec epoch tx block commit revision rev cpu mem memory disk heap
`);

/** The word before a `code`/`status` cue that makes it someone else's code (exit code, reply code). */
export const NOT_HTTP_QUALIFIERS: ReadonlySet<string> = wordSet(`
  exit exited return reply process shell command cmd grpc smtp sip ldap ftp sqlstate errno mysql
  postgres postgresql kafka win32 windows signal job pod container lambda npm promo discount zip
  postal area country verification auth otp coupon source qr bar product order tracking
`);

/**
 * Other protocols and databases: when one of these words is within a few tokens before the number on the
 * same line, only an explicit HTTP context (`HTTP 503`, a status line) still counts.
 */
export const OTHER_PROTOCOL_WORDS: ReadonlySet<string> = wordSet(`
  smtp esmtp sip grpc ldap ldaps ftp ftps sftp imap pop3 rtsp sqlstate errno mysql mariadb
  postgres postgresql psql oracle mssql sqlserver mongodb mongo redis exit exited postfix sendmail
  mta winerror modbus snmp xmpp dns nxdomain rcode ora db2 sqlite jdbc odbc kafka amqp mqtt coap
`);

/** Words right after a number that make it a quantity (503 seconds, 404 records, 500 MB). */
export const UNIT_AFTER_WORDS: ReadonlySet<string> = wordSet(`
  ms msec msecs millis millisecond milliseconds s sec secs second seconds min mins minute minutes
  h hr hrs hour hours day days week weeks month months year years b kb mb gb tb kib mib gib tib
  byte bytes bit bits users people customers records rows items entries files lines messages
  events times tests requests req reqs rps qps ops tps point points pts px dollar dollars usd won
  krw eur euro euros yen percent pct km miles mile m kg g x degrees commits tickets issues servers
  pods nodes instances connections conns threads workers replicas calls visits views clicks
  downloads orders words characters chars tokens steps retries attempts jobs tasks stars votes
  members employees students cars packages dependencies vulnerabilities px pt em dpi fps hz khz
  mhz ghz kbps mbps gbps cores vcpu per million thousand k mm cm
`);

/** Words that, between two numbers, make a range ("200 to 299"). */
export const RANGE_WORDS: ReadonlySet<string> = wordSet(`
  to through thru until till
`);

/** Words right after a number that mark it as a status ("503 errors", "502 responses"). */
export const CUE_AFTER_WORDS: ReadonlySet<string> = wordSet(`
  error errors err response responses status statuses reply replies page code codes returned
  returns spike spikes storm rate
`);

/**
 * Words ending in "s" after a number that are not counted nouns ("503 means", "returned 502 sometimes"):
 * any other plural after a number only weakly cued makes it a count ("returned 404 books").
 */
export const NOT_PLURAL_NOUNS: ReadonlySet<string> = wordSet(`
  means keeps seems happens occurs appears shows says comes goes gets returns becomes was is has
  does sometimes always whereas unless yes plus across towards besides this its his thus as us
  status success access process progress address express less unless afterwards perhaps looks
  stays remains persists continues starts stops fires triggers breaks fails
`);

/** List separators words between two codes ("502, 503 and 504"). */
export const LIST_WORDS: ReadonlySet<string> = wordSet(`
  and or plus nor
`);

/** Korean words before a number that mark a status (응답 코드 503, 상태 코드: 502, 에러 500). */
