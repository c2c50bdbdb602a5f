// Reads an OpenAPI document (JSON) on stdin and writes its TypeScript types to stdout, with
// openapi-typescript. A process of its own: see renderWebApiSchema in web-api-schema.ts.
'use strict';
const { default: openapiTS, astToString } = require('openapi-typescript');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  try {
    // A default is what the server assumes when a field is left out, so the field stays optional.
    process.stdout.write(astToString(await openapiTS(JSON.parse(input), { defaultNonNullable: false })));
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
});
