"""Reads JSON [{"name", "src"}, ...] on stdin and prints one JSON line per
case: CPython's ast.dump of the source, shown as Python 3.12 shows it, or
the SyntaxError compile() raises. The Go tests compare the lab's parser
with these lines."""
import ast
import json
import sys
import warnings

# Python 3.12 added type_params to these nodes; 3.11 has none, so the
# driver adds an empty list where 3.12's dump shows one.
WITH_TYPE_PARAMS = {
    ast.FunctionDef: "returns",
    ast.AsyncFunctionDef: "returns",
    ast.ClassDef: "decorator_list",
}


def as312(tree):
    for node in ast.walk(tree):
        after = WITH_TYPE_PARAMS.get(type(node))
        if after is not None:
            fields = list(node._fields)
            if "type_comment" in fields:
                fields.remove("type_comment")
            fields.insert(fields.index(after) + 1, "type_params")
            node.type_params = []
            node._fields = tuple(fields)
    return tree


def error(e):
    return {"type": type(e).__name__, "msg": e.msg, "line": e.lineno, "offset": e.offset,
            "end_line": e.end_lineno, "end_offset": e.end_offset}


def result(case):
    """The tree of a case, and the error compile() raises for it, which
    may come after parsing (a 'return' outside a function)."""
    out = {"name": case["name"]}
    try:
        tree = compile(case["src"], "<case>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as e:
        out["error"] = error(e)
        return out
    tree = as312(tree)
    out["dump"] = ast.dump(tree)
    out["positions"] = ast.dump(tree, include_attributes=True)
    try:
        compile(case["src"], "<case>", "exec", dont_inherit=True)
    except SyntaxError as e:
        out["error"] = error(e)
    return out


def main():
    warnings.simplefilter("ignore")
    for case in json.load(sys.stdin):
        print(json.dumps(result(case)))


main()
