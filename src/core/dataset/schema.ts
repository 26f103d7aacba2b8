import { z } from 'zod';
import { CACHE_DEFAULTS, RETRY_ADVICE, SLO_COUNTING } from './factCategories.js';

/** How a status code stands today. `unofficial` codes come from a vendor, never from the IANA registry. */
export const CODE_STATUSES = [
  'standard',
  'deprecated',
  'unused',
  'obsoleted',
  'temporary',
  'unofficial',
] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

const nonEmpty = z.string().trim().min(1);

const localizedTextSchema = z.object({
  /** The reason phrase in this language ("서비스 이용 불가"). */
  name: nonEmpty,
  /** One line: what the code means. */
  summary: nonEmpty,
  /** A short paragraph (2-4 sentences). */
  description: nonEmpty,
  /** Common reasons the code shows up in practice. */
  causes: z.array(nonEmpty).min(1),
  /** What the server/ops side should check or do when it fires. */
  checks: z.array(nonEmpty).min(1),
  /** What the client side (caller, browser, API consumer) should check or do. */
  clientChecks: z.array(nonEmpty).min(1),
});

const specSchema = z.object({
  title: nonEmpty,
  section: nonEmpty,
  url: z.url().startsWith('https://www.rfc-editor.org/rfc/'),
});

/** A name the code was known by before, with the document that used it. */
const formerNameSchema = z.object({ name: nonEmpty, source: nonEmpty });

/** What the same number means to another vendor. */
const otherMeaningSchema = z.object({ vendor: nonEmpty, en: nonEmpty, ko: nonEmpty });

export const statusEntrySchema = z
  .object({
    code: z.number().int().min(100).max(599),
    class: z.number().int().min(1).max(5),
    /** The IANA registry's reason phrase exactly (or the vendor's, for unofficial codes). */
    name: nonEmpty,
    status: z.enum(CODE_STATUSES),
    /**
     * The defining RFC was published in the Experimental category, not on the Standards Track (RFC 2295,
     * RFC 5842, RFC 8297): the number is registered, but the mechanism never became a standard.
     */
    experimental: z.literal(true).optional(),
    /** MDN has a Korean translation of the `mdn` page; without it Korean cards link the English page. */
    mdnKo: z.literal(true).optional(),
    spec: specSchema.optional(),
    vendor: nonEmpty.optional(),
    otherMeanings: z.array(otherMeaningSchema).optional(),
    formerNames: z.array(formerNameSchema).optional(),
    mdn: z.url().startsWith('https://developer.mozilla.org/').optional(),
    ko: localizedTextSchema,
    en: localizedTextSchema,
    /** May a client retry, and how (see `RETRY_ADVICE`). */
    retry: z.enum(RETRY_ADVICE),
    /** Whether caches keep it without being told to (see `CACHE_DEFAULTS`). */
    cache: z.enum(CACHE_DEFAULTS),
    /** How availability SLOs usually count it (see `SLO_COUNTING`). */
    slo: z.enum(SLO_COUNTING),
    headers: z.array(nonEmpty),
    related: z.array(z.number().int()),
    aliases: z.object({ en: z.array(nonEmpty), ko: z.array(nonEmpty) }),
  })
  .superRefine((entry, ctx) => {
    if (Math.floor(entry.code / 100) !== entry.class) {
      ctx.addIssue({
        code: 'custom',
        path: ['class'],
        message: `class must be ${Math.floor(entry.code / 100)}`,
      });
    }
    if (entry.status === 'unofficial') {
      if (!entry.vendor)
        ctx.addIssue({ code: 'custom', path: ['vendor'], message: 'unofficial codes need a vendor' });
      if (entry.spec)
        ctx.addIssue({ code: 'custom', path: ['spec'], message: 'unofficial codes have no spec' });
    } else if (!entry.spec) {
      ctx.addIssue({ code: 'custom', path: ['spec'], message: 'registered codes need a spec' });
    }
    if (entry.experimental && !entry.spec) {
      ctx.addIssue({
        code: 'custom',
        path: ['experimental'],
        message: 'only a code defined by an RFC can come from an Experimental RFC',
      });
    }
    if (entry.mdnKo && !entry.mdn) {
      ctx.addIssue({
        code: 'custom',
        path: ['mdnKo'],
        message: 'a Korean MDN page needs the mdn link it translates',
      });
    }
    for (const problem of factClassProblems(entry)) ctx.addIssue({ code: 'custom', ...problem });
    if (entry.related.includes(entry.code)) {
      ctx.addIssue({ code: 'custom', path: ['related'], message: 'a code cannot be related to itself' });
    }
  });

/**
 * Facts that follow from the class alone: an interim response is never stored or retried, only 5xx
 * counts as a server error, and success is never an error.
 */
function factClassProblems(entry: {
  class: number;
  retry: string;
  cache: string;
  slo: string;
}): Array<{ path: string[]; message: string }> {
  const problems: Array<{ path: string[]; message: string }> = [];
  const interim = entry.class === 1;
  if (interim !== (entry.retry === 'interim'))
    problems.push({ path: ['retry'], message: 'retry is "interim" exactly for 1xx codes' });
  if (interim !== (entry.cache === 'notStored'))
    problems.push({ path: ['cache'], message: 'cache is "notStored" exactly for 1xx codes' });
  if (entry.class <= 3 !== (entry.slo === 'success'))
    problems.push({ path: ['slo'], message: 'slo is "success" exactly for 1xx-3xx codes' });
  if (entry.slo === 'serverError' && entry.class !== 5)
    problems.push({ path: ['slo'], message: 'only 5xx codes count as server errors' });
  return problems;
}

export const datasetSchema = z.array(statusEntrySchema).min(1);

/** One HTTP status code with everything the bot knows about it. */
export type StatusEntry = z.infer<typeof statusEntrySchema>;
/** The per-language texts of a status code. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
/** The defining document of a registered code. */
export type SpecRef = z.infer<typeof specSchema>;
/** Status class 1-5 (1xx..5xx). */
export type StatusClass = 1 | 2 | 3 | 4 | 5;
