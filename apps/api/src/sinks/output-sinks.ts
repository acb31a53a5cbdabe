/** Per-category sink configuration (admin) and each sink's delivery status. */
import {
  and,
  type CategoryRow,
  count,
  type Database,
  eq,
  isNull,
  type OutputSinkKind,
  type OutputSinkRow,
  outboxMessages,
  outputSinks,
} from '@destseg/db';
import { ApiError } from '../services/api-error.ts';
import { DEFAULT_TOPIC_TEMPLATE } from './mqtt-sink.ts';

export interface OutputSinkInput {
  kind: OutputSinkKind;
  url: string;
  topicTemplate?: string | null | undefined;
  secret?: string | null | undefined;
  enabled?: boolean | null | undefined;
}

export interface OutputSinkStatus {
  sink: OutputSinkRow;
  /** Messages not delivered yet. */
  backlog: number;
}

const MAX_FIELD = 500;

function checkInput(input: OutputSinkInput): void {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    throw new ApiError('INVALID_INPUT', `'${input.url}' is not a URL`, ['input', 'url']);
  }
  const schemes = input.kind === 'mqtt' ? ['mqtt:', 'mqtts:'] : ['http:', 'https:'];
  if (!schemes.includes(url.protocol)) {
    throw new ApiError('INVALID_INPUT', `a ${input.kind} sink needs a ${schemes.join(' or ')} URL`, [
      'input',
      'url',
    ]);
  }
  for (const field of ['url', 'topicTemplate', 'secret'] as const) {
    if ((input[field]?.length ?? 0) > MAX_FIELD) {
      throw new ApiError('INVALID_INPUT', `${field} is longer than ${MAX_FIELD} characters`, [
        'input',
        field,
      ]);
    }
  }
  if (input.kind === 'mqtt' && input.topicTemplate != null && /[+#]/.test(input.topicTemplate)) {
    throw new ApiError('INVALID_INPUT', 'a topic template cannot hold MQTT wildcards', [
      'input',
      'topicTemplate',
    ]);
  }
  if (input.kind === 'webhook' && !input.secret) {
    throw new ApiError('INVALID_INPUT', 'a webhook sink needs a secret to sign its requests', [
      'input',
      'secret',
    ]);
  }
}

export class OutputSinkService {
  constructor(private readonly db: Database) {}

  /** Creates or replaces the category's sink of that kind; messages already queued keep going to it. */
  async configure(category: CategoryRow, input: OutputSinkInput): Promise<OutputSinkRow> {
    checkInput(input);
    const values = {
      categoryId: category.id,
      kind: input.kind,
      url: input.url,
      topicTemplate: input.kind === 'mqtt' ? (input.topicTemplate ?? DEFAULT_TOPIC_TEMPLATE) : null,
      secret: input.kind === 'webhook' ? (input.secret ?? null) : null,
      enabled: input.enabled ?? true,
    };
    const [sink] = await this.db
      .insert(outputSinks)
      .values(values)
      .onConflictDoUpdate({ target: [outputSinks.categoryId, outputSinks.kind], set: values })
      .returning();
    if (!sink) throw new Error('output sink upsert returned nothing');
    return sink;
  }

  async statuses(categoryId: number): Promise<OutputSinkStatus[]> {
    const sinks = await this.db.select().from(outputSinks).where(eq(outputSinks.categoryId, categoryId));
    return Promise.all(
      sinks.map(async (sink) => {
        const [row] = await this.db
          .select({ backlog: count() })
          .from(outboxMessages)
          .where(and(eq(outboxMessages.sinkId, sink.id), isNull(outboxMessages.deliveredAt)));
        return { sink, backlog: row?.backlog ?? 0 };
      }),
    );
  }
}
