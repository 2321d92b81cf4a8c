"""A database's schema as plain, comparable data, read from pg_catalog.

Two databases with equal snapshots have the same schemas, tables, views (by their
definition as PostgreSQL prints it), columns (position, type, NOT NULL, default, identity),
constraints, indexes and comments. Alembic's bookkeeping table is left out: its one
row is the revision, which the tests compare on their own. A column's position counts the
columns there are: a column dropped and added again keeps a hole in pg_attribute.attnum.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

_OWN_SCHEMAS = """
    n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%'
    AND n.nspname NOT LIKE 'pg_toast_temp%'
"""

QUERIES = {
    "schemas": f"""
        SELECT n.nspname, obj_description(n.oid, 'pg_namespace')
        FROM pg_namespace n WHERE {_OWN_SCHEMAS}
    """,
    "relations": f"""
        SELECT n.nspname, c.relname, c.relkind, obj_description(c.oid, 'pg_class')
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {_OWN_SCHEMAS} AND c.relkind IN ('r', 'v', 'm', 'p', 'S') AND c.relname <> 'alembic_version'
    """,
    "columns": f"""
        SELECT n.nspname, c.relname, row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum), a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(c.oid, a.attnum)
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE {_OWN_SCHEMAS} AND c.relkind IN ('r', 'v', 'm', 'p') AND c.relname <> 'alembic_version'
          AND a.attnum > 0 AND NOT a.attisdropped
    """,
    "constraints": f"""
        SELECT n.nspname, c.relname, k.conname, k.contype, pg_get_constraintdef(k.oid)
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE {_OWN_SCHEMAS} AND c.relname <> 'alembic_version'
    """,
    "indexes": """
        SELECT schemaname, tablename, indexname, indexdef
        FROM pg_indexes
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename <> 'alembic_version'
    """,
    "views": """
        SELECT schemaname, viewname, definition
        FROM pg_views
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
    """,
}


def schema_snapshot(connection: Connection) -> dict[str, list[tuple]]:
    """Every schema object of the connected database, by kind, each kind's rows sorted.

    Args:
        connection: any connection to the database; it only reads the catalogs.

    Returns:
        Kind (schemas, relations, columns, constraints, indexes, views) -> its rows.
    """
    return {
        kind: sorted((tuple(row) for row in connection.execute(text(query))), key=repr)
        for kind, query in QUERIES.items()
    }
