'use client';

import type { Verdict } from '@/lib/graphql/generated/graphql.ts';
import { type InspectionFilters, TIME_WINDOWS } from '@/lib/inspection-filters.ts';
import { useCategories } from '../categories/categories-query.ts';
import { FilterSelect } from '../filter-select.tsx';

const VERDICTS: readonly Verdict[] = ['DEFECT', 'OK'];

/** Exact-match id filters, sent to the API as partId / lotId / stationId. */
const ID_FILTERS = [
  { key: 'part', label: 'Part' },
  { key: 'lot', label: 'Lot' },
  { key: 'station', label: 'Station' },
] as const;

interface FilterBarProps {
  filters: InspectionFilters;
  onChange: (filters: InspectionFilters) => void;
}

export function InspectionFilterBar({ filters, onChange }: FilterBarProps) {
  const [categories] = useCategories();
  const set = <K extends keyof InspectionFilters>(key: K, value: InspectionFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <search className="filters">
      <FilterSelect
        label="Category"
        off="all"
        value={filters.category}
        values={categories.data?.categories.map((c) => c.name) ?? []}
        onChange={(category) => set('category', category)}
      />
      <FilterSelect
        label="Verdict"
        off="all"
        value={filters.verdict}
        values={VERDICTS}
        optionLabel={(verdict) => verdict.toLowerCase()}
        onChange={(verdict) => set('verdict', verdict)}
      />
      <label>
        Time
        <select value={filters.windowHours} onChange={(e) => set('windowHours', Number(e.target.value))}>
          {TIME_WINDOWS.map((w) => (
            <option key={w.hours} value={w.hours}>
              {w.label}
            </option>
          ))}
        </select>
      </label>
      {ID_FILTERS.map(({ key, label }) => (
        <label key={key}>
          {label}
          <input
            value={filters[key]}
            onChange={(e) => set(key, e.target.value)}
            placeholder="any (exact id)"
          />
        </label>
      ))}
    </search>
  );
}
