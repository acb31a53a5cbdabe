'use client';

import { useQuery } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import type { RunStatus } from '@/lib/graphql/generated/graphql.ts';
import type { RunFilters } from '@/lib/run-filters.ts';
import { FilterSelect } from '../filter-select.tsx';

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
      <FilterSelect
        label="Tag"
        off="any"
        value={filters.tag}
        values={tags.data?.trainingRunTags ?? []}
        onChange={(tag) => set('tag', tag)}
      />
      <FilterSelect
        label="Status"
        off="any"
        value={filters.status}
        values={STATUSES}
        optionLabel={(status) => status.toLowerCase()}
        onChange={(status) => set('status', status)}
      />
    </search>
  );
}
