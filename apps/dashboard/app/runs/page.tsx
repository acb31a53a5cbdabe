'use client';

import { AllRuns } from '@/components/runs/all-runs.tsx';
import { StartRunForm } from '@/components/runs/start-run-form.tsx';

export default function RunsPage() {
  return (
    <>
      <h1>Training runs</h1>
      <StartRunForm />
      <AllRuns />
    </>
  );
}
