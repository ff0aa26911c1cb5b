/**
 * The guard between the migrations and the hand-written Kysely types (`src/db/types.ts`): what a
 * freshly migrated database really has, compared with what the TypeScript compiler reads from the
 * types. A column added to a migration but not to types.ts (or the other way round, or with another
 * nullability) is a difference. Test-only: it loads the TypeScript compiler.
 */
import type { Kysely } from 'kysely';
import ts from 'typescript';

/** table → column → nullable. */
export type SchemaShape = Record<string, Record<string, boolean>>;

/** The tables and columns of the database, from information_schema (Kysely's introspection). */
export async function shapeOfDatabase(db: Kysely<unknown>): Promise<SchemaShape> {
  const shape: SchemaShape = {};
  for (const table of await db.introspection.getTables()) {
    if (table.isView) continue;
    shape[table.name] = Object.fromEntries(table.columns.map((c) => [c.name, c.isNullable]));
  }
  return shape;
}

/**
 * The tables and columns `databaseInterface` (e.g. `FundingDatabase`) in `typesFile` declares, read
 * with the TypeScript checker: `Generated<T>` and `ColumnType<S, I, U>` count by their select type S;
 * a column is nullable when that type includes `null`.
 */
export function shapeOfTypes(typesFile: string, databaseInterface: string): SchemaShape {
  const program = ts.createProgram([typesFile], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(typesFile);
  if (!source) throw new Error(`${typesFile} is niet gevonden.`);
  const declaration = source.statements.find(
    (s): s is ts.InterfaceDeclaration | ts.TypeAliasDeclaration =>
      (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === databaseInterface,
  );
  if (!declaration) throw new Error(`${databaseInterface} staat niet in ${typesFile}.`);

  const shape: SchemaShape = {};
  const database = checker.getTypeAtLocation(declaration.name);
  for (const table of checker.getPropertiesOfType(database)) {
    const tableType = checker.getTypeOfSymbolAtLocation(table, declaration);
    const columns: Record<string, boolean> = {};
    for (const column of checker.getPropertiesOfType(tableType)) {
      let type = checker.getTypeOfSymbolAtLocation(column, declaration);
      const select = type.getProperty('__select__');
      if (select) type = checker.getTypeOfSymbolAtLocation(select, declaration);
      const parts = type.isUnion() ? type.types : [type];
      columns[column.name] = parts.some((t) => (t.flags & ts.TypeFlags.Null) !== 0);
    }
    shape[table.name] = columns;
  }
  return shape;
}

/** Every difference, one Dutch line each; empty when the database and the types agree. */
export function compareShapes(database: SchemaShape, types: SchemaShape): string[] {
  const differences: string[] = [];
  for (const table of Object.keys(database).sort()) {
    if (!types[table]) {
      differences.push(`tabel ${table} staat in de migraties maar niet in types.ts`);
      continue;
    }
    for (const [column, nullable] of Object.entries(database[table] ?? {})) {
      const declared = types[table][column];
      if (declared === undefined)
        differences.push(`kolom ${table}.${column} staat in de migraties maar niet in types.ts`);
      else if (declared !== nullable) {
        differences.push(
          `kolom ${table}.${column} is in de database ${nullable ? 'nullable' : 'not null'}, in types.ts ${declared ? 'nullable' : 'niet nullable'}`,
        );
      }
    }
    for (const column of Object.keys(types[table])) {
      if (!(column in (database[table] ?? {}))) {
        differences.push(`kolom ${table}.${column} staat in types.ts maar niet in de migraties`);
      }
    }
  }
  for (const table of Object.keys(types).sort()) {
    if (!database[table]) differences.push(`tabel ${table} staat in types.ts maar niet in de migraties`);
  }
  return differences;
}

/** Tables db-kit itself creates in a service's database and reaches with its own SQL (not in types.ts). */
export const DB_KIT_TABLES: readonly string[] = ['idempotency_key'];

/** Migrated database against types file in one call: the differences (empty when they agree). */
export async function compareWithTypes(
  db: Kysely<unknown>,
  typesFile: string,
  databaseInterface: string,
  ignoreTables: readonly string[] = DB_KIT_TABLES,
): Promise<string[]> {
  const database = await shapeOfDatabase(db);
  for (const table of ignoreTables) delete database[table];
  return compareShapes(database, shapeOfTypes(typesFile, databaseInterface));
}
