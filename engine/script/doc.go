// Package script runs a learner's Python: the code they would write in a
// Django view, test or service, with CPython's semantics, printing and
// error messages, under limits on steps, memory, output and wall time.
//
// # How
//
// Package syntax parses the source into a tree that mirrors CPython's
// ast module, with CPython 3.11's SyntaxError messages. Package interp
// compiles the tree into Go closures and runs them over go.starlark.net's
// values, so that the ORM's querysets, instances and expressions (which
// are Starlark values) need no change; its own values (functions,
// classes, instances, generators, exceptions) implement the same
// interfaces. This package gives the interpreter the Python builtins,
// the methods Python's str, list and dict have, the imports, the output
// and the limits, and turns the outcome into a Result.
//
// A spike measured both ways of running Python on these values. Lowering
// the tree onto Starlark's compiler and virtual machine cannot express
// exceptions, classes or suspended generators without changing that
// virtual machine; an interpreter of our own can, and on a plain-Python
// benchmark (BenchmarkRunPythonLoop) it runs faster than the rewriter
// into Starlark it replaced, so the lab has its own.
//
// # What runs as in CPython 3.11
//
// Every statement but the async ones: functions with every parameter
// form, closures, global and nonlocal, decorators, lambda; classes with
// single and multiple inheritance (C3 method resolution order),
// subclasses of dict and list, super(),
// special methods (__init__, __str__, __repr__, __eq__, __hash__, the
// orderings, __len__, __iter__, __next__, __getitem__, __setitem__,
// __contains__, __call__, __bool__, __enter__/__exit__, __getattr__,
// the arithmetic ones and their reflections), property, staticmethod,
// classmethod, functools.cached_property and total_ordering, dataclasses,
// private name mangling; try/except/else/finally, raise, raise from,
// bare re-raise, exception context and cause, user exception classes,
// Python's built-in exception hierarchy and Django's; with and the
// context-manager protocol, contextlib.contextmanager and suppress;
// generators with yield, yield from, send, throw and close; generator
// expressions evaluated lazily; comprehensions in their own scope;
// match with every pattern kind; starred assignment and calls, chained
// comparisons, walrus, for/while-else, del, is by identity, f-strings,
// %-formatting and str.format; NameError and AttributeError with the
// "Did you mean" suggestion CPython's traceback shows.
//
// # The standard library
//
// import binds real module objects (package stdlib, with interp's
// dataclasses and contextlib): math, itertools (lazy, as CPython's; no
// batched, which is new in 3.12), functools, collections (Counter,
// defaultdict, OrderedDict, deque, namedtuple), json, statistics,
// decimal, typing, string, operator, copy and random; datetime, time and
// django.* give the lab's names, as do an app's modules
// (library.models). Any other module is ModuleNotFoundError, saying ORM
// Lab does not provide it when it is one a learner may expect (os,
// requests, ...).
//
// # What does not, in one line each
//
// async def, async for, async with, await and except* are refused before
// the script runs ("async def is not supported in ORM Lab scripts"), as
// are a metaclass and complex-number literals. open, input, eval, exec,
// compile, __import__, breakpoint, exit, quit and help raise
// NotImplementedError saying why.
// A class deriving from a built-in type other than dict and list (str,
// int, tuple) raises NotImplementedError; so does type() with three
// arguments.
//
// # Where the lab differs from CPython, knowingly
//
//   - id() and the addresses in default reprs (<__main__.Foo object at
//     0x...>) are the lab's own numbers.
//   - x is y compares identity for lists, dicts, instances and the like;
//     for None, booleans, strings and ints from -5 to 256 it compares
//     values, as CPython's shared objects make it; for other numbers and
//     for tuples it is False, as for values CPython builds at run time.
//   - random draws only after random.seed(n), and then exactly CPython's
//     numbers; drawing unseeded raises NotImplementedError saying the lab
//     has no real randomness.
//   - A set prints and iterates in insertion order; CPython's order
//     follows the hashes ({3, 1, 2} prints as {1, 2, 3}).
//   - hash() of a str or tuple is the lab's own (CPython randomizes str
//     hashes per run); of numbers it is CPython's.
//   - decimal uses CPython's default context (28 digits, half even)
//     without its exponent limits, and raises a Decimal only to whole
//     powers; copy.copy of a script's instance needs its __copy__.
//   - Iterator objects print without an address (<map object>), modules
//     as built-in ones (<module 'json' (built-in)>).
//   - The recursion limit is CPython's 1000 frames natively and 400 in the
//     browser, whose worker stack holds no more; a special method called
//     from Go (repr of a value print holds) counts as three frames, as
//     CPython counts its C-level calls.
//   - A generator still suspended when the script ends is stopped without
//     running its finally clauses; CPython would run them when the
//     generator is collected. __del__ is never called.
//
// # Errors and limits
//
// Errors carry Python's exception type and message and the script line:
// the innermost line the exception was raised on, or for a statement
// written over several lines the line of the call or attribute that
// failed. The limits stop runaway scripts with LimitExceeded, which no
// except clause catches: steps (statements, loop iterations and the items
// builtins go through), printed bytes, memory and wall time, checked on
// the interpreter's goroutine every few thousand steps so that they work
// under js/wasm too.
package script
