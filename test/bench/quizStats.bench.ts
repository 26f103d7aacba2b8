/**
 * Quiz and stats speed: picking a channel's question and building its card beside `Map.get` (the
 * floor); counting a week of explained codes with the quarter-hour memo of local dates beside the same
 * count calling Intl for every event (what the memo saves). Figures are printed, not asserted.
 * `npm run bench -- quizStats`.
 */
import { createQuiz } from '../../src/core/quiz/createQuiz.js';
import { buildStatsCard } from '../../src/core/stats/buildStatsCard.js';
import { type CodeEvent, summarizeWeek } from '../../src/core/stats/summarizeWeek.js';
import { loadDataset } from '../../src/dataset/loadDataset.js';
import { loadQuizBank } from '../../src/dataset/loadQuizBank.js';
import { measureSync, printTable } from './measure.js';

const NOW = new Date('2025-06-09T00:30:00Z');
const TWO_WEEKS_MS = 14 * 86_400_000;

/** `count` events over the two weeks before NOW, spread like an alert storm or two over steady noise. */
function eventsOf(count: number, codes: readonly number[]): CodeEvent[] {
  let seed = 42;
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 4_294_967_296;
  };
  return Array.from({ length: count }, () => ({
    code: codes[Math.floor(next() ** 3 * codes.length)]!,
    at: new Date(NOW.getTime() - Math.floor(next() * TWO_WEEKS_MS)),
  }));
}

/** The same week count, but asking Intl for each event's local date. */
function countWithIntlPerEvent(events: readonly CodeEvent[], timeZone: string): number {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const from = NOW.getTime() - 7 * 86_400_000;
  const perDay = new Map<string, number>();
  for (const event of events) {
    if (event.at.getTime() < from || event.at >= NOW) continue;
    const date = format.format(event.at);
    perDay.set(date, (perDay.get(date) ?? 0) + 1);
  }
  return perDay.size;
}

export default async function run(): Promise<void> {
  const dataset = loadDataset();
  if (!dataset.ok) throw new Error(dataset.errors.join('\n'));
  const bank = loadQuizBank(dataset.entries);
  if (!bank.ok) throw new Error(bank.errors.join('\n'));
  const quiz = createQuiz(bank.questions, dataset.entries);
  const byId = new Map(bank.questions.map((q) => [q.id, q] as const));
  const ids = bank.questions.map((q) => q.id);
  const dates = Array.from({ length: 400 }, (_, i) =>
    new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const lookup = (code: number) => dataset.entries.find((e) => e.code === code);

  const floor = measureSync(
    'Map.get(question id) (floor)',
    (i) => byId.get(ids[i % ids.length]!),
    200_000,
    100,
  );
  printTable(
    'quiz',
    [
      floor,
      measureSync(
        'questionFor(channel, date)',
        (i) => quiz.questionFor(`slack:T:C${i % 50}`, dates[i % dates.length]!),
        50_000,
        10,
      ),
      measureSync(
        'questionCard(question, date, locale)',
        (i) => quiz.questionCard(bank.questions[i % ids.length]!, dates[i % dates.length]!, 'ko'),
        50_000,
        10,
      ),
      measureSync(
        'resolvePress + pressCard',
        (i) => {
          const card = quiz.questionCard(bank.questions[i % ids.length]!, '2025-06-03', 'en');
          return quiz.pressCard(quiz.resolvePress(card.choices[i % 4]!.payload, '2025-06-03'), 'en');
        },
        20_000,
        10,
      ),
    ],
    floor,
  );

  const codes = dataset.entries.map((e) => e.code);
  for (const count of [1_000, 100_000]) {
    const events = eventsOf(count, codes);
    const baseline = measureSync(
      `Intl per event, ${count.toLocaleString('en-US')} events (baseline)`,
      () => countWithIntlPerEvent(events, 'Asia/Seoul'),
      count >= 100_000 ? 20 : 200,
    );
    const memo = measureSync(
      `summarizeWeek, ${count.toLocaleString('en-US')} events`,
      () => summarizeWeek(events, NOW, 'Asia/Seoul'),
      count >= 100_000 ? 20 : 200,
    );
    const card = measureSync(
      `summarizeWeek + buildStatsCard, ${count.toLocaleString('en-US')} events`,
      () => buildStatsCard(summarizeWeek(events, NOW, 'Asia/Seoul'), 'ko', lookup),
      count >= 100_000 ? 20 : 200,
    );
    printTable(`stats, ${count.toLocaleString('en-US')} events`, [baseline, memo, card], baseline);
  }
}
