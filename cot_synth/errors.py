"""User-facing errors: the CLI prints these as one line, never a traceback."""


class UserError(Exception):
    """A mistake the user can fix (bad path, bad option, unusable input). Message says what to do."""
