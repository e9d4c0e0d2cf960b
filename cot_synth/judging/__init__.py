"""The judge chain: decides whether a trace truly concludes in the gold answer, with stable reason codes.

``RuleJudge`` runs the rule judges (extraction, gold match, consistency, leak check, form) with no model;
``ModelJudge`` adds the optional model-backed reviews (LLM judge, reasoning sufficiency) through the
backend and the response cache. Definitions live in ``judges/``; reason codes in ``judges/README.md``.
"""

from cot_synth.judging.rules import MODES, RuleJudge, strip_conclusion

__all__ = ["MODES", "RuleJudge", "strip_conclusion"]
