import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AsyncAPIDocumentInterface, DiagnosticSeverity, Parser } from '@asyncapi/parser';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export const ASYNCAPI_PATH = join(__dirname, '../../../schema/events/asyncapi.yaml');

export interface MessageValidators {
  payload: ValidateFunction;
  headers: ValidateFunction;
  key: ValidateFunction;
}

export interface EventContract {
  /** Error diagnostics of the AsyncAPI parser; empty for a valid document. */
  errors: string[];
  document(): AsyncAPIDocumentInterface;
  /** JSON Schema validators of a message's value, headers and Kafka key. */
  validatorsOf(messageId: string): MessageValidators;
}

/** The committed AsyncAPI document, parsed, with validators for what travels on Kafka. */
export async function loadEventContract(path = ASYNCAPI_PATH): Promise<EventContract> {
  const { document, diagnostics } = await new Parser().parse(readFileSync(path, 'utf8'), {
    source: path,
  });
  const errors = diagnostics
    .filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)
    .map(({ code, message, path: at }) => `${at.join('.')}: ${message} (${code})`);
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  // The parser marks every schema it parsed with this extension.
  ajv.addKeyword('x-parser-schema-id');

  const parsed = () => {
    if (!document) throw new Error(`The AsyncAPI document does not parse: ${errors.join('; ')}`);
    return document;
  };
  return {
    errors,
    document: parsed,
    validatorsOf: (messageId) => {
      const message = parsed().messages().get(messageId);
      if (!message) throw new Error(`${messageId} has no message in the AsyncAPI document`);
      const key = message.bindings().get('kafka')?.value<{ key: object }>().key;
      return {
        payload: ajv.compile(message.payload()?.json() ?? false),
        headers: ajv.compile(message.headers()?.json() ?? false),
        key: ajv.compile(key ?? false),
      };
    },
  };
}
