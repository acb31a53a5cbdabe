'use client';

import { DEFAULT_THRESHOLD } from '@destseg/core/recipes';
import Link from 'next/link';

import { useCategories } from '@/components/categories/categories-query.ts';
import { EmptyState } from '@/components/states/empty-state.tsx';
import { ErrorState } from '@/components/states/error-state.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { formatScore } from '@/lib/format.ts';
import { useViewer } from '@/lib/hooks/use-viewer.ts';

/** Every category with its dataset, active model and threshold, each linking to its page. */
export default function CategoriesPage() {
  const [result] = useCategories();
  const { role } = useViewer();
  if (result.error) return <ErrorState error={result.error} title="Categories unavailable" />;
  if (!result.data) return <LoadingState label="Loading categories" />;
  const categories = result.data.categories;
  return (
    <>
      <div className="page-header">
        <h1>Categories</h1>
        {role === 'ADMIN' ? (
          <Link href="/new-category" className="button" data-testid="new-category-link">
            New category
          </Link>
        ) : null}
      </div>
      {categories.length === 0 ? (
        <EmptyState title="No categories yet">
          {role === 'ADMIN' ? (
            <Link href="/new-category">Create one from a zip of images or a folder on the server.</Link>
          ) : (
            'An admin creates categories.'
          )}
        </EmptyState>
      ) : (
        <section className="card">
          <div className="table-scroll">
            <table data-testid="categories-table">
              <thead>
                <tr>
                  <th>Category</th>
                  <th className="num">Image size</th>
                  <th className="num">Good / defective test images</th>
                  <th>Active model</th>
                  <th className="num">Threshold</th>
                </tr>
              </thead>
              <tbody>
                {categories.map((c) => {
                  const dataset = c.datasetVersions.at(-1);
                  return (
                    <tr key={c.id}>
                      <td>
                        <Link href={`/categories/${encodeURIComponent(c.name)}`}>{c.name}</Link>
                      </td>
                      <td className="num">{c.imageSize}px</td>
                      <td className="num">
                        {dataset ? `${dataset.testGoodCount} / ${dataset.testDefectCount}` : '—'}
                      </td>
                      <td>{c.activeModel ? c.activeModel.name : 'none yet'}</td>
                      <td className="num">
                        {c.activeThreshold
                          ? `${formatScore(c.activeThreshold.value)} (v${c.activeThreshold.version})`
                          : `${formatScore(DEFAULT_THRESHOLD)} (default)`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
