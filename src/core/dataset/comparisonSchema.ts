import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

/** What one code's column of a comparison says, in one language. */
const sideSchema = z.object({
  /** Who sends it: the origin, a proxy, the load balancer, the client's own library. */
  who: nonEmpty,
  /** The first thing to look at when it shows up. */
  checkFirst: nonEmpty,
  /** When a server should send this one rather than the other. */
  sendWhen: nonEmpty,
});

const comparisonTextSchema = z.object({
  /** The one-line difference. */
  difference: nonEmpty,
  /** One per code, in the order of `codes`. */
  sides: z.array(sideSchema).min(2).max(3),
});

export const comparisonSchema = z
  .object({
    /** Two or three codes people confuse, in the order they are usually named. */
    codes: z.array(z.number().int().min(100).max(599)).min(2).max(3),
    ko: comparisonTextSchema,
    en: comparisonTextSchema,
  })
  .superRefine((comparison, ctx) => {
    if (new Set(comparison.codes).size !== comparison.codes.length)
      ctx.addIssue({ code: 'custom', path: ['codes'], message: 'a code is named twice' });
    for (const locale of ['ko', 'en'] as const) {
      if (comparison[locale].sides.length !== comparison.codes.length)
        ctx.addIssue({ code: 'custom', path: [locale, 'sides'], message: 'one side per code' });
    }
  });

export const comparisonsSchema = z.array(comparisonSchema);

/** A hand-written side-by-side of codes that get confused. */
export type Comparison = z.infer<typeof comparisonSchema>;
/** One code's column of a comparison. */
export type ComparisonSide = z.infer<typeof sideSchema>;
