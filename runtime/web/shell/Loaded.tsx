/** A query's answer once it is there; until then a placeholder, and on failure the reason with a retry. */
import type { UseQueryResult } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

export function Loaded<T>({
  query,
  loading = <Skeleton active />,
  children,
}: {
  query: UseQueryResult<T, unknown>;
  loading?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return loading;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data);
}
