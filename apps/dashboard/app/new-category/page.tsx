'use client';

import Link from 'next/link';
import { NewCategoryForm } from '@/components/categories/new-category-form.tsx';
import { EmptyState } from '@/components/states/empty-state.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { useViewer } from '@/lib/hooks/use-viewer.ts';

/**
 * Creating a category (admin). Not under /categories/: a category may be named "new", and its page lives
 * at /categories/<name>.
 */
export default function NewCategoryPage() {
  const { role } = useViewer();
  return (
    <>
      <div className="page-header">
        <h1>New category</h1>
        <Link href="/categories">All categories</Link>
      </div>
      {role === null ? (
        <LoadingState label="Checking your role" />
      ) : role === 'ADMIN' ? (
        <NewCategoryForm />
      ) : (
        <EmptyState title="Only admins create categories">
          The API key in use has the {role.toLowerCase()} role.
        </EmptyState>
      )}
    </>
  );
}
