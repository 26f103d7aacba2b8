import type { CacheDefault, RetryAdvice, SloCounting } from '../dataset/factCategories.js';
import { defineMessages } from '../i18n/defineMessages.js';
import type { Locale } from '../locale.js';

/** One line per retry, cache and SLO category (see `factCategories.ts` for where each comes from). */
const factText = defineMessages({
  ko: {
    label: '재시도 · 캐시 · SLO',
    'retry:interim': '재시도: 해당 없음. 중간 응답이고 최종 상태 코드가 뒤따릅니다.',
    'retry:notNeeded': '재시도: 필요 없음. 요청이 성공했습니다.',
    'retry:followRedirect': '재시도: 같은 요청은 아닙니다. Location을 따라 새로 요청합니다.',
    'retry:afterFix': '재시도: 요청을 고친 뒤에만. 그대로 다시 보내면 같은 결과입니다.',
    'retry:afterDelay': '재시도: 기다린 뒤에. Retry-After가 있으면 따르고, 없으면 백오프하세요.',
    'retry:idempotentOnly':
      '재시도: 멱등 요청(GET, PUT, DELETE)만 백오프로. 서버가 이미 처리했을 수 있습니다 (RFC 9110 §9.2.2).',
    'retry:safeToRetry': '재시도: 가능. 서버가 처리하지 않은 요청이니 새 연결로 다시 보내면 됩니다.',
    'retry:never': '재시도: 하지 마세요. 서버 쪽이 바뀌기 전에는 계속 같은 결과입니다.',
    'cache:heuristic': '캐시: 기본 캐시 대상. Cache-Control이 없어도 캐시될 수 있습니다 (RFC 9110 §15.1).',
    'cache:explicitOnly': '캐시: Cache-Control max-age나 Expires로 명시할 때만 저장됩니다 (RFC 9111 §3).',
    'cache:notStored': '캐시: 저장되지 않습니다. 캐시는 최종 응답만 저장합니다 (RFC 9111 §3).',
    'cache:validation': '캐시: 캐시된 사본을 갱신할 뿐, 따로 저장되지 않습니다 (RFC 9111 §4.3.4).',
    'slo:success': 'SLO: 오류가 아닙니다.',
    'slo:clientError': 'SLO: 클라이언트 오류라 보통 서버 오류율에서 뺍니다. 급증은 따로 살펴보세요.',
    'slo:serverError': 'SLO: 서버 오류로 집계되어 에러 버짓을 씁니다.',
    'slo:clientClosed':
      'SLO: 서버 오류로 세지 않습니다(클라이언트가 먼저 끊어 응답이 없음). 늘어나면 응답이 클라이언트 타임아웃보다 느리다는 신호라 지연 SLO에서 보세요.',
    'slo:throttled':
      'SLO: 클라이언트가 자기 한도를 넘긴 것이면 보통 뺍니다. 우리 용량이 모자라 부하를 덜어 낸 429라면 포함하세요.',
  },
  en: {
    label: 'Retry · cache · SLO',
    'retry:interim': 'Retry: n/a, an interim response; the final status follows.',
    'retry:notNeeded': 'Retry: not needed, the request succeeded.',
    'retry:followRedirect': 'Retry: not the same request; follow Location with a new one.',
    'retry:afterFix': 'Retry: only after changing the request; unchanged, it fails the same way.',
    'retry:afterDelay': 'Retry: after a wait; honour Retry-After when sent, else back off.',
    'retry:idempotentOnly':
      'Retry: idempotent requests only (GET, PUT, DELETE), with backoff; the server may have acted (RFC 9110 §9.2.2).',
    'retry:safeToRetry': 'Retry: yes, on a new connection; the server did not process the request.',
    'retry:never': 'Retry: no; it keeps failing until something changes on the server side.',
    'cache:heuristic': 'Cache: cacheable by default, even without Cache-Control (RFC 9110 §15.1).',
    'cache:explicitOnly': 'Cache: stored only with explicit freshness, max-age or Expires (RFC 9111 §3).',
    'cache:notStored': 'Cache: never stored; caches keep final responses only (RFC 9111 §3).',
    'cache:validation': 'Cache: refreshes the cached copy and is not stored itself (RFC 9111 §4.3.4).',
    'slo:success': 'SLO: not an error.',
    'slo:clientError': 'SLO: a client error, usually left out of the server error rate; watch for spikes.',
    'slo:serverError': 'SLO: a server error; counts against the error budget.',
    'slo:clientClosed':
      'SLO: not a server error (the client hung up before any response); a rise means responses are slower than client timeouts, so watch the latency SLO.',
    'slo:throttled':
      'SLO: usually left out when the client went over its own quota; count it when you shed load for lack of capacity.',
  },
});

/** The card field label for the three facts. */
export function factsLabel(locale: Locale): string {
  return factText(locale, 'label');
}

/** The three fact lines of a code, in the card's language: retry, cache, SLO. */
export function factLines(
  facts: { retry: RetryAdvice; cache: CacheDefault; slo: SloCounting },
  locale: Locale,
): string[] {
  return [
    factText(locale, `retry:${facts.retry}`),
    factText(locale, `cache:${facts.cache}`),
    factText(locale, `slo:${facts.slo}`),
  ];
}
