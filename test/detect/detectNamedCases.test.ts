import { describe, expect, it } from 'vitest';
import { detectStatusCodes } from '../../src/core/detect/detectStatusCodes.js';

/** [situation, message, codes, classes] */
const FINDS: ReadonlyArray<readonly [string, string, number[], string[]?]> = [
  ['an HTTP/1.1 status line', 'HTTP/1.1 503 Service Unavailable', [503]],
  ['an HTTP/2 status line from curl -v', '< HTTP/2 404\n< server: nginx', [404]],
  ['a status key with a colon', 'status: 503', [503]],
  ['a logfmt status', 'level=error status=503 path=/api', [503]],
  ['a JSON status code', '{"status_code":"429","path":"/v1/search"}', [429]],
  ['status_code followed by a space', 'status_code 429', [429]],
  ['"code 500"', 'code 500 on save', [500]],
  ['"returned 502"', 'the upstream returned 502', [502]],
  ['"got a 504"', 'got a 504 from the LB', [504]],
  ['a plural "502s"', 'seeing 502s since the deploy', [502]],
  ['a code and its reason phrase', '503 Service Unavailable', [503]],
  ['a vendor phrase of an unofficial code', 'origin answered 521 Web Server Is Down', [521]],
  [
    'an nginx combined access line',
    '203.0.113.7 - - [12/Mar/2025:10:15:32 +0900] "GET /api/orders HTTP/1.1" 502 157 "-" "Mozilla/5.0"',
    [502],
  ],
  [
    'an AWS ALB access line with elb and target status',
    'https 2025-03-12T01:02:03.456789Z app/prod/50dc6c495c0c9188 203.0.113.7:46532 10.0.1.23:8080 0.001 0.052 0.000 502 500 230 410 "GET https://api.example.com:443/ HTTP/1.1" "curl/8.4.0"',
    [502, 500],
  ],
  [
    'an HAProxy log line',
    'haproxy[2211]: 203.0.113.7:51000 [12/Mar/2025:10:15:32.101] https-in~ api/srv2 0/0/-1/-1/3001 503 212 - - SC--',
    [503],
  ],
  [
    'a Python requests error',
    'requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://x.example/a',
    [503],
  ],
  ['an axios error', 'AxiosError: Request failed with status code 502', [502]],
  ['a curl error', 'curl: (22) The requested URL returned error: 500', [500]],
  [
    'a .NET HttpRequestException',
    'Response status code does not indicate success: 503 (Service Unavailable).',
    [503],
  ],
  ['a Spring status enum', 'HttpServerErrorException$InternalServerError: 500 INTERNAL_SERVER_ERROR', [500]],
  ['an npm E404', 'npm ERR! code E404', [404]],
  ['a blackbox exporter sample', 'probe_http_status_code{instance="https://shop.example.com"} 503', [503]],
  ['a CloudWatch 5XX metric', 'MetricName: HTTPCode_Target_5XX_Count', [], ['5xx']],
  ['a CloudWatch ELB 504 metric', 'Metric HTTPCode_ELB_504_Count above 10', [504]],
  ['"응답 코드 503"', '응답 코드 503', [503]],
  ['"상태 코드: 502"', '상태 코드: 502', [502]],
  ['"HTTP 500 에러"', 'HTTP 500 에러', [500]],
  ['"502 에러"', '502 에러 났어요', [502]],
  ['"500번대 에러"', '500번대 에러가 늘었어요', [], ['5xx']],
  ['a Slack link label', '<https://status.example.com/incidents/8812|HTTP 503> on checkout', [503]],
  ['Slack bold and backticks', '*HTTP 503* on `POST /v1/orders`', [503]],
  ['a Slack-escaped quote', '&gt; HTTP 502 Bad Gateway', [502]],
  ['Discord bold and spoilers', '**HTTP 503** and ||502 Bad Gateway||', [503, 502]],
  ['a list of codes', 'HTTP 502, 503 and 504', [502, 503, 504]],
  [
    'codes in order of appearance without duplicates',
    'HTTP 504, then HTTP 502, then HTTP 504 again',
    [504, 502],
  ],
  ['class mentions', '5xx spike and 4XX rate up, 50x errors everywhere', [], ['5xx', '4xx']],
  ['an unregistered code in a strong context', 'status=512 from the appliance', [512]],
];

const IGNORES: ReadonlyArray<readonly [string, string]> = [
  ['a duration', 'took 503ms'],
  ['a duration in words', 'ran for 503 seconds'],
  ['a count', '503 users signed up'],
  ['processed records', 'processed 404 records'],
  ['money in dollars', 'the bill is $500'],
  ['money in won', '500원 할인'],
  ['a port', 'listening on :8080, and port 503 is closed'],
  ['a date and a time', '2025-05-03 10:15:32'],
  ['a version', 'v5.0.3 and 1.404'],
  ['an IP address', 'blocked 203.0.113.7'],
  ['an issue number', 'see #404'],
  ['a PR number', 'PR 502 is ready'],
  ['a line number', 'line 503: unexpected indent'],
  ['a file position', 'TypeError at app.js:404:17'],
  ['a size', 'the bundle is 500MB'],
  ['an exit code', 'exit code 500'],
  ['an SMTP code', 'SMTP 550 5.7.1 Relaying denied'],
  ['a SIP response', 'SIP/2.0 486 Busy Here'],
  ['a SIP 503 with a reason phrase', 'SIP/2.0 503 Service Unavailable'],
  ['a Cloudflare 1xxx error', 'Error 1020: Access denied'],
  ['a MySQL error', 'MySQL error 150: foreign key constraint is incorrectly formed'],
  ['an ID inside a URL path', 'https://shop.example.com/users/404/profile'],
  ['an ID in a query string', '/orders?id=503'],
  ['a range', 'anything not 200-399'],
  ['a range in words', 'status between 200 and 299'],
  ['a threshold', 'alert if status >= 500'],
  ['a room number', '503호 회의실'],
  ['a bus number', '404번 버스'],
  ['"50x faster"', 'the new index is 50x faster'],
];

describe('detectStatusCodes', () => {
  for (const [situation, text, codes, classes = []] of FINDS) {
    it(`given ${situation} then it finds ${JSON.stringify({ codes, classes })}`, () => {
      expect(detectStatusCodes(text)).toEqual({ codes, classes });
    });
  }

  for (const [situation, text] of IGNORES) {
    it(`given ${situation} then it finds nothing`, () => {
      expect(detectStatusCodes(text)).toEqual({ codes: [], classes: [] });
    });
  }
});
