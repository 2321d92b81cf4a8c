from pathlib import Path

from etl.config import DEFAULT_HOME, DEFAULT_SPACY_MODEL, Settings


def test_config_defaults_without_environment(monkeypatch):
    for variable in ("DATABASE_URL", "NEWS_ETL_HOME", "NEWS_ETL_SPACY_MODEL"):
        monkeypatch.delenv(variable, raising=False)
    settings = Settings.from_env()
    assert settings == Settings(None, DEFAULT_HOME, DEFAULT_SPACY_MODEL)
    assert isinstance(settings.home, Path)


def test_config_options_win_over_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWS_ETL_HOME", str(tmp_path / "from-env"))
    monkeypatch.setenv("DATABASE_URL", "postgresql://env/db")
    settings = Settings.from_env(home=str(tmp_path / "option"), database_url=None)
    assert settings.home == tmp_path / "option"
    assert settings.database_url == "postgresql://env/db"
