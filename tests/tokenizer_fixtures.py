"""Real tokenizers for the export and audit tests, trained here on real MedQA text with ``tokenizers``.

``llama_like`` behaves like Llama-2's: ``<s>``/``</s>`` are special tokens and the post-processor adds
``<s>`` in front, so a trainer that adds special tokens to a text that already starts with ``<s>`` doubles it.
"""

from __future__ import annotations

import json
from pathlib import Path

from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers

CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + "
    "'<|im_end|>' + '\\n' }}{% endfor %}"
)


def llama_like(medqa_dir: Path, path: Path) -> Path:
    questions = [
        json.loads(line)["question"] for line in (medqa_dir / "phrases_no_exclude_test.jsonl").open()
    ]
    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    special = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"]
    trainer = trainers.BpeTrainer(
        vocab_size=2000, special_tokens=special, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tokenizer.train_from_iterator(questions, trainer)
    bos = tokenizer.token_to_id("<s>")
    tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A", pair="<s> $A <s> $B", special_tokens=[("<s>", bos)]
    )
    tokenizer.save(str(path))
    return path


def hf_folder(tokenizer_json: Path, folder: Path) -> Path:
    """A Hugging Face tokenizer folder: tokenizer.json plus tokenizer_config.json with a chat template."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "tokenizer.json").write_bytes(tokenizer_json.read_bytes())
    config = {"bos_token": {"content": "<s>"}, "eos_token": "</s>", "chat_template": CHATML}
    (folder / "tokenizer_config.json").write_text(json.dumps(config), encoding="utf-8")
    return folder
