/** An output sink as the GraphQL OutputSink type shows it: never its secret. */
import type { CategoryRow } from '@destseg/db';
import type { OutputSink } from '@destseg/schema';
import type { OutputSinkStatus } from './output-sinks.ts';

export function outputSinkView(category: CategoryRow, { sink, backlog }: OutputSinkStatus): OutputSink {
  return {
    category: category.name,
    kind: sink.kind,
    url: sink.url,
    topicTemplate: sink.topicTemplate,
    hasSecret: sink.secret !== null,
    enabled: sink.enabled,
    backlog,
    lastSuccessAt: sink.lastSuccessAt,
    lastError: sink.lastError,
    lastErrorAt: sink.lastErrorAt,
  };
}
