"""Generated docs (schema/data_dictionary.md, schema/erd.md) are fresh, and the
analysts' commands document themselves."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from etl.cli import cli
from etl.db.docs import generate
from etl.db.models import Base

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schema"


@pytest.mark.parametrize("command", [["db", "docs"], ["db", "grant-readonly"], ["show"]], ids=" ".join)
def test_docs_analyst_commands_have_help(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_docs_committed_files_are_fresh(connection):
    for name, content in generate(connection, Base.metadata).items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == content, (
            f"schema/{name} is stale: run `news-etl db docs`"
        )


def test_docs_data_dictionary_covers_every_table_and_view(connection):
    dictionary = generate(connection, Base.metadata)["data_dictionary.md"]
    for table in Base.metadata.tables:
        assert f"### public.{table}\n" in dictionary
    assert "### analytics.quote_attributions\n" in dictionary and "(no comment)" not in dictionary


def test_docs_check_fails_when_a_file_is_stale(scratch_url, tmp_path):
    runner = CliRunner()
    written = runner.invoke(cli, ["--database-url", scratch_url, "db", "docs", "--output-dir", str(tmp_path)])
    assert written.exit_code == 0, written.output
    fresh = runner.invoke(cli, ["--database-url", scratch_url, "db", "docs", "--check", "--output-dir", str(tmp_path)])
    assert fresh.exit_code == 0, fresh.output
    (tmp_path / "erd.md").write_text("edited by hand", encoding="utf-8")
    stale = runner.invoke(cli, ["--database-url", scratch_url, "db", "docs", "--check", "--output-dir", str(tmp_path)])
    assert stale.exit_code == 1 and "erd.md" in stale.output
