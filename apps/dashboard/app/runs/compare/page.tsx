'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { RunComparison } from '@/components/runs/compare/run-comparison.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { parseComparedIds } from '@/lib/run-compare-url.ts';

function ComparisonFromUrl() {
  const ids = parseComparedIds(useSearchParams().get('ids'));
  return <RunComparison ids={ids} />;
}

export default function CompareRunsPage() {
  return (
    <>
      <div className="page-header">
        <h1>Compare runs</h1>
        <Link href="/runs">Back to training runs</Link>
      </div>
      <Suspense fallback={<LoadingState label="Loading runs" />}>
        <ComparisonFromUrl />
      </Suspense>
    </>
  );
}
