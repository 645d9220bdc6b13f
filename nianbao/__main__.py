from nianbao.cli import main

raise SystemExit(main())
