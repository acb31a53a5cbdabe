import type { RunDetail } from '@/lib/hooks/training-run-query.ts';
import { formatParamValue, orderParamKeys, paramLabel } from '@/lib/param-labels.ts';

/** Every resolved training parameter under its readable name (`params.all` holds the learning rates too). */
export function RunParams({ params }: { params: RunDetail['params'] }) {
  const all: Record<string, unknown> =
    typeof params.all === 'object' && params.all !== null && Object.keys(params.all).length > 0
      ? (params.all as Record<string, unknown>)
      : Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'all'));
  return (
    <dl className="stat-list" data-testid="run-params">
      {orderParamKeys(Object.keys(all)).map((key) => (
        <div key={key} data-param={key}>
          <dt>{paramLabel(key)}</dt>
          <dd>{formatParamValue(all[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
