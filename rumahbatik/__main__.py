from rumahbatik.cli import main

raise SystemExit(main())
