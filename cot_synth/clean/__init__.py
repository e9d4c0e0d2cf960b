"""Clean: validate rows into MCQs (``validate``), repair their text (``text``), remove flawed
(``quality``), duplicate (``dedup``) and benchmark-contaminated (``decontaminate``) items, balance gold
letters (``balance``); ``prepare`` runs them in that order."""
