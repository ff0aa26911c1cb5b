import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@stelsel/db-kit/testing';
import { compareWithTypes } from '@stelsel/db-kit/types-guard';
import { expect, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.ts';

const typesFile = fileURLToPath(new URL('../src/db/types.ts', import.meta.url));

it('src/db/types.ts declares exactly the tables, columns and nullability the migrations create', async () => {
  const database = await createTestDatabase('placements', migrations);
  try {
    expect(await compareWithTypes(database.db, typesFile, 'PlacementsDatabase')).toEqual([]);
  } finally {
    await database.close();
  }
}, 60_000);
