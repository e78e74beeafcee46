// SPDX-License-Identifier: MIT
// Huawei Cloud's official Node.js SDK (@huaweicloud/huaweicloud-sdk-swr and -core 3.1.128) against
// swr-mock-server, used as a user would: BasicCredentials with an AK/SK, the endpoint http://127.0.0.1:PORT,
// SwrClient.createRepo with a CreateRepoRequest. The SDK signs every request (SDK-HMAC-SHA256) and the server
// verifies it (docs/signing.md). Then what the SDK makes of each refusal, and 64 concurrent keep-alive clients,
// every answer right and each client on one connection (the worst latency printed, never asserted).
// Run by run.sh (ctest: examples_sdk), with the server's path in SWR_MOCK_SERVER.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const { once } = require('node:events');
const http = require('node:http');
const readline = require('node:readline');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core');
const {
  SwrClient,
  CreateRepoRequest,
  CreateRepoRequestBody,
  ListNamespacesRequest,
} = require('@huaweicloud/huaweicloud-sdk-swr');

// The SDK logs every error answer, with its request, to standard output (log4js, its logging library); the test
// reads the errors from the exceptions instead.
require('log4js').configure({
  appenders: { out: { type: 'stdout' } },
  categories: { default: { appenders: ['out'], level: 'off' } },
});

// The access key of the signing vectors (docs/signing.md).
const ak = 'QTWAOYTTINDUT2QVKYUC';
const sk = 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc';

let server;
let endpoint;

test.before(async () => {
  const program = process.env.SWR_MOCK_SERVER;
  assert.ok(program, 'SWR_MOCK_SERVER is not set: run the test through ctest (examples_sdk)');
  // Its log goes to swr-mock-server.log, beside this file in the build tree.
  server = spawn(program, ['--namespace', 'my-org', '--key', `${ak}:${sk}`, '--log', 'swr-mock-server.log'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: server.stdout });
  const [first] = await Promise.race([
    once(lines, 'line'),
    once(server, 'exit').then(() => {
      throw new Error('swr-mock-server ended before it listened');
    }),
  ]);
  const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first);
  assert.ok(match, `swr-mock-server's first line: ${first}`);
  endpoint = match[1];
});

test.after(() => {
  server.kill();
});

function clientWith(secret) {
  return SwrClient.newBuilder()
    .withCredential(new BasicCredentials().withAk(ak).withSk(secret))
    .withEndpoint(endpoint)
    .build();
}

function createRepo(client, repository) {
  const body = new CreateRepoRequestBody().withRepository(repository).withIsPublic(true);
  return client.createRepo(new CreateRepoRequest().withNamespace('my-org').withBody(body));
}

// What the SDK rejects with: its class, the HTTP status, and the error code and message it read from the body.
async function refusal(promise) {
  try {
    await promise;
  } catch (e) {
    return { exception: e.constructor.name, status: e.httpStatusCode, code: e.errorCode, message: e.errorMsg };
  }
  assert.fail('the call succeeded');
}

// SWR's documented error body, [{"errorCode":…,"errorMessage":…,"detail":…}] (docs/api.md), is not what this SDK
// reads: its ExceptionUtil takes error_code and error_msg (the API gateway's members) or error.code and
// error.message, so SWR's code reaches the user only as the status, with axios's message.
function swrRefusal(status) {
  return {
    exception: 'ClientRequestException',
    status,
    code: undefined,
    message: `Request failed with status code ${status}`,
  };
}

test('createRepo creates the repository, signed with AK/SK', async () => {
  const response = await createRepo(clientWith(sk), 'team/app');
  assert.equal(response.httpStatusCode, 200);
});

test('createRepo again: 409, a ClientRequestException', async () => {
  const client = clientWith(sk);
  await createRepo(client, 'team/again');
  const e = await refusal(createRepo(client, 'team/again'));
  assert.deepEqual(e, swrRefusal(409));
  // The repository exists in either form of its name.
  assert.deepEqual(await refusal(createRepo(client, 'team$again')), swrRefusal(409));
});

test('an invalid repository name: 400', async () => {
  assert.deepEqual(await refusal(createRepo(clientWith(sk), 'team//app')), swrRefusal(400));
  assert.deepEqual(await refusal(createRepo(clientWith(sk), 'Team/app')), swrRefusal(400));
});

test('a wrong secret key: 401', async () => {
  assert.deepEqual(await refusal(createRepo(clientWith('not-the-secret-key'), 'team/wrong-key')), swrRefusal(401));
  // The right key still creates it: nothing was created by the refused request.
  assert.equal((await createRepo(clientWith(sk), 'team/wrong-key')).httpStatusCode, 200);
});

test('a call the server does not serve: the API gateway error, which the SDK surfaces', async () => {
  const e = await refusal(clientWith(sk).listNamespaces(new ListNamespacesRequest()));
  assert.deepEqual(e, {
    exception: 'ClientRequestException',
    status: 404,
    code: 'APIG.0101',
    message: 'The API does not exist or has not been published in the environment',
  });
});

// Each of 64 clients, each with its own keep-alive agent (the settings of Node's global agent, which the SDK uses
// by default), sends its request of a round at once with the others, then waits for all: meanwhile its connection
// is open and idle. With cpp-httplib's defaults (8 workers, each held by an open connection until it has been idle
// 5 s; a listen backlog of 5) the requests beyond the 8th waited for Node to close idle connections (after 4 s, a
// second before the server's keep-alive timeout), round after round, up to 32 s, and each client reconnected.
test('64 concurrent clients with keep-alive connections, every answer right, each on one connection', async (t) => {
  const clients = 64;
  const rounds = 6; // new, duplicate and invalid, twice
  const connections = new Array(clients).fill(0);
  const sdkClients = Array.from({ length: clients }, (_, c) => {
    const agent = new http.Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
    const connect = agent.createConnection.bind(agent);
    agent.createConnection = (...args) => {
      connections[c]++;
      return connect(...args);
    };
    return SwrClient.newBuilder()
      .withCredential(new BasicCredentials().withAk(ak).withSk(sk))
      .withEndpoint(endpoint)
      .withOptions({ axiosRequestConfig: { httpAgent: agent } })
      .build();
  });
  const milliseconds = [];
  const wrong = [];
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      sdkClients.map(async (client, c) => {
        const repository = round % 3 === 2 ? `K${c}//bad` : `k${c}/r${round - (round % 3)}`;
        const expected = [200, 409, 400][round % 3];
        const start = process.hrtime.bigint();
        let status;
        try {
          status = (await createRepo(client, repository)).httpStatusCode;
        } catch (e) {
          status = e.httpStatusCode ?? e.errorMsg; // no status: the request was lost
        }
        milliseconds.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (status !== expected) wrong.push(`client ${c}, round ${round}: ${status}, expected ${expected}`);
      }),
    );
  }
  milliseconds.sort((a, b) => a - b);
  t.diagnostic(
    `${clients} SDK clients x ${rounds} rounds: median ${milliseconds[milliseconds.length >> 1].toFixed(1)} ms, ` +
      `worst ${milliseconds[milliseconds.length - 1].toFixed(1)} ms`,
  );
  assert.deepEqual(wrong, []);
  assert.equal(milliseconds.length, clients * rounds);
  assert.deepEqual(connections, new Array(clients).fill(1));
});
