'use client';

import { useQuery } from 'urql';
import { CategoriesQuery } from '@/lib/graphql/documents.ts';
import { type InspectionFilters, TIME_WINDOWS } from '@/lib/inspection-filters.ts';

interface FilterBarProps {
  filters: InspectionFilters;
  onChange: (filters: InspectionFilters) => void;
}

export function InspectionFilterBar({ filters, onChange }: FilterBarProps) {
  const [categories] = useQuery({ query: CategoriesQuery });
  const set = <K extends keyof InspectionFilters>(key: K, value: InspectionFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <search className="filters">
      <label>
        Category
        <select value={filters.category} onChange={(e) => set('category', e.target.value)}>
          <option value="">all</option>
          {categories.data?.categories.map((c) => (
            <option key={c.id} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Verdict
        <select
          value={filters.verdict}
          onChange={(e) => set('verdict', e.target.value as InspectionFilters['verdict'])}
        >
          <option value="">all</option>
          <option value="DEFECT">defect</option>
          <option value="OK">ok</option>
        </select>
      </label>
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
      <label>
        Part
        <input
          value={filters.part}
          onChange={(e) => set('part', e.target.value)}
          placeholder="any (exact id)"
        />
      </label>
      <label>
        Lot
        <input
          value={filters.lot}
          onChange={(e) => set('lot', e.target.value)}
          placeholder="any (exact id)"
        />
      </label>
      <label>
        Station
        <input
          value={filters.station}
          onChange={(e) => set('station', e.target.value)}
          placeholder="any (exact id)"
        />
      </label>
    </search>
  );
}
