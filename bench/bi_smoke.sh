#!/usr/bin/env bash
# A real BI client against news-etl: Apache Superset imports the dashboard in
# bi/superset/news_etl_dashboard/, fetches each chart's data through its REST API, and
# headless Chromium saves a screenshot of the dashboard as docs/dashboard.png. Not part of
# the tests (it needs PyPI and a few minutes); run it after changing the views, their
# comments or the dashboard.
#
# Usage: bash bench/bi_smoke.sh   (with news-etl installed in the active environment)
# Environment: BI_VENV        Superset's virtual environment, reused between runs
#                             [default: ~/.cache/news-etl-superset]
#              BI_PORT        TCP port for the embedded server [default: 5437]
#              SUPERSET_PORT  TCP port for Superset, on 127.0.0.1 [default: 8089]
set -euo pipefail
cd "$(dirname "$0")/.."

BI_VENV=${BI_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/news-etl-superset}
BI_PORT=${BI_PORT:-5437}
SUPERSET_PORT=${SUPERSET_PORT:-8089}
DASHBOARD=bi/superset/news_etl_dashboard

command -v news-etl >/dev/null || { echo "news-etl is not on PATH: activate the project's environment" >&2; exit 1; }
command -v chromium >/dev/null || { echo "chromium is missing: apt-get install chromium" >&2; exit 1; }

# Superset 6 pins SQLAlchemy 1.4 and Flask 2: it gets a virtual environment of its own,
# never the project's. The versions are the ones this script was checked with.
if [ ! -x "$BI_VENV/bin/superset" ]; then
    echo "Installing Apache Superset into $BI_VENV ..." >&2
    python3 -m venv "$BI_VENV"
    "$BI_VENV/bin/pip" install -q "apache-superset==6.1.0" psycopg2-binary "flask-caching==2.3.1" cachetools rich
fi

# A fresh embedded database holding the seed and the test articles, so the run never
# touches the user's data; the dashboard reads it as a read-only login, as a user's would.
work=$(mktemp -d)
export NEWS_ETL_HOME="$work/news-etl"
server_pid=""
superset_pid=""
cleanup() {
    for pid in "$superset_pid" "$server_pid"; do
        if [ -n "$pid" ]; then kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; fi
    done
    rm -rf "$work"
}
trap cleanup EXIT

news-etl run seeds/voa-panjshir-2021-08-23.txt tests/data/gold/*.txt >"$work/run.log" 2>&1 \
    || { tail -5 "$work/run.log" >&2; exit 1; }
ANALYST_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
export ANALYST_PASSWORD
news-etl db grant-readonly analyst --password-env ANALYST_PASSWORD >/dev/null
news-etl db start --port "$BI_PORT" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=""
for _ in $(seq 60); do
    url=$(head -n 1 "$work/server.out" 2>/dev/null || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
    sleep 1
done
[ -n "$url" ] || { echo "the embedded server did not start on port $BI_PORT" >&2; exit 1; }
echo "Serving $url" >&2

# Superset's own metadata lives in SQLite in the scratch folder; the secret key and the
# admin's password are random. The scratch instance listens on 127.0.0.1 only and lets an
# anonymous visitor see what an admin sees, so that Chromium can open the dashboard
# without a login form; never configure a real Superset this way.
export SUPERSET_CONFIG_PATH="$work/superset_config.py"
cat >"$SUPERSET_CONFIG_PATH" <<EOF
SECRET_KEY = "$(python3 -c 'import secrets; print(secrets.token_urlsafe(42))')"
SQLALCHEMY_DATABASE_URI = "sqlite:///$work/superset.db"
AUTH_ROLE_PUBLIC = "Public"
PUBLIC_ROLE_LIKE = "Admin"
WTF_CSRF_ENABLED = False
EOF
export FLASK_APP=superset
ADMIN_PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
export ADMIN_PASSWORD
{
    "$BI_VENV/bin/superset" db upgrade
    "$BI_VENV/bin/superset" fab create-admin --username admin --firstname news --lastname etl \
        --email admin@localhost --password "$ADMIN_PASSWORD"
    "$BI_VENV/bin/superset" init
} >"$work/setup.log" 2>&1 || { tail -20 "$work/setup.log" >&2; exit 1; }

# The README's two commands, on a copy whose database points at this run's port.
mkdir -p "$work/bundle"
cp -r "$DASHBOARD" "$work/bundle/"
sed -i "s/@127.0.0.1:5433\//@127.0.0.1:$BI_PORT\//" "$work/bundle/news_etl_dashboard/databases/news_etl.yaml"
(cd "$work/bundle" && python3 -m zipfile -c "$work/news_etl_dashboard.zip" news_etl_dashboard)
"$BI_VENV/bin/superset" import-dashboards -p "$work/news_etl_dashboard.zip" -u admin >"$work/import.log" 2>&1 \
    || { tail -20 "$work/import.log" >&2; exit 1; }

# The export holds no password: give the imported connection the analyst's, as a user
# does in Superset's database settings.
"$BI_VENV/bin/python" - <<'EOF' >"$work/password.log" 2>&1 || { tail -20 "$work/password.log" >&2; exit 1; }
import os
import warnings

warnings.filterwarnings("ignore")
from superset.app import create_app

with create_app().app_context():
    from superset.extensions import db
    from superset.models.core import Database
    from sqlalchemy.engine.url import make_url

    database = db.session.query(Database).filter_by(database_name="news_etl").one()
    database.set_sqlalchemy_uri(str(make_url(database.sqlalchemy_uri).set(password=os.environ["ANALYST_PASSWORD"])))
    db.session.commit()
EOF

"$BI_VENV/bin/superset" run -h 127.0.0.1 -p "$SUPERSET_PORT" --with-threads >"$work/superset.log" 2>&1 &
superset_pid=$!
superset_url="http://127.0.0.1:$SUPERSET_PORT"
for _ in $(seq 120); do
    curl -sf "$superset_url/health" >/dev/null 2>&1 && break
    kill -0 "$superset_pid" 2>/dev/null || { tail -20 "$work/superset.log" >&2; exit 1; }
    sleep 1
done
echo "Superset on $superset_url" >&2

# Each chart's data through the REST API: its saved query, against the dataset the import
# made (the saved query names the exporting instance's dataset id).
SUPERSET_URL=$superset_url "$BI_VENV/bin/python" - <<'EOF'
import json
import os
import sys

import requests

base = os.environ["SUPERSET_URL"]
session = requests.Session()
login = session.post(f"{base}/api/v1/security/login", json={
    "username": "admin", "password": os.environ["ADMIN_PASSWORD"], "provider": "db", "refresh": False})
login.raise_for_status()
session.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
dashboards = session.get(f"{base}/api/v1/dashboard/").json()["result"]
dashboard = next(d for d in dashboards if d["slug"] == "news-etl")
charts = session.get(f"{base}/api/v1/dashboard/{dashboard['id']}/charts").json()["result"]
empty = []
print(f"Dashboard {dashboard['dashboard_title']!r}: {len(charts)} charts")
for chart in sorted(charts, key=lambda c: c["slice_name"]):
    saved = session.get(f"{base}/api/v1/chart/{chart['id']}").json()["result"]
    context = json.loads(saved["query_context"])
    context["datasource"] = {"id": chart["form_data"]["datasource"].split("__")[0], "type": "table"}
    answer = session.post(f"{base}/api/v1/chart/data", json=context)
    answer.raise_for_status()
    rows = answer.json()["result"][0]["rowcount"]
    print(f"  {chart['slice_name']:<34} {rows:>5} rows")
    if rows == 0:
        empty.append(chart["slice_name"])
if empty:
    sys.exit(f"charts without rows: {', '.join(empty)}")
EOF

# The dashboard as a browser draws it. Chromium waits (virtual time) for the charts'
# queries and animations; the flags keep it off the network beyond localhost.
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --window-size=1400,1500 \
    --user-data-dir="$work/chromium" --virtual-time-budget=45000 --screenshot=docs/dashboard.png \
    "$superset_url/superset/dashboard/news-etl/?standalone=1" >"$work/chromium.log" 2>&1 \
    || { tail -5 "$work/chromium.log" >&2; exit 1; }
echo "Wrote docs/dashboard.png"
