// SPDX-License-Identifier: MIT
// Huawei Cloud's official Node.js SDK (@huaweicloud/huaweicloud-sdk-swr and -core 3.1.128) against
// swr-mock-server, used as a user would: BasicCredentials with an AK/SK, the endpoint http://127.0.0.1:PORT, and
// every operation of the management API that the SDK has (3.1.128 has no ShowRepoTag): organizations,
// repositories, tags and shares, the repository path parameters in the '$' form SWR's documentation asks of SDK
// users. The SDK signs every request (SDK-HMAC-SHA256, GET and DELETE too) and the server verifies it
// (docs/signing.md). The SDK's parsed answers are checked: an object with httpStatusCode, or for a list the array
// itself with Content-Range as a property. Then what the SDK makes of each refusal, and 64 concurrent keep-alive
// clients, every answer right and each client on one connection (the worst latency printed, never asserted).
// Run by run.sh (ctest: examples_sdk), with the server's path in SWR_MOCK_SERVER.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const { createHash } = require('node:crypto');
const { once } = require('node:events');
const http = require('node:http');
const readline = require('node:readline');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core');
const {
  SwrClient,
  CreateNamespaceRequest,
  CreateNamespaceRequestBody,
  ListNamespacesRequest,
  ShowNamespaceRequest,
  DeleteNamespacesRequest,
  CreateRepoRequest,
  CreateRepoRequestBody,
  UpdateRepoRequest,
  UpdateRepoRequestBody,
  ShowRepositoryRequest,
  DeleteRepoRequest,
  ListReposDetailsRequest,
  ListRepositoryTagsRequest,
  CreateRepoTagRequest,
  CreateRepoTagRequestBody,
  DeleteRepoTagRequest,
  CreateRepoDomainsRequest,
  CreateRepoDomainsRequestBody,
  ListRepoDomainsRequest,
  ShowAccessDomainRequest,
  UpdateRepoDomainsRequest,
  UpdateRepoDomainsRequestBody,
  DeleteRepoDomainsRequest,
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
  // sdk-tags/team/app:v1 and :v2 are seeded: SWR has no API to push an image, so the tags' tests need them.
  const args = ['--namespace', 'my-org', '--key', `${ak}:${sk}`, '--log', 'swr-mock-server.log'];
  args.push('--tag', 'sdk-tags/team/app:v1', '--tag', 'sdk-tags/team/app:v2');
  server = spawn(program, args, { stdio: ['ignore', 'pipe', 'inherit'] });
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

function createRepo(client, repository, namespace = 'my-org') {
  const body = new CreateRepoRequestBody().withRepository(repository).withIsPublic(true);
  return client.createRepo(new CreateRepoRequest().withNamespace(namespace).withBody(body));
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

// The API gateway's answer, {"error_code":…,"error_msg":…}, is one the SDK reads.
const gatewayRefusal = {
  exception: 'ClientRequestException',
  status: 404,
  code: 'APIGW.0101',
  message: 'The API does not exist or has not been published in the environment',
};

// The SDK's answer to a list: the array itself, with httpStatusCode and (for the operations whose model declares
// it) Content-Range as properties.
function assertList(response, length, contentRange) {
  assert.ok(Array.isArray(response), 'a list is the array itself');
  assert.equal(response.length, length);
  assert.equal(response.httpStatusCode, 200);
  assert.equal(response['Content-Range'], contentRange);
}

function sha256(text) {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

test('organizations: createNamespace, listNamespaces (plain and filter form), showNamespace, deleteNamespaces', async () => {
  const client = clientWith(sk);
  const create = new CreateNamespaceRequest().withBody(new CreateNamespaceRequestBody().withNamespace('sdk-org'));
  assert.equal((await client.createNamespace(create)).httpStatusCode, 201);
  assert.deepEqual(await refusal(client.createNamespace(create)), swrRefusal(409));
  const invalid = new CreateNamespaceRequest().withBody(new CreateNamespaceRequestBody().withNamespace('Sdk-Org'));
  assert.deepEqual(await refusal(client.createNamespace(invalid)), swrRefusal(400));

  const listed = await client.listNamespaces(new ListNamespacesRequest().withNamespace('sdk-org'));
  assert.equal(listed.httpStatusCode, 200);
  assert.deepEqual(
    listed.namespaces.map((n) => [n.name, n.auth]),
    [['sdk-org', 7]],
  );
  const filtered = await client.listNamespaces(new ListNamespacesRequest().withFilter('namespace::sdk-org|mode::visible'));
  assert.deepEqual(filtered.namespaces, listed.namespaces);
  const all = await client.listNamespaces(new ListNamespacesRequest());
  assert.ok(all.namespaces.some((n) => n.name === 'my-org'));

  const shown = await client.showNamespace(new ShowNamespaceRequest().withNamespace('sdk-org'));
  assert.equal(shown.httpStatusCode, 200);
  assert.equal(shown.name, 'sdk-org');
  assert.equal(shown.id, listed.namespaces[0].id);
  assert.equal(shown.auth, 7);
  assert.deepEqual(await refusal(client.showNamespace(new ShowNamespaceRequest().withNamespace('none'))), swrRefusal(404));

  // An organization that holds a repository is not deleted: 406.
  await createRepo(client, 'held', 'sdk-org');
  const remove = new DeleteNamespacesRequest().withNamespace('sdk-org');
  assert.deepEqual(await refusal(client.deleteNamespaces(remove)), swrRefusal(406));
  await client.deleteRepo(new DeleteRepoRequest().withNamespace('sdk-org').withRepository('held'));
  assert.equal((await client.deleteNamespaces(remove)).httpStatusCode, 204);
  assert.deepEqual(await refusal(client.deleteNamespaces(remove)), swrRefusal(404));
});

test('repositories: updateRepo, showRepository by the $ name, listReposDetails with Content-Range, deleteRepo', async () => {
  const client = clientWith(sk);
  const org = new CreateNamespaceRequest().withBody(new CreateNamespaceRequestBody().withNamespace('sdk-repos'));
  await client.createNamespace(org);
  const body = new CreateRepoRequestBody().withRepository('team/app').withIsPublic(true).withCategory('linux');
  assert.equal((await client.createRepo(new CreateRepoRequest().withNamespace('sdk-repos').withBody(body))).httpStatusCode, 200);
  await createRepo(client, 'team/db', 'sdk-repos');
  await createRepo(client, 'web', 'sdk-repos');

  const update = new UpdateRepoRequest()
    .withNamespace('sdk-repos')
    .withRepository('team$app')
    .withBody(new UpdateRepoRequestBody().withIsPublic(false).withDescription('updated'));
  assert.equal((await client.updateRepo(update)).httpStatusCode, 201);
  const shown = await client.showRepository(new ShowRepositoryRequest().withNamespace('sdk-repos').withRepository('team$app'));
  assert.equal(shown.httpStatusCode, 200);
  assert.equal(shown.name, 'team/app'); // the real name
  assert.equal(shown.category, 'linux');
  assert.equal(shown.description, 'updated');
  assert.equal(shown.is_public, false);
  assert.equal(shown.path, 'swr.cn-north-4.myhuaweicloud.com/sdk-repos/team/app');
  // The SDK puts a '/' in the path as it is: the gateway's 404, which the SDK surfaces.
  const raw = new ShowRepositoryRequest().withNamespace('sdk-repos').withRepository('team/app');
  assert.deepEqual(await refusal(client.showRepository(raw)), gatewayRefusal);

  // The latest updated first; a page of 2 from the second.
  const page = await client.listReposDetails(
    new ListReposDetailsRequest().withNamespace('sdk-repos').withLimit('2').withOffset('1'),
  );
  assertList(page, 2, '1-2/3');
  assert.deepEqual(
    page.map((r) => r.name),
    ['web', 'team/db'],
  );
  assert.equal(page[0].namespace, 'sdk-repos');
  const ordered = await client.listReposDetails(
    new ListReposDetailsRequest().withFilter('namespace::sdk-repos|order_column::name|order_type::asc'),
  );
  assertList(ordered, 3, '0-3/3');
  assert.deepEqual(
    ordered.map((r) => r.name),
    ['team/app', 'team/db', 'web'],
  );
  const byName = await client.listReposDetails(new ListReposDetailsRequest().withNamespace('sdk-repos').withName('team'));
  assertList(byName, 2, '0-2/2');
  const linux = await client.listReposDetails(new ListReposDetailsRequest().withNamespace('sdk-repos').withCategory('linux'));
  assertList(linux, 1, '0-1/1');
  assert.deepEqual(await refusal(client.listReposDetails(new ListReposDetailsRequest().withLimit('0'))), swrRefusal(400));

  const remove = new DeleteRepoRequest().withNamespace('sdk-repos').withRepository('team$db');
  assert.equal((await client.deleteRepo(remove)).httpStatusCode, 204);
  assert.deepEqual(await refusal(client.deleteRepo(remove)), swrRefusal(404));
  const show = new ShowRepositoryRequest().withNamespace('sdk-repos').withRepository('team$db');
  assert.deepEqual(await refusal(client.showRepository(show)), swrRefusal(404));
});

test('tags: listRepositoryTags, createRepoTag and deleteRepoTag on seeded images', async () => {
  const client = clientWith(sk);
  const list = () => new ListRepositoryTagsRequest().withNamespace('sdk-tags').withRepository('team$app');
  const tags = await client.listRepositoryTags(list());
  assertList(tags, 2, '0-2/2');
  assert.deepEqual(
    tags.map((t) => [t.Tag, t.digest]),
    [
      ['v2', sha256('sdk-tags/team/app:v2')],
      ['v1', sha256('sdk-tags/team/app:v1')],
    ],
  );
  assert.equal(tags[0].path, 'swr.cn-north-4.myhuaweicloud.com/sdk-tags/team/app:v2');

  const create = (source, destination, override) => {
    const body = new CreateRepoTagRequestBody().withSourceTag(source).withDestinationTag(destination);
    if (override !== undefined) body.withOverride(override);
    return client.createRepoTag(
      new CreateRepoTagRequest().withNamespace('sdk-tags').withRepository('team$app').withBody(body),
    );
  };
  assert.equal((await create('v1', 'latest')).httpStatusCode, 201);
  assert.deepEqual(await refusal(create('v2', 'latest')), swrRefusal(409));
  assert.equal((await create('v2', 'latest', true)).httpStatusCode, 201);
  assert.deepEqual(await refusal(create('v9', 'other')), swrRefusal(404));
  const ordered = await client.listRepositoryTags(list().withOrderColumn('tag').withOrderType('asc').withLimit('2'));
  assertList(ordered, 2, '0-2/3');
  assert.deepEqual(
    ordered.map((t) => [t.Tag, t.digest]),
    [
      ['latest', sha256('sdk-tags/team/app:v2')], // the image of its source
      ['v1', sha256('sdk-tags/team/app:v1')],
    ],
  );
  const one = await client.listRepositoryTags(list().withTag('v1'));
  assertList(one, 1, '0-1/1');

  const remove = new DeleteRepoTagRequest().withNamespace('sdk-tags').withRepository('team$app').withTag('latest');
  assert.equal((await client.deleteRepoTag(remove)).httpStatusCode, 204);
  assert.deepEqual(await refusal(client.deleteRepoTag(remove)), swrRefusal(404));
  assertList(await client.listRepositoryTags(list()), 2, '0-2/2');
});

test('sharing: createRepoDomains, listRepoDomains, showAccessDomain, updateRepoDomains, deleteRepoDomains', async () => {
  const client = clientWith(sk);
  const where = (request) => request.withNamespace('sdk-tags').withRepository('team$app');
  const body = new CreateRepoDomainsRequestBody()
    .withAccessDomain('partner')
    .withPermit('read')
    .withDeadline('forever')
    .withDescription('CI');
  const create = where(new CreateRepoDomainsRequest()).withBody(body);
  assert.equal((await client.createRepoDomains(create)).httpStatusCode, 201);
  assert.deepEqual(await refusal(client.createRepoDomains(create)), swrRefusal(409));

  // The SDK's model of ListRepoDomains declares no Content-Range: it does not copy the header.
  const shares = await client.listRepoDomains(where(new ListRepoDomainsRequest()));
  assertList(shares, 1, undefined);
  assert.equal(shares[0].access_domain, 'partner');
  assert.equal(shares[0].permit, 'read');
  assert.equal(shares[0].repository, 'team/app');
  assert.equal(shares[0].status, true);

  const show = where(new ShowAccessDomainRequest()).withAccessDomain('partner');
  const shown = await client.showAccessDomain(show);
  assert.equal(shown.httpStatusCode, 200);
  assert.equal(shown.exist, true);
  assert.equal(shown.description, 'CI');
  assert.equal(shown.deadline, 'forever');

  const update = where(new UpdateRepoDomainsRequest())
    .withAccessDomain('partner')
    .withBody(new UpdateRepoDomainsRequestBody().withPermit('read').withDeadline('2030-10-01T16:00:00.000Z'));
  assert.equal((await client.updateRepoDomains(update)).httpStatusCode, 201);
  const updated = await client.showAccessDomain(show);
  assert.equal(updated.deadline, '2030-10-01T16:00:00.000Z');
  assert.equal(updated.description, '');

  const remove = where(new DeleteRepoDomainsRequest()).withAccessDomain('partner');
  assert.equal((await client.deleteRepoDomains(remove)).httpStatusCode, 204);
  assert.deepEqual(await refusal(client.deleteRepoDomains(remove)), swrRefusal(404));
  assert.deepEqual(await refusal(client.showAccessDomain(show)), swrRefusal(404));

  // DeleteRepo takes its tags and shares with it.
  await client.createRepoDomains(create);
  assert.equal((await client.deleteRepo(where(new DeleteRepoRequest()))).httpStatusCode, 204);
  assert.deepEqual(await refusal(client.listRepositoryTags(where(new ListRepositoryTagsRequest()))), swrRefusal(404));
  assert.deepEqual(await refusal(client.listRepoDomains(where(new ListRepoDomainsRequest()))), swrRefusal(404));
});

test('a call the server does not serve: the API gateway error, which the SDK surfaces', async () => {
  // The SDK does not escape a '/' in a repository name: the path has one segment too many.
  const tags = new ListRepositoryTagsRequest().withNamespace('my-org').withRepository('team/app');
  assert.deepEqual(await refusal(clientWith(sk).listRepositoryTags(tags)), gatewayRefusal);
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
