"""cot_synth: verified chain-of-thought SFT data from medical multiple-choice questions."""

__version__ = "0.1.0"
