import sys

from cot_synth.errors import EXIT_INTERRUPTED

if __name__ == "__main__":  # vLLM's engine process re-imports the main module under another name
    try:
        from cot_synth.cli import main

        code = main()
    except KeyboardInterrupt:  # Ctrl-C before the command's own handling is in place: imports, options
        sys.stderr.write("interrupted: nothing was started\n")
        code = EXIT_INTERRUPTED
    raise SystemExit(code)
