import { defineMessages } from '../../src/core/i18n/defineMessages.js';

/** The Discord adapter's own user-facing strings (command texts, component labels, apologies). */
export const discordText = defineMessages({
  en: {
    commandDescription: 'Explain an HTTP status code (503, 5xx, "gateway", help)',
    queryOption: 'query',
    queryDescription: 'A code, class or words: 503, 5xx, not found, random, help',
    privateOption: 'private',
    privateDescription: 'Show the answer only to you',
    relatedPlaceholder: 'Open a related code…',
    choicePlaceholder: 'Pick the code you meant…',
    relatedField: 'Related codes',
    mdnButton: 'MDN',
    specButton: 'Spec',
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
    unknownCode: 'There is no card for {code}.',
    unknownAction: 'This menu is no longer supported. Run /http again.',
  },
  ko: {
    commandDescription: 'HTTP 상태 코드를 설명합니다 (503, 5xx, "게이트웨이", help)',
    queryOption: '검색어',
    queryDescription: '코드, 클래스 또는 단어: 503, 5xx, not found, random, help',
    privateOption: '나만보기',
    privateDescription: '답변을 나에게만 보여줍니다',
    relatedPlaceholder: '관련 코드 열기…',
    choicePlaceholder: '찾으시는 코드를 고르세요…',
    relatedField: '관련 코드',
    mdnButton: 'MDN',
    specButton: '명세',
    apology: '죄송합니다. 답변하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
    unknownCode: '{code}에 대한 카드가 없습니다.',
    unknownAction: '더 이상 지원하지 않는 메뉴입니다. /http 를 다시 실행해 주세요.',
  },
});
