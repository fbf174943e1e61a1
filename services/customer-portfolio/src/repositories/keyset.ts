import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PageRequest } from '@itsm/subgraph-kit';

/** Orders a query by (sort property, id) and reads the page after the cursor's key: one row
 * more than asked, which tells the connection there is a next page. */
export function keysetPage<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  sortProperty: string,
  direction: 'ASC' | 'DESC',
  page: PageRequest,
): Promise<Row[]> {
  const alias = query.alias;
  query
    .orderBy(`${alias}.${sortProperty}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(page.limit + 1);
  if (page.after) {
    const [afterValue, afterId] = page.after;
    const comparison = direction === 'ASC' ? '>' : '<';
    query.andWhere(
      `(${alias}.${sortProperty}, ${alias}.id) ${comparison} (:afterValue, :afterId)`,
      {
        afterValue,
        afterId,
      },
    );
  }
  return query.getMany();
}
