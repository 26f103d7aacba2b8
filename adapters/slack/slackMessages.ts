import { defineMessages } from '../../src/core/i18n/defineMessages.js';

/** The few strings the Slack adapter shows on its own (everything else comes from the core's cards). */
export const slackText = defineMessages({
  ko: {
    pressHint: '누르면 나에게만 표시됩니다',
    apology: '죄송합니다. 요청을 처리하는 중에 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.',
    unknownChoice: '이 코드는 더 이상 찾을 수 없습니다.',
    noCodes: '이 메시지에서 HTTP 상태 코드를 찾지 못했습니다.',
  },
  en: {
    pressHint: 'only you will see it',
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
    unknownChoice: 'That code is no longer available.',
    noCodes: 'No HTTP status codes found in that message.',
  },
});
