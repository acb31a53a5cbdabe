'use client';

import { type InspectionFilters, TIME_WINDOWS } from '@/lib/inspection-filters.ts';
import { useCategories } from '../categories/categories-query.ts';

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
