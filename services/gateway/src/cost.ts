import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What a field costs a subgraph, in units of roughly one row read; one SQL query is about 10.
 * The model follows the IBM GraphQL cost specification (`@cost(weight:)`, `@listSize`), kept in
 * the gateway so it covers every subgraph in one place:
 *
 *   cost(field) = weight + size × (1 + cost(selection))
 *
 * (1 per object).
 * `size` is 1 for a single object, the list's assumed length for a list, or the value of the
 * field's slicing argument (`first`), capped at `max`, for a paged field. Scalars and enums cost 0.
 */
export interface FieldCost {
  /** Work of the field itself, beyond its objects; default 0 (10 for a root field: its own subgraph query). */
  weight?: number;
  /** Assumed length of a list (default 20) or the multiplier of a non-list field (default 1). */
  listSize?: number;
  /** Argument that sets the size (`first`); a variable or a missing value counts as `max`/`listSize`. */
  slicingArgument?: string;
  /** Largest size the subgraph answers for the slicing argument. */
  max?: number;
}

export const DEFAULT_LIST_SIZE = 20;
export const ROOT_FIELD_WEIGHT = 10;
export const SPREAD_WEIGHT = 0.01;
export const OBJECT_WEIGHT = 1;

/**
 * The fields that cost more than the defaults: aggregates over all places or placements (one
 * heavy SQL query each), paged fields sized by `first`, and lists longer than 20. Measured with
 * `test/load/probe.ts`: one `shortages` takes the placements subgraph about as long as 50 single
 * lookups, so it weighs 500.
 */
export const FIELD_COSTS: Record<string, FieldCost> = {
  'Query.shortages': { weight: 2000 },
  'Query.shortagesConnection': { weight: 2000, slicingArgument: 'first', listSize: 25, max: 100 },
  'Query.bblShare': { weight: 300 },
  'Query.placementMonitor': { weight: 300 },
  'Query.placementsMissingContactMoments': { weight: 100, listSize: 50 },
  'Query.reportStatistics': { weight: 50 },
  'Query.allocationSummary': { weight: 50 },
  'Query.allocations': { listSize: 60 },
  'Query.institutions': { listSize: 60 },
  'Query.municipalities': { listSize: 350 },
  'Query.labourMarketRegions': { listSize: 35 },
  'Query.places': { slicingArgument: 'first', listSize: 50, max: 200 },
  'Query.myMatches': { listSize: 50 },
  'Query.matchingRounds': { listSize: 20 },
  // Paged: `first` of the root field is the size, counted there once.
  'PlacePage.places': { listSize: 1 },
  'Shortages.rows': { listSize: 300 },
  'ShortageConnection.nodes': { listSize: 1 },
  'ShortageConnection.byRegion': { listSize: 35 },
  'BblShare.perInstitution': { listSize: 60 },
  'Institution.students': { listSize: 200 },
  'Institution.allocations': { listSize: 5 },
  'Company.places': { listSize: 50 },
  'Company.matches': { listSize: 50 },
  'MatchingRound.students': { listSize: 200 },
  'MatchingRound.results': { listSize: 200 },
  'MatchingRound.qualificationCrebos': { listSize: 10 },
  // A student ranks at most 10 places (MAX_CHOICES in placements).
  'MatchingRoundStudent.choices': { listSize: 10 },
  'StudentMatchingRound.choices': { listSize: 10 },
  'MatchExplanation.betterChoicesFull': { listSize: 10 },
  'MatchExplanation.notEligibleChoices': { listSize: 10 },
  'Place.inclusiveMarkers': { listSize: 5 },
  'Agreement.requiredParties': { listSize: 3 },
  'Agreement.signatures': { listSize: 3 },
};

function intValue(node: ValueNode | undefined, variables: Record<string, unknown> | undefined): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

function sizeOf(
  coordinate: string,
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown> | undefined,
): number {
  const config = FIELD_COSTS[coordinate];
  const isList = isListType(getNullableType(field.type));
  const fallback = config?.listSize ?? (isList ? DEFAULT_LIST_SIZE : 1);
  if (!config?.slicingArgument) return fallback;
  const max = config.max ?? fallback;
  const argument = node.arguments?.find((a) => a.name.value === config.slicingArgument);
  const given = intValue(argument?.value, variables);
  // A variable without a value or a missing argument: the default; beyond the subgraph's cap: the cap.
  if (given === undefined) return argument ? max : fallback;
  return Math.max(1, Math.min(given, max));
}

/**
 * The estimated cost of an operation, linear in the document: each fragment is costed once per
 * type it is spread into (memoised), never expanded again. Selections on an abstract type are
 * summed over their fragments (an upper bound).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Record<string, unknown>,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  return costOfOperation(schema, document, operation, variables);
}

function costOfOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, number>();
  const isRoot = (type: GraphQLCompositeType) => type === root;

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, visiting: Set<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, visiting);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition))
          total += selectionCost(selection.selectionSet, condition, visiting);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (!condition || !isCompositeType(condition)) continue;
        // The query planner inlines a spread into the subgraph query, so each counts, expanded. A
        // hundredth: nothing for a normal document, but a fragment that spreads the previous one
        // twice doubles at every level (2^40 spreads for a 1 kB fragment bomb).
        total += SPREAD_WEIGHT;
        const key = `${fragment.name.value}@${parent.name}`;
        let cost = memo.get(key);
        if (cost === undefined) {
          visiting.add(fragment.name.value);
          cost = selectionCost(fragment.selectionSet, condition, visiting);
          visiting.delete(fragment.name.value);
          memo.set(key, cost);
        }
        total += cost;
      }
      if (total > Number.MAX_SAFE_INTEGER) return Number.POSITIVE_INFINITY;
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, visiting: Set<string>): number => {
    if (node.name.value.startsWith('__')) return 0;
    if (!('getFields' in parent)) return 0;
    const field = parent.getFields()[node.name.value];
    if (!field) return 0;
    const type = getNamedType(field.type);
    const coordinate = `${parent.name}.${field.name}`;
    const config = FIELD_COSTS[coordinate];
    const childCost = node.selectionSet && isCompositeType(type) ? selectionCost(node.selectionSet, type, visiting) : 0;
    const composite = isCompositeType(type);
    const weight = config?.weight ?? (isRoot(parent) ? ROOT_FIELD_WEIGHT : 0);
    if (!composite) return weight;
    // Each object costs 1, plus what is asked of it.
    return weight + sizeOf(coordinate, node, field, variables) * (OBJECT_WEIGHT + childCost);
  };

  return selectionCost(operation.selectionSet, root, new Set());
}
