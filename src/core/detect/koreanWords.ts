import { wordList, wordSet } from './wordSet.js';

/** Korean cue, counter and particle words of the detector (English ones are in detectorWords.ts). */

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
export const KO_CUES_AFTER: readonly string[] = wordList(`
  에러 오류 응답 떠 떴 뜸 뜨 뜹 발생 반환 리턴 나옴 나와 나오 났 페이지 상태 찍 뱉 게이트웨이 타임아웃 권한 인증 서비스 요청 내부 리다이렉트
`);

/** Korean adverbs between a number and its verb (499가 많이 찍혀요, 502가 번갈아 나와요). */
export const KO_FILLERS_AFTER: ReadonlySet<string> = wordSet(`
  많이 엄청 계속 자꾸 또 다시 번갈아 가끔 자주 종종 간헐적으로 계속해서 막
`);

/** Korean counters and units glued to or right after a number (503호, 404번, 500원, 30분). */
export const KO_UNITS: readonly string[] = wordList(`
  번째 호 번 명 개 건 원 초 분 시 일 년 월 회 층 차 등 위 점 장 권 배 마리 줄 행 바이트 달러 킬로 메가 기가 밀리 만 천 억 퍼센트 프로 살 세 대 톤 주 이상 이하 미만 초과 쪽 페이지째 명의
`);

/** Korean particles that may follow a number or cue word without changing what it is. */
export const KO_PARTICLES: ReadonlySet<string> = wordSet(`
  가 이 는 은 를 을 로 으로 도 만 의 에 에서 와 과 랑 이랑 이나 나 요 가요 이요 는요 값 값이 값은 값을 이고 이며 이라 이라고 라고 인 이면 면 인데 였 였어
  였어요 입니다 이에요 예요
`);

/** Korean words before a number that make it something else (포트 503, 버전 404, 약 500). */
export const KO_VETO_BEFORE: ReadonlySet<string> = wordSet(`
  약 총 포트 버전 라인 줄 번호 제 최대 최소 무려 이슈 호실 방 버스 고객 사용자 대략 거의 평균 건수 개수 횟수 타임아웃 지연 사이즈 크기
`);

/** Korean adverbs that may sit between a cue and the number (응답 코드가 계속 503). */
export const KO_FILLERS: ReadonlySet<string> = wordSet(`
  계속 계속해서 자꾸 또 다시 간헐적으로 가끔 종종 갑자기 전부 모두 대부분 전부다 다 무조건 계속계속
`);

/** True when `word` is `stem` followed by nothing but a particle (코드가, 응답은). */
export function hasKoStem(word: string, stem: string): boolean {
  if (!word.startsWith(stem)) return false;
  const rest = word.slice(stem.length);
  return rest === '' || KO_PARTICLES.has(rest);
}

/**
 * `words` grouped by their first code unit, each group in the list's order: a word can only start with a
 * stem that shares its first character, so each lookup tests one small group instead of the whole list.
 */
export function byFirstChar<T>(
  words: Iterable<T>,
  stemOf: (word: T) => string,
): ReadonlyMap<number, readonly T[]> {
  const groups = new Map<number, T[]>();
  for (const word of words) {
    const first = stemOf(word).charCodeAt(0);
    const group = groups.get(first);
    if (group) group.push(word);
    else groups.set(first, [word]);
  }
  return groups;
}

const NO_WORDS: readonly never[] = [];

/** The entries of `groups` whose stem may start `word` (same first character), in list order. */
export function groupFor<T>(groups: ReadonlyMap<number, readonly T[]>, word: string): readonly T[] {
  return groups.get(word.charCodeAt(0)) ?? NO_WORDS;
}

const same = (word: string): string => word;
export const KO_CUES_AFTER_BY_FIRST = byFirstChar(KO_CUES_AFTER, same);
export const KO_UNITS_BY_FIRST = byFirstChar(KO_UNITS, same);
export const KO_VETO_BEFORE_BY_FIRST = byFirstChar(KO_VETO_BEFORE, same);
export const KO_CUES_BEFORE_BY_FIRST = byFirstChar(KO_CUES_BEFORE, ([stem]) => stem);
