import { type RawBuilder, sql } from 'kysely';

/** A date column as 'YYYY-MM-DD' text (a JavaScript Date would shift with the time zone). */
export function isoDate<T extends string | null = string>(column: string): RawBuilder<T> {
  return sql<T>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}
