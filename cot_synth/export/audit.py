"""``audit EXPORT_DIR``: the seed's 12-point preprocessing checklist as automatic pass/fail checks.

Each check reads what was exported (the records as a trainer will load them, provenance.jsonl,
export_manifest.json, README.md) and recomputes its figure; none trusts a number export wrote about
itself. Its thresholds are read where they are decided (``reader.AuditRules``): the gold-balance floor,
the cleaning stage's question-length limit, the judge's reasoning minimum and leak detector.

 1 gold_balance          normalised entropy of the exported gold letters ≥ min_normalized_entropy
 2 length_limits         every question ≤ max_question_words words
 3 dedup                 no repeated sample or record, no two items with the same question and options,
                         no item in both splits
 4 single_system_prompt  every record carries the one system prompt exactly once, and no other
 5 tokenization          recounted tokens equal the recorded ones; none over --max-seq-len unless flagged
 6 cot_verified          the verified reasoning is in the record verbatim, long enough, and its verdict
                         accepted the gold letter
 7 bos_eos               text records hold BOS once at the start and EOS once at the end (also as token
                         ids); turn contents hold none
 8 answer_line           one "The correct answer is X: text" per record, naming the gold letter and text
 9 no_hint_leak          no leak reason code in any verdict, no trace the judge's leak detector flags
10 split_stratified      each letter's validation count is the floor or ceiling of its share
11 provenance            source, model, backend, prompt/judge hashes and version recorded; every record
                         traced to a request
12 licence_citation      the card names a licence and a citation
"""

from __future__ import annotations

from pathlib import Path

from cot_synth.errors import UserError
from cot_synth.export.checks import CHECKS, Check
from cot_synth.export.formats import DEFAULT_TOKENIZER
from cot_synth.export.reader import Export, load_export
from cot_synth.export.tokens import LoadedTokenizer, load_tokenizer


def _tokenizer_for(e: Export, override: str | None) -> LoadedTokenizer | None:
    """The tokenizer to recount with. One the user names must load (its error is theirs to see); the one
    the export recorded may be missing on this machine, and the tokenization check then says so."""
    if override is not None:
        return load_tokenizer(override)
    recorded = e.manifest["export"]["tokenizer"]
    try:
        return load_tokenizer(None if recorded == DEFAULT_TOKENIZER else recorded)
    except UserError:
        return None


def run_audit(path: Path, tokenizer: str | None = None, judges: str | None = None) -> list[Check]:
    """Every check on one export folder (no writes)."""
    export = load_export(path, judges)
    loaded = _tokenizer_for(export, tokenizer)
    return [check(export, loaded) for check in CHECKS]


def summary(checks: list[Check]) -> str:
    failed = [c.name for c in checks if not c.passed]
    return f"audit: {len(checks) - len(failed)}/{len(checks)} checks passed" + (
        f" · failed: {', '.join(failed)}" if failed else ""
    )
