"""The ``news-etl`` command: a thin click shell over the library.

Library errors (``EtlError``) become one-line messages with a next step; no traceback
reaches the user for bad input or an unreachable database.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.core import ParameterSource

from etl import __version__
from etl.config import DEFAULT_MAX_BYTES, Settings, secret_from_env
from etl.errors import EtlError, Interrupted
from etl.output import write_output
from etl.records import ArticleReport, RunReport

if TYPE_CHECKING:
    from etl.db.server import EmbeddedServer, ServerInfo

# The database stack (SQLAlchemy, Alembic, psycopg) and the pipeline are imported by the
# commands that use them, so that `news-etl --help` starts without them.

SERVER_CHECK_SECONDS = 1.0
"""How often ``db start`` checks that the server it serves is still running."""
EPILOG = (
    "The database is the embedded PostgreSQL under $NEWS_ETL_HOME unless --database-url or "
    "DATABASE_URL names another PostgreSQL (14 or newer)."
)


class _Bar:
    """Progress for the pipeline: a line per article and, for several, a bar with articles/s and time left."""

    def __init__(self) -> None:
        self._bar = None

    def start(self, total: int | None) -> None:
        if total is None or total > 1:
            # tqdm rather than click.progressbar: it shows the rate, and copes with an unknown total (stdin).
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="article", desc="Loading", file=sys.stderr, dynamic_ncols=True)

    def article_done(self, report: ArticleReport) -> None:
        if self._bar is None:
            click.echo(_article_line(report), err=report.status == "failed")
            return
        # The bar is cleared while the line is written, then redrawn below it.
        with self._bar.external_write_mode():
            click.echo(_article_line(report), err=report.status == "failed")
        self._bar.update(1)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _article_line(report: ArticleReport) -> str:
    if report.status == "failed":
        return f"{report.shown}: failed at {report.stage}: {report.error}"
    if report.status == "unchanged":
        return f"{report.shown}: already loaded, nothing added"
    c = report.counts
    return (
        f"{report.shown}: {c.persons} persons, {c.anonymous} anonymous sources, {c.organizations} organizations, "
        f"{c.places} places, {c.quotes} quotes, {c.claims} claims ({report.seconds:.1f}s)"
    )


def _summary(report: RunReport) -> str:
    quotes = sum(a.counts.quotes for a in report.articles)
    claims = sum(a.counts.claims for a in report.articles)
    return (
        f"Run {report.run_id}: {report.count('loaded')} loaded, {report.count('unchanged')} unchanged, "
        f"{report.count('failed')} failed; {quotes} quotes, {claims} claims added."
        f"\n{_timing(report)}"
    )


def _timing(report: RunReport) -> str:
    stages = ", ".join(f"{stage} {seconds:.1f}s" for stage, seconds in report.stage_seconds.items())
    rate = len(report.articles) / report.seconds if report.seconds else 0.0
    where = f"summed over {report.workers} workers" if report.workers > 1 else "in one process"
    return f"Time: {report.seconds:.1f}s, {rate:.1f} articles/s; by stage ({where}): {stages or 'none'}."


@click.group(epilog=EPILOG)
@click.version_option(__version__, prog_name="news-etl")
@click.option("--database-url", envvar="DATABASE_URL", metavar="URL",
              help="PostgreSQL to use instead of the embedded server [env: DATABASE_URL].")
@click.option("--home", envvar="NEWS_ETL_HOME", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the embedded server's data [env: NEWS_ETL_HOME; default: the user data folder].")
@click.pass_context
def cli(ctx: click.Context, database_url: str | None, home: Path | None) -> None:
    """news-etl: load news articles into PostgreSQL as actors, organizations, places,
    quotes and claims, each traceable to its character offsets in the article."""
    ctx.obj = Settings.from_env(database_url=database_url, home=home)


@cli.command(epilog=EPILOG)
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", type=click.IntRange(min=1), default=lambda: os.cpu_count() or 1,
              show_default="the number of cores", help="Processes that parse articles; 1 parses in this process.")
@click.option("--cluster", metavar="ADDRESS",
              help="Parse on a Dask cluster instead of --workers processes: a scheduler's address "
                   "(tcp://host:8786), or local:N for N worker processes here. Needs news-etl[dask].")
@click.option("--force", is_flag=True,
              help="Re-extract articles already loaded, replacing their rows (to apply improved rules).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="The largest article (file, JSON line or standard input) read; a larger one fails alone.")
@click.pass_obj
def run(settings: Settings, paths: tuple[str, ...], workers: int, cluster: str | None, force: bool,
        max_bytes: int) -> None:
    """Load the articles in PATHS: .txt articles, .html/.htm pages, .jsonl files (one
    article a line: id, url, title, authors, published, text), folders (searched
    recursively), glob patterns, or - for standard input. Only regular files are read:
    a fifo, socket or device fails alone (pipe into - instead).

    Upgrades the schema first. Prints one line per article and a summary with the time
    spent in each stage (read, clean, parse, extract, resolve, geocode, load). An article
    whose text is already loaded by this version adds nothing and is not parsed again.
    Exits 1 if any input failed; the others still load.
    Ctrl-C or SIGTERM rolls back the batch being loaded and exits 130 or 143: running
    again loads the rest.
    """
    from etl.pipeline import run as run_pipeline

    workers_given = click.get_current_context().get_parameter_source("workers") is not ParameterSource.DEFAULT
    if cluster is not None and workers_given:
        raise click.UsageError("give --workers or --cluster, not both")
    settings = replace(settings, max_bytes=max_bytes)
    try:
        with _signals_interrupt():
            report = _guard(lambda: run_pipeline(paths, settings, progress=_Bar(), workers=workers, force=force,
                                                 cluster=cluster))
    except Interrupted as interrupted:
        click.echo(f"interrupted: {interrupted.loaded} articles loaded, the batch in flight rolled back; "
                   "run again to finish", err=True)
        raise SystemExit(interrupted.exit_status) from None
    click.echo(_summary(report))
    if report.failed:
        raise SystemExit(1)


@contextmanager
def _signals_interrupt() -> Iterator[None]:
    """Make SIGINT and SIGTERM raise ``Interrupted`` in the block, once.

    SIGTERM would otherwise end the process without rolling back the batch being loaded
    or stopping the workers; a second signal must not cut that cleanup short.
    """
    received: list[int] = []

    def interrupt(signal_number: int, _frame: object) -> None:
        if not received:
            received.append(signal_number)
            raise Interrupted(signal_number)

    previous = {number: signal.signal(number, interrupt) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


ARTICLE_HELP = (
    "An ARTICLE is its id, its URI, the path of the file it was read from, or a file name (or path "
    "tail, or JSON line name archive.jsonl#id) that one loaded article has; `news-etl list` shows them."
)


@cli.command(epilog=EPILOG)
@click.option("--article", metavar="ARTICLE",
              help="Only this article: its id, URI, path, or a file name only it has (see `news-etl list`).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write to FILE instead of standard output.")
@click.pass_obj
def export(settings: Settings, article: str | None, output: Path | None) -> None:
    """Write the loaded articles as an export-v1 JSON document, read back from the database.

    A name that several articles have (story.txt of two folders) is an error listing them.
    """
    from etl.db.export import export_document

    document = _at_head(settings, lambda connection: export_document(connection, article))
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        click.echo(text, nl=False)
    else:
        _guard(lambda: write_output(output, text))
        click.echo(f"Wrote {output}", err=True)


@cli.command(epilog=EPILOG)
@click.argument("gold_files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def evaluate(settings: Settings, gold_files: tuple[Path, ...]) -> None:
    """Load each gold file's article, read it back and score it against the gold.

    Prints, per article and in total: quotes found and false, speakers right, claims
    found and claimants right, persons / anonymous sources / organizations / places
    found, duplicated and false, places located (gold type, country and a point),
    forbidden entities, then each miss on its own line.
    """
    from etl.db.engine import database
    from etl.evaluate import Score, evaluate_article, gold_article_path, load_gold
    from etl.db.export import export_document
    from etl.pipeline import run as run_pipeline

    def score_all() -> list:
        evaluations = []
        # One server start for all the gold files: the runs below share it.
        with database(settings) as engine:
            for gold_path in gold_files:
                gold = load_gold(gold_path)
                article = gold_article_path(gold_path, gold)
                # Forced: a score must measure the rules installed now, not an earlier load.
                report = run_pipeline([article], settings, force=True)
                if report.failed:
                    raise EtlError(f"{article}: {report.failed[0].error}")
                with engine.connect() as connection:
                    document = export_document(connection, article_id=report.articles[0].article_id)
                    (exported,) = document["articles"]
                evaluations.append(evaluate_article(gold, exported))
        return evaluations

    evaluations = _guard(score_all)
    totals: dict[str, Score] = {}
    for evaluation in evaluations:
        click.echo(evaluation.source)
        _print_scores(evaluation.scores)
        for name, score in evaluation.scores.items():
            totals.setdefault(name, Score()).add(score)
    if len(evaluations) > 1:
        click.echo("TOTAL")
        _print_scores(totals, misses=False)


@cli.command(epilog=f"{ARTICLE_HELP} {EPILOG}")
@click.argument("article")
@click.option("--html", "html_file", required=True, type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the article page to FILE.")
@click.pass_obj
def show(settings: Settings, article: str, html_file: Path) -> None:
    """Write ARTICLE as a self-contained HTML page: quotes
    highlighted and labeled with their speakers, claims underlined with their claimants,
    entities colored by kind, tables of the actors, organizations and places, and the
    title, byline and boilerplate greyed out.

    The page is read from the database and loads nothing from the network.
    """
    from etl.db.article_page import read_article_page
    from etl.show import render_html

    page = _at_head(settings, lambda connection: read_article_page(connection, article))
    _guard(lambda: write_output(html_file, render_html(page)))
    click.echo(f"Wrote {html_file}")


@cli.command("list", epilog=EPILOG)
@click.option("--outlet", metavar="NAME", help="Only the articles of this outlet (site name or host, any case).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), metavar="DATE",
              help="Only the articles published on or after DATE (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of objects instead of a table.")
@click.pass_obj
def list_command(settings: Settings, outlet: str | None, since, as_json: bool) -> None:
    """List the loaded articles, one per line: id, URI, title, publication date, and how
    many quotes, claims and named persons each has."""
    from etl.db.articles import list_articles

    rows = _at_head(settings, lambda connection: list_articles(connection, outlet, since.date() if since else None))
    if as_json:
        records = [{"id": row.id, "uri": row.uri, "title": row.title,
                    "published": row.published.isoformat() if row.published else None, "outlet": row.outlet,
                    "quotes": row.quotes, "claims": row.claims, "persons": row.persons} for row in rows]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    click.echo("id\tpublished\tquotes\tclaims\tpersons\turi\ttitle")
    for row in rows:
        published = row.published.isoformat() if row.published else "-"
        title = " ".join((row.title or "").split())  # a title over two lines stays on its row
        click.echo(f"{row.id}\t{published}\t{row.quotes}\t{row.claims}\t{row.persons}\t{row.uri}\t{title}")


@cli.command(epilog=f"{ARTICLE_HELP} {EPILOG}")
@click.argument("articles", nargs=-1, required=True)
@click.option("--yes", is_flag=True, help="Delete without asking.")
@click.pass_obj
def delete(settings: Settings, articles: tuple[str, ...], yes: bool) -> None:
    """Delete the ARTICLES and every row only they support: their mentions, co-mention
    pairs, quotes, claims, roles and authors, and the actors, organizations and places
    (with their aliases) that no other article names. One transaction: all of it or nothing.

    Lists the articles and asks first, unless --yes. Prints the rows removed per table.
    The run history (runs, ingest_events) is kept.
    """
    from etl.db import migrate
    from etl.db.articles import article_uris, delete_articles, find_articles
    from etl.db.engine import database

    def work():
        with database(settings) as engine:
            migrate.upgrade(engine)
            with engine.begin() as connection:
                ids = find_articles(connection, articles)
                if not yes:
                    listed = "".join(f"\n  {id_}  {uri}" for id_, uri in article_uris(connection, ids).items())
                    click.confirm(f"Delete {len(ids)} article(s) and the rows only they support?{listed}\n",
                                  abort=True, err=True)
                return delete_articles(connection, ids)

    removed = _guard(work)
    for uri in removed.articles:
        click.echo(f"Deleted {uri}")
    counts = ", ".join(f"{count} {table}" for table, count in removed.rows.items())
    click.echo(f"Removed {counts}.")


def _print_scores(scores: dict, misses: bool = True) -> None:
    for name, score in scores.items():
        if name == "forbidden entities":
            line = f"{score.false} extracted of {score.total}"
        elif name in ("speakers", "claimants", "places located"):
            line = f"{score.found}/{score.total} right"
        else:
            line = f"{score.found}/{score.total} found, {score.false} false"
            if name not in ("quotes", "claims"):
                line += f", {score.duplicated} duplicated"
        click.echo(f"  {name:<20} {line}")
    if misses:
        for name, score in scores.items():
            for miss in score.misses:
                click.echo(f"  - {miss}")


@cli.group(epilog=EPILOG)
def db() -> None:
    """Manage the database: schema migrations and the embedded server."""


@db.command()
@click.argument("revision", default="head")
@click.pass_obj
def upgrade(settings: Settings, revision: str) -> None:
    """Upgrade the schema to REVISION (default: head)."""
    from etl.db import migrate

    _migrate(settings, lambda engine: migrate.upgrade(engine, revision))


@db.command()
@click.argument("revision")
@click.pass_obj
def downgrade(settings: Settings, revision: str) -> None:
    """Downgrade the schema to REVISION ("base" drops every table and its data)."""
    from etl.db import migrate

    _migrate(settings, lambda engine: migrate.downgrade(engine, revision))


@db.command()
@click.pass_obj
def current(settings: Settings) -> None:
    """Print the schema revision the database is at."""
    from etl.db import migrate
    from etl.db.engine import database

    def read() -> tuple[str, ...]:
        with database(settings) as engine:
            return migrate.current_revisions(engine)

    revisions = _guard(read)
    heads = migrate.head_revisions()
    for revision in revisions or ("base (no tables)",):
        click.echo(f"{revision}{' (head)' if revision in heads else ''}")


@db.command()
def history() -> None:
    """List the schema revisions, newest first."""
    from etl.db import migrate

    for line in migrate.history():
        click.echo(line)


@db.command()
@click.option("--port", default=5433, show_default=True, type=click.IntRange(1, 65535),
              help="TCP port on 127.0.0.1 for psql and BI tools.")
@click.pass_obj
def start(settings: Settings, port: int) -> None:
    """Run the embedded server on 127.0.0.1:PORT until Ctrl-C, for psql and BI tools.

    Upgrades the schema first and prints the URL to connect to. Exits 1 if the server
    process stops meanwhile (killed, crashed), naming its log.
    """
    from etl.db import migrate
    from etl.db.engine import database
    from etl.db.server import SUPERUSER, EmbeddedServer

    if settings.database_url:
        raise click.ClickException("db start serves the embedded server; unset DATABASE_URL / --database-url")
    server = EmbeddedServer(settings.home)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def serve() -> None:
        with server.running(port=port) as info, database(settings) as engine:
            migrate.upgrade(engine)
            click.echo(info.public_url())
            click.echo(f"Serving the news-etl database on 127.0.0.1:{port}; press Ctrl-C to stop.\n"
                       f"The password of {SUPERUSER} is in {server.password_file} (pgpass format): "
                       f"PGPASSFILE={shlex.quote(str(server.password_file))} psql {info.public_url()}\n"
                       "For BI tools, make a read-only login: news-etl db grant-readonly NAME", err=True)
            try:
                _wait_while_serving(server, info, stop)
            except KeyboardInterrupt:
                pass
        click.echo("Stopped.", err=True)

    _guard(serve)


def _wait_while_serving(server: EmbeddedServer, info: ServerInfo, stop: threading.Event) -> None:
    """Return when ``stop`` is set, checking meanwhile that the server process still runs.

    Raises:
        click.ClickException: the server process ended (killed, crashed): clients can no
            longer connect, so serving must not go on as if they could.
    """
    while not stop.wait(SERVER_CHECK_SECONDS):
        running = server.info()
        if running is None or running.pid != info.pid:
            # server.log is where EmbeddedServer starts the server's log.
            raise click.ClickException(
                f"the embedded server (pid {info.pid}) stopped; see {server.pgdata / 'server.log'}"
            )


@db.command()
@click.pass_obj
def url(settings: Settings) -> None:
    """Print the URL of the database in use (password hidden)."""
    from etl.db.engine import display_url, sqlalchemy_url
    from etl.db.server import EmbeddedServer

    if settings.database_url:
        click.echo(display_url(_guard(lambda: sqlalchemy_url(settings.database_url))))
        return
    info = EmbeddedServer(settings.home).info()
    if info is None:
        raise click.ClickException(
            "the embedded server is not running; start it with `news-etl db start --port 5433` to get a URL"
        )
    click.echo(info.public_url())


@db.command("grant-readonly")
@click.argument("name")
@click.option("--password-env", metavar="VAR",
              help="Take the password from environment variable VAR instead of asking for it.")
@click.pass_obj
def grant_readonly(settings: Settings, name: str, password_env: str | None) -> None:
    """Create or update login role NAME that can only read: SELECT on every table and
    analytics view (tables added later included), no writes, no DDL.

    The password is asked for (hidden), or read from the variable --password-env names;
    it is never an option, so it stays out of shell history and `ps`.
    """
    from etl.db import migrate
    from etl.db.engine import database
    from etl.db.readonly import grant_readonly as grant

    if password_env:
        password = secret_from_env(password_env)
        if password is None:
            raise click.BadParameter(f"environment variable {password_env} is not set or empty",
                                     param_hint="--password-env")
    else:
        password = click.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True)

    def work() -> str:
        with database(settings) as engine:
            migrate.upgrade(engine)
            return grant(engine, name, password)

    click.echo(f"Role {name} can read the tables and the analytics views: {_guard(work)}")
    if not settings.database_url:
        click.echo("Serve the embedded server with `news-etl db start` and connect as this role with its password.",
                   err=True)


@db.command("dump")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def dump_command(settings: Settings, file: Path) -> None:
    """Write the whole database to FILE (pg_dump's custom format), replacing it.

    Uses the pg_dump that comes with news-etl, on the embedded server or DATABASE_URL;
    a password goes to it in its environment, never on its command line.
    """
    from etl.db.backup import dump

    _guard(lambda: dump(settings, file))
    click.echo(f"Wrote {file}")


@db.command("restore")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def restore_command(settings: Settings, file: Path) -> None:
    """Restore FILE, written by `db dump`, into the database: every table, view and
    row in it replaces the database's own, in one transaction (all or nothing).

    Owners and grants are not restored: run `db grant-readonly` again for a read-only role.
    """
    from etl.db.backup import restore

    _guard(lambda: restore(settings, file))
    click.echo(f"Restored {file}")


@db.command()
@click.option("--output-dir", default="schema", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder to write the files to.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a file is missing or stale.")
@click.pass_obj
def docs(settings: Settings, output_dir: Path, check: bool) -> None:
    """Generate data_dictionary.md (from the comments in the database, upgraded first)
    and erd.md (a Mermaid ER diagram of the models) in OUTPUT_DIR."""
    from etl.db.docs import generate
    from etl.db.models import Base

    generated = _at_head(settings, lambda connection: generate(connection, Base.metadata))
    if check:
        stale = [name for name, content in generated.items() if _read_or_none(output_dir / name) != content]
        if stale:
            raise click.ClickException(f"stale in {output_dir}: {', '.join(stale)}; run `news-etl db docs`")
        click.echo(f"{output_dir}: {', '.join(generated)} up to date")
        return
    output_dir.mkdir(parents=True, exist_ok=True)
    for name, content in generated.items():
        (output_dir / name).write_text(content, encoding="utf-8")
        click.echo(f"Wrote {output_dir / name}")


def _read_or_none(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


def _at_head(settings: Settings, read):
    """``read(connection)`` on the database upgraded to the latest schema; errors become messages."""
    from etl.db import migrate
    from etl.db.engine import database

    def work():
        with database(settings) as engine:
            migrate.upgrade(engine)
            with engine.connect() as connection:
                return read(connection)

    return _guard(work)


def _migrate(settings: Settings, action) -> None:
    from etl.db import migrate
    from etl.db.engine import database

    def work() -> None:
        with database(settings) as engine:
            action(engine)
            click.echo(f"Schema at: {', '.join(migrate.current_revisions(engine)) or 'base (no tables)'}")

    _guard(work)


def _guard(work):
    """Run library code; its errors become one-line messages (exit 1)."""
    from etl.db.engine import database_error_reason

    try:
        return work()
    except EtlError as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"{error.filename or ''}: {error.strerror or error}") from error
    except Exception as error:
        reason = database_error_reason(error)
        if reason is not None:
            # from None: psycopg's error may quote the statement, and a statement may hold a secret.
            raise click.ClickException(f"database error: {reason}") from None
        if type(error).__module__.startswith("alembic"):
            raise click.ClickException(f"migration failed: {error}") from error
        raise


def main() -> None:
    cli(prog_name="news-etl")


if __name__ == "__main__":  # "python -m etl.cli" as well as "python -m etl" and "news-etl"
    main()
