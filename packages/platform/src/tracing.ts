import {
  type Context,
  context,
  type Link,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { TracerProvider } from '@opentelemetry/sdk-trace';

/** The W3C trace context header. */
export const TRACEPARENT_HEADER = 'traceparent';

let installed = false;

/**
 * OpenTelemetry's API with the W3C `traceparent` propagator, a context that follows async
 * work, and a tracer provider that makes real trace and span ids. No exporter is set up:
 * trace ids travel in headers, logs and Kafka messages, so one id links a request to the
 * events it caused; an OTLP exporter can be added here when a collector exists.
 * The gateway's own spans (@apollo/gateway creates them) join the same traces.
 */
export function installTracing(): void {
  if (installed) return;
  installed = true;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(new TracerProvider());
}

const tracer = () => trace.getTracer('itsm');

/** The context of a remote parent named in the carrier's `traceparent`, if any. */
export function extractTraceContext(carrier: Record<string, unknown>): Context {
  return propagation.extract(ROOT_CONTEXT, carrier);
}

/** A link to the span named in the carrier's `traceparent`; none when it names none. */
export function traceLinkOf(carrier: Record<string, unknown>): Link[] {
  const linked = trace.getSpanContext(extractTraceContext(carrier));
  return linked && trace.isSpanContextValid(linked) ? [{ context: linked }] : [];
}

/** Writes the active span's `traceparent` into the carrier. */
export function injectTraceContext(carrier: Record<string, string>): Record<string, string> {
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** Runs work in a new span, child of `parent`, and ends it when the work settles. */
export async function inSpan<T>(
  name: string,
  options: {
    parent?: Context;
    kind?: SpanKind;
    attributes?: Record<string, string>;
    /** Other traces the work belongs to, such as every message of a batch. */
    links?: Link[];
  },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  installTracing();
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(
    name,
    {
      kind: options.kind ?? SpanKind.INTERNAL,
      ...(options.attributes && { attributes: options.attributes }),
      ...(options.links && { links: options.links }),
    },
    parent,
  );
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    throw error;
  } finally {
    span.end();
  }
}

/** Runs `next` in a server span continuing the caller's `traceparent`, ended with the
 * response. */
export function runInServerSpan(
  name: string,
  headers: Record<string, unknown>,
  response: { statusCode: number; once(event: 'finish', listener: () => void): unknown },
  next: () => void,
): void {
  installTracing();
  const parent = extractTraceContext(headers);
  const span = tracer().startSpan(name, { kind: SpanKind.SERVER }, parent);
  response.once('finish', () => {
    span.setAttribute('http.response.status_code', response.statusCode);
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
}

/** The trace and span ids of the active span, for log lines. */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getSpan(context.active());
  const ids = span?.spanContext();
  return ids && trace.isSpanContextValid(ids)
    ? { traceId: ids.traceId, spanId: ids.spanId }
    : undefined;
}

export { SpanKind };
