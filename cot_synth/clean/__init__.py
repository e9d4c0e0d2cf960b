"""Clean: validate rows into MCQs (``validate``), repair their text (``text``), remove flawed
(``quality``) and duplicate (``dedup``) items, balance gold letters (``balance``); ``prepare`` runs them in
that order."""
