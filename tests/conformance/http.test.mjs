// GraphQL over HTTP conformance: every audit of graphql-http's serverAudits must be `ok`
// (no error, warning or notice). The API answers 401 without a token, so pass one:
//   PARGRAPH_TOKEN=$(curl -s -d grant_type=password -d client_id=pargraph-cli -d username=analyst -d password=demo \
//     http://localhost:5080/realms/khanhhoa/protocol/openid-connect/token | jq -r .access_token) \
//   PARGRAPH_URL=http://localhost:5080/graphql node --test http.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';

const url = process.env.PARGRAPH_URL ?? 'http://localhost:5080/graphql';
const token = process.env.PARGRAPH_TOKEN;

/** fetch that adds the bearer token, when one is given, to every audit request. */
function fetchFn(input, init = {}) {
  if (!token) return fetch(input, init);
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
}

for (const audit of serverAudits({ url, fetchFn })) {
  test(`${audit.id} ${audit.name}`, async () => {
    const result = await audit.fn();
    if (result.status !== 'ok') {
      let body = '';
      if (result.response) {
        try {
          body = await result.response.text();
        } catch {
          body = '(body unreadable)';
        }
      }
      assert.fail(`${result.status}: ${result.reason}\nstatus ${result.response?.status}\n${body}`);
    }
  });
}
