"""report.html in a real browser: headless Chromium renders it offline and the key numbers are on the page."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cot_synth.report import write_reports
from tests.real_run import real_run

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--hide-scrollbars",
)  # fmt: skip


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if shutil.which("apt-get"):
        pytest.fail("chromium is not installed: `make test` installs it (apt-get install -y chromium)")
    pytest.skip("no chromium and no apt-get to install it (Debian's chromium package is needed)")


class _Text(HTMLParser):
    """The text a reader sees, and the images, from the DOM Chromium produced."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.images: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style")
        if tag == "img":
            self.images.append(dict(attrs).get("src") or "")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


@pytest.fixture(scope="module")
def rendered(embedded_server, medqa_dir, tmp_path_factory) -> tuple[dict, str, _Text, Path]:
    run_dir = real_run(embedded_server.base_url, medqa_dir, tmp_path_factory.getbasetemp())
    data = write_reports(run_dir)
    browser = _chromium()
    page = (run_dir / "report.html").resolve()
    dom = subprocess.run(
        [browser, *CHROMIUM_FLAGS, "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    shot = tmp_path_factory.mktemp("shot") / "report.png"
    subprocess.run(
        [browser, *CHROMIUM_FLAGS, "--window-size=1200,2400", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    parser = _Text()
    parser.feed(dom)
    return data, " ".join(" ".join(parser.parts).split()), parser, shot


def test_key_numbers_are_on_the_rendered_page(rendered):
    data, text, _, _ = rendered
    counts = data["counts"]
    assert f"{counts['read']} rows read" in text
    assert f"{counts['generated']} items generated" in text
    assert f"{counts['accepted_items']} items accepted ({100 * counts['acceptance']:.1f}%)" in text
    assert f"{counts['samples']} training samples" in text
    assert f"{counts['rejected_items']} items rejected" in text
    accepted = data["gold"]["distributions"]["accepted"]
    assert f"{accepted['normalized_entropy']:.3f} gold entropy, accepted" in text
    hit_rate = data["cache"]["hit_rate"]
    assert f"{100 * hit_rate:.1f}% cache hit rate" in text
    for row in data["rejections"]["by_reason"]:
        assert (
            f"{row['reason']} {row['items']} {100 * row['share_of_rejected']:.1f}% {row['attempts']}" in text
        )
    for flag in data["gold"]["flags"]:
        assert flag in text


def test_plots_are_embedded_images_and_the_page_is_offline(rendered):
    data, _, parser, shot = rendered
    assert len(parser.images) >= 4
    assert all(src.startswith("data:image/png;base64,") for src in parser.images)
    html = (Path(data["run"]["folder"]) / "report.html").read_text()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "the page must not load anything"
    assert shot.stat().st_size > 50_000  # a real rendering, not a blank page


def test_offending_spans_are_marked(rendered):
    data, _, _, _ = rendered
    html = (Path(data["run"]["folder"]) / "report.html").read_text()
    marked = [ex for shown in data["rejections"]["examples"].values() for ex in shown if "marked" in ex]
    assert html.count("<mark>") == len(marked) + 1  # one more in the explanation above the examples
