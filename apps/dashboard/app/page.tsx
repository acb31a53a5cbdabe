'use client';

import { DefectAlertFeed } from '@/components/inspections/defect-alert-feed.tsx';
import { Leaderboards } from '@/components/leaderboard/leaderboards.tsx';
import { RunsInProgress } from '@/components/runs/runs-in-progress.tsx';

export default function OverviewPage() {
  return (
    <>
      <h1>Overview</h1>
      <div className="grid grid-2">
        <div>
          <Leaderboards />
        </div>
        <div>
          <RunsInProgress />
          <DefectAlertFeed />
        </div>
      </div>
    </>
  );
}
