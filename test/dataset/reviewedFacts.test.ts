/**
 * Facts corrected after an expert review against RFC 9110 and the vendors' own documentation. Each test
 * pins one correction, so a later edit cannot quietly bring the stale fact back.
 */
import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../../src/core/dataset/schema.js';
import { shippedEntries } from '../fixtures/queries/datasetWithNames.js';

const entries = shippedEntries();
const byCode = new Map(entries.map((e) => [e.code, e]));
const entry = (code: number): StatusEntry => {
  const found = byCode.get(code);
  if (!found) throw new Error(`no entry for ${code}`);
  return found;
};
/** Every text of one language: summary, description, causes, checks, client checks. */
const texts = (code: number, locale: 'en' | 'ko'): string[] => {
  const t = entry(code)[locale];
  return [t.summary, t.description, ...t.causes, ...t.checks, ...t.clientChecks];
};

describe('codes from Experimental RFCs', () => {
  /** The RFCs published in the Experimental category that define a registered code (rfc-editor.org). */
  const EXPERIMENTAL_RFCS = ['RFC 2295', 'RFC 5842', 'RFC 8297'];

  it('given the dataset then exactly 103, 208, 506 and 508 are flagged experimental', () => {
    expect(
      entries
        .filter((e) => e.experimental)
        .map((e) => e.code)
        .sort(),
    ).toEqual([103, 208, 506, 508]);
  });

  it('given a flagged code then its spec is one of the Experimental RFCs, and every code they define is flagged', () => {
    for (const e of entries) {
      const fromExperimental = EXPERIMENTAL_RFCS.includes(e.spec?.title ?? '');
      expect(Boolean(e.experimental), String(e.code)).toBe(fromExperimental);
    }
  });
});

describe('vendor facts', () => {
  it("given 524 then the Proxy Read Timeout is Cloudflare's current 120 s default, in texts and aliases", () => {
    expect(entry(524).en.summary).toMatch(/120 seconds/);
    expect(entry(524).ko.summary).toMatch(/120초/);
    for (const text of [...texts(524, 'en'), ...texts(524, 'ko')]) {
      expect(text).not.toMatch(/100[- ]second|100 s\b|100초 (프록시|타임아웃)|기본 100초/);
    }
    expect(entry(524).aliases.en).toContain('120 second timeout');
    expect(entry(524).aliases.en).not.toContain('100 second timeout');
    expect(entry(524).aliases.ko).toContain('120초 타임아웃');
  });

  it('given 503 then a Kubernetes Service is not said to answer 503 itself; the ingress or mesh does', () => {
    for (const text of texts(503, 'en'))
      expect(text).not.toMatch(/Kubernetes Service with no ready endpoints/);
    expect(entry(503).en.description).toMatch(/kube-proxy/);
    expect(entry(503).ko.description).toMatch(/kube-proxy/);
  });

  it('given 412 then Azure Blob is named only as the store that answers 409, and 409 names BlobAlreadyExists', () => {
    for (const text of [...texts(412, 'en'), ...texts(412, 'ko')]) {
      if (/Azure/.test(text)) expect(text).toMatch(/409/);
    }
    expect(texts(412, 'en').join(' ')).toMatch(/S3/);
    expect(texts(409, 'en').join(' ')).toMatch(/BlobAlreadyExists/);
  });

  it('given 561 then its causes do not claim what AWS files under 401 (denied access, client ID or secret)', () => {
    for (const text of entry(561).en.causes) expect(text).not.toMatch(/client ID|secret|not allowed|denied/i);
    expect(entry(561).en.description).toMatch(/401/);
  });

  it('given 509 then the vendor is cPanel and Apache bandwidth modules, not Apache httpd', () => {
    expect(entry(509).vendor).toMatch(/cPanel/);
    expect(entry(509).vendor).toMatch(/module/);
    expect(entry(509).vendor).not.toMatch(/^Apache\b/);
  });

  it('given 507 then the AWS load balancer meaning (a redirect URL too long) is listed', () => {
    const aws = entry(507).otherMeanings?.find((m) => /AWS/.test(m.vendor));
    expect(aws?.en).toMatch(/redirect/i);
  });

  it("given 502 then Node.js's 5 s keep-alive default is dated: Node 26 raised it", () => {
    expect(entry(502).en.causes.join(' ')).toMatch(/before Node 26/);
    expect(entry(502).ko.causes.join(' ')).toMatch(/Node\.js 26 이전/);
  });
});

describe('RFC 9110 facts', () => {
  it('given 408 then Connection: close is advice for HTTP/1.1 only (RFC 9110 dropped the RFC 7231 SHOULD)', () => {
    for (const text of [...texts(408, 'en'), ...texts(408, 'ko')]) {
      if (/Connection: close/.test(text)) expect(text).toMatch(/HTTP\/1\.1/);
    }
  });

  it('given 100 then refusing early uses the status that fits (401, 403, 413, 415), not 417', () => {
    for (const text of [entry(100).en.description, ...entry(100).en.checks]) {
      expect(text).not.toMatch(/401, 413(,)? or 417/);
    }
    expect(entry(100).en.description).toMatch(/403/);
    expect(entry(100).en.description).toMatch(/415/);
    expect(entry(100).ko.description).toMatch(/415/);
  });

  it('given 502 and 504 then both say 504 covers an upstream that was never reached (connect timeout)', () => {
    expect(entry(502).en.description).not.toMatch(/reached but answered too slowly/);
    expect(entry(502).en.description).toMatch(/connect/);
    expect(entry(504).en.description).toMatch(/connect/);
    expect(entry(502).ko.description).toMatch(/연결 시도/);
  });

  it('given 403 then retrying is hopeless only with the same credentials (§15.5.4 allows different ones)', () => {
    expect(entry(403).en.summary).toMatch(/same credentials/);
    expect(entry(403).ko.summary).toMatch(/같은 자격 증명/);
  });

  it('given 204 then the client is not told to read Location, which a 204 does not carry', () => {
    for (const text of [...entry(204).en.clientChecks, ...entry(204).ko.clientChecks]) {
      expect(text).not.toMatch(/Location/);
    }
  });

  it("given 418 then I'm a teapot is not listed as a former name: it is the only name RFC 2324 gave it", () => {
    expect(entry(418).formerNames ?? []).toEqual([]);
    expect(entry(418).en.description).toMatch(/I'm a teapot/);
  });
});
