package engine

import (
	"regexp"
	"strings"
)

// The source documents in ../shared/seeds are text exports of web
// articles. Their code examples are not fenced: an example is a run of
// lines that look like Python, begun by a line that starts a statement
// and ended by the next prose line. Three layouts occur: blocks indented
// with spaces (002, 003, 004), blocks whose lines are separated by blank
// lines and indented with no-break spaces (000), and blocks whose
// indentation was dropped and whose last line runs straight into the next
// sentence, as in `print(x)Fix N+1 with ...` (001).

// seedExample is one code example found in a seed file.
type seedExample struct {
	Index int      // 1-based, in the order of the file
	Line  int      // 1-based line of the file where it starts
	Lines []string // the example's lines, blank lines inside kept
}

// codeStart matches a line that begins a Python statement, expression or
// comment, or a shell command.
var codeStart = regexp.MustCompile(`^(#|@|\.|\)|\]|\}|"|'|(from|import|class|def|for|if|elif|while|with|return|try|except|assert|pip|python) |else:|try:|print\(|[A-Za-z_][\w.]*\s*(=|\(|\[|\.|\+=|-=))`)

// keywordStart matches a line whose first word is a Python keyword; such
// a line is code even when it reads like words (`if data is not None:`).
var keywordStart = regexp.MustCompile(`^(for|if|elif|while|with|return|def|class|assert|from|import) `)

// gluedProse finds where a code line runs into the next sentence or into
// the comment opening the next example (layout of 001).
var gluedProse = regexp.MustCompile(`[)\]a-z.](([A-Z][a-z]*([- ]|: ))|# )`)

// bulletProse matches the inline list items of 001 (`x. - Add ...`) and
// headings that name a method (`only(): Fetch Specific Fields`).
var bulletProse = regexp.MustCompile(` - [A-Z]|\(\): [A-Z][a-z]+ [A-Za-z]`)

// stringLiteral matches a short quoted string on one line.
var stringLiteral = regexp.MustCompile(`"[^"]*"|'[^']*'|“[^”]*”`)

// extractSeedExamples lists the code examples of one seed file's text.
func extractSeedExamples(text string) []seedExample {
	var out []seedExample
	var cur *seedExample
	pendingBlank := 0
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for _, raw := range splitGlued(text) {
		line := strings.TrimRight(strings.ReplaceAll(raw.text, "\u00a0", " "), " \t")
		switch {
		case line == "":
			if cur != nil {
				pendingBlank++
			}
			continue
		case isCodeLine(line, cur != nil):
			if cur == nil || raw.startsExample {
				flush()
				cur = &seedExample{Index: len(out) + 1, Line: raw.line}
			} else {
				for ; pendingBlank > 0; pendingBlank-- {
					cur.Lines = append(cur.Lines, "")
				}
			}
			cur.Lines = append(cur.Lines, line)
		default:
			flush()
		}
		pendingBlank = 0
	}
	flush()
	return out
}

// isCodeLine says whether line is code; an indented line is code inside
// an open example (continuation lines, strings spanning lines).
func isCodeLine(line string, open bool) bool {
	trimmed := strings.TrimLeft(line, " \t")
	if open && trimmed != line {
		return true
	}
	if trimmed != line || !codeStart.MatchString(trimmed) {
		return false
	}
	if strings.HasPrefix(trimmed, "#") || keywordStart.MatchString(trimmed) {
		return true
	}
	return !readsAsProse(trimmed)
}

// readsAsProse says whether a line that starts like code continues as a
// sentence: four plain lowercase words in a row outside strings and
// comments, or an inline bullet.
func readsAsProse(line string) bool {
	code := stringLiteral.ReplaceAllString(line, `""`)
	if i := strings.Index(code, "#"); i >= 0 {
		code = code[:i]
	}
	if bulletProse.MatchString(code) {
		return true
	}
	run := 0
	for _, w := range strings.Fields(code) {
		if isPlainWord(w) {
			run++
			if run >= 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func isPlainWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// seedLine is one line of a seed file after glued lines are split.
type seedLine struct {
	text          string
	line          int  // the file's line number
	startsExample bool // a comment split off the end of a code line
}

// splitGlued splits a line where code runs into prose or into the next
// example's opening comment.
func splitGlued(text string) []seedLine {
	var out []seedLine
	for n, l := range strings.Split(text, "\n") {
		loc := gluedProse.FindStringSubmatchIndex(l)
		if loc == nil || !codeStart.MatchString(l) || strings.HasPrefix(l, "#") || strings.Contains(l[:loc[2]], "#") {
			out = append(out, seedLine{text: l, line: n + 1})
			continue
		}
		head, tail := l[:loc[2]], l[loc[2]:]
		out = append(out, seedLine{text: head, line: n + 1})
		out = append(out, seedLine{text: tail, line: n + 1, startsExample: strings.HasPrefix(tail, "# ")})
	}
	return out
}
