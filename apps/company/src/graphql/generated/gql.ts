/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      accreditations {\n        id\n        status\n        since\n        reassessmentDue\n        qualification {\n          crebo\n          name\n          level\n        }\n      }\n      places {\n        id\n        title\n        pathway\n        level\n        capacity\n        startsOn\n        endsOn\n        status\n        qualification {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyCompanyDocument,
};
const documents: Documents = {
    "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      accreditations {\n        id\n        status\n        since\n        reassessmentDue\n        qualification {\n          crebo\n          name\n          level\n        }\n      }\n      places {\n        id\n        title\n        pathway\n        level\n        capacity\n        startsOn\n        endsOn\n        status\n        qualification {\n          name\n        }\n      }\n    }\n  }\n": types.MyCompanyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompany {\n    myCompany {\n      id\n      name\n      kvkNumber\n      accreditations {\n        id\n        status\n        since\n        reassessmentDue\n        qualification {\n          crebo\n          name\n          level\n        }\n      }\n      places {\n        id\n        title\n        pathway\n        level\n        capacity\n        startsOn\n        endsOn\n        status\n        qualification {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCompanyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
