import { type GraphQLSchema, isObjectType, isUnionType } from 'graphql';

/** Federation's own root fields: the entity resolver is covered by each entity type's scopes. */
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

const hasAuthScopes = (extensions: unknown) =>
  (extensions as { pothosOptions?: { authScopes?: unknown } } | undefined)?.pothosOptions?.authScopes !== undefined;

/**
 * Every Query, Mutation and Subscription field, and every entity (`_Entity` member, reached through
 * `resolveReference`), that declares no Pothos `authScopes`. Public data says so with `{ public: true }`,
 * so a forgotten check shows up here instead of being open by accident.
 */
export function fieldsWithoutAuthScopes(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (!FEDERATION_FIELDS.has(field.name) && !hasAuthScopes(field.extensions)) {
        missing.push(`${root.name}.${field.name}`);
      }
    }
  }
  const entities = schema.getType('_Entity');
  for (const entity of isUnionType(entities) ? entities.getTypes() : []) {
    if (isObjectType(entity) && !hasAuthScopes(entity.extensions)) missing.push(`${entity.name} (entity reference)`);
  }
  return missing.sort();
}

/** Throws, naming them, when any root field or entity of the subgraph declares no `authScopes`. */
export function assertEveryRootFieldHasAuthScopes(schema: GraphQLSchema): void {
  const missing = fieldsWithoutAuthScopes(schema);
  if (missing.length > 0) {
    throw new Error(`No authScopes (add a scope, or { public: true }): ${missing.join(', ')}`);
  }
}
