from cot_synth.cli import main

if __name__ == "__main__":  # vLLM's engine process re-imports the main module under another name
    raise SystemExit(main())
