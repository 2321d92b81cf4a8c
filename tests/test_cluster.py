"""run --cluster: Dask gives the same database as the local pool, survives a worker killed
mid-run, and stops before reading anything when the cluster cannot do the work."""

import os
import signal
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster
from sqlalchemy import create_engine, text

import etl
from etl.cli import cli
from etl.db.export import export_document
from etl.errors import ClusterError
from etl.executors.cluster import DaskCluster
from tests.conftest import free_port, sorted_export

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from throughput import build_corpus  # noqa: E402  (bench/ is scripts, not a package)

ARTICLES = 60
"""The acceptance's folder: enough batches that every executor splits them differently."""


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cluster-corpus")
    build_corpus(path, ARTICLES)
    return path


def _run_and_export(url: str, folder: Path, settings, **how) -> tuple[dict, dict]:
    report = etl.run([folder], replace(settings, database_url=url), **how)
    assert not report.failed, report.failed
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            counts = {table: connection.scalar(text(f"SELECT count(*) FROM {table}"))
                      for table in ("articles", "mentions", "quotes", "claims", "roles", "actors")}
            return sorted_export(export_document(connection)), counts
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def one_worker(scratch_databases, folder, settings) -> tuple[dict, dict]:
    with scratch_databases() as url:
        return _run_and_export(url, folder, settings, workers=1)


def test_cluster_local_and_two_workers_export_what_one_worker_does(scratch_url, scratch_databases, folder, settings,
                                                                  one_worker):
    with scratch_databases() as url:
        two_workers = _run_and_export(url, folder, settings, workers=2)
    cluster = _run_and_export(scratch_url, folder, settings, cluster="local:2")
    assert two_workers == one_worker
    assert cluster == one_worker
    again = etl.run([folder], replace(settings, database_url=scratch_url), cluster="local:1")
    assert again.count("unchanged") == ARTICLES and again.workers == 1


class _KillAWorker:
    """A progress that SIGKILLs one Dask worker process once the first article is loaded."""

    def __init__(self, client: Client) -> None:
        self.pids = client.run(os.getpid)
        self.killed = False

    def start(self, total):
        pass

    def article_done(self, report):
        if not self.killed:
            os.kill(next(iter(self.pids.values())), signal.SIGKILL)
            self.killed = True

    def finish(self):
        pass


def test_cluster_a_worker_killed_mid_run_has_its_batch_rescheduled(scratch_url, folder, settings, one_worker):
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=50) as cluster, Client(cluster, set_as_default=False) as client:
        progress = _KillAWorker(client)
        cluster_run = _run_and_export(scratch_url, folder, settings, cluster=cluster.scheduler_address,
                                      progress=progress)
    assert progress.killed
    assert cluster_run == one_worker


def test_cluster_local_workers_start_without_dask_s_malloc_trim_threshold(settings, monkeypatch):
    # Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, which made the parse 15-20% slower;
    # a cluster started earlier in this process may have left it in the environment.
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with DaskCluster("local:1", settings.spacy_model) as executor:
        assert executor._submit(os.environ.get, "MALLOC_TRIM_THRESHOLD_").result() is None


def test_cluster_unreachable_is_one_line_before_any_read(tmp_path):
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["--home", str(tmp_path / "home"), "run", "--cluster",
                                      f"tcp://127.0.0.1:{free_port()}", str(missing)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert len(result.output.splitlines()) == 1 and "missing.txt" not in result.output
    assert not (tmp_path / "home").exists(), "the database was started: the run went past the cluster check"


def test_cluster_without_the_model_stops_before_any_read(tmp_path, settings):
    with pytest.raises(ClusterError, match="cannot analyze articles: spaCy model 'no_such_model' is not installed"):
        etl.run([tmp_path / "missing.txt"], replace(settings, spacy_model="no_such_model", home=tmp_path / "home"),
                cluster="local:1")
    assert not (tmp_path / "home").exists()


def test_cluster_address_must_be_a_scheduler_or_local_n(tmp_path, settings):
    with pytest.raises(ClusterError, match="local:N, N >= 1"):
        etl.run([tmp_path], settings, cluster="local:0")


def test_cluster_is_documented_and_exclusive_of_workers(tmp_path):
    assert "--cluster ADDRESS" in CliRunner().invoke(cli, ["run", "--help"]).output
    both = CliRunner().invoke(cli, ["run", "--workers", "2", "--cluster", "local:2", str(tmp_path)])
    assert both.exit_code == 2 and "give --workers or --cluster, not both" in both.output
