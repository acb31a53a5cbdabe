'use client';

import { InspectUpload } from '@/components/inspections/inspect-upload.tsx';

export default function InspectPage() {
  return (
    <>
      <h1>Inspect an image</h1>
      <InspectUpload />
    </>
  );
}
