import { defineMessages } from '../i18n/defineMessages.js';

/** Labels of the compare cards and of a comparison that cannot be made. */
export const compareText = defineMessages({
  ko: {
    means: '뜻: {text}',
    who: '보내는 쪽: {text}',
    checkFirst: '먼저 볼 곳: {text}',
    sendWhen: '이럴 때 보냅니다: {text}',
    sameClass: '둘 다 {classTitle} 코드입니다. 아래에서 뜻과 먼저 볼 곳을 나란히 비교하세요.',
    classOf1: '중간 응답',
    classOf2: '성공',
    classOf3: '다른 곳으로 안내(리다이렉트)',
    classOf4: '요청 쪽 문제',
    classOf5: '서버 쪽 실패',
    footer: '전체 카드: {commands}',
    generatedFooter: '각 코드 카드에서 뽑아 나란히 놓았습니다 · 전체 카드: {commands}',
    tooManyTitle: '한 번에 세 개까지 비교할 수 있습니다',
    tooManySummary:
      '코드 {count}개를 받았습니다: {values}. 두세 개만 골라 다시 물어보세요. 예: /http 502 vs 504',
    unknownTitle: '비교할 수 없습니다: {values}',
    unknownSummary:
      '{values}은(는) 데이터에 있는 상태 코드가 아닙니다. 100부터 599까지의 코드 중 이 봇이 아는 코드만 비교합니다. 예: /http 502 vs 504',
    openCodes: '아래 코드는 따로 열어 볼 수 있습니다.',
  },
  en: {
    means: 'Means: {text}',
    who: 'Sent by: {text}',
    checkFirst: 'Check first: {text}',
    sendWhen: 'Send it when: {text}',
    sameClass: 'Both are {classTitle} codes; compare what each means and what to check first below.',
    classOf1: 'an interim answer',
    classOf2: 'success',
    classOf3: 'go elsewhere (a redirect)',
    classOf4: 'a problem with the request',
    classOf5: 'a failure on the server side',
    footer: 'Full cards: {commands}',
    generatedFooter: "Side by side from each code's card · Full cards: {commands}",
    tooManyTitle: 'Compare up to three codes at a time',
    tooManySummary: 'Got {count} codes: {values}. Pick two or three and ask again, e.g. /http 502 vs 504',
    unknownTitle: 'Cannot compare: {values}',
    unknownSummary:
      '{values}: not a status code this bot knows. It compares codes from 100 to 599 that are in its dataset, e.g. /http 502 vs 504',
    openCodes: 'You can still open these codes on their own.',
  },
});
