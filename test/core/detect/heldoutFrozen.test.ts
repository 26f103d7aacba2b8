/**
 * The held-out part of the detector's generalisation corpus is frozen. It measures how the detector does on
 * text it was never tuned on, so nobody changing the detector looks at its messages, and nobody edits them:
 * a held-out file changes only to fix a documented labelling error (say which message, which rule in
 * test/fixtures/detector/README.md it broke, and why, in the commit), never because the detector disagrees
 * or to make a score go up. This test records every held-out file's sha256 so that any edit is a visible,
 * deliberate change to the constants below. Adding a held-out file is one line here (its path and hash).
 * It also checks the split itself: no format in both parts, at least 30% of each language's messages
 * held out, at least 30% of each language-and-family group's formats held out, and the English split equal
 * to the one the recorded seed picks (so it was not chosen by looking at results).
 *
 * Failures name files and figures only, never message text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseHeldOutFormats, HELD_OUT_SHARE } from './chooseHeldOutFormats.js';
import { corpusFilePath, formatsOnDisk, readSplit } from './generalisationCorpus.js';

/** sha256 of every held-out file, by path under test/fixtures/detector/generalisation. */
const HELD_OUT_SHA256: Readonly<Record<string, string>> = {
  'heldout/akamai-edge.jsonl': 'c5ac39280fc880d0b032533cd4cabd5db117830f0203336f426dffd6d23e0907',
  'heldout/alertmanager-slack.jsonl': '58d242b2782b893cb4318275a4bc671163046a7b9b12406e319120a7741258bd',
  'heldout/aspnetcore-hosting.jsonl': '158468e6bbece0e0e590d2e2396524079b318488718a882d5707ea505fff58d5',
  'heldout/aws-alb-access.jsonl': 'e72d7cbf68809677a793543eddbaf4ca1c06fec778e783fb50ba502130861a84',
  'heldout/aws-lambda-apigw.jsonl': '6e5fb443be5810cb08e8ffed1f85bda09da2b263b8b20e963bd7d5073877a54e',
  'heldout/chat-code-review.jsonl': '217325ae5cde283ce026b2011468543f6890b5c82e3db3678bb79659c2f3baec',
  'heldout/chat-incident.jsonl': '56a5b44353f122de729570d7b16dc7c5a1be003207bd1e4fd5a58bdc7c2dd66d',
  'heldout/chat-plain-planning.jsonl': '97cdd71ff5448ac84b9a58e8263876c3f89bee4500e2374ea00185ccddf5f8d7',
  'heldout/chat-plain-standup.jsonl': '9f2a7b8e9a0486b6ceed99612e6e27a43b3ee94a234f11cdf17cd635e4925d58',
  'heldout/checkly-alert.jsonl': 'b63660205a2c4616b9ae8e10da8d3f30011a1510cef30659b39c74ee35824395',
  'heldout/dotnet-httpclient.jsonl': 'f61dfaece5ea00f0d0df5def30c230b4a8a4d153da73700e958e4b6c52f7b115',
  'heldout/fastly-edge.jsonl': 'a78ee892b386a2a4eba075006e0a2d288dcc27d2f17e8ab0904181349f166d09',
  'heldout/grafana-alert.jsonl': '09560f4e5020dec1af9a915040152b8bff8928c69d5758d31f9b3ff56e0cf314',
  'heldout/heroku-router.jsonl': 'e3ba7815b886f14290ddca9149ffe41b4c30f2a3146d4cd0f2e49de9878e51e5',
  'heldout/jenkins.jsonl': '1a71d972518b747fce5f79a98030d6a7ca1c85e1a5fd3f9b7154d1f022e9eaa9',
  'heldout/kong-gateway.jsonl': 'b3f9c956621bfe448312626172db534a1739671404d86bbf23d93e2dcd13331b',
  'heldout/newrelic-alert.jsonl': '97cc47e44e8aa31790f6782843b9fdf9fd221a8c8624a9fd57fedb0fbfbe45f7',
  'heldout/npm-cli.jsonl': 'ffa49861a40a7f0c73e59a02fef6a639863893c43eda72036d516602ceae0e6a',
  'heldout/opsgenie-alert.jsonl': '42081fe3972adbb7a36df911e6a7b8340ccf61b68ebd08749a5563f2a343d867',
  'heldout/python-aiohttp.jsonl': 'f68c00ec3383f4487de7baa05b5b476be47e905441cf3c4c64d59d2ffbfc7605',
  'heldout/python-httpx.jsonl': 'e468cf2e0785b363cdd6df2a205038ca559190f6503a2431393f44f7b967e1d6',
  'heldout/ruby-faraday.jsonl': '39f5a14b4c0d586eb8cdbe4f2bcc891f60f9b7c4372f5248f3a6f76e322c7ff0',
  'heldout/terraform.jsonl': 'ba492406a463dd17a6490cc38093f5d1382e8f31b5621f1fccc658935b11c3b1',
  'heldout/ko-gateway-log-share.jsonl': '0be710f0859138abc49419f3a243c55b716a0e038f01c9c042a39ce62ee621b4',
  'heldout/ko-incident-chat.jsonl': 'c9385092203f956258316524c70b2720d7b9580d4d3e82177bce55c5a7185a8f',
  'heldout/ko-incident-report.jsonl': '687745e50f2842fee913173f698ed13884a059c570a14c409503b18f91b8932b',
  'heldout/ko-inhouse-monitor-bot.jsonl': 'ddf894b8c2da3abb8bf6f958ac7ce8fc265733a0b2586ee577e96ff3fd2c7d2d',
  'heldout/ko-nhncloud-alert.jsonl': '0c5511a31a067af6b6c9c595f27c708abbec0ccb755fa719eeb63fb48977a408',
  'heldout/ko-plain-ops-chat.jsonl': '9ab496f7db6fff95dd6d15d4d2a4e79aa39da13c4b08d02c648be2fc17f8c844',
  'heldout/ko-scouter-alert.jsonl': '32adfc734a2920c9b96d85aaa9245a463602b3f3ddbab09946695fc58ac6f566',
  'heldout/traefik-access.jsonl': 'ae675b2cdfbfeaa4cb75a0262db06c611f686344cc2e81ed8b608d7da855f7f0',
};

/** Languages whose split the seeded procedure in chooseHeldOutFormats.ts produced. */
const SEEDED_LANGS = ['en'];

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('held-out corpus freeze', () => {
  const split = readSplit();

  it('given every held-out file then its sha256 is the recorded one', () => {
    const onDisk = Object.fromEntries(
      formatsOnDisk('heldout').map((format) => [
        `heldout/${format}.jsonl`,
        sha256(corpusFilePath('heldout', format)),
      ]),
    );
    expect(onDisk).toEqual(HELD_OUT_SHA256);
  });

  it('given both parts then no format appears in both', () => {
    const dev = new Set(formatsOnDisk('dev'));
    expect(formatsOnDisk('heldout').filter((format) => dev.has(format))).toEqual([]);
    const listed = split.formats.map((entry) => entry.format);
    expect(listed.filter((format, i) => listed.indexOf(format) !== i)).toEqual([]);
  });

  it('given each language then at least 30% of its messages are held out', () => {
    const langs = [...new Set(split.formats.map((entry) => entry.lang))];
    for (const lang of langs) {
      const entries = split.formats.filter((entry) => entry.lang === lang);
      const total = entries.reduce((n, entry) => n + entry.count, 0);
      const heldOut = entries.filter((e) => e.part === 'heldout').reduce((n, entry) => n + entry.count, 0);
      expect(heldOut / total, `${lang}: ${heldOut} of ${total} messages held out`).toBeGreaterThanOrEqual(
        HELD_OUT_SHARE,
      );
    }
  });

  it('given each seeded language and family then at least 30% of its formats are held out', () => {
    // Korean formats were split in two pools (labelled, plain chat), not per family; their own test checks
    // that procedure, and some Korean families have a single format.
    const groups = new Map<string, { all: number; heldOut: number }>();
    for (const entry of split.formats.filter((e) => SEEDED_LANGS.includes(e.lang))) {
      const key = `${entry.lang}/${entry.family}`;
      const group = groups.get(key) ?? { all: 0, heldOut: 0 };
      group.all += 1;
      if (entry.part === 'heldout') group.heldOut += 1;
      groups.set(key, group);
    }
    for (const [key, { all, heldOut }] of groups) {
      expect(heldOut / all, `${key}: ${heldOut} of ${all} formats held out`).toBeGreaterThanOrEqual(
        HELD_OUT_SHARE,
      );
    }
  });

  it('given the recorded seed then the seeded languages are split exactly as the procedure picks', () => {
    const seeded = split.formats.filter((entry) => SEEDED_LANGS.includes(entry.lang));
    const picked = chooseHeldOutFormats(seeded, split.seed);
    const recorded = seeded.filter((entry) => entry.part === 'heldout').map((entry) => entry.format);
    expect(recorded.sort()).toEqual([...picked].sort());
  });
});
