package orm

import (
	"embed"
	"strings"
)

// Django's modules that are plain Python over the ORM (the paginator, the
// shortcuts) are written in Python too, in pylib, and run by the script
// runtime when a script imports them.
//
//go:embed pylib/*.py
var pylib embed.FS

// PythonModules returns the source of each such module by its name:
// pylib/django_core_paginator.py is django.core.paginator.
func PythonModules() map[string]string {
	out := map[string]string{}
	entries, _ := pylib.ReadDir("pylib")
	for _, e := range entries {
		src, err := pylib.ReadFile("pylib/" + e.Name())
		if err != nil {
			continue
		}
		name := strings.ReplaceAll(strings.TrimSuffix(e.Name(), ".py"), "_", ".")
		out[name] = string(src)
	}
	return out
}
