import { defineMessages } from '../i18n/defineMessages.js';

/** Texts of the quiz question, answer and results. */
export const quizText = defineMessages({
  ko: {
    questionTitle: '오늘의 HTTP 퀴즈',
    questionFooter: '코드를 누르면 정답인지, 왜 그런지 나에게만 보입니다 · {date}',
    rightTitle: '정답입니다! {answer}',
    wrongTitle: '아쉽게도 오답입니다. 정답: {answer}',
    questionLabel: '문제',
    pickedLabel: '내가 고른 코드',
    noteCounted: '이 답은 오늘 퀴즈 결과에 반영됩니다. 모두의 결과는 다음 게시물에서 확인하세요.',
    noteAlreadyAnswered: '이미 답하셨습니다. 결과에는 처음 고른 답만 반영됩니다.',
    noteClosed: '{date} 퀴즈는 마감되어 이 답은 결과에 반영되지 않습니다. 해설은 그대로 보세요.',
    openCard: '코드 카드: /http {code}',
    invalidTitle: '이 퀴즈 버튼은 더 이상 쓸 수 없습니다',
    invalidMalformed:
      '버튼에 담긴 정보를 읽지 못했습니다. 예전 버전의 봇이 올린 메시지일 수 있어요. 다음 퀴즈에 도전해 주세요.',
    invalidUnknownQuestion: '이 문제는 문제 은행에서 빠졌습니다. 다음 퀴즈에 도전해 주세요.',
    invalidMismatch: '이 버튼의 내용이 퀴즈와 맞지 않아 채점할 수 없습니다.',
    invalidFooter: '코드가 궁금하다면: /http help',
    resultsLabel: '어제 퀴즈',
    resultsAnswer: '정답: {answer}',
    resultsTally: '{answered}명 참여 · 정답률 {percent}%',
    resultsNobody: '참여한 사람이 없었습니다.',
  },
  en: {
    questionTitle: 'HTTP quiz of the day',
    questionFooter: 'Press a code: only you will see whether it is right, and why · {date}',
    rightTitle: 'Right! {answer}',
    wrongTitle: 'Not quite. The answer: {answer}',
    questionLabel: 'Question',
    pickedLabel: 'Your pick',
    noteCounted: "Your answer counts toward today's result; see how everyone did in the next post.",
    noteAlreadyAnswered: 'You had already answered: only your first pick counts.',
    noteClosed:
      "The quiz of {date} is closed, so this answer doesn't count. The explanation is yours anyway.",
    openCard: 'Full card: /http {code}',
    invalidTitle: 'This quiz button no longer works',
    invalidMalformed:
      "Its data couldn't be read; it may come from an older version of the bot. Try the next quiz.",
    invalidUnknownQuestion: 'This question has been retired from the bank. Try the next quiz.',
    invalidMismatch: "This button doesn't match its quiz, so it can't be scored.",
    invalidFooter: 'Curious about a code? /http help',
    resultsLabel: "Yesterday's quiz",
    resultsAnswer: 'Answer: {answer}',
    resultsTally: '{answered} answered · {percent}% right',
    resultsNobody: 'No one answered.',
  },
});
