// PostGraphile 4.14.1 + connection-filter 2.3.0 over ParGraph's database (schema public), plus the
// schema `bench` holding the one SQL function the statistics query needs (see ../statistics.sql).
// Usage: DATABASE_URL=postgres://… PORT=5393 node server.js
const http = require('http');
const { postgraphile } = require('postgraphile');
const ConnectionFilterPlugin = require('postgraphile-plugin-connection-filter');

const middleware = postgraphile(process.env.DATABASE_URL, ['public', 'bench'], {
  appendPlugins: [ConnectionFilterPlugin],
  graphqlRoute: '/graphql',
  graphiql: false,
  disableQueryLog: true,
  disableDefaultMutations: true,
  ignoreRBAC: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  retryOnInitFail: false,
  watchPg: false,
  extendedErrors: ['hint', 'detail', 'errcode'],
});

http.createServer(middleware).listen(Number(process.env.PORT || 5393), '127.0.0.1', () => {
  console.log(`PostGraphile ready on http://127.0.0.1:${process.env.PORT || 5393}/graphql`);
});
