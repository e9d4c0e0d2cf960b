"""cot_synth: verified chain-of-thought SFT data from medical multiple-choice questions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cot_synth")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
