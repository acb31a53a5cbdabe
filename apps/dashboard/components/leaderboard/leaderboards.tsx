'use client';

import { useCategories } from '../categories/categories-query.ts';
import { EmptyState } from '../states/empty-state.tsx';
import { ErrorState } from '../states/error-state.tsx';
import { LoadingState } from '../states/loading-state.tsx';
import { CategoryLeaderboard } from './category-leaderboard.tsx';

/** One leaderboard per category. */
export function Leaderboards() {
  const [result] = useCategories();
  if (result.error) return <ErrorState error={result.error} title="Categories unavailable" />;
  if (!result.data) return <LoadingState label="Loading categories" />;
  if (result.data.categories.length === 0) {
    return (
      <EmptyState title="No categories yet">Create a category through the API to start training.</EmptyState>
    );
  }
  return (
    <>
      {result.data.categories.map((category) => (
        <CategoryLeaderboard key={category.id} category={category.name} />
      ))}
    </>
  );
}
