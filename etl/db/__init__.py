"""Database access: models, engine, embedded server and migrations. Only ``load``, ``export`` and ``cli`` use it."""
