'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useQuery } from 'urql';
import { InspectionResult } from '@/components/inspections/inspection-result.tsx';
import { EmptyState } from '@/components/states/empty-state.tsx';
import { ErrorState } from '@/components/states/error-state.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { graphql } from '@/lib/graphql/generated/gql.ts';

const InspectionQuery = graphql(`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      ...InspectionDetail
    }
  }
`);

export default function InspectionDetailPage() {
  const { id } = useParams<{ id: string }>();
  const [result] = useQuery({ query: InspectionQuery, variables: { id: decodeURIComponent(id) } });

  if (result.error) return <ErrorState error={result.error} title="Inspection unavailable" />;
  if (!result.data) return <LoadingState label="Loading inspection" />;
  if (!result.data.inspection) {
    return (
      <EmptyState title="No such inspection">
        <Link href="/inspections">Back to inspections</Link>
      </EmptyState>
    );
  }
  return (
    <>
      <h1>Inspection</h1>
      <InspectionResult inspection={result.data.inspection} />
    </>
  );
}
