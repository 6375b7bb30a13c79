// Prints the JSON body of a GraphQL POST: node body.mjs <document.graphql> [today]
import { readFileSync } from 'node:fs';
const [file, today] = process.argv.slice(2);
const query = readFileSync(file, 'utf8').trim();
process.stdout.write(JSON.stringify(query.includes('$today') ? { query, variables: { today } } : { query }));
