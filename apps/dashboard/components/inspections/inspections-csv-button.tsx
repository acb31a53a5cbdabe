'use client';

import { useState } from 'react';
import { useClient } from 'urql';
import { fetchAllInspections } from '@/lib/export-inspections.ts';
import { inspectionsCsv } from '@/lib/inspections-csv.ts';
import type { InspectionsVariables } from '@/lib/inspections-query.ts';

/** Downloads every inspection matching the filters (all pages, not only those shown) as a CSV file. */
export function InspectionsCsvButton({ filters }: { filters: InspectionsVariables }) {
  const client = useClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  async function download() {
    setState({ busy: true, error: null });
    try {
      const rows = await fetchAllInspections(client, filters);
      const url = URL.createObjectURL(new Blob([inspectionsCsv(rows)], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `inspections-${new Date().toISOString().slice(0, 19).replaceAll(':', '-')}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={download} disabled={state.busy}>
        {state.busy ? 'Exporting…' : 'Export CSV'}
      </button>
      {state.error ? <span className="state state-error">{state.error}</span> : null}
    </>
  );
}
