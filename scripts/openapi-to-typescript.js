// Reads an OpenAPI document (JSON) on stdin and writes its TypeScript types to stdout, with
// openapi-typescript. A process of its own: see renderWebApiSchema in web-api-schema.ts.
'use strict';
const { default: openapiTS, astToString } = require('openapi-typescript');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  try {
    process.stdout.write(astToString(await openapiTS(JSON.parse(input))));
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
});
