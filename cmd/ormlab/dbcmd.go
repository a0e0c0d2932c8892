package main

import (
	"fmt"
	"io"
	"os"

	"ormlab/engine/db"
)

func init() {
	commands["db"] = command{"write the sample database as a SQLite file", dbCmd}
}

// dbCmd is `ormlab db [--scale N] --out FILE`.
func dbCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("db", stderr)
	scale := scaleFlag(fs)
	out := fs.String("out", "", "the SQLite file to write (required)")
	if !parse(fs, args, 0, "[--scale N] --out FILE", stderr) {
		return 2
	}
	if *out == "" {
		fmt.Fprintln(stderr, "ormlab db: --out FILE is required")
		return 2
	}
	data, err := db.Build(*scale)
	if err != nil {
		fmt.Fprintf(stderr, "ormlab db: %v\n", err)
		return 1
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintf(stderr, "ormlab db: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (scale %d, %d bytes)\n", *out, *scale, len(data))
	return 0
}
