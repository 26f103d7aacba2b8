import { describe, expect, it } from 'vitest';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

/** The IANA HTTP Status Code Registry's assigned codes (63), written out so the test can't drift. */
const IANA_CODES = [
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306,
  307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
  421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/** Unofficial codes the issue names explicitly. */
const REQUIRED_UNOFFICIAL: Record<number, RegExp> = {
  444: /nginx/i,
  494: /nginx/i,
  495: /nginx/i,
  496: /nginx/i,
  497: /nginx/i,
  499: /nginx/i,
  520: /cloudflare/i,
  521: /cloudflare/i,
  522: /cloudflare/i,
  523: /cloudflare/i,
  524: /cloudflare/i,
  525: /cloudflare/i,
  526: /cloudflare/i,
  530: /cloudflare/i,
  460: /aws|elb|load balanc/i,
  463: /aws|elb|load balanc/i,
  561: /aws|elb|load balanc/i,
  509: /apache|cpanel/i,
};

const entries = shippedEntries();
const byCode = new Map(entries.map((e) => [e.code, e]));

describe('dataset completeness', () => {
  it('given the dataset then every IANA code is in it as a registered code', () => {
    for (const code of IANA_CODES) {
      const entry = byCode.get(code);
      expect(entry, `${code} missing`).toBeDefined();
      expect(entry!.status, `${code}`).not.toBe('unofficial');
    }
  });

  it('given the dataset then every code outside the registry is flagged unofficial with a vendor', () => {
    for (const entry of entries.filter((e) => !IANA_CODES.includes(e.code))) {
      expect(entry.status, `${entry.code}`).toBe('unofficial');
      expect(entry.vendor, `${entry.code}`).toBeTruthy();
      expect(entry.spec, `${entry.code}`).toBeUndefined();
    }
  });

  it('given the unofficial codes the issue names then each is there with its vendor', () => {
    for (const [code, vendor] of Object.entries(REQUIRED_UNOFFICIAL)) {
      const entry = byCode.get(Number(code));
      expect(entry, `${code} missing`).toBeDefined();
      expect(entry!.status).toBe('unofficial');
      expect(entry!.vendor).toMatch(vendor);
    }
  });

  it.each([
    [413, 'Content Too Large'],
    [418, '(Unused)'],
    [306, '(Unused)'],
    [422, 'Unprocessable Content'],
    [416, 'Range Not Satisfiable'],
    [414, 'URI Too Long'],
    [302, 'Found'],
  ])('given %d then its name is the current registry phrase %j', (code, name) => {
    expect(byCode.get(code)?.name).toBe(name);
  });

  it.each([
    [305, 'deprecated'],
    [102, 'deprecated'],
    [306, 'unused'],
    [418, 'unused'],
    [510, 'obsoleted'],
  ])('given %d then its status is %s', (code, status) => {
    expect(byCode.get(code)?.status).toBe(status);
  });

  it.each([
    [428, 'RFC 6585'],
    [429, 'RFC 6585'],
    [431, 'RFC 6585'],
    [511, 'RFC 6585'],
    [451, 'RFC 7725'],
    [103, 'RFC 8297'],
    [425, 'RFC 8470'],
    [207, 'RFC 4918'],
    [423, 'RFC 4918'],
    [424, 'RFC 4918'],
    [507, 'RFC 4918'],
    [208, 'RFC 5842'],
    [508, 'RFC 5842'],
    [226, 'RFC 3229'],
    [506, 'RFC 2295'],
    [510, 'RFC 2774'],
    [102, 'RFC 2518'],
    [422, 'RFC 9110'],
    [503, 'RFC 9110'],
  ])('given %d then its spec is %s', (code, title) => {
    const spec = byCode.get(code)?.spec;
    expect(spec?.title).toBe(title);
    const rfc = title.replace('RFC ', '').toLowerCase();
    expect(spec?.url).toBe(`https://www.rfc-editor.org/rfc/rfc${rfc}#section-${spec?.section}`);
  });
});

describe('dataset consistency', () => {
  it('given the dataset then codes are unique and in 100-599 with the matching class', () => {
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
    for (const entry of entries) expect(entry.class).toBe(Math.floor(entry.code / 100));
  });

  it('given related codes then each exists and is not the code itself', () => {
    for (const entry of entries) {
      for (const related of entry.related) {
        expect(byCode.has(related), `${entry.code} -> ${related}`).toBe(true);
        expect(related).not.toBe(entry.code);
      }
    }
  });

  it('given registered codes then each has a spec; unofficial ones a vendor and no spec', () => {
    for (const entry of entries) {
      if (entry.status === 'unofficial') {
        expect(entry.vendor, `${entry.code}`).toBeTruthy();
        expect(entry.spec, `${entry.code}`).toBeUndefined();
      } else {
        expect(entry.spec, `${entry.code}`).toBeDefined();
      }
    }
  });
});
