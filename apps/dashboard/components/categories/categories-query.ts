/**
 * Every category with its dataset counts, active model and threshold in force: the categories page, the
 * overview's leaderboards and the category pickers of the run, inspect and inspection-filter forms.
 */
import { useQuery } from 'urql';
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

/**
 * urql's document cache drops a cached result when a mutation returns a type the result contains; an empty
 * list contains no `Category`, so without this a category created elsewhere would stay missing from every
 * picker until a reload. A module constant keeps the context's identity stable across renders.
 */
const CATEGORY_LIST_CONTEXT = { additionalTypenames: ['Category'] };

/** The category list, refetched whenever a mutation creates, changes or removes a category. */
export function useCategories() {
  return useQuery({ query: CategoriesQuery, context: CATEGORY_LIST_CONTEXT });
}
