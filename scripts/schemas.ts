/** npm run schemas: writes schemas/*.schema.json from the zod modules. A unit test keeps them current. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allJsonSchemas } from '../src/lib/publish/json-schema.ts';
import { site } from '../src/lib/site.ts';

const folder = path.resolve(import.meta.dirname, '../schemas');
mkdirSync(folder, { recursive: true });
for (const { file, schema } of allJsonSchemas(site.url)) {
  writeFileSync(path.join(folder, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${file}`);
}
