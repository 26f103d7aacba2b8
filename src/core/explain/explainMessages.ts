import { defineMessages } from '../i18n/defineMessages.js';

/** Texts of the auto-explain reply. */
export const explainText = defineMessages({
  ko: {
    titleMany: '이 메시지의 HTTP 상태 코드: {codes}',
    titleManyMore: '이 메시지의 HTTP 상태 코드: {codes} 외 {count}개',
    titleClasses: '이 메시지의 HTTP 상태 코드 범위: {classes}',
    firstCheck: '먼저 확인',
    more: '외 {count}개 ({codes})',
    unregistered: '{code} — 등록되지 않은 코드입니다. 클라이언트는 {base} {baseName}처럼 다룹니다.',
    fullCard: '자세히: {commands}',
    openFullCards: '전체 카드 보기',
    spec: '명세',
    mdn: 'MDN 문서',
  },
  en: {
    titleMany: 'HTTP status codes in this message: {codes}',
    titleManyMore: 'HTTP status codes in this message: {codes} and {count} more',
    titleClasses: 'HTTP status classes in this message: {classes}',
    firstCheck: 'Check first',
    more: 'and {count} more ({codes})',
    unregistered: '{code} — unregistered, treated as {base} {baseName} by clients.',
    fullCard: 'Full card: {commands}',
    openFullCards: 'Open the full card',
    spec: 'Spec',
    mdn: 'MDN',
  },
});
