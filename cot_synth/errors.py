"""User-facing errors and the exit codes that tell a caller (a shell, a scheduler) what happened.

Every exit code the CLI can return is named here, once; README.md's "Exit codes" section lists the same.
"""

EXIT_OK = 0  # every item was judged
EXIT_CHECK_FAILED = 1  # audit: a check of the checklist failed
EXIT_USER_ERROR = 2  # a mistake the user can fix: one ``error:`` line says what and where
EXIT_CALLS_FAILED = 3  # some model calls failed for good: outputs written, a rerun retries only those
EXIT_ENDPOINT_DOWN = 4  # the endpoint refused the probe before anything was spent
EXIT_INTERRUPTED = 130  # Ctrl-C: rerun the same command to resume from the cache


class UserError(Exception):
    """A mistake the user can fix (bad path, bad option, unusable input). Message says what to do."""

    exit_code = EXIT_USER_ERROR


class EndpointError(UserError):
    """The model endpoint cannot serve this run (wrong key, model or URL, server not up): nothing was
    spent. The message carries the server's own words."""

    exit_code = EXIT_ENDPOINT_DOWN
