"""The prepare stage on the real MedQA train split and on a corpus of deliberately broken rows."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from cot_synth import runfolder
from cot_synth.clean.balance import gold_distribution, permute, positional_option
from cot_synth.clean.dedup import exact_duplicates, near_duplicates, shingle_hashes, signatures
from cot_synth.clean.prepare import item_text, load_token_counter, prepare_source, run_prepare
from cot_synth.clean.quality import word_count
from cot_synth.clean.validate import clean, to_mcq
from cot_synth.config import CleanOptions, PrepareConfig
from cot_synth.errors import UserError
from cot_synth.ingest.readers import load_source
from cot_synth.records import mcq_id
from tests.conftest import write_jsonl

DATA = Path(__file__).resolve().parent / "data"
TRAIN = "phrases_no_exclude_train.reconstructed.jsonl"
CYRILLIC = re.compile("[\u0400-\u04ff]")

# line of tests/data/broken.jsonl → where it must end (see tests/data/README.md)
BROKEN_EXPECTED = {
    1: "kept", 2: "wrong_type", 3: "missing_field", 4: "answer_not_in_options", 5: "invalid_question",
    6: "invalid_options", 7: "invalid_utf8", 8: "invalid_json", 10: "not_an_object", 11: "duplicate_id",
    12: "exact_duplicate", 13: "answer_mismatch", 14: "wrong_type", 15: "missing_field", 16: "kept",
    17: "invalid_options", 18: "kept", 19: "missing_image", 20: "wrong_type",
}  # fmt: skip

PREPARE_FILES = (runfolder.PREPARED, runfolder.QUARANTINE, runfolder.REMOVED, runfolder.PREPARE_REPORT)


def _outcome(prepared) -> dict[int, str]:
    where = {m.meta["row"]: "kept" for m in prepared.kept}
    where.update({q.row: q.reason for q in prepared.quarantined})
    where.update({r.row: r.reason for r in prepared.removed})
    return where


def test_broken_corpus_every_line_lands_where_expected(tmp_path):
    prepared = run_prepare(PrepareConfig(str(DATA / "broken.jsonl"), out=tmp_path))
    assert _outcome(prepared) == BROKEN_EXPECTED
    counts = prepared.report["counts"]
    assert counts["read"] == 19 == counts["kept"] + counts["quarantined"] + counts["removed"]
    assert prepared.report["source"]["blank_lines"] == 1
    written = {name: (tmp_path / name).read_text(encoding="utf-8") for name in PREPARE_FILES}
    quarantine = [json.loads(line) for line in written["quarantine.jsonl"].splitlines()]
    assert {q["row"] for q in quarantine} == {n for n, r in BROKEN_EXPECTED.items() if r not in (
        "kept", "exact_duplicate", "missing_image")}  # fmt: skip
    assert all(q["original"] is not None and q["detail"] for q in quarantine)
    by_row = {q["row"]: q for q in quarantine}
    assert "\ufffd" in by_row[7]["original"] and "byte 29" in by_row[7]["detail"]
    assert by_row[8]["original"].startswith('{"id": "q8"') and by_row[8]["detail"].startswith("column ")
    assert by_row[2]["detail"] == "field 'question' is number where string is expected"
    assert by_row[11]["detail"] == "id 'q1' is also row 1, with other content"
    removed = {r["row"]: r for r in map(json.loads, written["removed.jsonl"].splitlines())}
    assert removed[12]["kept"]["row"] == 1 and removed[12]["kept"]["same_answer"] is True
    kept = {m["meta"]["row"]: m for m in map(json.loads, written["prepared.jsonl"].splitlines())}
    assert kept[16]["answer_idx"] == "B"  # a lower-case letter is still a letter
    assert kept[18]["question"] == "Which vitamin deficiency causes pellagra?"
    assert kept[18]["meta"]["fixes"] == ["homoglyph", "invisible", "whitespace"]
    assert set(kept[1]) == {"id", "question", "options", "answer_idx", "answer", "meta"}
    report = json.loads(written["prepare_report.json"])
    assert report["examples"]["quarantined"]["invalid_json"][0]["row"] == 8


@pytest.fixture(scope="module")
def train(medqa_dir):
    """The whole real train split, prepared once with balancing on."""
    source = load_source(str(medqa_dir / TRAIN))
    return source, prepare_source(source, CleanOptions(balance=True), seed=0)


def test_train_split_counts_balance_and_nothing_is_invalid(train):
    source, prepared = train
    counts = prepared.report["counts"]
    assert counts["read"] == 10178 == counts["kept"] + counts["quarantined"] + counts["removed"]
    assert counts["quarantined"] == 0
    assert len({m.id for m in prepared.kept}) == len(prepared.kept)
    # SOURCE.md's answer_idx counts for the whole split
    assert prepared.report["gold"]["valid"]["counts"] == {"A": 2584, "B": 2654, "C": 2557, "D": 2383}


def test_train_split_removals_match_the_audit(medqa_dir, train):
    source, prepared = train
    raw = [json.loads(line) for line in (medqa_dir / TRAIN).open(encoding="utf-8")]
    reasons = {r.row: r.reason for r in prepared.removed}
    # SOURCE.md: 15 stems say "Please refer to the summary above" – the summary is not in the data.
    summary_rows = {
        n for n, r in enumerate(raw, 1) if r["question"].startswith("Please refer to the summary above")
    }
    assert len(summary_rows) == 15 and {reasons.get(n) for n in summary_rows} == {"missing_context"}
    # SOURCE.md: two rows have two identical options (0-based rows 1318 and 3960 there).
    assert {n for n, r in reasons.items() if r == "duplicate_options"} == {1319, 3961}
    # No question is over 600 words and no two rows are the same item.
    assert "too_long_words" not in reasons.values() and "exact_duplicate" not in reasons.values()
    # Every removal says why, and the removed item is in the record.
    assert all(r.detail and r.mcq.meta["row"] == r.row for r in prepared.removed)
    images = [r for r in prepared.removed if r.reason == "missing_image"]
    pointers = re.compile(
        r"imag|pictur|photo|figur|shown|exhibit|diagram|radiograph|x-ray|depicted|illustrat", re.I
    )
    assert images and all(pointers.search(r.mcq.question) for r in images)


def test_train_stems_repeated_with_other_options_are_not_duplicates(medqa_dir, train):
    source, _ = train
    mcqs = clean(source).mcqs
    by_question: dict[str, list] = {}
    for mcq in mcqs:
        by_question.setdefault(mcq.question, []).append(mcq)
    repeated = [group for group in by_question.values() if len(group) > 1]
    assert len(repeated) == 2  # SOURCE.md: two stems appear twice, with different options
    for group in repeated:
        assert exact_duplicates(group) == [] and near_duplicates(group, 0.9) == []
        assert len({m.id for m in group}) == 2


def test_train_homoglyphs_and_invisible_characters_are_cleaned(medqa_dir, train):
    source, prepared = train
    raw = [json.loads(line) for line in (medqa_dir / TRAIN).open(encoding="utf-8")]
    cyrillic_rows = {
        n for n, r in enumerate(raw, 1) if CYRILLIC.search(r["question"] + "".join(r["options"].values()))
    }
    assert len(cyrillic_rows) == 5  # SOURCE.md
    every = prepared.kept + [r.mcq for r in prepared.removed]
    for mcq in every:
        text = mcq.question + "".join(mcq.options.values())
        assert not CYRILLIC.search(text) and "\u00ad" not in text
    fixed = {m.meta["row"]: m for m in every if m.meta["row"] in cyrillic_rows}
    assert all("homoglyph" in m.meta["fixes"] for m in fixed.values())
    assert fixed[1890].question.startswith("A 60-year-old Hispanic man presents to the office")


def test_train_balancing_makes_gold_uniform_and_keeps_answers(train):
    source, prepared = train
    gold = prepared.report["gold"]
    before, after = gold["before"], gold["after"]
    assert sum(before["counts"].values()) == sum(after["counts"].values()) == len(prepared.kept)
    assert (
        after["normalized_entropy"] >= 0.9995 and after["normalized_entropy"] >= before["normalized_entropy"]
    )
    assert max(after["counts"].values()) - min(after["counts"].values()) < 0.04 * len(prepared.kept)
    unbalanced = {m.meta["row"]: m for m in clean(source).mcqs}
    moved = 0
    for mcq in prepared.kept:
        before = unbalanced[mcq.meta["row"]]
        assert mcq.answer == mcq.options[mcq.answer_idx] == before.answer  # the answer text travels
        assert sorted(mcq.options.values()) == sorted(before.options.values())
        assert mcq.id == mcq_id(mcq.question, mcq.options)
        moved += mcq.answer_idx != before.answer_idx
    assert moved > 0.6 * len(prepared.kept)  # about three in four change letter
    pinned = [m for m in prepared.kept if "balance" not in m.meta]
    assert len(pinned) == gold["kept_in_place"] > 0
    both = [m for m in pinned if "Both A & B" in m.options.values()]
    assert both and all(m.options == unbalanced[m.meta["row"]].options for m in both)


def test_balancing_is_seeded_per_item_and_independent_of_the_batch(train):
    _, prepared = train
    item = next(m for m in prepared.kept if "balance" in m.meta)
    unbalanced = replace(
        item,
        id=item.meta["balance"]["id_before"],
        options={
            k: item.options[chr(65 + item.meta["balance"]["order"].index(k))] for k in sorted(item.options)
        },
        answer_idx=item.meta["balance"]["answer_idx_before"],
        meta={k: v for k, v in item.meta.items() if k != "balance"},
    )
    assert unbalanced.id == mcq_id(unbalanced.question, unbalanced.options)
    assert permute(unbalanced, 0) == item  # the same letters alone as inside the 9k-item batch
    orders = {permute(unbalanced, seed).meta["balance"]["order"] for seed in range(12)}
    assert len(orders) > 3


def load_mcq(options: dict[str, str]):
    return to_mcq({"question": "Q?", "options": options, "answer_idx": "A", "answer": None}, {"row": 1})


@pytest.mark.parametrize(
    ("option", "positional"),
    [("All of the above", True), ("None of the above", True), ("Both A and B", True), ("Both A & B", True),
     ("A and C", True), ("A, B and D", True), ("C", True), ("Vitamin E & D", False),
     ("Both type II and III", False), ("Aspirin only", False), ("A 60-year-old man", False)],
)  # fmt: skip
def test_positional_options(option, positional):
    mcq = load_mcq({"A": "Aspirin", "B": option})
    assert (positional_option(mcq) is not None) == positional


def test_gold_entropy_bounds():
    uniform = [load_mcq({"A": "a", "B": "b"}), replace(load_mcq({"A": "a", "B": "b"}), answer_idx="B")]
    assert gold_distribution(uniform)["normalized_entropy"] == 1.0
    assert gold_distribution(uniform[:1])["normalized_entropy"] == 0.0


def test_near_duplicates_of_real_items_are_found_with_the_pair(medqa_dir, tmp_path):
    rows = [
        json.loads(line) for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open(encoding="utf-8")
    ][:30]
    reworded = {**rows[3], "question": rows[3]["question"].replace("patient", "man", 1) + "  "}
    punctuated = {**rows[7], "question": rows[7]["question"].replace(",", " ;").replace(".", "!")}
    other_options = {
        **rows[9],
        "options": {k: f"{v} plus something else" for k, v in rows[9]["options"].items()},
    }
    other_options["answer"] = other_options["options"][other_options["answer_idx"]]
    path = write_jsonl(tmp_path / "near.jsonl", [*rows, reworded, punctuated, other_options])
    prepared = prepare_source(load_source(str(path)), CleanOptions(keep_image_refs=True))
    near = {r.row: r for r in prepared.removed if r.reason == "near_duplicate"}
    assert set(near) == {31, 32}  # the item with the same stem and other options is kept
    assert near[31].kept["row"] == 4 and 0.9 <= near[31].kept["similarity"] < 1
    assert near[32].kept["row"] == 8 and near[32].kept["similarity"] == 1.0
    strict = prepare_source(
        load_source(str(path)), CleanOptions(keep_image_refs=True, near_dup_threshold=1.0)
    )
    assert {r.row for r in strict.removed if r.reason == "near_duplicate"} == {32}


def test_cyrillic_twin_of_a_latin_item_is_an_exact_duplicate(medqa_dir, tmp_path):
    rows = [json.loads(line) for line in (medqa_dir / TRAIN).open(encoding="utf-8")]
    cyrillic = rows[1889]
    latin = {
        **cyrillic,
        "question": cyrillic["question"].translate(str.maketrans("АаеіѕрсуНоОТхј", "AaeispcyHoOTxj")),
    }
    assert not CYRILLIC.search(latin["question"])
    prepared = prepare_source(
        load_source(str(write_jsonl(tmp_path / "twins.jsonl", [latin, cyrillic]))), CleanOptions()
    )
    assert [(r.row, r.reason, r.kept["row"]) for r in prepared.removed] == [(2, "exact_duplicate", 1)]


def test_minhash_signatures_equal_datasketch(medqa_dir):
    from datasketch import MinHash

    questions = [
        json.loads(line)["question"] for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()
    ][:40]
    shingles = shingle_hashes([*questions, "", "two words"])
    permutations = MinHash(num_perm=64).permutations
    reference = []
    for values in shingles:
        sketch = MinHash(num_perm=64, hashfunc=int)
        sketch.update_batch(values.tolist())
        reference.append(sketch.hashvalues)
    assert np.array_equal(signatures(shingles, permutations, chunk=500), np.array(reference))


def test_word_limit_removes_exactly_the_long_questions(medqa_dir):
    source = load_source(str(medqa_dir / "phrases_no_exclude_test.jsonl"))
    prepared = prepare_source(source, CleanOptions(max_words=200, keep_image_refs=True))
    long_rows = {m.meta["row"] for m in clean(source).mcqs if word_count(m.question) > 200}
    removed = {r.row for r in prepared.removed if r.reason == "too_long_words"}
    assert removed and removed == long_rows - {
        r.row for r in prepared.removed if r.reason != "too_long_words"
    }
    assert max(word_count(m.question) for m in prepared.kept) <= 200


def test_a_field_without_spaces_or_a_long_option_is_over_the_word_limit(tmp_path, medqa_dir):
    """A megabyte with no space is not one word: the question or option it fills is removed, the detail
    says how it was counted; a real stem's long run (a regimen joined by hyphens) costs it a few words."""
    rows = [json.loads(line) for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()][:4]
    rows[0]["question"] = "A 40-year-old man: " + "Zm9v" * 250_000 + " What is the diagnosis?"
    rows[1]["options"]["C"] = " ".join(["word"] * 700)
    rows[2]["question"] += " He took isoniazid-rifampin-pyrazinamide-ethambutol-streptomycin."
    write_jsonl(tmp_path / "items.jsonl", rows)
    prepared = prepare_source(load_source(str(tmp_path / "items.jsonl")), CleanOptions(keep_image_refs=True))
    removed = {r.row: (r.reason, r.detail) for r in prepared.removed}
    assert removed == {
        1: (
            "too_long_words",
            "question has 166674 words (a run of 1,000,000 characters without a space counts as one word per"
            " 6), the limit is 600",
        ),
        2: ("too_long_words", "option C has 700 words, the limit is 600"),
    }
    assert [m.meta["row"] for m in prepared.kept] == [3, 4]
    assert word_count(rows[2]["question"]) == len(rows[2]["question"].split()) + 10 - 1


def test_token_limit_with_a_real_tokenizer(medqa_dir, tmp_path):
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    questions = [json.loads(line)["question"] for line in (medqa_dir / TRAIN).open(encoding="utf-8")][:2000]
    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.train_from_iterator(
        questions, trainers.WordPieceTrainer(vocab_size=2000, special_tokens=["[UNK]"])
    )
    path = tmp_path / "tokenizer.json"
    tokenizer.save(str(path))
    source = load_source(str(medqa_dir / "phrases_no_exclude_test.jsonl"), limit=300)
    options = CleanOptions(tokenizer=str(path), max_question_tokens=250, keep_image_refs=True)
    prepared = prepare_source(source, options, count_tokens=load_token_counter(str(path)))
    removed = {r.row for r in prepared.removed if r.reason == "too_long_tokens"}
    expected = {
        m.meta["row"]
        for m in clean(source).mcqs
        if len(tokenizer.encode(item_text(m), add_special_tokens=False).ids) > 250
    }
    assert removed and removed == expected
    assert prepared.report["length"]["tokens"]["max"] <= 250
    with pytest.raises(UserError, match="no such file"):
        load_token_counter(str(tmp_path / "missing.json"))
    with pytest.raises(UserError, match="needs a positive number and --tokenizer"):
        CleanOptions(max_question_tokens=10)


def test_report_explains_every_reason_with_examples(train):
    _, prepared = train
    report = prepared.report
    for reason, n in report["counts"]["removed_by_reason"].items():
        examples = report["examples"]["removed"][reason]
        assert 1 <= len(examples) <= min(3, n) and all(e["detail"] and e["question"] for e in examples)
    assert report["fixes"]["homoglyph"] >= 5 and report["fixes"]["invisible"] >= 1
    words = report["length"]["words"]
    assert words["min"] <= words["median"] <= words["p95"] <= words["max"] <= 600
    assert Counter(m.answer_idx for m in prepared.kept) == Counter(report["gold"]["after"]["counts"])


def test_research_abstracts_that_mention_images_are_kept(medqa_dir):
    for name in ("pubmedqa/test.jsonl", "pubmedqa/train.jsonl"):
        source = load_source(str(medqa_dir / name))
        mentions = [
            r for r in source.rows if re.search(r"\bimages?\b|\bphotographs?\b", r.row["question"], re.I)
        ]
        assert mentions  # "T1-weighted images", "digital photographs of the tongue": methods, not exhibits
        prepared = prepare_source(source, CleanOptions())
        assert prepared.report["counts"]["removed"] == 0 and len(prepared.kept) == source.read
