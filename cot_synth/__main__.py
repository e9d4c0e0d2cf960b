from cot_synth.cli import main

raise SystemExit(main())
