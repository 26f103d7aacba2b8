import { defineMessages } from '../i18n/defineMessages.js';

/** Texts of the help, list, search-result, error and daily cards. */
export const guideText = defineMessages({
  ko: {
    helpTitle: 'HTTP 상태 코드 봇 사용법',
    helpSummary: 'HTTP 상태 코드의 뜻과 원인, 확인할 점을 한국어와 영어로 알려 드립니다.',
    helpExamplesLabel: '이렇게 물어보세요',
    helpExamples:
      '/http 503 — 코드 하나 보기\n/http 5xx — 5xx 클래스 전체 보기\n/http 게이트웨이 타임아웃 — 이름이나 별칭으로 찾기 (오타도 괜찮아요)\n/http 502 vs 504 — 헷갈리는 코드 나란히 비교\n/http header retry-after — 헤더 하나 보기 (/http 헤더 재시도처럼 우리말로도 됩니다)\n/http random — 아무 코드나 하나\n/http list — 전체 목록\n/http 503 en — 영어로 답하기',
    helpMoreLabel: '알아 두면 좋은 점',
    helpMore:
      '코드 번호 외에 로그에 찍힌 이름(Bad Gateway)이나 우리말(찾을 수 없음)로도 찾을 수 있습니다.\n등록되지 않은 번호(예: 555)는 같은 클래스의 x00처럼 설명합니다.',
    helpFooter: '데이터: IANA HTTP Status Code Registry, RFC 9110 외',
    listTitle: 'HTTP 상태 코드 전체 목록 ({count}개)',
    listSummary: '번호를 입력하면 자세한 설명을 볼 수 있습니다. 예: /http 404',
    listFooter: '†: 비공식(벤더별) 코드',
    ambiguousTitle: '“{query}”에 맞는 코드가 여러 개 있습니다',
    ambiguousSummary: '찾으시는 코드를 골라 주세요.',
    ambiguousReadAsSummary:
      '“{typed}”을(를) 영문 자판으로 친 한글로 보고 찾았습니다. 찾으시는 코드를 골라 주세요.',
    ambiguousLabel: '후보',
    notFoundTitle: '“{query}”에 맞는 코드를 찾지 못했습니다',
    notFoundSummary:
      '코드 번호(503), 클래스(5xx), 영어 이름(Bad Gateway)이나 우리말 이름(찾을 수 없음)으로 찾아보세요.',
    notFoundSuggestions: '혹시 이 코드인가요?',
    invalidTitle: 'HTTP 상태 코드가 아닙니다',
    invalidSummary:
      '“{value}”은(는) 상태 코드가 아닙니다. HTTP 상태 코드는 100부터 599까지의 세 자리 숫자입니다.',
    invalidHintLabel: '이렇게 해 보세요',
    invalidHint: '/http 404 — 코드 하나 보기\n/http 4xx — 클래스 전체 보기\n/http help — 사용법',
    dailyHeading: '오늘의 HTTP 상태 코드',
    dailyFooter: '오늘의 HTTP 상태 코드 · {date}',
  },
  en: {
    helpTitle: 'HTTP status code bot: how to ask',
    helpSummary: 'Explains HTTP status codes, their usual causes and what to check, in Korean and English.',
    helpExamplesLabel: 'Try',
    helpExamples:
      '/http 503 — one code\n/http 5xx — the whole 5xx class\n/http gateway timeout — search by name or alias (typos are fine)\n/http 502 vs 504 — codes people confuse, side by side\n/http header retry-after — one header (/http header lists them all)\n/http random — any code\n/http list — every code\n/http 503 ko — answer in Korean',
    helpMoreLabel: 'Good to know',
    helpMore:
      'Search by the phrase in your logs (Bad Gateway) or by the Korean name (찾을 수 없음).\nUnregistered numbers (e.g. 555) are explained as the x00 code of their class.',
    helpFooter: 'Data: IANA HTTP Status Code Registry, RFC 9110 and others',
    listTitle: 'All HTTP status codes ({count})',
    listSummary: 'Type a number to see its card, e.g. /http 404',
    listFooter: '†: unofficial (vendor) codes',
    ambiguousTitle: 'Several codes match “{query}”',
    ambiguousSummary: 'Pick the one you mean.',
    ambiguousReadAsSummary:
      'Read “{typed}” as keys typed on a Korean keyboard layout. Pick the one you mean.',
    ambiguousLabel: 'Candidates',
    notFoundTitle: 'No status code matches “{query}”',
    notFoundSummary:
      'Try a number (503), a class (5xx), the English phrase (Bad Gateway) or the Korean name (찾을 수 없음).',
    notFoundSuggestions: 'Did you mean',
    invalidTitle: 'Not an HTTP status code',
    invalidSummary:
      '“{value}” is not a status code: HTTP status codes are three-digit numbers from 100 to 599.',
    invalidHintLabel: 'Try',
    invalidHint: '/http 404 — one code\n/http 4xx — a whole class\n/http help — how to ask',
    dailyHeading: 'HTTP status code of the day',
    dailyFooter: 'HTTP status code of the day · {date}',
  },
});
