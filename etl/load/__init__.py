"""The load stage: the only writer of the database.

``rows`` turns resolved articles into rows, ``lookup`` finds which inputs are loaded
already, ``batch`` loads a batch of articles in one transaction and logs each input's
outcome, and ``history`` keeps the run's row in ``runs``.
"""
