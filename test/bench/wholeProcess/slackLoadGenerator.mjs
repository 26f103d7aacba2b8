/**
 * The Slack load generator, in its own process so its work lands on neither side of a comparison. The
 * benchmark sends it `{ type: 'run', url, body, secret, count, concurrency, expectBody }` over IPC; it
 * posts `count` signed slash commands with `concurrency` in flight (keep-alive connections) and answers
 * `{ type: 'result', latenciesNs, wallNs, failures, firstFailure }`.
 *
 * Every request is signed as Slack signs it (v0 HMAC-SHA256 over `v0:<unix seconds>:<body>`) with the
 * same secret and body for both targets, so both get identical bytes. Every answer is checked: status
 * 200 and a body identical to `expectBody`; anything else counts as a failure, so a broken target
 * cannot look fast.
 */
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';

/** One signed POST; resolves with its latency and what came back. */
function post(agent, target, body, secret) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          // Exactly this: Bolt compares the content type with === (no charset suffix).
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-slack-request-timestamp': timestamp,
          'x-slack-signature': `v0=${signature}`,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            ns: Number(process.hrtime.bigint() - start),
            status: res.statusCode,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', (error) =>
      resolve({ ns: Number(process.hrtime.bigint() - start), status: 0, text: String(error) }),
    );
    req.end(body);
  });
}

async function run({ url, body, secret, count, concurrency, expectBody }) {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latenciesNs = [];
  let failures = 0;
  let firstFailure;
  let next = 0;
  const lane = async () => {
    while (next < count) {
      next += 1;
      const answer = await post(agent, target, body, secret);
      latenciesNs.push(answer.ns);
      if (answer.status !== 200 || answer.text !== expectBody) {
        failures += 1;
        firstFailure ??= `HTTP ${answer.status}: ${answer.text.slice(0, 300)}`;
      }
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, lane));
  const wallNs = Number(process.hrtime.bigint() - start);
  agent.destroy();
  return { latenciesNs, wallNs, failures, firstFailure };
}

process.on('message', (message) => {
  if (message?.type !== 'run') return;
  run(message).then(
    (result) => process.send?.({ type: 'result', ...result }),
    (error) => process.send?.({ type: 'error', message: String(error?.stack ?? error) }),
  );
});
// The benchmark ended (or died): nothing left to do.
process.on('disconnect', () => process.exit(0));
