import { Column, Index } from 'typeorm';

/** The text search configuration of search (migration 1796530000000, README "Search"). */
export const SEARCH_CONFIGURATION = 'public.onrecord_search';

/**
 * The `search_vector` column a searchable record has: its texts, unaccented and weighted
 * (A names, B subjects and titles, C bodies, answers and notes), kept by a PostgreSQL trigger
 * (`app_search_vector_update`, which columns at which weight is in the migration). The
 * application never reads or writes it; the search query reads it in SQL. Its GIN index
 * (`indexName`, written in the migration) is there for the day row-level security lets the
 * planner use it (docs/architecture.md "Search").
 */
export function SearchVectorColumn(indexName: string): PropertyDecorator {
  const column = Column({
    name: 'search_vector',
    type: 'tsvector',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  });
  const index = Index(indexName, { synchronize: false });
  return (target, property) => {
    column(target, property);
    index(target, property);
  };
}
