/** One run in full (its loss curve, parameters, model and evaluations): the run page and the comparison. */
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql/generated/gql.ts';

export const TrainingRunQuery = graphql(`
  query TrainingRun($id: ID!) {
    trainingRun(id: $id) {
      ...RunSummary
      resumeCount
      params {
        imageSize
        batchSize
        steps
        stage1Steps
        seed
        checkpointEvery
        all
      }
      datasetVersion {
        id
        trainCount
        testGoodCount
        testDefectCount
      }
      lossCurve {
        nodes {
          ...LossPointFields
        }
      }
      model {
        id
        name
        step
        evaluations {
          nodes {
            ...EvaluationFields
          }
        }
      }
    }
  }
`);

export type RunDetail = NonNullable<ResultOf<typeof TrainingRunQuery>['trainingRun']>;
