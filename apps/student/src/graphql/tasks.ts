import { graphql } from './generated/index.ts';

/** What waits for the student ("Wat moet ik nu doen"), with counts for the start page and the navigation. */
export const myTasksQuery = graphql(`
  query StudentTasks {
    myTasks {
      kind
      count
    }
  }
`);
