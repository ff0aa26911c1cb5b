import { printSubgraphSchema as printApolloSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';

/** The SDL a subgraph publishes: its committed `schema.graphql`, from which the supergraph is composed. */
export function printSubgraphSchema(schema: GraphQLSchema): string {
  return `${printApolloSubgraphSchema(schema).trim()}\n`;
}
