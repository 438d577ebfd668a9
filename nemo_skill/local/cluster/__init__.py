"""Scale-out (docs/cluster.md): renders sent through Celery on Redis to ``nemo-local worker`` processes.

The engine (``remote.py``, ``routes.py``) stays the only writer of its database; a worker
(``worker.py``) shares nothing with it but the broker, which carries the task payload (``payload.py``:
the draft and URLs signed for that one render by ``signing.py``), and HTTP, over which it fetches its
inputs and sends back progress and its result. ``broker.py`` is the Celery/Redis plumbing both sides
use; ``status.py`` answers ``nemo-local status``. Celery and redis-py come with the ``cluster`` extra:
nothing here is imported unless a broker is configured.
"""
