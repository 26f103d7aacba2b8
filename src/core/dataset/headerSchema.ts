import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

/** Where a header is defined: an RFC section, or an IETF draft (whose section numbers move, so optional). */
const headerSpecSchema = z
  .object({
    title: nonEmpty,
    section: nonEmpty.optional(),
    url: z
      .url()
      .refine(
        (url) =>
          url.startsWith('https://www.rfc-editor.org/rfc/') ||
          url.startsWith('https://datatracker.ietf.org/doc/draft-'),
        'must be an rfc-editor.org RFC or a datatracker.ietf.org draft',
      ),
  })
  .superRefine((spec, ctx) => {
    if (spec.url.startsWith('https://www.rfc-editor.org/') && !spec.section)
      ctx.addIssue({ code: 'custom', path: ['section'], message: 'an RFC reference names its section' });
  });

/** The per-language texts of a header card. */
const headerTextSchema = z.object({
  /** A few words on what the header is for ("when to try again"), shown after the name. */
  gloss: nonEmpty.max(40),
  /** One line: what the header tells the reader. */
  summary: nonEmpty,
  /** Two to four sentences. */
  description: nonEmpty,
  /** Mistakes people make with it, one per line. */
  mistakes: z.array(nonEmpty).min(1),
  /** Other names people type for it in this language ("재시도 헤더"). */
  aliases: z.array(nonEmpty),
});

/** One status code the header goes with, and how. */
const headerUseSchema = z.object({
  code: z.number().int().min(100).max(599),
  ko: nonEmpty,
  en: nonEmpty,
});

export const headerEntrySchema = z
  .object({
    /** The field name as usually written ("Retry-After"); what `/http header <name>` takes. */
    name: nonEmpty.regex(/^[A-Za-z0-9][A-Za-z0-9-]*(?:-\*)?$/, 'a header field name'),
    /** Other field names this card covers ("X-RateLimit-Remaining" on the X-RateLimit-* card). */
    covers: z.array(nonEmpty).optional(),
    /** Who sends it. */
    direction: z.enum(['request', 'response', 'both']),
    /** The defining document; absent for de-facto and vendor headers. */
    spec: headerSpecSchema.optional(),
    /** The vendor that defines a non-standard header ("Cloudflare"). */
    vendor: nonEmpty.optional(),
    /** The vendor's (or another non-IETF body's) documentation of the header. */
    docs: z.url().startsWith('https://').optional(),
    /** MDN's English page, and whether MDN's translated-content has a Korean one. */
    mdn: z
      .object({ url: z.url().startsWith('https://developer.mozilla.org/en-US/docs/'), ko: z.boolean() })
      .optional(),
    /** The value's shape, in the spec's or docs' terms. */
    syntax: nonEmpty,
    /** One realistic field line. */
    example: nonEmpty,
    /** The status codes it goes with. */
    codes: z.array(headerUseSchema),
    /** Headers to read next (by name). */
    related: z.array(nonEmpty),
    ko: headerTextSchema,
    en: headerTextSchema,
  })
  .superRefine((header, ctx) => {
    if (!header.spec && !header.docs && !header.mdn)
      ctx.addIssue({ code: 'custom', path: ['spec'], message: 'a header needs a spec, docs or MDN source' });
    if (header.vendor && !header.docs)
      ctx.addIssue({ code: 'custom', path: ['docs'], message: 'a vendor header links to the vendor docs' });
    if (!header.example.toLowerCase().startsWith(`${(header.covers?.[0] ?? header.name).toLowerCase()}:`))
      ctx.addIssue({
        code: 'custom',
        path: ['example'],
        message: 'the example is a field line of this header',
      });
  });

export const headersSchema = z.array(headerEntrySchema).min(1);

/** One HTTP header field with what the bot says about it. */
export type HeaderEntry = z.infer<typeof headerEntrySchema>;
/** The per-language texts of a header. */
export type HeaderText = z.infer<typeof headerTextSchema>;
