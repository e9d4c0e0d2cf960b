"""Synthesize: ask the generator for traces and judge them. ``requests`` builds the messages,
``attempts`` runs the blind → hinted attempt loop through the cache, ``local`` and ``ray_runner`` run it in
this process or on a Ray cluster and hand the same ``Generated`` to the writers."""
