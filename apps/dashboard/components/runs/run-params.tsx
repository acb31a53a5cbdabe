import type { RunDetail } from '@/lib/graphql/types.ts';

/** Every resolved training parameter (`params.all` holds the learning rates and the rest). */
export function RunParams({ params }: { params: RunDetail['params'] }) {
  const all =
    typeof params.all === 'object' && params.all !== null
      ? Object.entries(params.all as Record<string, unknown>)
      : [];
  const entries = all.length > 0 ? all : Object.entries(params).filter(([key]) => key !== 'all');
  return (
    <dl className="stat-list">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
