/**
 * Every category with its dataset counts, active model and threshold in force: the categories page, the
 * overview's leaderboards and the category pickers of the run, inspect and inspection-filter forms.
 */
import { graphql } from '@/lib/graphql/generated/gql.ts';

export const CategoriesQuery = graphql(`
  query Categories {
    categories {
      id
      name
      imageSize
      augmentationGroup
      activeModel {
        id
        name
        step
      }
      activeThreshold {
        version
        value
      }
      datasetVersions {
        testGoodCount
        testDefectCount
      }
    }
  }
`);
