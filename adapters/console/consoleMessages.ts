import { defineMessages } from '../../src/core/i18n/defineMessages.js';

/** Texts of the interactive console and the one-shot CLI. */
export const consoleText = defineMessages({
  ko: {
    bannerTitle: 'HTTP 상태 코드 봇 · 콘솔 모드 (플랫폼 자격 증명 없음)',
    bannerUsage:
      '503, /http 503, 5xx, 게이트웨이 타임아웃, random, help 처럼 입력하세요. 끝내려면 exit 또는 Ctrl-D.',
    bannerSlack:
      'Slack 연결: SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET (HTTP), 또는 SLACK_APP_TOKEN 추가 (소켓 모드)',
    bannerDiscord: 'Discord 연결: DISCORD_TOKEN + DISCORD_APPLICATION_ID',
    goodbye: '안녕히 가세요.',
    usage: '사용법: npm run cli -- <질의>   예) npm run cli -- 503 | 5xx | 게이트웨이 타임아웃 | detect',
  },
  en: {
    bannerTitle: 'HTTP status code bot · console mode (no platform credentials)',
    bannerUsage: 'Type 503, /http 503, 5xx, gateway timeout, random or help. exit or Ctrl-D to quit.',
    bannerSlack:
      'Slack: set SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET (HTTP), or add SLACK_APP_TOKEN (Socket Mode)',
    bannerDiscord: 'Discord: set DISCORD_TOKEN + DISCORD_APPLICATION_ID',
    goodbye: 'Bye.',
    usage: 'usage: npm run cli -- <query>   e.g. npm run cli -- 503 | 5xx | gateway timeout | detect',
  },
});
