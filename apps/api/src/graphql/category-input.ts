/**
 * A mutation input's category: by global id (`categoryId`) or by name (`category`), exactly one of them.
 * Both or neither: INVALID_INPUT; a malformed id: INVALID_ID; no such category: CATEGORY_NOT_FOUND.
 */
import type { CategoryRow } from '@destseg/db';
import { ApiError } from '../services/api-error.ts';
import type { ApiContext } from './context.ts';
import { requireId } from './global-id.ts';

export interface CategoryInput {
  category?: string | null | undefined;
  categoryId?: string | null | undefined;
}

/** INVALID_INPUT unless exactly one of categoryId and category is given; reads nothing. */
export function checkCategoryInput(input: CategoryInput): void {
  if ((input.category != null) === (input.categoryId != null)) {
    throw new ApiError('INVALID_INPUT', 'give exactly one of categoryId and category', ['input', 'category']);
  }
}

export async function requireCategory(ctx: ApiContext, input: CategoryInput): Promise<CategoryRow> {
  checkCategoryInput(input);
  if (input.category != null) return ctx.services.categories.require(input.category);
  const id = requireId(input.categoryId as string, 'Category', ['input', 'categoryId']);
  const row = await ctx.services.categories.byId(id);
  if (!row) throw new ApiError('CATEGORY_NOT_FOUND', 'no category with that id', ['input', 'categoryId']);
  return row;
}
