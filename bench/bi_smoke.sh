#!/usr/bin/env bash
# A real BI client against news-etl: Apache Superset queries analytics.quote_attributions
# and shows the comments the schema carries. Not part of the tests (it needs PyPI and a
# few minutes); run it after changing the views or their comments.
#
# Usage: bash bench/bi_smoke.sh   (with news-etl installed in the active environment)
# Environment: BI_VENV   Superset's virtual environment, reused between runs
#                        [default: ~/.cache/news-etl-superset]
#              BI_PORT   TCP port for the embedded server [default: 5437]
set -euo pipefail
cd "$(dirname "$0")/.."

BI_VENV=${BI_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/news-etl-superset}
BI_PORT=${BI_PORT:-5437}
SEED=seeds/voa-panjshir-2021-08-23.txt

command -v news-etl >/dev/null || { echo "news-etl is not on PATH: activate the project's environment" >&2; exit 1; }

# Superset 6 pins SQLAlchemy 1.4 and Flask 2: it gets a virtual environment of its own,
# never the project's. The versions are the ones this script was checked with.
if [ ! -x "$BI_VENV/bin/superset" ]; then
    echo "Installing Apache Superset into $BI_VENV ..." >&2
    python3 -m venv "$BI_VENV"
    "$BI_VENV/bin/pip" install -q "apache-superset==6.1.0" psycopg2-binary "flask-caching==2.3.1" cachetools rich
fi

# A fresh embedded database holding the seed, so the run never touches the user's data.
work=$(mktemp -d)
export NEWS_ETL_HOME="$work/news-etl"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

news-etl run "$SEED"
news-etl db start --port "$BI_PORT" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 60); do
    url=$(head -n 1 "$work/server.out" 2>/dev/null || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
    sleep 1
done
[ -n "$url" ] || { echo "the embedded server did not start on port $BI_PORT" >&2; exit 1; }
echo "Serving $url" >&2

# Superset's own metadata lives in SQLite in the scratch folder; the secret key is random.
export SUPERSET_CONFIG_PATH="$work/superset_config.py"
cat >"$SUPERSET_CONFIG_PATH" <<EOF
SECRET_KEY = "$(python3 -c 'import secrets; print(secrets.token_urlsafe(42))')"
SQLALCHEMY_DATABASE_URI = "sqlite:///$work/superset.db"
EOF
export FLASK_APP=superset
"$BI_VENV/bin/superset" db upgrade >"$work/upgrade.log" 2>&1 || { tail -20 "$work/upgrade.log" >&2; exit 1; }

NEWS_ETL_URL="${url/postgresql:/postgresql+psycopg2:}" "$BI_VENV/bin/python" - <<'EOF'
"""Register the database in Superset and use it the way Superset's SQL Lab and dataset editor do."""
import os
import warnings

warnings.filterwarnings("ignore")

from superset.app import create_app

app = create_app()
with app.app_context():
    from superset.extensions import db
    from superset.models.core import Database
    from superset.sql.parse import Table

    database = Database(database_name="news_etl", sqlalchemy_uri=os.environ["NEWS_ETL_URL"])
    db.session.add(database)
    db.session.commit()

    sql = "SELECT speaker, count(*) AS quotes FROM analytics.quote_attributions GROUP BY 1 ORDER BY 2 DESC, 1"
    print(f"Superset Database.get_df:\n  {sql}\n")
    print(database.get_df(sql, schema="analytics").to_string(index=False))

    table = Table("quote_attributions", "analytics")
    print(f"\nSuperset's inspector on {table.schema}.{table.table}:")
    print(f"  table comment: {database.get_table_comment(table)}")
    for column in database.get_columns(table):
        print(f"  {column['column_name']:<24} {str(column['type']):<8} {column.get('comment')}")
    with database.get_inspector(schema="analytics") as inspector:
        views = inspector.get_view_names(schema="analytics")
        print(f"\nViews in analytics: {', '.join(sorted(views))}")
EOF
