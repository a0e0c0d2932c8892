package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"ormlab/engine/db"
)

// newFlags returns a flag set that reports errors to stderr and never
// exits the process itself, so every command returns its status.
func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("ormlab "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parse parses args and checks that there are exactly positional
// positional arguments; false means bad usage (status 2), already reported.
func parse(fs *flag.FlagSet, args []string, positional int, usage string, stderr io.Writer) bool {
	return parseBetween(fs, args, positional, positional, usage, stderr)
}

// parseBetween is parse for a command taking from least to most
// positional arguments.
func parseBetween(fs *flag.FlagSet, args []string, least, most int, usage string, stderr io.Writer) bool {
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s %s\n", fs.Name(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return false
	}
	if fs.NArg() < least || fs.NArg() > most {
		fs.Usage()
		return false
	}
	return true
}

// scaleFlag defines the --scale flag of the commands that use the sample
// data.
func scaleFlag(fs *flag.FlagSet) *int {
	return fs.Int("scale", 1, fmt.Sprintf("sample data scale (1-%d)", db.MaxScale))
}

// readScript reads a script file, reporting a clear error.
func readScript(path string, stderr io.Writer) (string, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "ormlab: cannot read script: %v\n", err)
		return "", false
	}
	return string(data), true
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
