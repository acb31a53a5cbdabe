'use client';

import { useQuery } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import type { RunStatus } from '@/lib/graphql/generated/graphql.ts';
import type { RunFilters } from '@/lib/run-filters.ts';

const TrainingRunTagsQuery = graphql(`
  query TrainingRunTags {
    trainingRunTags
  }
`);

const STATUSES: RunStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'INTERRUPTED'];

interface RunFilterBarProps {
  filters: RunFilters;
  onChange: (filters: RunFilters) => void;
}

/** Name search, tag and status filters of the runs list. */
export function RunFilterBar({ filters, onChange }: RunFilterBarProps) {
  const [tags] = useQuery({ query: TrainingRunTagsQuery, requestPolicy: 'cache-and-network' });
  const set = <K extends keyof RunFilters>(key: K, value: RunFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <search className="filters" data-testid="run-filters">
      <label>
        Name
        <input
          type="search"
          value={filters.search}
          onChange={(e) => set('search', e.target.value)}
          placeholder="any (part of the name)"
        />
      </label>
      <label>
        Tag
        <select value={filters.tag} onChange={(e) => set('tag', e.target.value)}>
          <option value="">any</option>
          {tags.data?.trainingRunTags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select
          value={filters.status}
          onChange={(e) => set('status', e.target.value as RunFilters['status'])}
        >
          <option value="">any</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {status.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
    </search>
  );
}
