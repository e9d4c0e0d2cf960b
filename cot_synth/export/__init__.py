"""Export: render a run folder's samples in a training format (``formats``), count tokens (``tokens``), write
the dataset card and SFT configs (``card``), and check the result against the 12-point list (``audit``)."""
