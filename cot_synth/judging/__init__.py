"""The judge chain: decides whether a trace truly concludes in the gold answer, with stable reason codes.

``RuleJudge`` (``rules``) runs the rule judges (extraction, gold match, consistency, leak check, form) with
no model; ``ModelJudge`` (``model``) adds the optional model-backed reviews (LLM judge, reasoning
sufficiency) through the backend and the response cache. Definitions live in ``judges/``; reason codes in
``judges/README.md``. The package imports nothing itself: a generation run needs only ``spec`` (the
judge's fingerprint) and ``conclusion``, and builds the judge on a process of its own.
"""
