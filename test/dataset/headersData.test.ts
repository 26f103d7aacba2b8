/**
 * data/headers.json: the headers the issue asks for are there with what a card needs, and broken data is
 * caught at load with errors that name the header and the field.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateHeaders } from '../../src/core/dataset/validateReferences.js';
import { DEFAULT_HEADERS_PATH, loadDataset } from '../../src/dataset/loadDataset.js';
import { shippedEntries, shippedReferences } from '../fixtures/queries/datasetWithNames.js';

type Json = Record<string, unknown>;
const shipped = JSON.parse(readFileSync(DEFAULT_HEADERS_PATH, 'utf8')) as Json[];
const codes = new Set(shippedEntries().map((e) => e.code));
const { headers } = shippedReferences();
const byName = new Map(headers.map((h) => [h.name.toLowerCase(), h]));
const copy = (): Json[] => structuredClone(shipped);
const at = (data: Json[], name: string) => data.find((h) => h.name === name)!;
const errorsOf = (data: unknown) => {
  const result = validateHeaders(data, codes);
  return result.ok ? [] : result.errors;
};

/** The headers issue 15 names (X-RateLimit-* as one card; Sunset and Deprecation both). */
const REQUIRED = [
  'Retry-After',
  'WWW-Authenticate',
  'Proxy-Authenticate',
  'Authorization',
  'Location',
  'Content-Location',
  'Allow',
  'Accept',
  'Accept-Encoding',
  'Accept-Language',
  'Accept-Ranges',
  'Accept-Patch',
  'Accept-Post',
  'Content-Type',
  'Content-Length',
  'Content-Range',
  'Range',
  'If-Match',
  'If-None-Match',
  'If-Modified-Since',
  'If-Unmodified-Since',
  'ETag',
  'Last-Modified',
  'Cache-Control',
  'Expires',
  'Age',
  'Vary',
  'Connection',
  'Upgrade',
  'Alt-Svc',
  'Strict-Transport-Security',
  'Link',
  'Expect',
  'Sunset',
  'Deprecation',
  'RateLimit',
  'RateLimit-Policy',
  'X-RateLimit-*',
  'Via',
  'Forwarded',
  'X-Forwarded-For',
  'Server',
  'CF-Ray',
  'x-amzn-RequestId',
  'x-amzn-ErrorType',
  'x-amz-cf-id',
  'X-Request-ID',
];

describe('shipped header cards', () => {
  it('given data/headers.json then it loads with at least 40 headers, every one the issue names among them', () => {
    expect(headers.length).toBeGreaterThanOrEqual(40);
    for (const name of REQUIRED) expect(byName.has(name.toLowerCase()), name).toBe(true);
  });

  it.each([
    ['Retry-After', 'RFC 9110', '10.2.3'],
    ['WWW-Authenticate', 'RFC 9110', '11.6.1'],
    ['Proxy-Authenticate', 'RFC 9110', '11.7.1'],
    ['Location', 'RFC 9110', '10.2.2'],
    ['Allow', 'RFC 9110', '10.2.1'],
    ['ETag', 'RFC 9110', '8.8.3'],
    ['Vary', 'RFC 9110', '12.5.5'],
    ['If-None-Match', 'RFC 9110', '13.1.2'],
    ['Content-Range', 'RFC 9110', '14.4'],
    ['Cache-Control', 'RFC 9111', '5.2'],
    ['Age', 'RFC 9111', '5.1'],
    ['Expires', 'RFC 9111', '5.3'],
    ['Strict-Transport-Security', 'RFC 6797', '6.1'],
    ['Alt-Svc', 'RFC 7838', '3'],
    ['Link', 'RFC 8288', '3'],
    ['Sunset', 'RFC 8594', '3'],
    ['Deprecation', 'RFC 9745', '2'],
    ['Forwarded', 'RFC 7239', '4'],
    ['Accept-Patch', 'RFC 5789', '3.1'],
    ['Transfer-Encoding', 'RFC 9112', '6.1'],
  ])('given %s then it is defined in %s §%s, linked at rfc-editor.org', (name, title, section) => {
    const spec = byName.get(name.toLowerCase())!.spec!;
    expect(spec).toEqual({
      title,
      section,
      url: `https://www.rfc-editor.org/rfc/${title.replace('RFC ', 'rfc')}#section-${section}`,
    });
  });

  it.each([
    ['CF-Ray', 'Cloudflare', 'https://developers.cloudflare.com/'],
    ['x-amzn-RequestId', 'AWS', 'https://docs.aws.amazon.com/'],
    ['x-amzn-ErrorType', 'AWS', 'https://docs.aws.amazon.com/'],
    ['x-amz-cf-id', 'AWS CloudFront', 'https://docs.aws.amazon.com/AmazonCloudFront/'],
    ['X-Amzn-Trace-Id', 'AWS Elastic Load Balancing', 'https://docs.aws.amazon.com/elasticloadbalancing/'],
  ])('given the vendor header %s then it names %s and links its docs', (name, vendor, docs) => {
    const header = byName.get(name.toLowerCase())!;
    expect(header.vendor).toBe(vendor);
    expect(header.docs?.startsWith(docs)).toBe(true);
    expect(header.spec).toBeUndefined();
  });

  it('given the RateLimit fields then they cite the IETF draft, whose section numbers move, without a section', () => {
    for (const name of ['RateLimit', 'RateLimit-Policy']) {
      const spec = byName.get(name.toLowerCase())!.spec!;
      expect(spec.url).toBe('https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/');
      expect(spec.section).toBeUndefined();
    }
  });

  it('given the headers MDN has not translated into Korean then their Korean flag is off', () => {
    for (const name of ['WWW-Authenticate', 'Proxy-Authenticate', 'Proxy-Authorization', 'Link'])
      expect(byName.get(name.toLowerCase())!.mdn?.ko, name).toBe(false);
    for (const name of ['Retry-After', 'Cache-Control', 'X-Forwarded-For'])
      expect(byName.get(name.toLowerCase())!.mdn?.ko, name).toBe(true);
  });

  it('given every header then each language has its own texts and Korean users get aliases', () => {
    for (const header of headers) {
      expect(header.ko.summary).not.toBe(header.en.summary);
      expect(header.ko.summary).toMatch(/[가-힣]/);
      expect(header.ko.mistakes.length).toBe(header.en.mistakes.length);
      expect(header.ko.aliases.length, header.name).toBeGreaterThan(0);
      for (const use of header.codes) expect(use.ko).toMatch(/[가-힣]/);
    }
  });

  it('given every header then its example is a line of that header and it goes with at least one code', () => {
    for (const header of headers) {
      expect(
        header.example.toLowerCase().startsWith(`${(header.covers?.[0] ?? header.name).toLowerCase()}:`),
      ).toBe(true);
      expect(header.codes.length, header.name).toBeGreaterThan(0);
    }
  });
});

describe('validateHeaders', () => {
  it('given a header going with a code the dataset lacks then the error names the header and the code', () => {
    const data = copy();
    (at(data, 'Retry-After').codes as Json[])[0]!.code = 598;
    expect(errorsOf(data)).toEqual([
      expect.stringMatching(/^header Retry-After \(index \d+\): codes\[0\]: 598 is not/),
    ]);
  });

  it('given two headers sharing an alias then the error names both', () => {
    const data = copy();
    ((at(data, 'Age').en as Json).aliases as string[]).push('Retry After');
    expect(errorsOf(data).join('\n')).toMatch(/header Age .*"retry after" is also a name of Retry-After/);
  });

  it('given a related header that does not exist then it is named', () => {
    const data = copy();
    (at(data, 'ETag').related as string[]).push('If-Whatever');
    expect(errorsOf(data).join('\n')).toMatch(/header ETag .*related\[\d\]: no header named If-Whatever/);
  });

  it.each([
    ['a spec URL off rfc-editor.org', (h: Json) => ((h.spec as Json).url = 'https://example.com/rfc9110')],
    ['an RFC without a section', (h: Json) => delete (h.spec as Json).section],
    [
      'no source at all',
      (h: Json) => {
        delete h.spec;
        delete h.mdn;
      },
    ],
    ['an example of another header', (h: Json) => (h.example = 'Location: /x')],
    ['a missing Korean summary', (h: Json) => delete (h.ko as Json).summary],
    ['an MDN link outside MDN', (h: Json) => ((h.mdn as Json).url = 'https://example.com/')],
  ])('given %s then the header is rejected by name', (_what, breakIt) => {
    const data = copy();
    breakIt(at(data, 'Retry-After'));
    expect(errorsOf(data)).toEqual([expect.stringMatching(/^header Retry-After \(index \d+\): /)]);
  });

  it('given a vendor header without its docs then it is rejected', () => {
    const data = copy();
    delete at(data, 'CF-Ray').docs;
    expect(errorsOf(data)).toContainEqual(
      expect.stringMatching(/^header CF-Ray .*docs: a vendor header links/),
    );
  });

  it('given a broken headers file on disk then loadDataset fails with the error, not a throw', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    const path = join(dir, 'headers.json');
    const data = copy();
    delete (at(data, 'Vary').en as Json).mistakes;
    writeFileSync(path, JSON.stringify(data));
    const result = loadDataset(undefined, { headers: path });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([expect.stringMatching(/^header Vary \(index \d+\): en\.mistakes: /)]);
  });

  it('given a headers file that is not JSON then the error names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headers-'));
    const path = join(dir, 'headers.json');
    writeFileSync(path, '[{');
    const result = loadDataset(undefined, { headers: path });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/headers\.json: not valid JSON/)]);
  });
});
