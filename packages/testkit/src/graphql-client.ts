export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation the way a frontend does. */
export async function postGraphQL<Data = Record<string, any>>(
  url: string,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const payload = (await response.json()) as Omit<GraphQLResponse<Data>, 'status'>;
  return { status: response.status, ...payload };
}

/** The single error of a refused operation; fails the test when there is not exactly one. */
export function onlyError(response: GraphQLResponse) {
  expect(response.errors).toHaveLength(1);
  return response.errors![0]!;
}
