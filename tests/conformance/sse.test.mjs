// GraphQL over server-sent events conformance with the public graphql-sse 2.6.1 client in distinct
// connections mode. Same environment as http.test.mjs (PARGRAPH_URL, PARGRAPH_TOKEN).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-sse';

const url = process.env.PARGRAPH_URL ?? 'http://localhost:5080/graphql';
const token = process.env.PARGRAPH_TOKEN;

function client() {
  return createClient({ url, singleConnection: false, retryAttempts: 0, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

async function all(iterable) {
  const results = [];
  for await (const result of iterable) results.push(result);
  return results;
}

test('graphql-sse: a query streams one result, then completes', async () => {
  const c = client();
  try {
    assert.deepEqual(await all(c.iterate({ query: '{ __typename }' })), [{ data: { __typename: 'Query' } }]);
  } finally {
    c.dispose();
  }
});

test('graphql-sse: an invalid document arrives inside the stream', async () => {
  const c = client();
  try {
    const results = await all(c.iterate({ query: '{ notAField }' }));
    assert.equal(results.length, 1);
    assert.match(results[0].errors[0].message, /notAField/);
    assert.equal(results[0].data, undefined);
  } finally {
    c.dispose();
  }
});
