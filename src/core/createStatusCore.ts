import type { Answer, AnswerOptions, QueryResult, StatusCore, Visibility } from './answer.js';
import type { Card } from './card.js';
import { buildClassCard, buildUnregisteredCard } from './cards/buildClassCard.js';
import { buildCodeCard } from './cards/buildCodeCard.js';
import { buildCompareCard, buildCompareRefusedCard } from './cards/buildCompareCard.js';
import { buildDailyCard } from './cards/buildDailyCard.js';
import { buildHeaderCard } from './cards/buildHeaderCard.js';
import { buildHeaderListCard, buildHeaderNotFoundCard } from './cards/buildHeaderListCards.js';
import { buildHelpCard } from './cards/buildHelpCard.js';
import { buildListCard } from './cards/buildListCard.js';
import { buildAmbiguousCard, buildInvalidNumberCard, buildNotFoundCard } from './cards/buildSearchCards.js';
import { deepFreeze } from './cards/deepFreeze.js';
import { createCodeOfTheDay } from './daily/codeOfTheDay.js';
import type { Comparison } from './dataset/comparisonSchema.js';
import type { HeaderEntry } from './dataset/headerSchema.js';
import type { StatusEntry } from './dataset/schema.js';
import { comparisonKey } from './dataset/validateReferences.js';
import { buildHeaderIndex } from './headers/headerIndex.js';
import type { Locale } from './locale.js';
import { parseQuery } from './query/parseQuery.js';
import { resolveIntent } from './resolve/resolveQuery.js';
import { headerByName, type ReferenceIndex } from './resolve/resolveReferences.js';
import { buildSearchIndex } from './search/searchIndex.js';
import { suggestCodes } from './suggest/suggestCodes.js';

/** The data beside the codes: header cards and hand-written comparisons (validated by `loadDataset`). */
export interface StatusReferences {
  headers?: readonly HeaderEntry[];
  comparisons?: readonly Comparison[];
}

/**
 * Builds the platform-free core over a validated dataset (see `loadDataset`). Pure and synchronous.
 * Cards of codes, headers, classes, help and the lists are built once per locale on first use and
 * shared, so they are frozen: renderers read them and must not change them. Without `references`,
 * header queries answer "no such header" and every comparison is generated from the code cards.
 */
export function createStatusCore(
  entries: readonly StatusEntry[],
  references: StatusReferences = {},
): StatusCore {
  const index = buildSearchIndex(entries);
  const lookup = (code: number) => index.byCode.get(code);
  const refs: ReferenceIndex = {
    headers: buildHeaderIndex(references.headers ?? []),
    comparisons: new Map((references.comparisons ?? []).map((c) => [comparisonKey(c.codes), c] as const)),
  };
  const findHeader = (name: string) => headerByName(name, refs);
  const pickOfTheDay = createCodeOfTheDay(index.ordered);
  const cache = new Map<string, Card>();
  const cached = (key: string, build: () => Card): Card => {
    let card = cache.get(key);
    if (!card) {
      card = deepFreeze(build());
      cache.set(key, card);
    }
    return card;
  };
  // Code cards sit in one map per locale keyed by number: the hot path is two Map lookups.
  const codeCards: Record<Locale, Map<number, Card>> = { ko: new Map(), en: new Map() };
  const codeCard = (entry: StatusEntry, locale: Locale): Card => {
    const cards = codeCards[locale];
    let card = cards.get(entry.code);
    if (!card) {
      card = deepFreeze(buildCodeCard(entry, locale, lookup, findHeader));
      cards.set(entry.code, card);
    }
    return card;
  };

  const headerCard = (header: HeaderEntry, locale: Locale): Card =>
    cached(`${locale}:header:${header.name}`, () => buildHeaderCard(header, locale, lookup, findHeader));

  const cardFor = (result: QueryResult, locale: Locale): Card => {
    switch (result.type) {
      case 'code':
      case 'random':
        return codeCard(result.entry, locale);
      case 'class':
        return cached(`${locale}:class:${result.statusClass}`, () =>
          buildClassCard(result.statusClass, locale, index.ordered, lookup),
        );
      case 'unregistered':
        return buildUnregisteredCard(result.code, result.statusClass, locale, index.ordered, lookup);
      case 'invalidNumber':
        return buildInvalidNumberCard(result.value, locale);
      case 'list':
        return cached(`${locale}:list`, () => buildListCard(index.ordered, locale));
      case 'help':
        return cached(`${locale}:help`, () => buildHelpCard(locale));
      case 'ambiguous':
        return buildAmbiguousCard(result.query, result.candidates, locale, result.readAs);
      case 'notFound':
        return buildNotFoundCard(result.query, result.suggestions, locale);
      case 'header':
        return headerCard(result.header, locale);
      case 'headerList':
        return cached(`${locale}:headers`, () => buildHeaderListCard(refs.headers.headers, locale));
      case 'headerNotFound':
        return buildHeaderNotFoundCard(result.query, result.suggestions, locale);
      case 'compare': {
        // Only the hand-written comparisons are kept: any three codes in any order are too many to cache.
        if (!result.comparison) return buildCompareCard(result.entries, undefined, locale);
        const key = `${locale}:compare:${result.entries.map((entry) => entry.code).join(',')}`;
        return cached(key, () => buildCompareCard(result.entries, result.comparison, locale));
      }
      case 'compareRefused':
        return buildCompareRefusedCard(result.reason, result.values, result.unknown, result.known, locale);
    }
  };

  return {
    entries: index.ordered,
    headers: refs.headers.headers,
    get: lookup,
    answer(query: string, options: AnswerOptions): Answer {
      const parsed = parseQuery(typeof query === 'string' ? query : '');
      const locale = parsed.locale ?? options.userLocale ?? options.defaultLocale;
      const result = resolveIntent(parsed.intent, index, index.ordered, options.random ?? Math.random, refs);
      return { result, locale, card: cardFor(result, locale), visibility: visibilityOf(result) };
    },
    codeCard(code: number, locale: Locale): Card | undefined {
      const card = codeCards[locale]?.get(code);
      if (card) return card;
      const entry = lookup(code);
      return entry && codeCards[locale] ? codeCard(entry, locale) : undefined;
    },
    headerCard(name: string, locale: Locale): Card | undefined {
      const header = typeof name === 'string' ? findHeader(name) : undefined;
      return header && (locale === 'ko' || locale === 'en') ? headerCard(header, locale) : undefined;
    },
    suggest(partial: string, locale: Locale, limit?: number) {
      return suggestCodes(index, typeof partial === 'string' ? partial : '', locale, limit);
    },
    codeOfTheDay: pickOfTheDay,
    dailyCard(date: string, locale: Locale): Card {
      const safeDate = String(date).slice(0, 10);
      return buildDailyCard(codeCard(pickOfTheDay(safeDate), locale), safeDate, locale);
    },
  };
}

/** Answers about a code or class are for the channel; help, lists, misses and errors only for the asker. */
export function visibilityOf(result: QueryResult): Visibility {
  switch (result.type) {
    case 'code':
    case 'random':
    case 'class':
    case 'unregistered':
    case 'header':
    case 'compare':
      return 'public';
    default:
      return 'private';
  }
}
