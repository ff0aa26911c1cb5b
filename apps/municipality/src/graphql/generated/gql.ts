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
    "\n  query MunicipalityIntroWeek(\n    $code: CbsCode!\n    $thisYear: Int!\n    $lastYear: Int!\n    $earlier1: Int!\n    $earlier2: Int!\n    $earlier3: Int!\n    $earlier4: Int!\n  ) {\n    municipality(code: $code) {\n      code\n      name\n      thisYear: introWeek(year: $thisYear) {\n        ...IntroWeekFields\n      }\n      lastYear: introWeek(year: $lastYear) {\n        ...IntroWeekFields\n      }\n      earlier1: introWeek(year: $earlier1) {\n        ...IntroWeekFields\n      }\n      earlier2: introWeek(year: $earlier2) {\n        ...IntroWeekFields\n      }\n      earlier3: introWeek(year: $earlier3) {\n        ...IntroWeekFields\n      }\n      earlier4: introWeek(year: $earlier4) {\n        ...IntroWeekFields\n      }\n    }\n  }\n\n  fragment IntroWeekFields on IntroWeek {\n    year\n    status\n    note\n  }\n": typeof types.MunicipalityIntroWeekDocument,
    "\n  query MunicipalityShortages {\n    shortages {\n      rows {\n        region {\n          code\n          name\n        }\n        qualification {\n          crebo\n          name\n          level\n        }\n        pathway\n        demand\n        supply\n        shortage\n        surplus\n        suppressed\n      }\n      totals {\n        demand\n        supply\n        shortage\n        surplus\n        suppressedRows\n      }\n    }\n  }\n": typeof types.MunicipalityShortagesDocument,
};
const documents: Documents = {
    "\n  query MunicipalityIntroWeek(\n    $code: CbsCode!\n    $thisYear: Int!\n    $lastYear: Int!\n    $earlier1: Int!\n    $earlier2: Int!\n    $earlier3: Int!\n    $earlier4: Int!\n  ) {\n    municipality(code: $code) {\n      code\n      name\n      thisYear: introWeek(year: $thisYear) {\n        ...IntroWeekFields\n      }\n      lastYear: introWeek(year: $lastYear) {\n        ...IntroWeekFields\n      }\n      earlier1: introWeek(year: $earlier1) {\n        ...IntroWeekFields\n      }\n      earlier2: introWeek(year: $earlier2) {\n        ...IntroWeekFields\n      }\n      earlier3: introWeek(year: $earlier3) {\n        ...IntroWeekFields\n      }\n      earlier4: introWeek(year: $earlier4) {\n        ...IntroWeekFields\n      }\n    }\n  }\n\n  fragment IntroWeekFields on IntroWeek {\n    year\n    status\n    note\n  }\n": types.MunicipalityIntroWeekDocument,
    "\n  query MunicipalityShortages {\n    shortages {\n      rows {\n        region {\n          code\n          name\n        }\n        qualification {\n          crebo\n          name\n          level\n        }\n        pathway\n        demand\n        supply\n        shortage\n        surplus\n        suppressed\n      }\n      totals {\n        demand\n        supply\n        shortage\n        surplus\n        suppressedRows\n      }\n    }\n  }\n": types.MunicipalityShortagesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityIntroWeek(\n    $code: CbsCode!\n    $thisYear: Int!\n    $lastYear: Int!\n    $earlier1: Int!\n    $earlier2: Int!\n    $earlier3: Int!\n    $earlier4: Int!\n  ) {\n    municipality(code: $code) {\n      code\n      name\n      thisYear: introWeek(year: $thisYear) {\n        ...IntroWeekFields\n      }\n      lastYear: introWeek(year: $lastYear) {\n        ...IntroWeekFields\n      }\n      earlier1: introWeek(year: $earlier1) {\n        ...IntroWeekFields\n      }\n      earlier2: introWeek(year: $earlier2) {\n        ...IntroWeekFields\n      }\n      earlier3: introWeek(year: $earlier3) {\n        ...IntroWeekFields\n      }\n      earlier4: introWeek(year: $earlier4) {\n        ...IntroWeekFields\n      }\n    }\n  }\n\n  fragment IntroWeekFields on IntroWeek {\n    year\n    status\n    note\n  }\n"): typeof import('./graphql').MunicipalityIntroWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalityShortages {\n    shortages {\n      rows {\n        region {\n          code\n          name\n        }\n        qualification {\n          crebo\n          name\n          level\n        }\n        pathway\n        demand\n        supply\n        shortage\n        surplus\n        suppressed\n      }\n      totals {\n        demand\n        supply\n        shortage\n        surplus\n        suppressedRows\n      }\n    }\n  }\n"): typeof import('./graphql').MunicipalityShortagesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
